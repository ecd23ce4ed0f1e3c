// Custom-field values in words (the board's cards, the timeline) and which fields a status
// requires.
import type { Money } from '../../domain/field-types';
import { isEmptyValue } from '../../domain/fields/field-value';
import type { Field } from '../api/types';
import type { Formatters } from './useFormatters';

export type ValueNames = {
  format: Formatters;
  yesNo: (value: boolean) => string;
  userName: (id: string) => string | undefined;
  fileName: (id: string) => string | undefined;
  contactName: (id: string) => string | undefined;
};

function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Money).amount === 'string' &&
    typeof (value as Money).currency === 'string'
  );
}

const optionLabel = (field: Field | undefined, key: string) =>
  field?.options?.find((option) => option.key === key)?.label ?? key;

/** A value in words, or null when it is empty. `field` may be gone (an old history entry). */
export function describeValue(
  field: Field | undefined,
  value: unknown,
  names: ValueNames,
): string | null {
  if (isEmptyValue(value)) return null;
  if (isMoney(value)) return names.format.money(value);
  if (typeof value === 'boolean') return names.yesNo(value);
  if (typeof value === 'number') return names.format.number(value);
  if (Array.isArray(value)) return value.map((key) => optionLabel(field, String(key))).join(', ');
  if (typeof value !== 'string') return JSON.stringify(value);
  switch (field?.type) {
    case 'date':
      return names.format.date(value);
    case 'datetime':
      return names.format.dateTime(value);
    case 'single_choice':
      return optionLabel(field, value);
    case 'user':
      return names.userName(value) ?? value;
    case 'file':
      return names.fileName(value) ?? value;
    case 'contact':
      return names.contactName(value) ?? value;
    default:
      return value;
  }
}

/** Sections in the order of their first field, each with its fields in order. */
export function bySection(fields: Field[]): [string, Field[]][] {
  const sections = new Map<string, Field[]>();
  for (const field of fields) {
    sections.set(field.section, [...(sections.get(field.section) ?? []), field]);
  }
  return [...sections];
}

type StatusPlace = { id: string; position: number };

/** Whether a card in `statusId` must have `field` filled: always, or from a status on. */
export function isRequiredIn(field: Field, statusId: string, statuses: StatusPlace[]): boolean {
  if (field.required) return true;
  if (!field.requiredFromStatusId) return false;
  const from = statuses.find((status) => status.id === field.requiredFromStatusId);
  const at = statuses.find((status) => status.id === statusId);
  return from !== undefined && at !== undefined && at.position >= from.position;
}
