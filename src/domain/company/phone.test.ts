// Tests for phone normalisation to E.164.
import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0721 234 567', '+40721234567', 'Romanian national format'],
    ['+40 721 234 567', '+40721234567', 'Romanian international format'],
    ['0040721234567', '+40721234567', 'Romanian with the 00 exit code'],
    ['+44 20 7946 0958', '+442079460958', 'a London number'],
  ])('writes %j as %j (%s)', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it('reads national numbers in the given default country', () => {
    expect(normalizePhone('020 7946 0958', 'GB')).toBe('+442079460958');
  });

  it.each([
    ['123', 'too few digits'],
    ['abc', 'no digits'],
    ['', 'empty input'],
    ['+40 721 234 56', 'a Romanian mobile one digit short'],
  ])('refuses %j (%s)', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
