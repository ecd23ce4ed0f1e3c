import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, type FieldType } from '../field-types';
import type { FieldDefinition } from './field-definition';
import { parseFieldValue, VALUE_PROBLEMS } from './field-value';

function field(type: FieldType, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return {
    id: 'f1',
    key: 'k',
    label: 'K',
    type,
    required: false,
    requiredFromStatusId: null,
    options: ['single_choice', 'multi_choice'].includes(type)
      ? [
          { key: 'web', label: 'Website' },
          { key: 'referral', label: 'Referral' },
        ]
      : null,
    ...extra,
  };
}

describe('parseFieldValue', () => {
  it.each([
    ['text', '  Ofertă  ', 'Ofertă'],
    ['long_text', 'a\nb', 'a\nb'],
    ['number', 42.5, 42.5],
    ['number', '17', 17],
    ['money', { amount: '1200', currency: 'EUR' }, { amount: '1200.00', currency: 'EUR' }],
    ['money', '99.9', { amount: '99.90', currency: 'RON' }],
    ['date', '2024-02-29', '2024-02-29'],
    ['datetime', '2026-05-01T12:30:00+03:00', '2026-05-01T09:30:00.000Z'],
    ['boolean', false, false],
    ['single_choice', 'web', 'web'],
    ['multi_choice', ['web', 'referral', 'web'], ['web', 'referral']],
    ['email', 'Ana@Firma.RO', 'ana@firma.ro'],
    ['phone', '0721 234 567', '+40721234567'],
    ['url', 'firma.ro/oferta', 'https://firma.ro/oferta'],
    ['user', '01a2-b3', '01a2-b3'],
  ] as const)('accepts a %s value %j as %j', (type, raw, stored) => {
    expect(parseFieldValue(field(type), raw)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['text', 42],
    ['text', 'x'.repeat(1001)],
    ['number', 'twelve'],
    ['number', Number.NaN],
    ['number', 1e16],
    ['money', 1200],
    ['money', { amount: 1200, currency: 'RON' }],
    ['money', { amount: '12.345', currency: 'RON' }],
    ['money', { amount: '12', currency: 'lei' }],
    ['date', '2023-02-29'],
    ['date', '01.05.2026'],
    ['datetime', '2026-05-01 09:30'],
    ['datetime', '2026-05-01T09:30:00'],
    ['boolean', 'yes'],
    ['single_choice', 'cold_call'],
    ['single_choice', ['web']],
    ['multi_choice', 'web'],
    ['multi_choice', ['web', 'nope']],
    ['email', 'not-an-email'],
    ['phone', 'abc'],
    ['url', 'javascript:alert(1)'],
    ['url', 'localhost'],
    ['contact', 'has spaces in it'],
  ] as const)('refuses a %s value %j with a message', (type, raw) => {
    const parsed = parseFieldValue(field(type), raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(0);
  });

  it.each(['text', 'number', 'money', 'date', 'multi_choice', 'user'] as const)(
    'treats null, undefined and empty text as empty for %s',
    (type) => {
      for (const raw of [null, undefined, '']) {
        expect(parseFieldValue(field(type), raw)).toEqual({ ok: true, value: null });
      }
    },
  );

  it('stores any valid calendar date unchanged and refuses day 32', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(parseFieldValue(field('date'), text)).toEqual({ ok: true, value: text });
          expect(parseFieldValue(field('date'), `${text.slice(0, 8)}32`).ok).toBe(false);
        },
      ),
    );
  });

  it('normalizes any amount with up to two decimals to exactly two', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const parsed = parseFieldValue(field('money'), {
            amount: `${whole}.${cents}`,
            currency: 'RON',
          });
          expect(parsed.ok).toBe(true);
          if (parsed.ok)
            expect((parsed.value as { amount: string }).amount).toMatch(/^-?\d+\.\d{2}$/);
        },
      ),
    );
  });

  it('never accepts anything but a known option for a single choice', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const parsed = parseFieldValue(field('single_choice'), raw);
        if (parsed.ok && parsed.value !== null) expect(['web', 'referral']).toContain(parsed.value);
      }),
    );
  });

  it('keeps every finite number it accepts exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
        expect(parseFieldValue(field('number'), n)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('names the rule a refused value breaks, as a code clients can translate', () => {
    const types = FIELD_TYPES.filter((type) => type !== 'contact' && type !== 'file');
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.anything(), (type, raw) => {
        const parsed = parseFieldValue(field(type), raw);
        if (!parsed.ok) expect(VALUE_PROBLEMS).toContain(parsed.problem);
      }),
    );
    expect(parseFieldValue(field('email'), 'ana@')).toMatchObject({ problem: 'not_an_email' });
    expect(parseFieldValue(field('date'), '2023-02-29')).toMatchObject({ problem: 'not_a_date' });
    expect(parseFieldValue(field('text'), 'x'.repeat(1001))).toMatchObject({ problem: 'too_long' });
  });

  it('never throws, whatever the input and field type', () => {
    // Reference types only check an id's shape; file, contact and user alike.
    const types = FIELD_TYPES.filter((type) => type !== 'contact' && type !== 'file');
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.anything(), (type, raw) => {
        expect(() => parseFieldValue(field(type), raw)).not.toThrow();
      }),
    );
  });
});

const moneyField: FieldDefinition = {
  id: 'm',
  key: 'm',
  label: 'M',
  type: 'money',
  required: false,
  requiredFromStatusId: null,
  options: null,
};

describe('money currencies', () => {
  it.each(['LEI', 'XYZ'])('refuses %s, which is no ISO 4217 currency', (currency) => {
    const money = { ...moneyField };
    expect(parseFieldValue(money, { amount: '10', currency }).ok).toBe(false);
  });
});
