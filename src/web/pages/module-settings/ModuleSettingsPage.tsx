// A module's settings (/modules/:moduleId/settings?tab=pipeline|fields|taskTypes|general): its
// pipeline, custom fields, task types (read-only for now), name and idle days; admins change them.
import { Alert, Anchor, Fieldset, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  IconAdjustments,
  IconArrowLeft,
  IconForms,
  IconListDetails,
  IconLock,
  IconChecklist,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMe } from '../../api/auth.queries';
import { useModule } from '../../api/modules.queries';
import { LoadError } from '../../components/LoadError';
import { PageLoader } from '../../components/PageLoader';
import { TemplateIcon } from '../../components/TemplateIcon';
import { FieldEditor } from './FieldEditor';
import { GeneralSettings } from './GeneralSettings';
import { PipelineEditor } from './PipelineEditor';
import { TaskTypesView } from './TaskTypesView';

const TABS = ['pipeline', 'fields', 'taskTypes', 'general'] as const;
type SettingsTab = (typeof TABS)[number];

const TAB_ICONS = {
  pipeline: IconListDetails,
  fields: IconForms,
  taskTypes: IconChecklist,
  general: IconAdjustments,
} satisfies Record<SettingsTab, unknown>;
const TAB_TEST_IDS: Record<SettingsTab, string> = {
  pipeline: 'pipeline',
  fields: 'fields',
  taskTypes: 'task-types',
  general: 'general',
};

const isTab = (value: string | null): value is SettingsTab => TABS.some((tab) => tab === value);

export function ModuleSettingsPage() {
  const { t } = useTranslation();
  const { moduleId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const module = useModule(moduleId);
  const { data: me } = useMe();
  const requested = searchParams.get('tab');
  const tab: SettingsTab = isTab(requested) ? requested : 'pipeline';

  if (module.isPending) return <PageLoader />;
  if (module.isError) {
    return <LoadError error={module.error} onRetry={() => void module.refetch()} />;
  }
  const isAdmin = me?.user.role === 'admin';
  const count = (value: number) => (
    <Text span c="dimmed" size="sm">
      ({value})
    </Text>
  );
  // How many of each a tab holds, shown beside its name; General holds no list.
  const tabSize = (value: SettingsTab): number | null =>
    ({
      pipeline: module.data.statuses.length,
      fields: module.data.fields.length,
      taskTypes: module.data.taskTypes.length,
      general: null,
    })[value];

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor
          component={Link}
          to={`/modules/${moduleId}`}
          size="sm"
          c="dimmed"
          data-testid="module-settings-back"
        >
          <Group gap={4} component="span">
            <IconArrowLeft size={14} />
            {t('moduleSettings.backToBoard', { name: module.data.name })}
          </Group>
        </Anchor>
        <Group gap="md" wrap="nowrap">
          <TemplateIcon template={module.data.template} size={48} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} data-testid="module-settings-title">
              {t('moduleSettings.title', { name: module.data.name })}
            </Title>
            <Text c="dimmed" size="sm">
              {t('moduleSettings.subtitle')}
            </Text>
          </Stack>
        </Group>
      </Stack>

      {!isAdmin && (
        <Alert variant="light" color="gray" radius="lg" icon={<IconLock />}>
          {t('moduleSettings.adminOnly')}
        </Alert>
      )}

      <Tabs
        value={tab}
        onChange={(value) => setSearchParams(isTab(value) ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {TABS.map((value) => {
            const Icon = TAB_ICONS[value];
            const size = tabSize(value);
            return (
              <Tabs.Tab
                key={value}
                value={value}
                leftSection={<Icon size={16} />}
                data-testid={`module-settings-tab-${TAB_TEST_IDS[value]}`}
              >
                {t(`moduleSettings.tabs.${value}`)} {size === null ? null : count(size)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {/* A disabled fieldset disables every input and button inside it at once. */}
        <Fieldset variant="unstyled" disabled={!isAdmin} p={0} m={0}>
          <Tabs.Panel value="pipeline">
            <PipelineEditor moduleId={moduleId} />
          </Tabs.Panel>
          <Tabs.Panel value="fields">
            <FieldEditor moduleId={moduleId} />
          </Tabs.Panel>
          <Tabs.Panel value="taskTypes">
            <TaskTypesView taskTypes={module.data.taskTypes} />
          </Tabs.Panel>
          <Tabs.Panel value="general">
            <GeneralSettings module={module.data} />
          </Tabs.Panel>
        </Fieldset>
      </Tabs>
    </Stack>
  );
}
