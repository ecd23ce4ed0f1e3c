// A card on the board that can be dragged (pointer, touch or keyboard: Space picks it up) and
// opened (click or Enter).
import type { KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Card } from '../../api/cards.types';
import type { Field } from '../../api/types';
import type { ValueNames } from '../../format/field-values';
import { BoardCard } from './BoardCard';
import classes from './Board.module.css';

type SortableBoardCardProps = { card: Card; keyFields: Field[]; names: ValueNames };

export function SortableBoardCard({ card, keyFields, names }: SortableBoardCardProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sortable = useSortable({
    id: card.id,
    attributes: { roleDescription: t('board.card.roleDescription') },
  });
  const open = () => void navigate(`/cards/${card.id}`);

  const keyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    sortable.listeners?.onKeyDown?.(event);
    if (event.key === 'Enter' && !sortable.isDragging && !event.defaultPrevented) open();
  };

  return (
    <div
      ref={sortable.setNodeRef}
      className={classes.sortable}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
      }}
      data-dragging={sortable.isDragging || undefined}
      data-testid="board-card"
      data-card-title={card.title}
      data-card-id={card.id}
      aria-label={card.title}
      {...sortable.attributes}
      {...sortable.listeners}
      onKeyDown={keyDown}
      onClick={open}
    >
      <BoardCard card={card} keyFields={keyFields} names={names} />
    </div>
  );
}
