// The trash (/trash): deleted cards, each restorable, and archived modules, which come back
// from the modules page.
import {
  Anchor,
  Button,
  Center,
  EmptyState,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useRestoreCard } from '../../api/cards.queries';
import { useTrash } from '../../api/trash.queries';
import { notifyBoardError } from '../../board-notices';
import { LoadError } from '../../components/LoadError';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { useFormatters } from '../../format/useFormatters';
import { notifySuccess } from '../../notices';

export function TrashPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const trash = useTrash();
  const restore = useRestoreCard();

  const header = (
    <PageHeader title={t('board.trash.title')} description={t('board.trash.subtitle')} />
  );
  if (trash.isPending)
    return (
      <>
        {header}
        <PageLoader />
      </>
    );
  if (trash.isError) {
    return (
      <>
        {header}
        <LoadError error={trash.error} onRetry={() => void trash.refetch()} />
      </>
    );
  }
  const { cards, modules } = trash.data;

  const restoreCard = (id: string, title: string) =>
    restore.mutate(id, {
      onSuccess: () => notifySuccess(t('board.trash.restored', { title })),
      onError: notifyBoardError,
    });

  return (
    <>
      {header}
      <Stack gap="xl">
        {modules.length > 0 && (
          <Stack gap="xs">
            <Title order={4}>{t('board.trash.modules')}</Title>
            <Paper withBorder radius="lg" p="md">
              <Stack gap="sm">
                {modules.map((module) => (
                  <Group
                    key={module.id}
                    justify="space-between"
                    wrap="nowrap"
                    data-testid="trash-module"
                  >
                    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                      <IconArchive size={18} color="var(--mantine-color-dimmed)" />
                      <Text fw={500} truncate>
                        {module.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('board.trash.archivedAt', { date: format.dateTime(module.archivedAt) })}
                      </Text>
                    </Group>
                    <Button component={Link} to="/settings/modules" variant="default" size="xs">
                      {t('board.trash.manageModules')}
                    </Button>
                  </Group>
                ))}
              </Stack>
            </Paper>
          </Stack>
        )}

        <Stack gap="xs">
          <Title order={4}>{t('board.trash.cards')}</Title>
          {cards.length === 0 ? (
            <Paper withBorder radius="lg">
              <EmptyState
                py={56}
                icon={<IconTrash size={26} />}
                withIndicatorBackground
                title={t('board.trash.empty')}
                description={t('board.trash.emptyHint')}
                data-testid="trash-empty"
              />
            </Paper>
          ) : (
            <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing="sm" horizontalSpacing="lg">
                  <Table.Tbody>
                    {cards.map((card) => (
                      <Table.Tr key={card.id} data-testid="trash-card" data-card-title={card.title}>
                        <Table.Td>
                          <Anchor component={Link} to={`/cards/${card.id}`} fw={500} size="sm">
                            {card.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/modules/${card.moduleId}`}
                            size="sm"
                            c="dimmed"
                          >
                            {card.moduleName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c="dimmed">
                            {t('board.trash.deletedAt', { date: format.dateTime(card.deletedAt) })}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Button
                            variant="light"
                            size="xs"
                            leftSection={<IconArrowBackUp size={14} />}
                            loading={restore.isPending && restore.variables === card.id}
                            onClick={() => restoreCard(card.id, card.title)}
                            data-testid="trash-restore"
                          >
                            {t('common.restore')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
          {trash.hasNextPage && (
            <Center>
              <Button
                variant="subtle"
                loading={trash.isFetchingNextPage}
                onClick={() => void trash.fetchNextPage()}
              >
                {t('board.trash.loadMore')}
              </Button>
            </Center>
          )}
        </Stack>
      </Stack>
    </>
  );
}
