import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinorUnits, normalizeAmount, percentOf, toMinorUnits } from './decimal';

describe('decimal money', () => {
  it.each([
    ['7', '7.00'],
    ['1234.5', '1234.50'],
    ['-0.05', '-0.05'],
    [' 10.10 ', '10.10'],
  ])('normalizes %s to %s', (input, expected) => {
    expect(normalizeAmount(input)).toBe(expected);
  });

  it.each(['', '1.234', '1,5', 'abc', '1e5', '.5', '--1', '1234567890123456'])(
    'refuses %s',
    (input) => {
      expect(normalizeAmount(input)).toBeNull();
    },
  );

  it('round-trips every amount through minor units', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (minor) => {
        expect(toMinorUnits(fromMinorUnits(minor))).toBe(minor);
      }),
    );
  });

  it('takes a percentage rounded half away from zero', () => {
    expect(percentOf(1001n, 50)).toBe(501n);
    expect(percentOf(-1001n, 50)).toBe(-501n);
    expect(percentOf(12345n, 100)).toBe(12345n);
    expect(percentOf(12345n, 0)).toBe(0n);
  });
});
