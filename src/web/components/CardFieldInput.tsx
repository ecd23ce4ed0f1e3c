// The input of one custom field of a card, by its type: a controlled input that reports each
// change and whether it is final (a pick in a list) or waits for the input to be left.
import { useState, type ReactNode } from 'react';
import {
  ActionIcon,
  Loader,
  MultiSelect,
  NumberInput,
  Select,
  Switch,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconExternalLink, IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attachment, Money } from '../api/cards.types';
import type { Field, WorkspaceUser } from '../api/types';
import { fromWallClock, toWallClock } from '../format/zoned-time';
import { ContactSelect } from './ContactSelect';
import { CalendarDateInput, WallClockInput } from './DateInputs';
import { FileFieldInput } from './FileFieldInput';
import { MoneyInput } from './MoneyInput';

export type CardFieldInputProps = {
  field: Field;
  value: unknown;
  /** `commit`: the change is complete (a pick), save it now rather than on leaving the input. */
  onChange: (value: unknown, commit?: boolean) => void;
  onBlur?: () => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  saving?: boolean;
  users: WorkspaceUser[];
  attachments?: Attachment[];
  onUpload?: (file: File) => Promise<Attachment>;
  defaultCurrency: string;
  timeZone: string;
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function linkOf(field: Field, value: string): { href: string; label: string } | null {
  if (!value) return null;
  if (field.type === 'email') return { href: `mailto:${value}`, label: 'board.fields.mailTo' };
  if (field.type === 'phone') return { href: `tel:${value}`, label: 'board.fields.call' };
  if (field.type === 'url') {
    const href = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    return { href, label: 'board.fields.openLink' };
  }
  return null;
}

const TEXT_INPUT_TYPES = { email: 'email', phone: 'tel', url: 'url' } as const;
const LINK_ICONS = { email: IconMail, phone: IconPhone, url: IconExternalLink } as const;

export function CardFieldInput(props: CardFieldInputProps) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const { field, value, onChange, onBlur } = props;
  const common = {
    label: field.label,
    description: props.description,
    withAsterisk: props.required,
    error: props.error,
    disabled: props.disabled,
    onBlur,
    // The help under the input: inputs of a row line up whatever their help text.
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as (
      'label' | 'input' | 'description' | 'error'
    )[],
    'data-testid': `card-field-${field.key}`,
  };
  // The same, for the inputs of our own that take them by name (money, contact, file).
  const labelled = {
    label: field.label,
    description: props.description,
    required: props.required,
    error: props.error,
    disabled: props.disabled,
  };
  const spinner = props.saving ? <Loader size={14} /> : undefined;
  const options = (field.options ?? []).map((option) => ({
    value: option.key,
    label: option.label,
  }));

  switch (field.type) {
    case 'long_text':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxRows={10}
          value={text(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next === '' ? null : next)}
          rightSection={spinner}
        />
      );
    case 'money':
      return (
        <MoneyInput
          {...labelled}
          value={(value as Money | null) ?? null}
          defaultCurrency={props.defaultCurrency}
          onChange={onChange}
          onBlur={onBlur}
          rightSection={spinner}
          testId={common['data-testid']}
        />
      );
    // A date picked or typed in full is a complete change, saved at once as a pick in a list; a
    // date and time once its picker closes.
    case 'date':
      return (
        <CalendarDateInput
          {...common}
          value={text(value)}
          onChange={(next) => onChange(next, true)}
          rightSection={spinner}
        />
      );
    case 'datetime':
      return (
        <WallClockInput
          {...common}
          value={value ? toWallClock(text(value), props.timeZone) : ''}
          onChange={(next, done) => onChange(next && fromWallClock(next, props.timeZone), done)}
          rightSection={spinner}
        />
      );
    case 'boolean':
      return (
        <Switch
          {...common}
          mt="xs"
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked, true)}
        />
      );
    case 'single_choice':
      return (
        <Select
          {...common}
          data={options}
          value={text(value) || null}
          onChange={(next) => onChange(next, true)}
          placeholder={t('board.fields.choose')}
          clearable
          searchable
        />
      );
    case 'multi_choice':
      return (
        <MultiSelect
          {...common}
          data={options}
          value={Array.isArray(value) ? (value as string[]) : []}
          // Picks wait for the list to close; a pill removed with the list closed saves at once.
          onChange={(next) => onChange(next, !choosing)}
          onDropdownOpen={() => setChoosing(true)}
          onDropdownClose={() => {
            setChoosing(false);
            onBlur?.();
          }}
          placeholder={
            Array.isArray(value) && value.length > 0 ? undefined : t('board.fields.choose')
          }
          clearable
          searchable
        />
      );
    case 'user':
      return (
        <Select
          {...common}
          data={props.users
            .filter((user) => user.active || user.id === value)
            .map((user) => ({ value: user.id, label: user.name }))}
          value={text(value) || null}
          onChange={(next) => onChange(next, true)}
          placeholder={t('board.fields.choose')}
          clearable
          searchable
        />
      );
    case 'contact':
      return (
        <ContactSelect
          {...labelled}
          saving={props.saving}
          inputWrapperOrder={common.inputWrapperOrder}
          value={text(value) || null}
          onChange={(next) => onChange(next, true)}
          testId={common['data-testid']}
        />
      );
    case 'file':
      return (
        <FileFieldInput
          {...labelled}
          value={text(value) || null}
          attachments={props.attachments ?? []}
          onChange={onChange}
          onUpload={props.onUpload}
          testId={common['data-testid']}
        />
      );
    case 'email':
    case 'phone':
    case 'url': {
      const link = linkOf(field, text(value));
      const Icon = LINK_ICONS[field.type];
      return (
        <TextInput
          {...common}
          type={TEXT_INPUT_TYPES[field.type]}
          value={text(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
          rightSectionPointerEvents="all"
          rightSection={
            spinner ??
            (link && (
              <Tooltip label={t(link.label)} withArrow>
                <ActionIcon
                  component="a"
                  href={link.href}
                  target={field.type === 'url' ? '_blank' : undefined}
                  rel="noopener noreferrer"
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t(link.label)}
                >
                  <Icon size={14} />
                </ActionIcon>
              </Tooltip>
            ))
          }
        />
      );
    }
    case 'text':
      return (
        <TextInput
          {...common}
          value={text(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
          rightSection={spinner}
        />
      );
  }
}
