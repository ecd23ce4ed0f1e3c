// Picking a field type: each with its icon and its name in the UI language.
import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES } from '../../../domain/field-types';
import type { FieldType } from '../../api/types';
import { FieldTypeIcon } from './FieldTypeIcon';

type FieldTypeSelectProps = {
  value: FieldType;
  onChange: (type: FieldType) => void;
  description?: string;
  error?: string;
};

export function FieldTypeSelect({ value, onChange, description, error }: FieldTypeSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('moduleSettings.field.type')}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error}
      data={FIELD_TYPES.map((type) => ({ value: type, label: t(`fieldTypes.${type}`) }))}
      value={value}
      onChange={(chosen) => {
        const type = FIELD_TYPES.find((each) => each === chosen);
        if (type) onChange(type);
      }}
      allowDeselect={false}
      leftSection={<FieldTypeIcon type={value} size={22} />}
      leftSectionWidth={38}
      renderOption={({ option }) => (
        <Group gap="sm" wrap="nowrap">
          <FieldTypeIcon type={option.value as FieldType} size={24} />
          <Text size="sm">{option.label}</Text>
        </Group>
      )}
      maxDropdownHeight={320}
      comboboxProps={{ withinPortal: true }}
      data-testid="field-type-select"
    />
  );
}
