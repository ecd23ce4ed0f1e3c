// Numbers, money, dates and sizes in the UI language ("18.500,00 RON" in Romanian), and times
// in the user's time zone.
import type { Money } from '../../domain/field-types';
import type { Locale } from '../api/types';

/** The Intl locale of a UI language: Romanian as in Romania, English with day-month order. */
export function intlLocale(locale: Locale): string {
  return locale === 'ro' ? 'ro-RO' : 'en-GB';
}

export function formatMoney(money: Money, locale: Locale): string {
  try {
    const format = new Intl.NumberFormat(intlLocale(locale), {
      style: 'currency',
      currency: money.currency,
      currencyDisplay: 'code',
    });
    // A decimal string is formatted exactly (Intl takes it as a decimal, never as a float).
    return format.format(money.amount as Intl.StringNumericLiteral);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 6 }).format(value);
}

/** A calendar date 'YYYY-MM-DD' (no time zone: the same day everywhere). */
export function formatDate(date: string, locale: Locale): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

/** An instant, as "30 Nov 2026, 10:42" in the given time zone. */
export function formatDateTime(iso: string, locale: Locale, timeZone?: string): string {
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(intlLocale(locale), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    }).format(parsed);
  } catch {
    return new Intl.DateTimeFormat(intlLocale(locale), {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(parsed);
  }
}

export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 1)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
