// The archived fields of a module, folded away under the active ones: their values stay on the
// cards, and restoring one brings it back as it was.
import { useState } from 'react';
import {
  Badge,
  Button,
  Code,
  Collapse,
  Group,
  Paper,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronRight, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../api/types';
import { FieldTypeIcon } from './FieldTypeIcon';
import classes from './FieldRow.module.css';

type ArchivedFieldsProps = {
  fields: Field[];
  restoringId: string | null;
  onRestore: (field: Field) => void;
};

export function ArchivedFields({ fields, restoringId, onRestore }: ArchivedFieldsProps) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  if (fields.length === 0) return null;

  return (
    <Stack gap="xs">
      <UnstyledButton
        onClick={() => setExpanded((open) => !open)}
        aria-expanded={expanded}
        data-testid="archived-fields-toggle"
      >
        <Group gap="xs">
          <IconChevronRight
            size={16}
            style={{
              transform: expanded ? 'rotate(90deg)' : undefined,
              transition: 'transform 150ms',
            }}
          />
          <Text fw={600} c="dimmed">
            {t('moduleSettings.fields.archivedTitle')}
          </Text>
          <Badge variant="light" color="gray" size="sm">
            {fields.length}
          </Badge>
        </Group>
      </UnstyledButton>
      <Collapse expanded={expanded}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('moduleSettings.fields.archivedHint')}
        </Text>
        <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
          {fields.map((field) => (
            <Group
              key={field.id}
              wrap="nowrap"
              gap="md"
              className={classes.row}
              data-testid="archived-field-row"
              data-field-key={field.key}
            >
              <FieldTypeIcon type={field.type} size={30} />
              <Group gap="xs" style={{ flex: 1, minWidth: 0 }} wrap="nowrap">
                <Text fw={500} c="dimmed" truncate>
                  {field.label}
                </Text>
                <Code c="dimmed">{field.key}</Code>
                <Text size="xs" c="dimmed">
                  {t(`fieldTypes.${field.type}`)}
                </Text>
              </Group>
              <Button
                variant="light"
                size="compact-sm"
                leftSection={<IconRestore size={14} />}
                loading={restoringId === field.id}
                onClick={() => onRestore(field)}
                data-testid="field-restore"
              >
                {t('common.restore')}
              </Button>
            </Group>
          ))}
        </Paper>
      </Collapse>
    </Stack>
  );
}
