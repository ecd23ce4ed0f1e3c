// Tests for IBAN normalisation and validation.
import { describe, expect, it } from 'vitest';
import { isValidIban, normalizeIban } from './iban';

describe('isValidIban', () => {
  it.each([
    ['RO49AAAA1B31007593840000', 'electronic form'],
    ['RO49 AAAA 1B31 0075 9384 0000', 'printed form with spaces'],
    ['ro49aaaa1b31007593840000', 'lower case'],
  ])('accepts %s (%s)', (input) => {
    expect(isValidIban(input)).toBe(true);
  });

  it.each([
    ['RO49AAAA1B31007593840001', 'one digit changed'],
    ['RO49AAAA1B3100759384000', 'one character missing'],
    ['', 'empty input'],
    ['   ', 'only spaces'],
  ])('refuses %j (%s)', (input) => {
    expect(isValidIban(input)).toBe(false);
  });
});

describe('normalizeIban', () => {
  it('removes spaces and upper-cases', () => {
    expect(normalizeIban(' ro49 aaaa 1b31 0075 9384 0000 ')).toBe('RO49AAAA1B31007593840000');
  });
});
