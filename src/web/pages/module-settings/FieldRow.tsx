// One custom field in the field editor: type icon, label and key, its rules at a glance, and
// moving it up or down in its section, editing and removing it.
import type { ReactNode } from 'react';
import { ActionIcon, Badge, Code, Group, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconArchive,
  IconFlag,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../api/types';
import { FieldTypeIcon } from './FieldTypeIcon';
import classes from './FieldRow.module.css';

type FieldRowProps = {
  field: Field;
  /** The name of the status the field is required from, when it is. */
  requiredFromName: string | null;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (field: Field, direction: -1 | 1) => void;
  onEdit: (field: Field) => void;
  onRemove: (field: Field) => void;
};

export function FieldRow(props: FieldRowProps) {
  const { field, requiredFromName } = props;
  const { t } = useTranslation();
  const action = (
    label: string,
    icon: ReactNode,
    onClick: () => void,
    testId: string,
    options: { disabled?: boolean; color?: string } = {},
  ) => (
    <Tooltip label={label} withArrow disabled={options.disabled}>
      <ActionIcon
        variant="subtle"
        color={options.color ?? 'gray'}
        onClick={onClick}
        disabled={options.disabled}
        className={classes.action}
        aria-label={label}
        data-testid={testId}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Group
      wrap="nowrap"
      gap="md"
      className={classes.row}
      data-testid="field-row"
      data-field-key={field.key}
      data-field-label={field.label}
    >
      <FieldTypeIcon type={field.type} size={34} />
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} truncate>
            {field.label}
          </Text>
          <Code c="dimmed">{field.key}</Code>
        </Group>
        <Group gap={6}>
          <Badge variant="light" color="gray" tt="none" fw={500}>
            {t(`fieldTypes.${field.type}`)}
          </Badge>
          {field.required && (
            <Badge variant="light" color="orange" tt="none" fw={500}>
              {t('moduleSettings.fields.required')}
            </Badge>
          )}
          {requiredFromName && (
            <Badge
              variant="light"
              color="violet"
              tt="none"
              fw={500}
              leftSection={<IconFlag size={12} />}
              data-testid="field-required-from"
            >
              {t('moduleSettings.fields.requiredFrom', { status: requiredFromName })}
            </Badge>
          )}
          {field.options && field.options.length > 0 && (
            <Text size="xs" c="dimmed" lineClamp={1} data-testid="field-option-list">
              {field.options.map((option) => option.label).join(' · ')}
            </Text>
          )}
        </Group>
        {field.helpText && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {field.helpText}
          </Text>
        )}
      </Stack>
      <Group gap={2} wrap="nowrap">
        {action(
          t('moduleSettings.fields.moveUp'),
          <IconArrowUp size={16} />,
          () => props.onMove(field, -1),
          'field-move-up',
          { disabled: !props.canMoveUp },
        )}
        {action(
          t('moduleSettings.fields.moveDown'),
          <IconArrowDown size={16} />,
          () => props.onMove(field, 1),
          'field-move-down',
          { disabled: !props.canMoveDown },
        )}
        {action(
          t('moduleSettings.fields.edit'),
          <IconPencil size={18} />,
          () => props.onEdit(field),
          'field-edit',
        )}
        {action(
          field.hasData ? t('common.archive') : t('moduleSettings.fields.delete'),
          field.hasData ? <IconArchive size={18} /> : <IconTrash size={18} />,
          () => props.onRemove(field),
          'field-delete',
          { color: 'red' },
        )}
      </Group>
    </Group>
  );
}
