// The board's columns with drag and drop (dnd-kit): pointer, touch and keyboard (Space picks a
// card up, arrows move it, Space drops it, Escape cancels); a drop moves the card at once.
import { useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import {
  DndContext,
  DragOverlay,
  KeyboardCode,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { BoardView } from '../../api/board-cache';
import type { CardMove } from '../../api/board.queries';
import type { Card } from '../../api/cards.types';
import type { Field } from '../../api/types';
import { boardFields } from '../../../domain/fields/board-fields';
import { useValueNames } from '../../format/useValueNames';
import { boardAnnouncements } from './board-announcements';
import { BoardCard } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { useBoardDrag } from './useBoardDrag';
import classes from './Board.module.css';

type KanbanBoardProps = {
  view: BoardView;
  fields: Field[];
  onMove: (move: CardMove) => void;
  onNewCard: (statusId: string) => void;
};

// Enter opens a card, so only Space picks one up.
const KEYBOARD_CODES = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

export function KanbanBoard({ view, fields, onMove, onNewCard }: KanbanBoardProps) {
  const { t } = useTranslation();
  const names = useValueNames();
  const drag = useBoardDrag(view, onMove);
  const columnsRef = useRef(drag.columns);
  columnsRef.current = drag.columns;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: KEYBOARD_CODES,
    }),
  );
  const keyFields = useMemo(() => boardFields(fields), [fields]);
  const cardsById = useMemo(
    () => new Map(view.columns.flatMap((column) => column.cards.map((card) => [card.id, card]))),
    [view],
  );
  const cardsOf = (statusId: string) =>
    (drag.columns[statusId] ?? []).flatMap((id) => {
      const card = cardsById.get(id);
      return card ? [card] : [];
    });
  const activeCard: Card | undefined = drag.activeId ? cardsById.get(drag.activeId) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={drag.collisionDetection}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={{
        announcements: boardAnnouncements(t, view, () => columnsRef.current),
        screenReaderInstructions: { draggable: t('board.dnd.instructions') },
      }}
      {...drag.handlers}
    >
      <div className={classes.board} data-testid="board">
        {view.columns.map((column) => (
          <BoardColumn
            key={column.status.id}
            moduleId={view.moduleId}
            column={column}
            cards={cardsOf(column.status.id)}
            keyFields={keyFields}
            names={names}
            sumFieldLabel={view.sumField?.label ?? ''}
            onNewCard={onNewCard}
          />
        ))}
      </div>
      {createPortal(
        <DragOverlay>
          {activeCard && <BoardCard card={activeCard} keyFields={keyFields} names={names} lifted />}
        </DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}
