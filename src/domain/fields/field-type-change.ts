// Which type changes a field that holds data may take (DESIGN.md step 4: a type change that would
// lose data is refused). A change is lossless when every stored value (cards.fields) stays a valid
// value of the new type AND its card_values entry stays the same (index-entries.ts: text, long
// text, e-mail, phone and URL all index as folded text), so no card needs rewriting.
import type { FieldType } from '../field-types';
import type { FieldDefinition, FieldValue } from './field-definition';
import { parseFieldValue } from './field-value';
import { indexEntriesOf } from './index-entries';

/** from → the types it may become while cards hold values. */
export const LOSSLESS_TYPE_CHANGES: Readonly<Partial<Record<FieldType, readonly FieldType[]>>> = {
  text: ['long_text'],
  long_text: ['text'],
  email: ['text', 'long_text'],
  phone: ['text', 'long_text'],
  url: ['text', 'long_text'],
};

// A text field holds at most 1,000 characters; a long text or a URL may hold more, so each
// stored value is checked before the change (see valueSurvivesTypeChange).
const NARROWING = new Set(['long_text→text', 'url→text']);

export type TypeChangeVerdict =
  { allowed: true; checkEachValue: boolean } | { allowed: false; message: string };

export function judgeTypeChange(
  from: FieldType,
  to: FieldType,
  hasData: boolean,
): TypeChangeVerdict {
  if (from === to || !hasData) return { allowed: true, checkEachValue: false };
  if (LOSSLESS_TYPE_CHANGES[from]?.includes(to)) {
    return { allowed: true, checkEachValue: NARROWING.has(`${from}→${to}`) };
  }
  const targets = LOSSLESS_TYPE_CHANGES[from] ?? [];
  const hint =
    targets.length > 0
      ? `it can only become ${targets.join(' or ')}`
      : 'add a new field of that type instead';
  return {
    allowed: false,
    message: `cards hold values of this ${from} field that a ${to} field cannot keep; ${hint}`,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when `value`, stored for `field`, is kept unchanged, and indexed alike, under type `to`. */
export function valueSurvivesTypeChange(
  field: FieldDefinition,
  to: FieldType,
  value: FieldValue,
): boolean {
  const changed: FieldDefinition = { ...field, type: to };
  const parsed = parseFieldValue(changed, value);
  return (
    parsed.ok &&
    sameJson(parsed.value, value) &&
    sameJson(indexEntriesOf(field, value), indexEntriesOf(changed, value))
  );
}
