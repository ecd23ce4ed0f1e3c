import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_KEY_PATTERN } from './field-definition';
import { firstFreeKey, keyFromLabel, keyOptions } from './field-key';

describe('keyFromLabel', () => {
  it.each([
    ['Valoare ofertă', 'field', 'valoare_oferta'],
    ['Țară / Județ', 'field', 'tara_judet'],
    ['  E-mail (work)  ', 'field', 'e_mail_work'],
    ['Ședință înțeleasă', 'field', 'sedinta_inteleasa'],
    ['2024 budget', 'field', 'field_2024_budget'],
    ['12', 'option', 'option_12'],
    ['Цена', 'field', 'field'],
    ['!!!', 'option', 'option'],
    ['x'.repeat(80), 'field', 'x'.repeat(50)],
    [`${'a'.repeat(49)} b`, 'field', 'a'.repeat(49)],
  ] as const)('makes %j a %s key %j', (label, fallback, key) => {
    expect(keyFromLabel(label, fallback)).toBe(key);
  });

  // Any Unicode around at least one letter or digit: Romanian, Cyrillic, emoji, lone surrogates.
  const anyText = fc.string({ unit: 'binary', maxLength: 80 });
  const labelWithLetterOrDigit = fc
    .tuple(anyText, fc.stringMatching(/^[\p{L}\p{N}]$/u), anyText)
    .map(([before, middle, after]) => before + middle + after);

  it('always makes a key that matches FIELD_KEY_PATTERN', () => {
    fc.assert(
      fc.property(labelWithLetterOrDigit, fc.constantFrom('field', 'option'), (label, fallback) => {
        expect(keyFromLabel(label, fallback)).toMatch(FIELD_KEY_PATTERN);
      }),
    );
  });

  it('is stable: the same label gives the same key, and a key gives itself back', () => {
    fc.assert(
      fc.property(labelWithLetterOrDigit, (label) => {
        const key = keyFromLabel(label);
        expect(keyFromLabel(label)).toBe(key);
        expect(keyFromLabel(key)).toBe(key);
      }),
    );
  });
});

describe('firstFreeKey', () => {
  it.each([
    ['stage', [], 'stage'],
    ['stage', ['stage'], 'stage_2'],
    ['stage', ['stage', 'stage_2'], 'stage_3'],
    ['x'.repeat(50), ['x'.repeat(50)], `${'x'.repeat(48)}_2`],
  ])('turns %j with %j taken into %j', (key, taken, free) => {
    expect(firstFreeKey(key, new Set(taken))).toBe(free);
    expect(free).toMatch(FIELD_KEY_PATTERN);
  });
});

describe('keyOptions', () => {
  it('keeps sent keys and makes the missing ones from labels, never reusing a taken key', () => {
    const result = keyOptions(
      [{ label: 'Website' }, { key: 'web', label: 'Web' }, { label: 'Website' }, { label: 'Ads' }],
      new Set(['ads']),
    );
    expect(result).toEqual({
      ok: true,
      options: [
        { key: 'website', label: 'Website' },
        { key: 'web', label: 'Web' },
        { key: 'website_2', label: 'Website' },
        { key: 'ads_2', label: 'Ads' },
      ],
    });
  });

  it('refuses two options sent with the same key, naming the second', () => {
    expect(
      keyOptions([{ key: 'a', label: 'A' }, { label: 'B' }, { key: 'a', label: 'C' }]),
    ).toEqual({
      ok: false,
      path: 'options.2.key',
      message: 'repeats the key a',
    });
  });
});
