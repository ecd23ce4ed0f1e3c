// The statuses in pipeline order under a header row; dragging one (mouse, touch or keyboard)
// reorders the pipeline.
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
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../api/types';
import { SortableStatusRow } from './SortableStatusRow';
import classes from './StatusRow.module.css';

/** A status moves only up and down while dragged. */
const restrictToVerticalAxis: Modifier = ({ transform }) => ({ ...transform, x: 0 });

type SortableStatusListProps = {
  moduleId: string;
  statuses: Status[];
  onReorder: (ids: string[]) => void;
  onRemove: (status: Status) => void;
};

export function SortableStatusList({
  moduleId,
  statuses,
  onReorder,
  onRemove,
}: SortableStatusListProps) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = statuses.map((status) => status.id);

  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from === -1 || to === -1) return;
    onReorder(arrayMove(ids, from, to));
  };

  return (
    <div className={classes.scroller}>
      <div className={classes.header} aria-hidden>
        <span />
        <Text size="xs" fw={600} c="dimmed" className={classes.nameHeader}>
          {t('moduleSettings.pipeline.columns.name')}
        </Text>
        <Text size="xs" fw={600} c="dimmed">
          {t('moduleSettings.pipeline.columns.group')}
        </Text>
        <Text size="xs" fw={600} c="dimmed">
          {t('moduleSettings.pipeline.columns.color')}
        </Text>
        <Text size="xs" fw={600} c="dimmed">
          {t('moduleSettings.pipeline.columns.probability')}
        </Text>
        <Text size="xs" fw={600} c="dimmed">
          {t('moduleSettings.pipeline.columns.cards')}
        </Text>
        <span />
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[restrictToVerticalAxis]}
        onDragEnd={dropped}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          {statuses.map((status) => (
            <SortableStatusRow
              key={status.id}
              moduleId={moduleId}
              status={status}
              isOnly={statuses.length === 1}
              onRemove={onRemove}
            />
          ))}
        </SortableContext>
      </DndContext>
    </div>
  );
}
