// Picks a contact of the workspace: type the start of a name (case and diacritics aside) and
// choose among the matches the server finds; the chosen contact stays named while searching.
import { useState, type ReactNode } from 'react';
import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useContact, useContactSearch } from '../api/contacts.queries';

type ContactSelectProps = {
  label: string;
  value: string | null;
  onChange: (contactId: string | null) => void;
  /** The chosen contact's name when the caller has it (a card carries its contact's). */
  knownName?: string | null;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  saving?: boolean;
  inputWrapperOrder?: ('label' | 'input' | 'description' | 'error')[];
  testId?: string;
};

const SEARCH_DELAY_MS = 250;

export function ContactSelect(props: ContactSelectProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, SEARCH_DELAY_MS);
  const matches = useContactSearch(debounced, open);
  // The chosen contact's name, when the caller does not have it (a contact field's value).
  const chosen = useContact(props.value && !props.knownName ? props.value : null);
  const chosenName = props.knownName ?? chosen.data?.name;

  const options = (matches.data ?? []).map((contact) => ({
    value: contact.id,
    label: contact.name,
  }));
  if (props.value && chosenName && !options.some((option) => option.value === props.value)) {
    options.unshift({ value: props.value, label: chosenName });
  }

  return (
    <Select
      label={props.label}
      description={props.description}
      error={props.error}
      withAsterisk={props.required}
      disabled={props.disabled}
      inputWrapperOrder={props.inputWrapperOrder}
      data={options}
      value={props.value}
      onChange={(contactId) => props.onChange(contactId)}
      searchable
      clearable
      // The server has already filtered by what was typed.
      filter={({ options: all }) => all}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      nothingFoundMessage={matches.isFetching ? undefined : t('board.fields.noContactFound')}
      placeholder={t('board.fields.findContact')}
      rightSection={props.saving || matches.isFetching ? <Loader size={14} /> : undefined}
      data-testid={props.testId}
    />
  );
}
