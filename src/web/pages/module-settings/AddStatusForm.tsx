// Adding a status at the end of the pipeline: its name and group (colour and probability follow
// the group until changed).
import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { STATUS_GROUPS } from '../../../domain/pipeline';
import { useCreateStatus } from '../../api/pipeline.queries';
import type { StatusGroup } from '../../api/types';
import { notifySuccess } from '../../notices';
import { settingsErrorMessage } from './settings-errors';

export function AddStatusForm({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const create = useCreateStatus(moduleId);
  const [name, setName] = useState('');
  const [group, setGroup] = useState<StatusGroup>('open');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('validation.required'));
    create.mutate(
      { name: name.trim(), group },
      {
        onSuccess: (status) => {
          notifySuccess(t('moduleSettings.pipeline.added', { name: status.name }));
          setName('');
        },
        onError: (apiError) => setError(settingsErrorMessage(apiError)),
      },
    );
  };

  return (
    <Paper withBorder radius="lg" p="md" bg="gray.0">
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('moduleSettings.pipeline.newName')}
            placeholder={t('moduleSettings.pipeline.newNamePlaceholder')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setError(undefined);
            }}
            error={error}
            style={{ flex: 1, minWidth: 220 }}
            data-testid="status-add-name"
          />
          <Select
            label={t('moduleSettings.pipeline.columns.group')}
            data={STATUS_GROUPS.map((each) => ({
              value: each,
              label: t(`moduleSettings.groups.${each}`),
            }))}
            value={group}
            onChange={(value) => setGroup(STATUS_GROUPS.find((each) => each === value) ?? group)}
            allowDeselect={false}
            w={180}
            data-testid="status-add-group"
          />
          <Button
            type="submit"
            mt={25}
            leftSection={<IconPlus size={16} />}
            loading={create.isPending}
            data-testid="status-add-submit"
          >
            {t('moduleSettings.pipeline.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
