// A module's main screen (/modules/:moduleId): its kanban board, a column per status.
import { useState } from 'react';
import { Button, EmptyState, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutKanban, IconPlus, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useBoard, useMoveCard, type CardMove } from '../../api/board.queries';
import type { Card } from '../../api/cards.types';
import type { ApiError } from '../../api/client';
import { useFields } from '../../api/fields.queries';
import { useModule } from '../../api/modules.queries';
import { boardErrorMessage, requiredFieldKeys } from '../../board-notices';
import { LoadError } from '../../components/LoadError';
import { ModuleFacts } from '../../components/ModuleFacts';
import { PageLoader } from '../../components/PageLoader';
import { TemplateIcon } from '../../components/TemplateIcon';
import { KanbanBoard } from './KanbanBoard';
import { MoveRefusal } from './MoveRefusal';
import { NewCardModal } from './NewCardModal';

/** Which column the new-card form was opened for: null = from the header (first status). */
type NewCardTarget = { statusId: string | null };

export function BoardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { moduleId = '' } = useParams();
  const module = useModule(moduleId);
  const board = useBoard(moduleId);
  const fields = useFields(moduleId);
  const moveCard = useMoveCard(moduleId);
  const [newCard, setNewCard] = useState<NewCardTarget | null>(null);

  if (module.isPending || board.isPending) return <PageLoader />;
  if (module.isError)
    return <LoadError error={module.error} onRetry={() => void module.refetch()} />;
  if (board.isError) return <LoadError error={board.error} onRetry={() => void board.refetch()} />;

  const activeFields = (fields.data ?? []).filter((field) => !field.archived);
  // Already in pipeline order: the module detail lists statuses by position.
  const statuses = module.data.statuses;
  const settingsPath = `/modules/${moduleId}/settings`;

  const refused = (error: ApiError, card: Card, move: CardMove) => {
    const status = board.data.columns.find((column) => column.status.id === move.statusId)?.status;
    const missing = requiredFieldKeys(error);
    if (missing.length > 0) {
      const labels = missing.map(
        (key) => activeFields.find((field) => field.key === key)?.label ?? key,
      );
      const id = notifications.show({
        color: 'orange',
        autoClose: 15_000,
        title: t('board.move.refusedTitle', { title: card.title, status: status?.name ?? '' }),
        message: (
          <MoveRefusal
            fieldLabels={labels}
            onOpenCard={() => {
              notifications.hide(id);
              const query = new URLSearchParams({ missing: missing.join(','), for: move.statusId });
              void navigate(`/cards/${card.id}?${query.toString()}`);
            }}
          />
        ),
      });
      return;
    }
    const message =
      error.code === 'stale_version'
        ? t('board.move.staleVersion')
        : error.code === 'stale_position'
          ? t('board.move.stalePosition')
          : boardErrorMessage(error);
    notifications.show({ color: 'red', title: t('board.move.failedTitle'), message });
  };

  const move = (cardMove: CardMove) =>
    moveCard(cardMove, { onError: (error, card) => refused(error, card, cardMove) });

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap" gap="lg">
        <Group gap="md" wrap="nowrap" style={{ minWidth: 0 }}>
          <TemplateIcon template={module.data.template} size={42} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={2} data-testid="module-title">
              {module.data.name}
            </Title>
            <ModuleFacts module={module.data} />
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Button
            component={Link}
            to={settingsPath}
            variant="default"
            leftSection={<IconSettings size={16} />}
            data-testid="board-settings"
          >
            {t('board.page.settings')}
          </Button>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setNewCard({ statusId: null })}
            disabled={statuses.length === 0}
            data-testid="board-new-card"
          >
            {t('board.page.newCard')}
          </Button>
        </Group>
      </Group>

      {statuses.length === 0 ? (
        <EmptyState
          py={80}
          icon={<IconLayoutKanban size={28} />}
          withIndicatorBackground
          title={t('board.page.noStatuses')}
          description={t('board.page.noStatusesHint')}
        >
          <EmptyState.Actions>
            <Button component={Link} to={settingsPath} variant="light">
              {t('board.page.openSettings')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <KanbanBoard
          view={board.data}
          fields={activeFields}
          onMove={move}
          onNewCard={(statusId) => setNewCard({ statusId })}
        />
      )}

      {newCard && (
        <NewCardModal
          moduleId={moduleId}
          statuses={statuses}
          fields={activeFields}
          currency={board.data.currency}
          statusId={newCard.statusId}
          onClose={() => setNewCard(null)}
        />
      )}
    </Stack>
  );
}
