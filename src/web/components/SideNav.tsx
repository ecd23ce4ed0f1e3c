// The side navigation: the set-up pages, and on small screens the modules too.
import { Badge, Box, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconBuildingStore,
  IconLayoutGrid,
  IconRocket,
  IconStack2,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useChecklist } from '../api/checklist.queries';
import { useModules } from '../api/modules.queries';
import { NavSectionLabel } from './NavSectionLabel';

type SideNavProps = { onNavigate: () => void };

export function SideNav({ onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data: checklist } = useChecklist();
  const { data: modules = [] } = useModules();
  const active = modules.filter((module) => !module.archived);

  const link = (to: string, label: string, icon: ReactNode, testId: string, right?: ReactNode) => (
    <NavLink
      key={to}
      component={Link}
      to={to}
      label={label}
      leftSection={icon}
      rightSection={right}
      active={pathname === to}
      onClick={onNavigate}
      data-testid={testId}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );

  return (
    <ScrollArea scrollbarSize={6} type="hover">
      <Stack gap={4}>
        <NavSectionLabel>{t('nav.setup')}</NavSectionLabel>
        {link(
          '/start',
          t('nav.startHere'),
          <IconRocket size={18} />,
          'nav-start',
          checklist && (
            <Badge size="sm" variant="light" circle={false}>
              {checklist.doneCount}/{checklist.steps.length}
            </Badge>
          ),
        )}
        {link('/settings/modules', t('nav.modules'), <IconStack2 size={18} />, 'nav-modules')}
        {link(
          '/settings/company',
          t('nav.companySettings'),
          <IconBuildingStore size={18} />,
          'nav-company',
        )}
        {link('/settings/users', t('nav.users'), <IconUsers size={18} />, 'nav-users')}
        {link('/trash', t('board.nav.trash'), <IconTrash size={18} />, 'nav-trash')}
        <Box hiddenFrom="md" mt="md">
          <NavSectionLabel>{t('nav.yourModules')}</NavSectionLabel>
          {active.length === 0 && (
            <Text size="sm" c="dimmed" px="sm">
              {t('nav.noModules')}
            </Text>
          )}
          {active.map((module) =>
            link(
              `/modules/${module.id}`,
              module.name,
              <IconLayoutGrid size={18} />,
              'nav-module-link',
            ),
          )}
        </Box>
      </Stack>
    </ScrollArea>
  );
}
