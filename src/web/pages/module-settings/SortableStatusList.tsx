// The statuses in pipeline order under a header row; dragging one (mouse, touch or keyboard)
// reorders the pipeline.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Status } from '../../api/types';
import { SortableList } from '../../components/SortableList';
import { SortableStatusRow } from './SortableStatusRow';
import classes from './StatusRow.module.css';

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
      <SortableList
        items={statuses}
        onReorder={onReorder}
        verticalOnly
        renderItem={(status) => (
          <SortableStatusRow
            moduleId={moduleId}
            status={status}
            isOnly={statuses.length === 1}
            onRemove={onRemove}
          />
        )}
      />
    </div>
  );
}
