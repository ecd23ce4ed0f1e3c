// The Pipeline tab: the statuses in order (drag to reorder, edit in place), adding and removing.
import { useState } from 'react';
import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_GROUPS } from '../../../domain/pipeline';
import { useReorderStatuses, useStatuses } from '../../api/pipeline.queries';
import type { Status } from '../../api/types';
import { LoadError } from '../../components/LoadError';
import { PageLoader } from '../../components/PageLoader';
import { notifyFailure } from '../../notices';
import { AddStatusForm } from './AddStatusForm';
import { DeleteStatusModal } from './DeleteStatusModal';
import { settingsErrorMessage } from './settings-errors';
import { SortableStatusList } from './SortableStatusList';
import { GROUP_COLORS } from './status-look';

export function PipelineEditor({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const statuses = useStatuses(moduleId);
  const reorder = useReorderStatuses(moduleId);
  const [removingId, setRemovingId] = useState<string | null>(null);

  if (statuses.isPending) return <PageLoader />;
  if (statuses.isError) {
    return <LoadError error={statuses.error} onRetry={() => void statuses.refetch()} />;
  }

  // Looked up on each render: the refetch started on asking brings the latest card count.
  const removing = statuses.data.find((status) => status.id === removingId);
  const askToRemove = (status: Status) => {
    setRemovingId(status.id);
    void statuses.refetch();
  };

  const reorderTo = (ids: string[]) =>
    reorder.mutate(ids, {
      onError: (error) =>
        notifyFailure(
          t('moduleSettings.pipeline.reorderFailed', { reason: settingsErrorMessage(error) }),
        ),
    });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Text size="sm" c="dimmed" maw={620}>
          {t('moduleSettings.pipeline.hint')}
        </Text>
        <Group gap={6} data-testid="pipeline-group-legend">
          {STATUS_GROUPS.map((group) => (
            <Tooltip key={group} label={t(`moduleSettings.groupHints.${group}`)} withArrow>
              <Badge color={GROUP_COLORS[group]} variant="light" tt="none" fw={600}>
                {t(`moduleSettings.groups.${group}`)} ·{' '}
                {statuses.data.filter((status) => status.group === group).length}
              </Badge>
            </Tooltip>
          ))}
        </Group>
      </Group>
      <Paper withBorder radius="lg" style={{ overflow: 'hidden' }} data-testid="pipeline-editor">
        <SortableStatusList
          moduleId={moduleId}
          statuses={statuses.data}
          onReorder={reorderTo}
          onRemove={askToRemove}
        />
      </Paper>
      <AddStatusForm moduleId={moduleId} />
      {removing && (
        <DeleteStatusModal
          moduleId={moduleId}
          status={removing}
          statuses={statuses.data}
          onClose={() => setRemovingId(null)}
        />
      )}
    </Stack>
  );
}
