// The inputs of a custom field, shared by the add modal and the edit drawer: what it is (label,
// key, type, section, help), its options, its rules (required, required from a status) and default.
import {
  Autocomplete,
  Divider,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconFlag, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CHOICE_TYPES } from '../../../domain/fields/field-definition';
import type { Status } from '../../api/types';
import { DefaultValueInput } from './DefaultValueInput';
import { FieldTypeSelect } from './FieldTypeSelect';
import { keyedOptions, withLabel, withType, type FieldDraft } from './field-draft';
import { OptionsEditor } from './OptionsEditor';

type FieldFormProps = {
  draft: FieldDraft;
  onChange: (draft: FieldDraft) => void;
  isNew: boolean;
  /** Keys of the module's other fields (archived ones too): a new key must differ. */
  takenKeys: ReadonlySet<string>;
  /** Keys of the options the field has stored (none for a new field). */
  storedOptionKeys: ReadonlySet<string>;
  sections: string[];
  statuses: Status[];
  errors: Record<string, string>;
};

export function FieldForm(props: FieldFormProps) {
  const { draft, onChange, isNew, errors } = props;
  const { t } = useTranslation();
  const options = keyedOptions(draft, props.storedOptionKeys);
  const change = (changes: Partial<FieldDraft>) => onChange({ ...draft, ...changes });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('moduleSettings.field.label')}
          placeholder={t('moduleSettings.field.labelPlaceholder')}
          value={draft.label}
          onChange={(event) =>
            onChange(withLabel(draft, event.currentTarget.value, props.takenKeys))
          }
          error={errors.label}
          required
          data-autofocus
          data-testid="field-label-input"
        />
        <TextInput
          label={t('moduleSettings.field.key')}
          description={
            isNew ? t('moduleSettings.field.keyHintNew') : t('moduleSettings.field.keyHintStable')
          }
          value={draft.key}
          onChange={(event) => change({ key: event.currentTarget.value, keyTouched: true })}
          readOnly={!isNew}
          rightSection={isNew ? null : <IconLock size={14} />}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errors.key}
          data-testid="field-key-input"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <FieldTypeSelect
          value={draft.type}
          onChange={(type) => onChange(withType(draft, type))}
          description={isNew ? undefined : t('moduleSettings.field.typeChangeHint')}
          error={errors.type}
        />
        <Autocomplete
          label={t('moduleSettings.field.section')}
          description={isNew ? t('moduleSettings.field.sectionHint') : undefined}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={t('moduleSettings.field.sectionPlaceholder')}
          data={props.sections}
          value={draft.section}
          onChange={(section) => change({ section })}
          error={errors.section}
          comboboxProps={{ withinPortal: true }}
          data-testid="field-section-input"
        />
      </SimpleGrid>
      <Textarea
        label={t('moduleSettings.field.helpText')}
        description={t('moduleSettings.field.helpTextHint')}
        value={draft.helpText}
        onChange={(event) => change({ helpText: event.currentTarget.value })}
        error={errors.helpText}
        autosize
        minRows={2}
        maxRows={4}
        data-testid="field-help-input"
      />
      {CHOICE_TYPES.has(draft.type) && (
        <OptionsEditor
          rows={draft.options}
          keys={options.map((option) => option.key)}
          errors={errors}
          onChange={(rows) => {
            // A default that named a removed option would be refused: it goes with the option.
            const keys = new Set(
              keyedOptions({ ...draft, options: rows }, props.storedOptionKeys).map((o) => o.key),
            );
            const value = draft.defaultValue;
            const defaultValue = Array.isArray(value)
              ? value.filter((key) => keys.has(key))
              : typeof value === 'string' && value !== '' && !keys.has(value)
                ? ''
                : value;
            change({ options: rows, defaultValue });
          }}
        />
      )}

      <Divider label={t('moduleSettings.field.rules')} labelPosition="left" mt="xs" />
      <Switch
        label={t('moduleSettings.field.required')}
        description={t('moduleSettings.field.requiredHint')}
        checked={draft.required}
        onChange={(event) => change({ required: event.currentTarget.checked })}
        data-testid="field-required-switch"
      />
      <Select
        label={t('moduleSettings.field.requiredFrom')}
        description={t('moduleSettings.field.requiredFromHint')}
        placeholder={t('moduleSettings.field.requiredFromNone')}
        data={props.statuses.map((status) => ({ value: status.id, label: status.name }))}
        value={draft.requiredFromStatusId}
        onChange={(requiredFromStatusId) => change({ requiredFromStatusId })}
        disabled={draft.required}
        clearable
        leftSection={<IconFlag size={16} />}
        error={errors.requiredFromStatusId}
        comboboxProps={{ withinPortal: true }}
        data-testid="field-required-from-select"
      />
      <DefaultValueInput
        type={draft.type}
        value={draft.defaultValue}
        options={options}
        error={errors.default}
        onChange={(defaultValue) => change({ defaultValue })}
      />
    </Stack>
  );
}
