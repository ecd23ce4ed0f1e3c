// The active modules in their order; dragging one (mouse, touch or keyboard) reorders them.
import type { Module } from '../../api/types';
import { SortableList } from '../../components/SortableList';
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
  return (
    <SortableList
      items={modules}
      onReorder={onReorder}
      renderItem={(module) => (
        <SortableModuleRow module={module} onRename={onRename} onArchive={onArchive} />
      )}
    />
  );
}
