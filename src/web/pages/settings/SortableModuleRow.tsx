// One active module in the sortable list: drag handle, name and facts, rename and archive.
import { ActionIcon, Anchor, Group, Stack, Tooltip } from '@mantine/core';
import { IconArchive, IconGripVertical, IconPencil, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Module } from '../../api/types';
import { TemplateIcon } from '../../components/TemplateIcon';
import { useSortableRow } from '../../components/useSortableRow';
import { ModuleFacts } from '../../components/ModuleFacts';
import classes from './ModuleRow.module.css';

type SortableModuleRowProps = {
  module: Module;
  onRename: (module: Module) => void;
  onArchive: (module: Module) => void;
};

export function SortableModuleRow({ module, onRename, onArchive }: SortableModuleRowProps) {
  const { t } = useTranslation();
  const sortable = useSortableRow(module.id);

  return (
    <div
      ref={sortable.ref}
      className={classes.row}
      data-dragging={sortable.isDragging || undefined}
      data-testid="module-row"
      data-module-name={module.name}
      style={sortable.style}
    >
      <Group wrap="nowrap" gap="md">
        <ActionIcon
          variant="subtle"
          color="gray"
          className={classes.handle}
          aria-label={t('modules.dragHandle')}
          data-testid="module-drag-handle"
          {...sortable.handleProps}
        >
          <IconGripVertical size={18} />
        </ActionIcon>
        <TemplateIcon template={module.template} size={36} />
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Anchor component={Link} to={`/modules/${module.id}`} fw={600} c="inherit" truncate>
            {module.name}
          </Anchor>
          <ModuleFacts module={module} />
        </Stack>
        <Group gap={4} wrap="nowrap" aria-label={t('modules.actions', { name: module.name })}>
          <Tooltip label={t('moduleSettings.openSettings')} withArrow>
            <ActionIcon
              component={Link}
              to={`/modules/${module.id}/settings`}
              variant="subtle"
              color="gray"
              aria-label={t('moduleSettings.openSettings')}
              data-testid="module-settings-link"
            >
              <IconSettings size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('common.rename')} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => onRename(module)}
              aria-label={t('common.rename')}
              data-testid="module-rename"
            >
              <IconPencil size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('common.archive')} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => onArchive(module)}
              aria-label={t('common.archive')}
              data-testid="module-archive"
            >
              <IconArchive size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </div>
  );
}
