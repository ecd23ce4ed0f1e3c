// One input of the company settings form, chosen by the field's kind.
import { useMemo } from 'react';
import { Select, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyFields } from '../../api/types';
import { currentLocale } from '../../i18n';
import type { CompanyFieldSpec } from './company-form';
import { countryOptions, currencyOptions, timeZoneOptions } from './region-options';

type FieldValue = CompanyFields[keyof CompanyFields];

// Hints under the inputs, so inputs side by side stay level whether or not they have one.
const WRAPPER_ORDER: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

type CompanyFieldInputProps = {
  spec: CompanyFieldSpec;
  value: FieldValue;
  error: string | undefined;
  onChange: (value: FieldValue) => void;
};

export function CompanyFieldInput({ spec, value, error, onChange }: CompanyFieldInputProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const label = t(`company.fields.${spec.name}`);
  const description = spec.hintKey ? t(spec.hintKey) : undefined;
  const testId = `settings-${spec.name}`;
  const text = typeof value === 'string' ? value : '';

  const options = useMemo(() => {
    if (spec.kind === 'country') return countryOptions(locale, text);
    if (spec.kind === 'currency') return currencyOptions(locale, text);
    if (spec.kind === 'timeZone') return timeZoneOptions(text);
    if (spec.kind === 'locale') {
      return [
        { value: 'ro', label: t('language.ro') },
        { value: 'en', label: t('language.en') },
      ];
    }
    return [];
  }, [spec.kind, locale, text, t]);

  if (spec.kind === 'switch') {
    return (
      <Switch
        label={label}
        description={description}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        error={error}
        data-testid={testId}
      />
    );
  }
  if (spec.kind === 'text') {
    return (
      <TextInput
        label={label}
        description={description}
        placeholder={spec.example}
        inputWrapperOrder={WRAPPER_ORDER}
        value={text}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        autoComplete={spec.autoComplete ?? 'off'}
        data-testid={testId}
      />
    );
  }
  return (
    <Select
      label={label}
      description={description}
      value={text || null}
      onChange={(selected) => {
        if (selected) onChange(selected);
      }}
      data={options}
      searchable={spec.kind !== 'locale'}
      inputWrapperOrder={WRAPPER_ORDER}
      allowDeselect={false}
      nothingFoundMessage={t('company.nothingFound')}
      maxDropdownHeight={280}
      error={error}
      data-testid={testId}
    />
  );
}
