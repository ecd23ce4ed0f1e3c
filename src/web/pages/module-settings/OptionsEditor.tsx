// The options of a choice field: add, rename and remove rows. A stored option keeps its key when
// renamed, so the cards that hold it keep their value; a new one gets a key from its label.
import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Code,
  Group,
  Input,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { optionRow, type OptionRow } from './field-draft';

type OptionsEditorProps = {
  rows: OptionRow[];
  /** The key each row has or will get, by index. */
  keys: string[];
  errors: Record<string, string>;
  onChange: (rows: OptionRow[]) => void;
};

export function OptionsEditor({ rows, keys, errors, onChange }: OptionsEditorProps) {
  const { t } = useTranslation();
  const [addedRowId, setAddedRowId] = useState<string | null>(null);

  const add = () => {
    const row = optionRow();
    setAddedRowId(row.rowId);
    onChange([...rows, row]);
  };
  const rename = (rowId: string, label: string) =>
    onChange(rows.map((row) => (row.rowId === rowId ? { ...row, label } : row)));
  const remove = (rowId: string) => onChange(rows.filter((row) => row.rowId !== rowId));

  return (
    <Input.Wrapper
      label={t('moduleSettings.field.options')}
      description={t('moduleSettings.field.optionsHint')}
      error={errors.options}
      data-testid="field-options"
    >
      <Stack gap={6} mt={6}>
        {rows.map((row, index) => (
          <Group key={row.rowId} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              value={row.label}
              onChange={(event) => rename(row.rowId, event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                add();
              }}
              placeholder={t('moduleSettings.field.optionPlaceholder', { number: index + 1 })}
              error={errors[`options.${index}.label`] ?? errors[`options.${index}.key`]}
              autoFocus={row.rowId === addedRowId}
              style={{ flex: 1 }}
              aria-label={t('moduleSettings.field.optionLabel', { number: index + 1 })}
              data-testid="field-option-input"
            />
            <Tooltip
              label={
                row.key
                  ? t('moduleSettings.field.optionKeyKept')
                  : t('moduleSettings.field.optionKeyNew')
              }
              withArrow
            >
              <Text size="xs" c="dimmed" w={130} mt={8} truncate data-testid="field-option-key">
                {row.key ? null : `${t('moduleSettings.field.new')} · `}
                {/* An unnamed new option has no key yet. */}
                <Code>{row.key || row.label.trim() ? keys[index] : '…'}</Code>
              </Text>
            </Tooltip>
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              onClick={() => remove(row.rowId)}
              aria-label={t('moduleSettings.field.removeOption')}
              data-testid="field-option-remove"
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={add}
          style={{ alignSelf: 'flex-start' }}
          data-testid="field-option-add"
        >
          {t('moduleSettings.field.addOption')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
