// The rows a field value adds to card_values, the index that makes filtering and sorting by any
// custom field an index range scan (docs/custom-field-storage.md). Numbers, money amounts and
// yes/no sort in `num`; everything else in `txt`, folded for diacritics-insensitive matching.
import { fold } from './index-text';
import type { FieldType } from '../field-types';
import type { FieldDefinition, FieldValue } from './field-definition';

export type IndexEntry = { num: number | null; txt: string | null };

/** Types whose values sit in `num`; all others sit in `txt`. */
export const NUMERIC_INDEX_TYPES: ReadonlySet<FieldType> = new Set(['number', 'money', 'boolean']);
/** Types whose `txt` is folded (lower case, no diacritics), so filters must fold too. */
export const FOLDED_TEXT_TYPES: ReadonlySet<FieldType> = new Set([
  'text',
  'long_text',
  'email',
  'phone',
  'url',
]);

export function indexColumnOf(type: FieldType): 'num' | 'txt' {
  return NUMERIC_INDEX_TYPES.has(type) ? 'num' : 'txt';
}

export function indexEntriesOf(field: FieldDefinition, value: FieldValue | null): IndexEntry[] {
  if (value === null) return [];
  switch (field.type) {
    case 'number':
      return [{ num: value as number, txt: null }];
    case 'money': {
      const money = value as { amount: string; currency: string };
      return [{ num: Number(money.amount), txt: money.currency }];
    }
    case 'boolean':
      return [{ num: value ? 1 : 0, txt: null }];
    case 'multi_choice':
      return (value as string[]).map((key) => ({ num: null, txt: key }));
    case 'single_choice':
    case 'date':
    case 'datetime':
    case 'user':
    case 'contact':
    case 'file':
      return [{ num: null, txt: value as string }];
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'url':
      return [{ num: null, txt: fold(value as string) }];
  }
}
