import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, type FieldType } from '../field-types';
import type { FieldDefinition, FieldValue } from './field-definition';
import { FOLDED_TEXT_TYPES, indexColumnOf, indexEntriesOf } from './index-entries';
import { fold } from './index-text';

// One stored value of each type, with capitals and a diacritic where text can hold them.
const SAMPLE: Record<FieldType, FieldValue> = {
  text: 'Ștefan',
  long_text: 'Ștefan',
  number: 3,
  money: { amount: '1.50', currency: 'RON' },
  date: '2026-11-30',
  datetime: '2026-11-30T10:00:00.000Z',
  single_choice: 'A',
  multi_choice: ['A'],
  boolean: true,
  email: 'Ana@Firma.ro',
  phone: '+40722000000',
  url: 'https://Firma.ro',
  user: 'u1',
  contact: 'c1',
  file: 'f1',
};

const field = (type: FieldType): FieldDefinition => ({
  id: 'f',
  key: 'f',
  label: 'F',
  type,
  required: false,
  requiredFromStatusId: null,
  options: null,
});

describe('index column rules', () => {
  it.each(FIELD_TYPES)('say where a %s value is indexed, as indexEntriesOf writes it', (type) => {
    const [entry] = indexEntriesOf(field(type), SAMPLE[type]);
    const column = indexColumnOf(type);
    expect(entry![column]).not.toBeNull();
    const sample = SAMPLE[type];
    if (column === 'txt' && typeof sample === 'string') {
      expect(entry!.txt).toBe(FOLDED_TEXT_TYPES.has(type) ? fold(sample) : sample);
    }
  });
});
