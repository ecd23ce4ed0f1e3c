// The active modules in their order; dragging one (mouse, touch or keyboard) reorders them.
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import type { Module } from '../../api/types';
import { SortableModuleRow } from './SortableModuleRow';

type SortableModuleListProps = {
  modules: Module[];
  onReorder: (ids: string[]) => void;
  onRename: (module: Module) => void;
  onArchive: (module: Module) => void;
};

export function SortableModuleList({
  modules,
  onReorder,
  onRename,
  onArchive,
}: SortableModuleListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = modules.map((module) => module.id);

  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from === -1 || to === -1) return;
    onReorder(arrayMove(ids, from, to));
  };

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={dropped}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {modules.map((module) => (
          <SortableModuleRow
            key={module.id}
            module={module}
            onRename={onRename}
            onArchive={onArchive}
          />
        ))}
      </SortableContext>
    </DndContext>
  );
}
