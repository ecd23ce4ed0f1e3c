// Romanian / English switch: the UI changes at once and the choice stays on this device.
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLocale, currentLocale, isLocale } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      radius="md"
      value={currentLocale()}
      onChange={(value) => {
        if (isLocale(value)) void chooseLocale(value);
      }}
      data={[
        { value: 'ro', label: 'RO' },
        { value: 'en', label: 'EN' },
      ]}
      aria-label={t('language.label')}
      data-testid="lang-switch"
    />
  );
}
