// A vertical list reordered by dragging (mouse, touch or keyboard); each row uses `useSortableRow`.
import { Fragment, type ReactNode } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';

/** A dragged row moves only up and down. */
const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });
const VERTICAL_ONLY = [restrictToVerticalAxis];

type SortableListProps<T extends { id: string }> = {
  items: T[];
  /** Called with every id in the new order after a drop that moved a row. */
  onReorder: (ids: string[]) => void;
  renderItem: (item: T) => ReactNode;
  verticalOnly?: boolean;
};

export function SortableList<T extends { id: string }>({
  items,
  onReorder,
  renderItem,
  verticalOnly = false,
}: SortableListProps<T>) {
  // A pointer drag starts only after 4px of movement, so a plain click stays a click.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((item) => item.id);

  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from === -1 || to === -1) return;
    onReorder(arrayMove(ids, from, to));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={verticalOnly ? VERTICAL_ONLY : undefined}
      onDragEnd={dropped}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {items.map((item) => (
          <Fragment key={item.id}>{renderItem(item)}</Fragment>
        ))}
      </SortableContext>
    </DndContext>
  );
}
