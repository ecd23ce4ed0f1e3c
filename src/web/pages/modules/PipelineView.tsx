// A module's pipeline, read-only: its statuses in order, as coloured badges in their four groups.
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STATUS_GROUPS } from '../../../domain/pipeline';
import type { PipelineStatus, StatusGroup } from '../../api/types';

const GROUP_COLORS: Record<StatusGroup, string> = {
  lead: 'gray',
  open: 'blue',
  won: 'teal',
  lost: 'red',
};

export function PipelineView({ statuses }: { statuses: PipelineStatus[] }) {
  const { t } = useTranslation();
  const ordered = [...statuses].sort((a, b) => a.position - b.position);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
      {STATUS_GROUPS.map((group) => {
        const inGroup = ordered.filter((status) => status.group === group);
        return (
          <Paper
            key={group}
            withBorder
            radius="lg"
            p="md"
            style={{ borderTop: `3px solid var(--mantine-color-${GROUP_COLORS[group]}-5)` }}
            data-testid={`pipeline-group-${group}`}
          >
            <Stack gap={2} mb="md">
              <Text fw={600}>{t(`module.groups.${group}`)}</Text>
              <Text size="xs" c="dimmed">
                {t(`module.groupHints.${group}`)}
              </Text>
            </Stack>
            <Stack gap="xs">
              {inGroup.length === 0 && (
                <Text size="sm" c="dimmed" fs="italic">
                  {t('module.noStatuses')}
                </Text>
              )}
              {inGroup.map((status) => (
                <Group key={status.id} justify="space-between" wrap="nowrap" gap="xs">
                  <Badge
                    color={status.color}
                    variant="light"
                    size="lg"
                    radius="sm"
                    tt="none"
                    fw={600}
                    style={{ maxWidth: '75%' }}
                  >
                    {status.name}
                  </Badge>
                  <Tooltip label={t('module.probabilityHint')} withArrow>
                    <Text size="xs" c="dimmed" fw={500}>
                      {t('module.probability', { value: status.probability })}
                    </Text>
                  </Tooltip>
                </Group>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
