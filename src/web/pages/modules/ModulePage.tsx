// A module (/modules/:moduleId): its pipeline, fields and task types, read-only until the
// board arrives.
import { Alert, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconForms, IconInfoCircle, IconListDetails, IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useModule } from '../../api/modules.queries';
import { LoadError } from '../../components/LoadError';
import { PageLoader } from '../../components/PageLoader';
import { TemplateIcon } from '../../components/TemplateIcon';
import { ModuleFacts } from '../../components/ModuleFacts';
import { FieldsView } from './FieldsView';
import { PipelineView } from './PipelineView';
import { TaskTypesView } from './TaskTypesView';

export function ModulePage() {
  const { t } = useTranslation();
  const { moduleId = '' } = useParams();
  const module = useModule(moduleId);

  if (module.isPending) return <PageLoader />;
  if (module.isError) {
    return <LoadError error={module.error} onRetry={() => void module.refetch()} />;
  }
  const { statuses, fields, taskTypes } = module.data;

  return (
    <Stack gap="lg">
      <Group gap="md" wrap="nowrap">
        <TemplateIcon template={module.data.template} size={48} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="sm">
            <Title order={2} data-testid="module-title">
              {module.data.name}
            </Title>
            {module.data.archived && (
              <Badge color="gray" variant="light">
                {t('module.archived')}
              </Badge>
            )}
          </Group>
          <ModuleFacts module={module.data} />
        </Stack>
      </Group>

      <Alert
        variant="light"
        color="indigo"
        radius="lg"
        icon={<IconInfoCircle />}
        title={t('module.boardSoonTitle')}
      >
        {t('module.boardSoon')}
      </Alert>

      <Tabs defaultValue="pipeline" keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="pipeline" leftSection={<IconListDetails size={16} />}>
            {t('module.tabs.pipeline')}{' '}
            <Text span c="dimmed" size="sm">
              ({statuses.length})
            </Text>
          </Tabs.Tab>
          <Tabs.Tab
            value="fields"
            leftSection={<IconForms size={16} />}
            data-testid="module-tab-fields"
          >
            {t('module.tabs.fields')}{' '}
            <Text span c="dimmed" size="sm">
              ({fields.length})
            </Text>
          </Tabs.Tab>
          <Tabs.Tab
            value="taskTypes"
            leftSection={<IconChecklist size={16} />}
            data-testid="module-tab-task-types"
          >
            {t('module.tabs.taskTypes')}{' '}
            <Text span c="dimmed" size="sm">
              ({taskTypes.length})
            </Text>
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pipeline">
          <PipelineView statuses={statuses} />
        </Tabs.Panel>
        <Tabs.Panel value="fields">
          <FieldsView fields={fields} />
        </Tabs.Panel>
        <Tabs.Panel value="taskTypes">
          <TaskTypesView taskTypes={taskTypes} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
