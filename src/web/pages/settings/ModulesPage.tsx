// Modules (/settings/modules): the active ones in order (drag to reorder), rename, archive,
// restore, and adding a new one from a template.
import { useState } from 'react';
import { Button, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconPlus, IconStack2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  useArchiveModule,
  useModules,
  useReorderModules,
  useUpdateModule,
} from '../../api/modules.queries';
import type { Module } from '../../api/types';
import { ConfirmModal } from '../../components/ConfirmModal';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { notifyError, notifyFailure, notifySuccess } from '../../notices';
import { AddModuleModal } from './AddModuleModal';
import { ArchivedModules } from './ArchivedModules';
import { RenameModuleModal } from './RenameModuleModal';
import { SortableModuleList } from './SortableModuleList';

export function ModulesPage() {
  const { t } = useTranslation();
  const modules = useModules();
  const reorder = useReorderModules();
  const archive = useArchiveModule();
  const update = useUpdateModule();
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<Module | null>(null);
  const [archiving, setArchiving] = useState<Module | null>(null);

  if (modules.isPending) return <PageLoader />;
  if (modules.isError) {
    return <LoadError error={modules.error} onRetry={() => void modules.refetch()} />;
  }
  const active = modules.data.filter((module) => !module.archived);
  const archived = modules.data.filter((module) => module.archived);

  const reorderTo = (ids: string[]) =>
    reorder.mutate(ids, {
      onError: () => notifyFailure(t('modules.reorderFailed')),
    });

  const archiveChosen = () => {
    if (!archiving) return;
    archive.mutate(archiving.id, {
      onSuccess: (module) => {
        notifySuccess(t('modules.archivedToast', { name: module.name }));
        setArchiving(null);
      },
      onError: notifyError,
    });
  };

  const restore = (module: Module) =>
    update.mutate(
      { id: module.id, changes: { archived: false } },
      {
        onSuccess: () => notifySuccess(t('modules.restoredToast', { name: module.name })),
        onError: notifyError,
      },
    );

  return (
    <>
      <PageHeader
        title={t('modules.title')}
        description={t('modules.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setAdding(true)}
            data-testid="modules-add"
          >
            {t('modules.add')}
          </Button>
        }
      />
      <Stack gap="xl">
        <Stack gap="sm">
          <Text fw={600}>{t('modules.active')}</Text>
          <Paper withBorder radius="lg" style={{ overflow: 'hidden' }} data-testid="modules-active">
            {active.length === 0 ? (
              <Stack align="center" gap="xs" py={48} px="lg" ta="center">
                <ThemeIcon size={44} radius="xl" variant="light">
                  <IconStack2 size={24} />
                </ThemeIcon>
                <Text fw={600}>{t('modules.empty')}</Text>
                <Text size="sm" c="dimmed" maw={420}>
                  {t('modules.emptyHint')}
                </Text>
                <Button
                  mt="xs"
                  variant="light"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => setAdding(true)}
                >
                  {t('modules.add')}
                </Button>
              </Stack>
            ) : (
              <SortableModuleList
                modules={active}
                onReorder={reorderTo}
                onRename={setRenaming}
                onArchive={setArchiving}
              />
            )}
          </Paper>
        </Stack>
        <ArchivedModules
          modules={archived}
          restoringId={update.isPending ? (update.variables?.id ?? null) : null}
          onRestore={restore}
        />
      </Stack>

      <AddModuleModal opened={adding} onClose={() => setAdding(false)} />
      {renaming && <RenameModuleModal module={renaming} onClose={() => setRenaming(null)} />}
      <ConfirmModal
        opened={archiving !== null}
        title={t('modules.archiveTitle', { name: archiving?.name ?? '' })}
        text={t('modules.archiveText')}
        confirmLabel={t('modules.archiveConfirm')}
        loading={archive.isPending}
        onConfirm={archiveChosen}
        onClose={() => setArchiving(null)}
        confirmTestId="module-archive-confirm"
      />
    </>
  );
}
