import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from './field-definition';
import { missingRequiredFields } from './required-fields';

const base = { id: '', label: '', type: 'money', options: null } as const;
const fields: FieldDefinition[] = [
  { ...base, id: 'f-name', key: 'name', type: 'money', required: true, requiredFromStatusId: null },
  { ...base, id: 'f-value', key: 'value', required: false, requiredFromStatusId: 's-offer' },
];
const positions = new Map([
  ['s-new', 0],
  ['s-offer', 1],
  ['s-won', 2],
]);
const keys = (missing: FieldDefinition[]) => missing.map((f) => f.key);

describe('missingRequiredFields', () => {
  it('asks for an always-required field in any status', () => {
    expect(keys(missingRequiredFields(fields, {}, 's-new', positions))).toEqual(['name']);
  });

  it('asks for a field required from a status in that status and every later one', () => {
    const values = { name: 'x' };
    expect(keys(missingRequiredFields(fields, values, 's-new', positions))).toEqual([]);
    expect(keys(missingRequiredFields(fields, values, 's-offer', positions))).toEqual(['value']);
    expect(keys(missingRequiredFields(fields, values, 's-won', positions))).toEqual(['value']);
  });

  it('counts an empty list or empty text as missing, and a filled value as present', () => {
    expect(keys(missingRequiredFields(fields, { name: [] }, 's-new', positions))).toEqual(['name']);
    expect(keys(missingRequiredFields(fields, { name: '' }, 's-new', positions))).toEqual(['name']);
    expect(
      missingRequiredFields(
        fields,
        { name: 'a', value: { amount: '1.00', currency: 'RON' } },
        's-won',
        positions,
      ),
    ).toEqual([]);
  });
});
