// What a screen reader hears while a card is moved with the keyboard (or the pointer).
import type { Announcements, UniqueIdentifier } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import type { BoardView } from '../../api/board-cache';
import { columnOf, type ColumnCardIds } from './useBoardDrag';

export function boardAnnouncements(
  t: TFunction,
  view: BoardView,
  columns: () => ColumnCardIds,
): Announcements {
  const titleOf = (id: UniqueIdentifier) =>
    view.columns.flatMap((column) => column.cards).find((card) => card.id === String(id))?.title ??
    '';
  const placeOf = (activeId: UniqueIdentifier) => {
    const ids = columns();
    const statusId = columnOf(ids, activeId);
    const status = view.columns.find((column) => column.status.id === statusId)?.status.name;
    const cards = statusId ? ids[statusId]! : [];
    return {
      title: titleOf(activeId),
      status: status ?? '',
      position: cards.indexOf(String(activeId)) + 1,
      total: cards.length,
    };
  };
  return {
    onDragStart: ({ active }) => t('board.dnd.pickedUp', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('board.dnd.over', placeOf(active.id)) : undefined),
    onDragEnd: ({ active, over }) =>
      over ? t('board.dnd.dropped', placeOf(active.id)) : undefined,
    onDragCancel: ({ active }) => t('board.dnd.cancelled', { title: titleOf(active.id) }),
  };
}
