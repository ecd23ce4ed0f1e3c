// A money amount and its currency. The amount stays a decimal string from the keyboard to the
// API (never a float), shown with the UI language's separators.
import { Group, Input, NumberInput, Select } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money } from '../api/cards.types';

const COMMON_CURRENCIES = ['RON', 'EUR', 'USD', 'GBP', 'CHF', 'HUF', 'MDL'];

type MoneyInputProps = {
  label: string;
  description?: ReactNode;
  required?: boolean;
  error?: ReactNode;
  disabled?: boolean;
  value: Money | null;
  defaultCurrency: string;
  onChange: (value: Money | null, commit?: boolean) => void;
  onBlur?: () => void;
  rightSection?: ReactNode;
  testId?: string;
};

export function MoneyInput(props: MoneyInputProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const romanian = i18n.resolvedLanguage === 'ro';
  const { value, defaultCurrency } = props;
  const currency = value?.currency ?? defaultCurrency;
  const currencies = [...new Set([currency, defaultCurrency, ...COMMON_CURRENCIES])];

  return (
    <Input.Wrapper
      id={id}
      label={props.label}
      description={props.description}
      error={props.error}
      withAsterisk={props.required}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <NumberInput
          id={id}
          style={{ flex: 1 }}
          value={value?.amount ?? ''}
          valueIsNumericString
          decimalScale={2}
          fixedDecimalScale
          thousandSeparator={romanian ? '.' : ','}
          decimalSeparator={romanian ? ',' : '.'}
          hideControls
          onValueChange={(values, source) => {
            if (source.source !== 'event') return;
            props.onChange(values.value === '' ? null : { amount: values.value, currency });
          }}
          onBlur={props.onBlur}
          error={Boolean(props.error)}
          disabled={props.disabled}
          rightSection={props.rightSection}
          data-testid={props.testId}
        />
        <Select
          w={92}
          aria-label={t('board.fields.currency')}
          data={currencies}
          value={currency}
          allowDeselect={false}
          searchable
          comboboxProps={{ width: 120, position: 'bottom-end' }}
          onChange={(code) => {
            if (!code) return;
            const amount = value?.amount ?? '';
            props.onChange(amount === '' ? null : { amount, currency: code }, true);
          }}
          disabled={props.disabled}
          data-testid={props.testId && `${props.testId}-currency`}
        />
      </Group>
    </Input.Wrapper>
  );
}
