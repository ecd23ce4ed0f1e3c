// The General tab: the module's name, and after how many days without change an open card is
// flagged as going stale (empty: never).
import { useState, type FormEvent } from 'react';
import { Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUpdateModule } from '../../api/modules.queries';
import type { ModuleChanges, ModuleDetail } from '../../api/types';
import { SettingsSection } from '../../components/SettingsSection';
import { notifySuccess, showApiError } from '../../notices';

const MAX_IDLE_DAYS = 3650;

export function GeneralSettings({ module }: { module: ModuleDetail }) {
  const { t } = useTranslation();
  const update = useUpdateModule();
  const [name, setName] = useState(module.name);
  const [idleDays, setIdleDays] = useState<string | number>(module.idleDays ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const chosenIdleDays = idleDays === '' ? null : Number(idleDays);
  const changes: ModuleChanges = {
    ...(name.trim() !== module.name && { name: name.trim() }),
    ...(chosenIdleDays !== module.idleDays && { idleDays: chosenIdleDays }),
  };
  const dirty = Object.keys(changes).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: t('validation.required') });
    if (!dirty) return;
    update.mutate(
      { id: module.id, changes },
      {
        onSuccess: () => notifySuccess(t('moduleSettings.general.saved')),
        onError: (error) => setErrors(showApiError(error, ['name', 'idleDays'])),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SettingsSection
          title={t('moduleSettings.general.nameTitle')}
          description={t('moduleSettings.general.nameHint')}
        >
          <TextInput
            label={t('moduleSettings.general.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setErrors({});
            }}
            error={errors.name}
            maw={420}
            data-testid="module-settings-name-input"
          />
        </SettingsSection>
        <SettingsSection
          title={t('moduleSettings.general.idleTitle')}
          description={t('moduleSettings.general.idleHint')}
        >
          <NumberInput
            label={t('moduleSettings.general.idleDays')}
            description={t('moduleSettings.general.idleDaysHint')}
            placeholder={t('moduleSettings.general.idleOff')}
            value={idleDays}
            onChange={(value) => {
              setIdleDays(value);
              setErrors({});
            }}
            min={1}
            max={MAX_IDLE_DAYS}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            leftSection={<IconClockPause size={16} />}
            rightSection={
              <Text size="sm" c="dimmed">
                {t('moduleSettings.general.days')}
              </Text>
            }
            rightSectionWidth={56}
            error={errors.idleDays}
            maw={260}
            data-testid="module-settings-idle-days"
          />
        </SettingsSection>
        <Group justify="flex-end">
          <Button
            type="submit"
            disabled={!dirty}
            loading={update.isPending}
            data-testid="module-settings-save"
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
