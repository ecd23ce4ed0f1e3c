// Start here (/start): the administrator's seven steps, ticked off from the live system.
import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChecklist } from '../../api/checklist.queries';
import { useModules } from '../../api/modules.queries';
import type { ChecklistStep } from '../../api/types';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { ChecklistStepRow } from './ChecklistStepRow';
import { SampleDataCard } from './SampleDataCard';

export function StartHerePage() {
  const { t } = useTranslation();
  const checklist = useChecklist();
  const { data: modules = [] } = useModules();

  if (checklist.isPending) return <PageLoader />;
  if (checklist.isError) {
    return <LoadError error={checklist.error} onRetry={() => void checklist.refetch()} />;
  }
  const { steps, doneCount } = checklist.data;
  const total = steps.length;
  // With a single module, its pipeline and fields steps open that module's settings directly.
  const active = modules.filter((module) => !module.archived);
  const hrefOf = (step: ChecklistStep) =>
    active.length === 1 && (step.key === 'pipeline' || step.key === 'fields')
      ? `/modules/${active[0]!.id}/settings?tab=${step.key}`
      : step.href;

  return (
    <>
      <PageHeader title={t('start.title')} description={t('start.subtitle')} />
      <Stack gap="lg">
        <Paper withBorder radius="lg" p="lg">
          <Group justify="space-between" mb="sm">
            <Text fw={600} data-testid="checklist-progress">
              {t('start.progress', { done: doneCount, total })}
            </Text>
            {doneCount === total && (
              <Text size="sm" c="teal.7" fw={500}>
                {t('start.allDone')}
              </Text>
            )}
          </Group>
          <Progress
            value={total === 0 ? 0 : (doneCount / total) * 100}
            color="teal"
            size="md"
            radius="xl"
            aria-label={t('start.progress', { done: doneCount, total })}
          />
        </Paper>
        <Paper withBorder radius="lg" p={0} style={{ overflow: 'hidden' }}>
          <Stack gap={0}>
            {steps.map((step, index) => (
              <ChecklistStepRow
                key={step.step}
                step={{ ...step, href: hrefOf(step) }}
                isLast={index === steps.length - 1}
              />
            ))}
          </Stack>
        </Paper>
        <SampleDataCard />
      </Stack>
    </>
  );
}
