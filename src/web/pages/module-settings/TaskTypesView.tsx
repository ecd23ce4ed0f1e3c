// A module's task types, read-only: icon and colour, name, default duration and reminder.
import { Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskType } from '../../api/types';
import { TaskTypeIcon } from '../../components/TaskTypeIcon';

export function TaskTypesView({ taskTypes }: { taskTypes: TaskType[] }) {
  const { t } = useTranslation();
  if (taskTypes.length === 0) {
    return (
      <Text c="dimmed" ta="center" py="xl">
        {t('module.noTaskTypes')}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="sm" horizontalSpacing="lg">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th>{t('module.columns.name')}</Table.Th>
              <Table.Th>{t('module.columns.duration')}</Table.Th>
              <Table.Th>{t('module.columns.reminder')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {taskTypes.map((taskType) => (
              <Table.Tr key={taskType.id} data-testid="task-type-row">
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <TaskTypeIcon icon={taskType.icon} color={taskType.color} />
                    <Text size="sm" fw={500}>
                      {taskType.name}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('counts.minutes', { count: taskType.defaultDurationMin })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('counts.minutes', { count: taskType.defaultReminderMin })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
