// Tests for the Romanian CUI rules: known numbers, malformed input and the control-digit property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidRomanianCui,
  normalizeRomanianCui,
  romanianCuiControlDigit,
} from './romanian-tax-id';

describe('isValidRomanianCui', () => {
  it.each([
    ['18547290', 'a plain CUI'],
    ['RO18547290', 'a CUI with the RO prefix'],
    ['ro18547290', 'a lower-case prefix'],
    ['Ro 185 472 90', 'a prefix and spaces'],
    ['14399840', 'another real CUI'],
    ['13548146', 'a CUI whose control digit is not 0'],
    ['6859662', 'a seven-digit CUI'],
    ['19', 'the shortest form, two digits'],
    ['1234567897', 'the longest form, ten digits'],
  ])('accepts %s (%s)', (input) => {
    expect(isValidRomanianCui(input)).toBe(true);
  });

  it.each([
    ['18547291', 'a wrong control digit'],
    ['RO18547299', 'a wrong control digit behind the prefix'],
    ['1854729A', 'a letter among the digits'],
    ['CUI18547290', 'an unknown prefix'],
    ['18547290RO', 'the prefix at the end'],
    ['12345678901', 'eleven digits'],
    ['5', 'a single digit'],
    ['RO', 'the prefix alone'],
    ['', 'empty input'],
    ['   ', 'only spaces'],
    ['-18547290', 'a sign'],
  ])('refuses %s (%s)', (input) => {
    expect(isValidRomanianCui(input)).toBe(false);
  });

  const bodies = fc.stringMatching(/^\d{1,9}$/);

  it('accepts any body followed by its computed control digit', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        expect(isValidRomanianCui(`${body}${romanianCuiControlDigit(body)}`)).toBe(true);
        expect(isValidRomanianCui(`RO${body}${romanianCuiControlDigit(body)}`)).toBe(true);
      }),
    );
  });

  it('refuses any body followed by a control digit other than the computed one', () => {
    fc.assert(
      fc.property(bodies, fc.integer({ min: 0, max: 9 }), (body, digit) => {
        fc.pre(digit !== romanianCuiControlDigit(body));
        expect(isValidRomanianCui(`${body}${digit}`)).toBe(false);
      }),
    );
  });
});

describe('normalizeRomanianCui', () => {
  it.each([
    ['18547290', '18547290'],
    [' 185 472 90 ', '18547290'],
    ['ro18547290', 'RO18547290'],
    ['rO 18547290', 'RO18547290'],
    ['RO18547290', 'RO18547290'],
  ])('writes %j as %j', (input, expected) => {
    expect(normalizeRomanianCui(input)).toBe(expected);
  });
});
