// A field as the add and edit forms hold it, and the request bodies made from it: the create
// body, or only what changed. Keys follow the server's rules (src/domain/fields/field-key.ts).
import { FIELD_TYPES, type ChoiceOption, type FieldType } from '../../../domain/field-types';
import { CHOICE_TYPES, FIELD_KEY_PATTERN } from '../../../domain/fields/field-definition';
import { firstFreeKey, keyFromLabel, keyOptions } from '../../../domain/fields/field-key';
import type { Field, FieldChanges, NewField } from '../../api/types';

/** One row of the options editor; `key` is null until the server has stored the option. */
export type OptionRow = { rowId: string; key: string | null; label: string };

/** A default as its input holds it: text (numbers and amounts too), a list, a yes/no, or none. */
export type DefaultDraft = string | string[] | boolean | null;

export type FieldDraft = {
  label: string;
  key: string;
  /** Once the admin types a key it no longer follows the label. */
  keyTouched: boolean;
  type: FieldType;
  section: string;
  helpText: string;
  required: boolean;
  requiredFromStatusId: string | null;
  options: OptionRow[];
  defaultValue: DefaultDraft;
  /** The currency of a money default already stored; a new one takes the company's. */
  defaultCurrency: string | null;
};

export type DraftProblem = 'required' | 'badKey' | 'noOptions';

// A user, contact or file is picked on a card; every other type can have a typed default.
const PICKED_ON_A_CARD = new Set<FieldType>(['user', 'contact', 'file']);

/** The field types a default can be typed for. */
export const TYPES_WITH_DEFAULT = new Set<FieldType>(
  FIELD_TYPES.filter((type) => !PICKED_ON_A_CARD.has(type)),
);

let rowCount = 0;
export function optionRow(label = '', key: string | null = null): OptionRow {
  rowCount += 1;
  return { rowId: `option-${rowCount}`, key, label };
}

function emptyDefault(type: FieldType): DefaultDraft {
  if (type === 'multi_choice') return [];
  if (type === 'boolean') return null;
  return '';
}

export function newFieldDraft(section: string): FieldDraft {
  return {
    label: '',
    key: '',
    keyTouched: false,
    type: 'text',
    section,
    helpText: '',
    required: false,
    requiredFromStatusId: null,
    options: [],
    defaultValue: '',
    defaultCurrency: null,
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as a datetime-local input shows it: the browser's time zone, to the minute. */
export function toLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

function defaultDraftOf(field: Field): DefaultDraft {
  const stored = field.default;
  if (stored === null) return emptyDefault(field.type);
  if (typeof stored === 'object' && !Array.isArray(stored)) return stored.amount;
  if (field.type === 'datetime' && typeof stored === 'string') return toLocalDateTime(stored);
  if (typeof stored === 'number') return String(stored);
  return stored;
}

export function draftOfField(field: Field): FieldDraft {
  const stored = field.default;
  return {
    label: field.label,
    key: field.key,
    keyTouched: true,
    type: field.type,
    section: field.section,
    helpText: field.helpText,
    required: field.required,
    requiredFromStatusId: field.requiredFromStatusId,
    options: (field.options ?? []).map((option) => optionRow(option.label, option.key)),
    defaultValue: defaultDraftOf(field),
    defaultCurrency:
      stored !== null && typeof stored === 'object' && !Array.isArray(stored)
        ? stored.currency
        : null,
  };
}

/** A new label; on a new field the key follows it (made free among `takenKeys`) until typed. */
export function withLabel(draft: FieldDraft, label: string, takenKeys: ReadonlySet<string>) {
  if (draft.keyTouched) return { ...draft, label };
  const key = label.trim() === '' ? '' : firstFreeKey(keyFromLabel(label), takenKeys);
  return { ...draft, label, key };
}

/** A new type: the default starts empty, and a choice type starts with one option row. */
export function withType(draft: FieldDraft, type: FieldType): FieldDraft {
  const options =
    CHOICE_TYPES.has(type) && draft.options.length === 0 ? [optionRow()] : draft.options;
  return { ...draft, type, options, defaultValue: emptyDefault(type), defaultCurrency: null };
}

/** The options with their keys: the stored ones kept, new ones made from their labels. */
export function keyedOptions(draft: FieldDraft, storedKeys: ReadonlySet<string>): ChoiceOption[] {
  const keyed = keyOptions(
    draft.options.map((row) => ({ key: row.key ?? undefined, label: row.label.trim() })),
    storedKeys,
  );
  return keyed.ok ? keyed.options : [];
}

/** The default as the API takes it (null for none). */
export function defaultOf(draft: FieldDraft): unknown {
  const value = draft.defaultValue;
  if (!TYPES_WITH_DEFAULT.has(draft.type) || value === null) return null;
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  const text = value.trim();
  if (text === '') return null;
  switch (draft.type) {
    case 'number':
      return Number(text.replace(',', '.'));
    case 'money': {
      const amount = text.replace(/\s/g, '').replace(',', '.');
      return draft.defaultCurrency ? { amount, currency: draft.defaultCurrency } : amount;
    }
    case 'datetime': {
      const instant = new Date(text);
      return Number.isNaN(instant.getTime()) ? text : instant.toISOString();
    }
    default:
      return text;
  }
}

/** What the form must fix before sending, by the path the server would name. */
export function draftProblems(draft: FieldDraft, isNew: boolean): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  if (draft.label.trim() === '') problems.label = 'required';
  if (isNew && draft.key !== '' && !FIELD_KEY_PATTERN.test(draft.key)) problems.key = 'badKey';
  if (!isNew && draft.section.trim() === '') problems.section = 'required';
  if (CHOICE_TYPES.has(draft.type)) {
    if (draft.options.length === 0) problems.options = 'noOptions';
    draft.options.forEach((row, index) => {
      if (row.label.trim() === '') problems[`options.${index}.label`] = 'required';
    });
  }
  return problems;
}

export function newFieldBody(draft: FieldDraft): NewField {
  const isChoice = CHOICE_TYPES.has(draft.type);
  const section = draft.section.trim();
  return {
    label: draft.label.trim(),
    ...(draft.key !== '' && { key: draft.key }),
    type: draft.type,
    ...(section !== '' && { section }),
    helpText: draft.helpText.trim(),
    required: draft.required,
    requiredFromStatusId: draft.requiredFromStatusId,
    ...(isChoice && { options: keyedOptions(draft, new Set()) }),
    default: defaultOf(draft),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what the draft changes of `field` (an empty object when nothing does). */
export function fieldChanges(field: Field, draft: FieldDraft): FieldChanges {
  const changes: FieldChanges = {};
  const label = draft.label.trim();
  const section = draft.section.trim();
  const helpText = draft.helpText.trim();
  if (label !== field.label) changes.label = label;
  if (section !== field.section) changes.section = section;
  if (helpText !== field.helpText) changes.helpText = helpText;
  if (draft.type !== field.type) changes.type = draft.type;
  if (draft.required !== field.required) changes.required = draft.required;
  if (draft.requiredFromStatusId !== field.requiredFromStatusId) {
    changes.requiredFromStatusId = draft.requiredFromStatusId;
  }
  if (CHOICE_TYPES.has(draft.type)) {
    const storedKeys = new Set((field.options ?? []).map((option) => option.key));
    const options = keyedOptions(draft, storedKeys);
    if (!same(options, field.options) || changes.type) changes.options = options;
  }
  const defaultValue = defaultOf(draft);
  if (!same(defaultValue, field.default)) changes.default = defaultValue;
  return changes;
}

/** The stored options the draft leaves out: removing one that cards hold is refused. */
export function removedOptions(field: Field, draft: FieldDraft): ChoiceOption[] {
  const kept = new Set(draft.options.map((row) => row.key));
  return (field.options ?? []).filter((option) => !kept.has(option.key));
}
