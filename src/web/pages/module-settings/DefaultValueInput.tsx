// The default a new card's field starts with, in an input that fits the field's type.
import {
  MultiSelect,
  SegmentedControl,
  Input,
  Select,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption, FieldType } from '../../api/types';
import { CalendarDateInput, WallClockInput } from '../../components/DateInputs';
import { TYPES_WITH_DEFAULT, type DefaultDraft } from './field-draft';

type DefaultValueInputProps = {
  type: FieldType;
  value: DefaultDraft;
  options: ChoiceOption[];
  error?: string;
  onChange: (value: DefaultDraft) => void;
};

const INPUT_TYPES: Partial<Record<FieldType, string>> = {
  number: 'text',
  email: 'email',
  phone: 'tel',
  url: 'url',
};

export function DefaultValueInput({
  type,
  value,
  options,
  error,
  onChange,
}: DefaultValueInputProps) {
  const { t } = useTranslation();
  const label = t('moduleSettings.field.default');
  const testId = 'field-default-input';

  if (!TYPES_WITH_DEFAULT.has(type)) {
    return (
      <Input.Wrapper label={label}>
        <Text size="sm" c="dimmed">
          {t('moduleSettings.field.noDefaultForType')}
        </Text>
      </Input.Wrapper>
    );
  }
  if (type === 'boolean') {
    const chosen = value === true ? 'yes' : value === false ? 'no' : 'none';
    return (
      <Input.Wrapper label={label} error={error}>
        <SegmentedControl
          display="flex"
          mt={4}
          value={chosen}
          onChange={(next) => onChange(next === 'yes' ? true : next === 'no' ? false : null)}
          data={[
            { value: 'none', label: t('moduleSettings.field.noDefault') },
            { value: 'yes', label: t('moduleSettings.field.yes') },
            { value: 'no', label: t('moduleSettings.field.no') },
          ]}
          data-testid={testId}
        />
      </Input.Wrapper>
    );
  }
  const choices = options
    .filter((option) => option.label.trim() !== '')
    .map((option) => ({ value: option.key, label: option.label }));
  if (type === 'single_choice') {
    return (
      <Select
        label={label}
        error={error}
        data={choices}
        value={typeof value === 'string' && value !== '' ? value : null}
        onChange={(next) => onChange(next ?? '')}
        placeholder={t('moduleSettings.field.noDefault')}
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid={testId}
      />
    );
  }
  if (type === 'multi_choice') {
    return (
      <MultiSelect
        label={label}
        error={error}
        data={choices}
        value={Array.isArray(value) ? value : []}
        onChange={onChange}
        placeholder={t('moduleSettings.field.noDefault')}
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid={testId}
      />
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (type === 'date' || type === 'datetime') {
    const DateField = type === 'date' ? CalendarDateInput : WallClockInput;
    return (
      <DateField
        label={label}
        error={error}
        placeholder={t('moduleSettings.field.noDefault')}
        value={text}
        onChange={(next) => onChange(next ?? '')}
        data-testid={testId}
      />
    );
  }
  if (type === 'long_text') {
    return (
      <Textarea
        label={label}
        error={error}
        value={text}
        onChange={(event) => onChange(event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={5}
        data-testid={testId}
      />
    );
  }
  return (
    <TextInput
      label={label}
      error={error}
      type={INPUT_TYPES[type] ?? 'text'}
      inputMode={type === 'number' || type === 'money' ? 'decimal' : undefined}
      placeholder={type === 'money' ? '0.00' : t('moduleSettings.field.noDefault')}
      value={text}
      onChange={(event) => onChange(event.currentTarget.value)}
      data-testid={testId}
    />
  );
}
