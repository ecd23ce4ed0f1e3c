// Users (/settings/users): who can sign in to the workspace; read-only for now.
import { Avatar, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/auth.queries';
import { useUsers } from '../../api/users.queries';
import type { Role } from '../../api/types';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';

const ROLE_COLORS: Record<Role, string> = {
  admin: 'indigo',
  manager: 'grape',
  user: 'blue',
  restricted: 'gray',
};

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const { data: me } = useMe();

  if (users.isPending) return <PageLoader />;
  if (users.isError) return <LoadError error={users.error} onRetry={() => void users.refetch()} />;

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.subtitle')} />
      <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={640}>
          <Table
            verticalSpacing="sm"
            horizontalSpacing="lg"
            highlightOnHover
            data-testid="users-table"
          >
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th>{t('users.columns.name')}</Table.Th>
                <Table.Th>{t('users.columns.role')}</Table.Th>
                <Table.Th>{t('users.columns.position')}</Table.Th>
                <Table.Th>{t('users.columns.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text c="dimmed" ta="center" py="lg">
                      {t('users.empty')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {users.data.map((user) => (
                <Table.Tr key={user.id} data-testid="user-row">
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <Avatar name={user.name} color="initials" size={36} />
                      <div style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} truncate>
                          {user.name}
                          {user.id === me?.user.id && (
                            <Text span size="xs" c="dimmed" fw={400}>
                              {' '}
                              ({t('users.you')})
                            </Text>
                          )}
                        </Text>
                        <Text size="xs" c="dimmed" truncate>
                          {user.email}
                        </Text>
                      </div>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={ROLE_COLORS[user.role]}>
                      {t(`roles.${user.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={user.position ? undefined : 'dimmed'}>
                      {user.position || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="dot" color={user.active ? 'teal' : 'gray'}>
                      {user.active ? t('users.active') : t('users.inactive')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
