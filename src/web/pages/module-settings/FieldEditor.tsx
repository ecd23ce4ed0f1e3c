// The Fields tab: a module's custom fields by section (move, edit, archive or delete each), adding
// one, and the archived ones to restore.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconForms, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  useDeleteField,
  useFields,
  useReorderFields,
  useUpdateField,
} from '../../api/fields.queries';
import { useStatuses } from '../../api/pipeline.queries';
import type { Field } from '../../api/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadError } from '../../components/LoadError';
import { PageLoader } from '../../components/PageLoader';
import { bySection } from '../../format/field-values';
import { notifyFailure, notifySuccess } from '../../notices';
import { AddFieldModal } from './AddFieldModal';
import { ArchivedFields } from './ArchivedFields';
import { EditFieldDrawer } from './EditFieldDrawer';
import { FieldRow } from './FieldRow';
import { settingsErrorMessage } from './settings-errors';

export function FieldEditor({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const fields = useFields(moduleId);
  const statuses = useStatuses(moduleId);
  const reorder = useReorderFields(moduleId);
  const remove = useDeleteField(moduleId);
  const restore = useUpdateField(moduleId);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [removingId, setRemovingId] = useState<string | null>(null);

  if (fields.isPending || statuses.isPending) return <PageLoader />;
  if (fields.isError || statuses.isError) {
    const retry = () => void Promise.all([fields.refetch(), statuses.refetch()]);
    return <LoadError error={fields.error ?? statuses.error} onRetry={retry} />;
  }

  const active = fields.data.filter((field) => !field.archived);
  const archived = fields.data.filter((field) => field.archived);
  const sections = bySection(active);
  const sectionNames = [...new Set(fields.data.map((field) => field.section))];
  const takenKeys = new Set(fields.data.map((field) => field.key));
  const editing = fields.data.find((field) => field.id === editingId);
  // Looked up on each render: the refetch started on asking may find the field now holds data.
  const removing = fields.data.find((field) => field.id === removingId) ?? null;
  const askToRemove = (field: Field) => {
    setRemovingId(field.id);
    void fields.refetch();
  };
  const statusName = (id: string | null) =>
    statuses.data.find((status) => status.id === id)?.name ?? null;

  const move = (field: Field, direction: -1 | 1) => {
    const inSection = active.filter((each) => each.section === field.section);
    const neighbour = inSection[inSection.indexOf(field) + direction];
    if (!neighbour) return;
    const ordered = [...active];
    ordered[active.indexOf(field)] = neighbour;
    ordered[active.indexOf(neighbour)] = field;
    reorder.mutate(ordered, {
      onError: (error) =>
        notifyFailure(
          t('moduleSettings.fields.moveFailed', { reason: settingsErrorMessage(error) }),
        ),
    });
  };

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: (archivedField) => {
        notifySuccess(
          archivedField
            ? t('moduleSettings.fields.archived', { label: removing.label })
            : t('moduleSettings.fields.deleted', { label: removing.label }),
        );
        setRemovingId(null);
        setEditingId(null);
      },
      onError: (error) => notifyFailure(settingsErrorMessage(error)),
    });
  };

  const restoreField = (field: Field) =>
    restore.mutate(
      { id: field.id, changes: { archived: false } },
      {
        onSuccess: () => notifySuccess(t('moduleSettings.fields.restored', { label: field.label })),
        onError: (error) => notifyFailure(settingsErrorMessage(error)),
      },
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" maw={620}>
          {t('moduleSettings.fields.hint')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setAdding(true)}
          data-testid="field-add"
        >
          {t('moduleSettings.fields.add')}
        </Button>
      </Group>

      {sections.length === 0 && (
        <Paper withBorder radius="lg">
          <Stack align="center" gap="xs" py={48} px="lg" ta="center">
            <ThemeIcon size={44} radius="xl" variant="light">
              <IconForms size={24} />
            </ThemeIcon>
            <Text fw={600}>{t('moduleSettings.fields.empty')}</Text>
            <Text size="sm" c="dimmed" maw={420}>
              {t('moduleSettings.fields.emptyHint')}
            </Text>
          </Stack>
        </Paper>
      )}

      {sections.map(([section, sectionFields]) => (
        <Stack key={section} gap="xs" data-testid="field-section" data-section={section}>
          <Group gap="xs">
            <Text fw={600}>{section}</Text>
            <Badge variant="light" color="gray" size="sm">
              {sectionFields.length}
            </Badge>
          </Group>
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
            {sectionFields.map((field, index) => (
              <FieldRow
                key={field.id}
                field={field}
                requiredFromName={statusName(field.requiredFromStatusId)}
                canMoveUp={index > 0 && !reorder.isPending}
                canMoveDown={index < sectionFields.length - 1 && !reorder.isPending}
                onMove={move}
                onEdit={(chosen) => {
                  setEditingId(chosen.id);
                  void fields.refetch();
                }}
                onRemove={askToRemove}
              />
            ))}
          </Paper>
        </Stack>
      ))}

      <ArchivedFields
        fields={archived}
        restoringId={restore.isPending ? (restore.variables?.id ?? null) : null}
        onRestore={restoreField}
      />

      {adding && (
        <AddFieldModal
          moduleId={moduleId}
          takenKeys={takenKeys}
          sections={sectionNames}
          statuses={statuses.data}
          onClose={() => setAdding(false)}
        />
      )}
      {editing && (
        <EditFieldDrawer
          key={editing.id}
          moduleId={moduleId}
          field={editing}
          sections={sectionNames}
          statuses={statuses.data}
          onRemove={askToRemove}
          onClose={() => setEditingId(null)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={
          removing?.hasData
            ? t('moduleSettings.fields.archiveTitle', { label: removing.label })
            : t('moduleSettings.fields.deleteTitle', { label: removing?.label ?? '' })
        }
        text={
          removing?.hasData
            ? t('moduleSettings.fields.archiveText')
            : t('moduleSettings.fields.deleteText')
        }
        confirmLabel={removing?.hasData ? t('common.archive') : t('moduleSettings.fields.delete')}
        loading={remove.isPending || fields.isFetching}
        onConfirm={confirmRemove}
        onClose={() => setRemovingId(null)}
        confirmTestId="field-delete-confirm"
      />
    </Stack>
  );
}
