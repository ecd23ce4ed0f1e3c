// One card as the board shows it: title, idle flag, key fields, contact and owner.
import { Avatar, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendar, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Card } from '../../api/cards.types';
import type { Field } from '../../api/types';
import { isEmptyValue } from '../../../domain/fields/field-value';
import { describeValue, type ValueNames } from '../../format/field-values';
import classes from './Board.module.css';

type BoardCardProps = {
  card: Card;
  keyFields: Field[];
  names: ValueNames;
  /** Drawn under the pointer while dragging. */
  lifted?: boolean;
};

function KeyFieldValue({
  field,
  value,
  names,
}: {
  field: Field;
  value: unknown;
  names: ValueNames;
}) {
  const text = describeValue(field, value, names);
  if (text === null) return null;
  if (field.type === 'money') {
    return (
      <Text size="sm" fw={600} title={field.label}>
        {text}
      </Text>
    );
  }
  if (field.type === 'date' || field.type === 'datetime') {
    return (
      <Group gap={4} wrap="nowrap" c="dimmed" title={field.label}>
        <IconCalendar size={13} />
        <Text size="xs">{text}</Text>
      </Group>
    );
  }
  const labels = Array.isArray(value) ? text.split(', ') : [text];
  return (
    <Group gap={4} title={field.label}>
      {labels.map((label) => (
        <Badge key={label} size="xs" variant="light" color="gray" tt="none" fw={500}>
          {label}
        </Badge>
      ))}
    </Group>
  );
}

export function BoardCard({ card, keyFields, names, lifted = false }: BoardCardProps) {
  const { t } = useTranslation();
  const shown = keyFields.filter((field) => !isEmptyValue(card.fields[field.key]));
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      shadow={lifted ? 'lg' : undefined}
      className={classes.card}
      data-lifted={lifted || undefined}
    >
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text size="sm" fw={600} lh={1.35} lineClamp={3} style={{ wordBreak: 'break-word' }}>
            {card.title}
          </Text>
          {card.stale && (
            <Tooltip label={t('board.card.idleHint')} withArrow>
              <Badge size="xs" color="orange" variant="light" style={{ flexShrink: 0 }}>
                {t('board.card.idle')}
              </Badge>
            </Tooltip>
          )}
        </Group>
        {shown.length > 0 && (
          <Stack gap={4}>
            {shown.map((field) => (
              <KeyFieldValue
                key={field.id}
                field={field}
                value={card.fields[field.key]}
                names={names}
              />
            ))}
          </Stack>
        )}
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0, flexShrink: 1 }}>
            <Avatar name={card.ownerName} color="initials" size={20} style={{ flexShrink: 0 }} />
            <Text size="xs" c="dimmed" truncate>
              {card.ownerName || t('board.card.noOwner')}
            </Text>
          </Group>
          {card.contactName && (
            <Group gap={4} wrap="nowrap" c="dimmed" style={{ minWidth: 0, flexShrink: 1 }}>
              <IconUser size={13} style={{ flexShrink: 0 }} />
              <Text size="xs" truncate>
                {card.contactName}
              </Text>
            </Group>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
