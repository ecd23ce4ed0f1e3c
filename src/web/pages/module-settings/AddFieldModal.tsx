// Adding a custom field in a modal; mounted while it is open, so each opening starts afresh.
import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCreateField } from '../../api/fields.queries';
import type { Status } from '../../api/types';
import { notifySuccess } from '../../notices';
import { draftProblems, newFieldBody, newFieldDraft, type FieldDraft } from './field-draft';
import { fieldFailure, problemMessages, type FieldRefusal } from './field-form-errors';
import { FieldForm } from './FieldForm';
import { FieldRefusalAlert } from './FieldRefusalAlert';

type AddFieldModalProps = {
  moduleId: string;
  takenKeys: ReadonlySet<string>;
  sections: string[];
  statuses: Status[];
  onClose: () => void;
};

const NO_OPTION_KEYS: ReadonlySet<string> = new Set();

export function AddFieldModal({
  moduleId,
  takenKeys,
  sections,
  statuses,
  onClose,
}: AddFieldModalProps) {
  const { t } = useTranslation();
  const create = useCreateField(moduleId);
  const [draft, setDraft] = useState<FieldDraft>(() => newFieldDraft(sections[0] ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<FieldRefusal | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = draftProblems(draft, true);
    setErrors(problemMessages(problems));
    setRefusal(null);
    if (Object.keys(problems).length > 0) return;
    create.mutate(newFieldBody(draft), {
      onSuccess: (field) => {
        notifySuccess(t('moduleSettings.fields.added', { label: field.label }));
        onClose();
      },
      onError: (error) => {
        const failure = fieldFailure(error, draft);
        setErrors(failure.errors);
        setRefusal(failure.refusal);
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('moduleSettings.fields.addTitle')}
      size="xl"
      centered
      data-testid="field-add-modal"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <FieldForm
            draft={draft}
            onChange={(next) => {
              setDraft(next);
              setErrors({});
            }}
            isNew
            takenKeys={takenKeys}
            storedOptionKeys={NO_OPTION_KEYS}
            sections={sections}
            statuses={statuses}
            errors={errors}
          />
          {refusal && <FieldRefusalAlert refusal={refusal} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="field-submit">
              {t('moduleSettings.fields.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
