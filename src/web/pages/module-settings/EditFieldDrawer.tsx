// Changing a custom field in a drawer: the same inputs as adding, the key locked, only what
// changed is sent; archiving or deleting it from here too.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Drawer, Group, Stack } from '@mantine/core';
import { IconArchive, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useUpdateField } from '../../api/fields.queries';
import type { Field, Status } from '../../api/types';
import { notifySuccess } from '../../notices';
import {
  draftOfField,
  draftProblems,
  fieldChanges,
  removedOptions,
  type FieldDraft,
} from './field-draft';
import { fieldFailure, problemMessages, type FieldRefusal } from './field-form-errors';
import { FieldForm } from './FieldForm';
import { FieldRefusalAlert } from './FieldRefusalAlert';

/** The key of a stored field never changes, so no key is taken from it. */
const NO_KEYS: ReadonlySet<string> = new Set();

type EditFieldDrawerProps = {
  moduleId: string;
  field: Field;
  sections: string[];
  statuses: Status[];
  onRemove: (field: Field) => void;
  onClose: () => void;
};

export function EditFieldDrawer(props: EditFieldDrawerProps) {
  const { moduleId, field, onClose } = props;
  const { t } = useTranslation();
  const update = useUpdateField(moduleId);
  const [draft, setDraft] = useState<FieldDraft>(() => draftOfField(field));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<FieldRefusal | null>(null);
  const storedOptionKeys = useMemo(
    () => new Set((field.options ?? []).map((option) => option.key)),
    [field.options],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = draftProblems(draft, false);
    setErrors(problemMessages(problems));
    setRefusal(null);
    if (Object.keys(problems).length > 0) return;
    const changes = fieldChanges(field, draft);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { id: field.id, changes },
      {
        onSuccess: (saved) => {
          notifySuccess(t('moduleSettings.fields.saved', { label: saved.label }));
          onClose();
        },
        onError: (error) => {
          const failure = fieldFailure(error, draft, removedOptions(field, draft));
          setErrors(failure.errors);
          setRefusal(failure.refusal);
        },
      },
    );
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={560}
      title={t('moduleSettings.fields.editTitle', { label: field.label })}
      data-testid="field-edit-drawer"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <FieldForm
            draft={draft}
            onChange={(next) => {
              setDraft(next);
              setErrors({});
            }}
            isNew={false}
            takenKeys={NO_KEYS}
            storedOptionKeys={storedOptionKeys}
            sections={props.sections}
            statuses={props.statuses}
            errors={errors}
          />
          {refusal && <FieldRefusalAlert refusal={refusal} />}
          <Group justify="space-between">
            <Button
              variant="subtle"
              color="red"
              leftSection={field.hasData ? <IconArchive size={16} /> : <IconTrash size={16} />}
              onClick={() => props.onRemove(field)}
              data-testid="field-edit-remove"
            >
              {field.hasData ? t('common.archive') : t('moduleSettings.fields.delete')}
            </Button>
            <Group gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={update.isPending} data-testid="field-submit">
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Drawer>
  );
}
