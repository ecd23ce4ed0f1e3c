// The drag state of the board. While a card is dragged, the columns are shown as they would be
// if it were dropped now (the cards of another column make room as it passes); the drop names
// the column and index it lands at.
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import type { BoardView } from '../../api/board-cache';
import type { CardMove } from '../../api/board.queries';

/** Card ids per status id, in order. */
export type ColumnCardIds = Record<string, string[]>;

const COLUMN_PREFIX = 'column:';
/** The droppable id of a column (card ids are the sortable ids). */
export const columnDropId = (statusId: string) => COLUMN_PREFIX + statusId;

function cardIdsByColumn(view: BoardView): ColumnCardIds {
  return Object.fromEntries(
    view.columns.map((column) => [column.status.id, column.cards.map((card) => card.id)]),
  );
}

/** The status id of a column droppable, or of the column holding a card. */
export function columnOf(columns: ColumnCardIds, id: UniqueIdentifier): string | null {
  const text = String(id);
  if (text.startsWith(COLUMN_PREFIX)) {
    const statusId = text.slice(COLUMN_PREFIX.length);
    return statusId in columns ? statusId : null;
  }
  return Object.keys(columns).find((statusId) => columns[statusId]!.includes(text)) ?? null;
}

export function useBoardDrag(view: BoardView, onDrop: (move: CardMove) => void) {
  const [preview, setPreview] = useState<ColumnCardIds | null>(null);
  const previewRef = useRef<ColumnCardIds | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const origin = useRef<{ statusId: string; index: number } | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const columns = useMemo(() => preview ?? cardIdsByColumn(view), [preview, view]);

  const showPreview = (next: ColumnCardIds | null) => {
    previewRef.current = next;
    setPreview(next);
  };

  // Over a column that has cards, aim at its closest card, so a drop there has a place.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const pointerCollisions = pointerWithin(args);
      const collisions = pointerCollisions.length > 0 ? pointerCollisions : rectIntersection(args);
      let overId = getFirstCollision(collisions, 'id');
      if (overId !== null) {
        const text = String(overId);
        const columnCards = text.startsWith(COLUMN_PREFIX)
          ? columns[text.slice(COLUMN_PREFIX.length)]
          : undefined;
        if (columnCards && columnCards.length > 0) {
          overId =
            closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter((container) =>
                columnCards.includes(String(container.id)),
              ),
            })[0]?.id ?? overId;
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      return lastOverId.current === null ? [] : [{ id: lastOverId.current }];
    },
    [columns],
  );

  const reset = () => {
    origin.current = null;
    lastOverId.current = null;
    setActiveId(null);
    showPreview(null);
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    const ids = cardIdsByColumn(view);
    const statusId = columnOf(ids, active.id);
    if (!statusId) return;
    origin.current = { statusId, index: ids[statusId]!.indexOf(String(active.id)) };
    setActiveId(String(active.id));
    showPreview(ids);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const current = previewRef.current;
    if (!current || !over) return;
    const from = columnOf(current, active.id);
    const to = columnOf(current, over.id);
    if (!from || !to || from === to) return;
    const target = current[to]!;
    const overIndex = target.indexOf(String(over.id));
    const dragged = active.rect.current.translated;
    const below =
      dragged !== null && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
    const index = overIndex === -1 ? target.length : overIndex + (below ? 1 : 0);
    const cardId = String(active.id);
    showPreview({
      ...current,
      [from]: current[from]!.filter((id) => id !== cardId),
      [to]: [...target.slice(0, index), cardId, ...target.slice(index)],
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const current = previewRef.current;
    const start = origin.current;
    reset();
    if (!current || !start || !over) return;
    const statusId = columnOf(current, active.id);
    if (!statusId) return;
    let ids = current[statusId]!;
    const activeIndex = ids.indexOf(String(active.id));
    const overIndex = ids.indexOf(String(over.id));
    if (overIndex !== -1 && overIndex !== activeIndex) ids = arrayMove(ids, activeIndex, overIndex);
    const index = ids.indexOf(String(active.id));
    if (statusId === start.statusId && index === start.index) return;
    onDrop({ cardId: String(active.id), statusId, index });
  };

  return {
    columns,
    activeId,
    collisionDetection,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel: reset },
  };
}
