// What a row of a `SortableList` needs: its node ref, its moving style and its drag handle's props.
import type { CSSProperties } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';

export function useSortableRow(id: string) {
  const sortable = useSortable({ id });
  const style: CSSProperties = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };
  return {
    ref: sortable.setNodeRef,
    style,
    isDragging: sortable.isDragging,
    /** Spread on the drag handle: makes it focusable, announced and draggable. */
    handleProps: { ...sortable.attributes, ...sortable.listeners },
  };
}
