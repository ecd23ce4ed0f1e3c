import { describe, expect, it } from 'vitest';
import { sameFieldValue, toRequestValue } from './field-drafts';

describe('card form values', () => {
  it.each([
    ['', null],
    ['  ', null],
    [[], null],
    [{ amount: '', currency: 'RON' }, null],
    [
      { amount: '12', currency: 'RON' },
      { amount: '12', currency: 'RON' },
    ],
    [false, false],
    [0, 0],
    ['text', 'text'],
  ])('sends %o as %o', (value, sent) => {
    expect(toRequestValue(value)).toEqual(sent);
  });

  it('takes an amount typed without decimals as the stored one', () => {
    expect(
      sameFieldValue({ amount: '18500', currency: 'RON' }, { amount: '18500.00', currency: 'RON' }),
    ).toBe(true);
    expect(
      sameFieldValue({ amount: '18500', currency: 'EUR' }, { amount: '18500.00', currency: 'RON' }),
    ).toBe(false);
  });

  it('takes an emptied input as the missing value', () => {
    expect(sameFieldValue('', null)).toBe(true);
    expect(sameFieldValue(undefined, null)).toBe(true);
    expect(sameFieldValue('a', null)).toBe(false);
  });
});
