// The account menu in the header: who is signed in, and signing out.
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout, useMe } from '../api/auth.queries';

export function UserMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const logout = useLogout();
  if (!me) return null;
  const { name, email, role } = me.user;

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) });

  return (
    <Menu position="bottom-end" shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.userMenu')} data-testid="user-menu">
          <Group gap={8} wrap="nowrap">
            <Avatar name={name} color="initials" size={34} />
            <Text size="sm" fw={500} truncate maw={160} visibleFrom="sm">
              {name}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('nav.signedInAs')}</Menu.Label>
        <Group
          px="sm"
          pb="xs"
          gap={2}
          style={{ flexDirection: 'column', alignItems: 'flex-start' }}
        >
          <Text size="sm" fw={600} truncate maw={210}>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate maw={210}>
            {email} · {t(`roles.${role}`)}
          </Text>
        </Group>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={signOut}
          data-testid="user-menu-signout"
        >
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
