// One step of the checklist: tick or open circle, title, one line of explanation, a link to do it.
import { Badge, Box, Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ChecklistStep } from '../../api/types';
import classes from './ChecklistStepRow.module.css';

type ChecklistStepRowProps = { step: ChecklistStep; isLast: boolean };

export function ChecklistStepRow({ step, isLast }: ChecklistStepRowProps) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      component={Link}
      to={step.href}
      px="lg"
      py="md"
      data-testid={`checklist-step-${step.step}`}
      data-done={String(step.done)}
      className={classes.row}
      data-last={isLast || undefined}
    >
      <Group wrap="nowrap" gap="md">
        {step.done ? (
          <ThemeIcon size={32} radius="xl" color="teal" aria-label={t('start.done')}>
            <IconCheck size={18} stroke={3} />
          </ThemeIcon>
        ) : (
          <Box className={classes.openCircle} aria-label={t('start.todo')}>
            <Text size="sm" fw={600} c="dimmed">
              {step.step}
            </Text>
          </Box>
        )}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600}>{t(`start.steps.${step.key}.title`)}</Text>
            {step.done && (
              <Badge size="xs" color="teal" variant="light">
                {t('start.done')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t(`start.steps.${step.key}.description`)}
          </Text>
        </Stack>
        <IconChevronRight size={18} color="var(--mantine-color-gray-5)" />
      </Group>
    </UnstyledButton>
  );
}
