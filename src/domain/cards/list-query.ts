// Reads a card list's filters and sort from the query string (API.md: `filter[<key>]=`,
// `filter[<key>][gte]=`, `sort=<key>|-<key>`) and checks each against its field's type.
import type { FieldProblem } from '../errors';
import { CHOICE_TYPES, type FieldDefinition } from '../fields/field-definition';
import { parseFieldValue } from '../fields/field-value';
import { FOLDED_TEXT_TYPES, NUMERIC_INDEX_TYPES, indexColumnOf } from '../fields/index-entries';
import { fold } from '../fields/index-text';

export const FILTER_OPERATORS = ['eq', 'contains', 'gt', 'gte', 'lt', 'lte', 'empty'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** A condition on the card_values index: on `num`, on `txt`, or on whether a value exists. */
export type FieldFilter =
  | { fieldId: string; column: 'num' | 'txt'; op: 'eq'; values: (string | number)[] }
  | { fieldId: string; column: 'txt'; op: 'contains'; value: string }
  | {
      fieldId: string;
      column: 'num' | 'txt';
      op: 'gt' | 'gte' | 'lt' | 'lte';
      value: string | number;
    }
  | { fieldId: string; column: 'num' | 'txt'; op: 'empty'; empty: boolean };

export const CORE_SORT_KEYS = ['title', 'createdAt', 'updatedAt'] as const;
export type CoreSortKey = (typeof CORE_SORT_KEYS)[number];
export type CardSort =
  | { kind: 'core'; key: CoreSortKey; descending: boolean }
  | { kind: 'field'; fieldId: string; column: 'num' | 'txt'; descending: boolean };

const FILTER_KEY = /^filter\[([A-Za-z0-9_]+)\](?:\[([a-z]+)\])?$/;
const ORDERED_TEXT_TYPES = new Set(['date', 'datetime']);

function comparable(field: FieldDefinition, raw: string): string | number | null {
  if (field.type === 'boolean') return raw === 'true' ? 1 : raw === 'false' ? 0 : null;
  if (NUMERIC_INDEX_TYPES.has(field.type)) {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) ? n : null;
  }
  // A date or an option that no value can hold is a mistake to report, not an empty result.
  if (field.type === 'date') {
    const parsed = parseFieldValue(field, raw);
    return parsed.ok && parsed.value !== null ? raw : null;
  }
  if (CHOICE_TYPES.has(field.type)) return field.options?.some((o) => o.key === raw) ? raw : null;
  if (field.type === 'datetime') {
    const time = Date.parse(raw);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  }
  return FOLDED_TEXT_TYPES.has(field.type) ? fold(raw) : raw;
}

function parseOneFilter(
  field: FieldDefinition,
  op: FilterOperator,
  raws: string[],
): FieldFilter | string {
  const column = indexColumnOf(field.type);
  if (op === 'empty') {
    if (raws.length !== 1 || !['true', 'false'].includes(raws[0] as string))
      return 'must be true or false';
    return { fieldId: field.id, column, op, empty: raws[0] === 'true' };
  }
  const values = raws.map((raw) => comparable(field, raw));
  if (values.some((v) => v === null)) return `is not a valid ${field.type} value`;
  if (op === 'eq') return { fieldId: field.id, column, op, values: values as (string | number)[] };
  if (values.length !== 1) return 'takes one value';
  const value = values[0] as string | number;
  if (op === 'contains') {
    if (!FOLDED_TEXT_TYPES.has(field.type)) return 'contains works on text fields only';
    return { fieldId: field.id, column: 'txt', op, value: String(value) };
  }
  if (!NUMERIC_INDEX_TYPES.has(field.type) && !ORDERED_TEXT_TYPES.has(field.type)) {
    return `${op} works on numbers, money and dates only`;
  }
  return { fieldId: field.id, column, op, value };
}

// A module's fields are read on every list call and change only with its setup (kept, frozen):
// their index by key is made once per array.
const byKeyOfFields = new WeakMap<readonly FieldDefinition[], Map<string, FieldDefinition>>();

function fieldsByKey(fields: readonly FieldDefinition[]) {
  let byKey = byKeyOfFields.get(fields);
  if (!byKey) byKeyOfFields.set(fields, (byKey = new Map(fields.map((f) => [f.key, f]))));
  return byKey;
}

export function parseFieldFilters(
  query: Record<string, unknown>,
  fields: readonly FieldDefinition[],
): { filters: FieldFilter[]; problems: FieldProblem[] } {
  const byKey = fieldsByKey(fields);
  const filters: FieldFilter[] = [];
  const problems: FieldProblem[] = [];
  for (const [name, raw] of Object.entries(query)) {
    const match = FILTER_KEY.exec(name);
    if (!match) continue;
    const [, key, op = 'eq'] = match as unknown as [string, string, string | undefined];
    const path = `query.${name}`;
    const field = byKey.get(key);
    if (!field) {
      problems.push({ path, message: 'is not a field of this module' });
      continue;
    }
    if (!(FILTER_OPERATORS as readonly string[]).includes(op)) {
      problems.push({ path, message: `operator must be one of ${FILTER_OPERATORS.join(', ')}` });
      continue;
    }
    const raws = (Array.isArray(raw) ? raw : [raw]).map(String);
    const parsed = parseOneFilter(field, op as FilterOperator, raws);
    if (typeof parsed === 'string') problems.push({ path, message: parsed });
    else filters.push(parsed);
  }
  return { filters, problems };
}

export function parseSort(
  sort: string | undefined,
  fields: readonly FieldDefinition[],
): CardSort | string {
  if (!sort) return { kind: 'core', key: 'createdAt', descending: true };
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  if ((CORE_SORT_KEYS as readonly string[]).includes(key)) {
    return { kind: 'core', key: key as CoreSortKey, descending };
  }
  const field = fields.find((f) => f.key === key);
  if (!field)
    return `must be ${CORE_SORT_KEYS.join(', ')} or a field key, optionally with a leading -`;
  if (field.type === 'multi_choice') return 'a multiple-choice field cannot be sorted on';
  return { kind: 'field', fieldId: field.id, column: indexColumnOf(field.type), descending };
}
