// Renaming a module in a small modal; mounted while a module is being renamed.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUpdateModule } from '../../api/modules.queries';
import type { Module } from '../../api/types';
import { notifySuccess, showApiError } from '../../notices';

type RenameModuleModalProps = { module: Module; onClose: () => void };

export function RenameModuleModal({ module, onClose }: RenameModuleModalProps) {
  const { t } = useTranslation();
  const update = useUpdateModule();
  const [name, setName] = useState(module.name);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('validation.required'));
    if (name.trim() === module.name) return onClose();
    update.mutate(
      { id: module.id, changes: { name: name.trim() } },
      {
        onSuccess: () => {
          notifySuccess(t('modules.renamed'));
          onClose();
        },
        onError: (apiError) => setError(showApiError(apiError, ['name']).name),
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('modules.renameTitle')} centered>
      <form onSubmit={submit} noValidate>
        <TextInput
          label={t('modules.name')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(undefined);
          }}
          error={error}
          data-autofocus
          data-testid="module-rename-input"
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="module-rename-submit">
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
