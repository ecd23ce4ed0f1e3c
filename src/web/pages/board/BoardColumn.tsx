// One status of the board: its colour, name, count and totals, its cards (scrolling on their
// own, paged with "Load more") and a button to add a card in it.
import { ActionIcon, Badge, Button, Group, Text, Tooltip } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconPlus } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardColumnView } from '../../api/board-cache';
import { useLoadMoreCards } from '../../api/board.queries';
import type { Card } from '../../api/cards.types';
import type { Field } from '../../api/types';
import { notifyBoardError } from '../../board-notices';
import type { ValueNames } from '../../format/field-values';
import { ColumnTotals } from './ColumnTotals';
import { SortableBoardCard } from './SortableBoardCard';
import { columnDropId } from './useBoardDrag';
import classes from './Board.module.css';

type BoardColumnProps = {
  moduleId: string;
  column: BoardColumnView;
  cards: Card[];
  keyFields: Field[];
  names: ValueNames;
  sumFieldLabel: string;
  onNewCard: (statusId: string) => void;
};

export function BoardColumn(props: BoardColumnProps) {
  const { t } = useTranslation();
  const { column, cards } = props;
  const { status } = column;
  const droppable = useDroppable({ id: columnDropId(status.id) });
  const loadMore = useLoadMoreCards(props.moduleId);

  const loadNextPage = () => {
    if (!column.nextCursor) return;
    loadMore.mutate(
      { statusId: status.id, cursor: column.nextCursor },
      { onError: notifyBoardError },
    );
  };

  return (
    <section
      className={classes.column}
      style={{ '--status-color': status.color } as CSSProperties}
      aria-label={status.name}
      data-testid="board-column"
      data-status-name={status.name}
      data-status-id={status.id}
    >
      <div className={classes.columnHeader}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
            <Text fw={650} size="sm" truncate>
              {status.name}
            </Text>
            <Badge size="sm" variant="default" radius="sm" data-testid="board-column-count">
              {column.count}
            </Badge>
          </Group>
          <Tooltip label={t('board.column.newCard', { status: status.name })} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={() => props.onNewCard(status.id)}
              aria-label={t('board.column.newCard', { status: status.name })}
              data-testid="board-column-new-card"
            >
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <ColumnTotals column={column} sumFieldLabel={props.sumFieldLabel} />
      </div>
      <SortableContext items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <div ref={droppable.setNodeRef} className={classes.cards}>
          {cards.map((card) => (
            <SortableBoardCard
              key={card.id}
              card={card}
              keyFields={props.keyFields}
              names={props.names}
            />
          ))}
          {cards.length === 0 && (
            <div className={classes.emptyColumn}>
              <Text size="xs" c="dimmed" fw={500}>
                {t('board.column.empty')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('board.column.emptyHint')}
              </Text>
            </div>
          )}
          {column.nextCursor && (
            <Button
              variant="subtle"
              color="gray"
              size="xs"
              fullWidth
              loading={loadMore.isPending}
              onClick={loadNextPage}
              style={{ flexShrink: 0 }}
              data-testid="board-column-load-more"
            >
              {t('board.column.loadMore')}
              <Text span size="xs" c="dimmed" ml={6}>
                {t('board.column.shown', { shown: cards.length, total: column.count })}
              </Text>
            </Button>
          )}
        </div>
      </SortableContext>
    </section>
  );
}
