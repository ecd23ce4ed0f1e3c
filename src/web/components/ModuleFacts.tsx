// The one-line facts about a module: its template, how many cards, when cards go idle.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Module } from '../api/types';

export function ModuleFacts({ module }: { module: Module }) {
  const { t, i18n } = useTranslation();
  const templateKey = `templates.${module.template}.name`;
  const facts = [
    i18n.exists(templateKey) ? t('module.template', { name: t(templateKey) }) : null,
    t('counts.cards', { count: module.cardCount }),
    module.idleDays === null
      ? null
      : t('modules.idleAfter', { days: t('counts.days', { count: module.idleDays }) }),
  ].filter((fact): fact is string => fact !== null);
  return (
    <Text size="xs" c="dimmed" truncate>
      {facts.join(' · ')}
    </Text>
  );
}
