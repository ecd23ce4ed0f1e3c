import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFileSize, formatMoney } from './formatters';

// Intl separates some parts with narrow no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting in the UI language', () => {
  it.each([
    ['ro', { amount: '18500.00', currency: 'RON' }, '18.500,00 RON'],
    ['en', { amount: '18500.00', currency: 'RON' }, 'RON 18,500.00'],
    ['ro', { amount: '0.10', currency: 'EUR' }, '0,10 EUR'],
    ['en', { amount: '12345678901234.56', currency: 'EUR' }, 'EUR 12,345,678,901,234.56'],
  ] as const)('formats money in %s: %o → %s', (locale, money, expected) => {
    expect(plain(formatMoney(money, locale))).toBe(expected);
  });

  it('formats a calendar date the same in every time zone', () => {
    expect(formatDate('2026-11-30', 'en')).toBe('30 Nov 2026');
    expect(formatDate('2026-11-30', 'ro')).toBe('30 nov. 2026');
  });

  it('formats an instant in the given time zone', () => {
    expect(plain(formatDateTime('2026-11-30T08:42:00Z', 'en', 'Europe/Bucharest'))).toBe(
      '30 Nov 2026, 10:42',
    );
  });

  it('formats file sizes', () => {
    expect(formatFileSize(12, 'en')).toBe('12 B');
    expect(formatFileSize(2560, 'ro')).toBe('2,5 KB');
    expect(formatFileSize(10 * 1024 * 1024, 'en')).toBe('10 MB');
  });
});
