import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, type FieldType } from '../field-types';
import type { FieldDefinition, FieldValue } from './field-definition';
import {
  judgeTypeChange,
  LOSSLESS_TYPE_CHANGES,
  valueSurvivesTypeChange,
} from './field-type-change';

function field(type: FieldType): FieldDefinition {
  return {
    id: 'f1',
    key: 'k',
    label: 'K',
    type,
    required: false,
    requiredFromStatusId: null,
    options: null,
  };
}

const allowedWithData: [FieldType, FieldType][] = [
  ['text', 'long_text'],
  ['long_text', 'text'],
  ['email', 'text'],
  ['email', 'long_text'],
  ['phone', 'text'],
  ['phone', 'long_text'],
  ['url', 'text'],
  ['url', 'long_text'],
];

describe('judgeTypeChange', () => {
  it.each(allowedWithData)('lets a %s field with data become %s', (from, to) => {
    expect(judgeTypeChange(from, to, true)).toMatchObject({ allowed: true });
  });

  it.each([
    ['text', 'email'],
    ['text', 'number'],
    ['number', 'text'],
    ['number', 'money'],
    ['money', 'number'],
    ['single_choice', 'multi_choice'],
    ['multi_choice', 'single_choice'],
    ['date', 'datetime'],
    ['long_text', 'email'],
    ['boolean', 'number'],
  ] as const)('refuses to turn a %s field with data into %s, saying why', (from, to) => {
    const verdict = judgeTypeChange(from, to, true);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.message).toContain(`${from} field`);
  });

  it('allows exactly the lossless table when the field holds data', () => {
    const allowed = FIELD_TYPES.flatMap((from) =>
      FIELD_TYPES.filter((to) => to !== from && judgeTypeChange(from, to, true).allowed).map(
        (to) => `${from}→${to}`,
      ),
    );
    expect(allowed.sort()).toEqual(allowedWithData.map(([from, to]) => `${from}→${to}`).sort());
    expect(Object.values(LOSSLESS_TYPE_CHANGES).flat()).toHaveLength(allowedWithData.length);
  });

  it('allows any change while no card holds a value', () => {
    for (const from of FIELD_TYPES) {
      for (const to of FIELD_TYPES) {
        expect(judgeTypeChange(from, to, false)).toEqual({ allowed: true, checkEachValue: false });
      }
    }
  });

  it.each([
    ['long_text', 'text', true],
    ['url', 'text', true],
    ['text', 'long_text', false],
    ['email', 'text', false],
  ] as const)('asks to check each value when %s becomes %s: %s', (from, to, check) => {
    expect(judgeTypeChange(from, to, true)).toEqual({ allowed: true, checkEachValue: check });
  });
});

describe('valueSurvivesTypeChange', () => {
  it.each([
    ['text', 'long_text', 'Ofertă trimisă', true],
    ['long_text', 'text', 'două\nrânduri', true],
    ['long_text', 'text', 'x'.repeat(1000), true],
    ['long_text', 'text', 'x'.repeat(1001), false],
    ['email', 'text', 'ana@firma.ro', true],
    ['phone', 'long_text', '+40721234567', true],
    ['url', 'text', 'https://firma.ro/oferta', true],
    ['url', 'text', `https://firma.ro/${'x'.repeat(990)}`, false],
    ['single_choice', 'multi_choice', 'web', false],
    ['number', 'text', 42, false],
  ] as const)('keeps a %s value under %s: %j → %s', (from, to, value, survives) => {
    expect(valueSurvivesTypeChange(field(from), to, value as FieldValue)).toBe(survives);
  });
});
