// The active modules as header links; those that do not fit go into a "More" menu.
import { Button, Menu, OverflowList } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useModules } from '../api/modules.queries';
import type { Module } from '../api/types';

export function ModuleLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data: modules = [] } = useModules();
  const active = modules.filter((module) => !module.archived);
  const isCurrent = (module: Module) => pathname === `/modules/${module.id}`;

  return (
    <OverflowList
      data={active}
      gap={4}
      getItemKey={(module: Module) => module.id}
      renderItem={(module: Module) => (
        <Button
          component={Link}
          to={`/modules/${module.id}`}
          variant={isCurrent(module) ? 'light' : 'subtle'}
          color={isCurrent(module) ? undefined : 'gray'}
          size="compact-md"
          fw={500}
          data-testid="header-module-link"
        >
          {module.name}
        </Button>
      )}
      renderOverflow={(hidden: Module[]) => (
        <Menu position="bottom-start" shadow="md">
          <Menu.Target>
            <Button
              variant="subtle"
              color="gray"
              size="compact-md"
              fw={500}
              rightSection={<IconChevronDown size={14} />}
            >
              {t('nav.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {hidden.map((module) => (
              <Menu.Item key={module.id} component={Link} to={`/modules/${module.id}`}>
                {module.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      )}
    />
  );
}
