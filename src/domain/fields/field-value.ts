// Validates one value for a custom field and brings it to the one form it is stored in.
// `null`, `undefined` and '' all mean "empty". References (user, contact, file) are checked for
// existence by the service; here only their shape.
import { isCurrencyCode } from '../money/currency';
import { normalizePhone } from '../company/phone';
import { normalizeAmount } from '../money/decimal';
import type { FieldDefinition, FieldValue } from './field-definition';

/**
 * Why a value was refused, for clients to say it in their own language (the message is English):
 * one code per rule a value can break.
 */
export const VALUE_PROBLEMS = [
  'not_text',
  'too_long',
  'not_a_number',
  'too_large',
  'not_money',
  'not_an_amount',
  'not_a_currency',
  'not_a_date',
  'not_a_date_time',
  'not_yes_no',
  'not_an_option',
  'not_options',
  'not_an_email',
  'not_a_phone',
  'not_a_web_address',
  'not_an_id',
] as const;
export type ValueProblem = (typeof VALUE_PROBLEMS)[number];

export type ParsedValue =
  { ok: true; value: FieldValue | null } | { ok: false; problem: ValueProblem; message: string };

const MAX_TEXT = 1_000;
const MAX_LONG_TEXT = 20_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const ok = (value: FieldValue | null): ParsedValue => ({ ok: true, value });
const fail = (problem: ValueProblem, message: string): ParsedValue => ({
  ok: false,
  problem,
  message,
});

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function parseText(raw: unknown, max: number): ParsedValue {
  if (typeof raw !== 'string') return fail('not_text', 'must be text');
  const text = raw.trim();
  if (text.length > max) return fail('too_long', `must be at most ${max} characters`);
  return ok(text === '' ? null : text);
}

function parseUrl(raw: string): ParsedValue {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return fail('not_a_web_address', 'must be a web address');
    if (!url.hostname.includes('.')) return fail('not_a_web_address', 'must be a web address');
    return raw.length > MAX_TEXT ? fail('too_long', 'is too long') : ok(url.toString());
  } catch {
    return fail('not_a_web_address', 'must be a web address');
  }
}

function parseMoney(raw: unknown, defaultCurrency: string): ParsedValue {
  const input = typeof raw === 'string' ? { amount: raw, currency: defaultCurrency } : raw;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('not_money', 'must be { amount: "1234.50", currency: "RON" }');
  }
  const { amount, currency } = input as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'string')
    return fail('not_an_amount', 'amount must be a decimal string such as "1234.50"');
  const normalized = normalizeAmount(amount);
  if (normalized === null)
    return fail('not_an_amount', 'amount must be a number with at most 2 decimals');
  const code = currency ?? defaultCurrency;
  if (typeof code !== 'string' || !isCurrencyCode(code)) {
    return fail('not_a_currency', 'currency must be a three-letter code such as RON');
  }
  return ok({ amount: normalized, currency: code });
}

function parseChoice(field: FieldDefinition, raw: unknown): ParsedValue {
  const keys = new Set((field.options ?? []).map((o) => o.key));
  if (field.type === 'single_choice') {
    if (typeof raw !== 'string' || !keys.has(raw))
      return fail('not_an_option', 'must be one of the options');
    return ok(raw);
  }
  if (!Array.isArray(raw)) return fail('not_options', 'must be a list of options');
  if (raw.some((item) => typeof item !== 'string' || !keys.has(item))) {
    return fail('not_options', 'must only hold options of the field');
  }
  const unique = [...new Set(raw as string[])];
  return ok(unique.length === 0 ? null : unique);
}

export function parseFieldValue(
  field: FieldDefinition,
  raw: unknown,
  options: { defaultCurrency: string } = { defaultCurrency: 'RON' },
): ParsedValue {
  if (raw === null || raw === undefined || raw === '') return ok(null);
  switch (field.type) {
    case 'text':
      return parseText(raw, MAX_TEXT);
    case 'long_text':
      return parseText(raw, MAX_LONG_TEXT);
    case 'number': {
      const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof value !== 'number' || !Number.isFinite(value))
        return fail('not_a_number', 'must be a number');
      if (Math.abs(value) > 1e15) return fail('too_large', 'is too large');
      return ok(value);
    }
    case 'money':
      return parseMoney(raw, options.defaultCurrency);
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw)
        ? ok(raw)
        : fail('not_a_date', 'must be a date YYYY-MM-DD');
    case 'datetime': {
      if (typeof raw !== 'string' || !DATETIME.test(raw) || Number.isNaN(Date.parse(raw))) {
        return fail(
          'not_a_date_time',
          'must be a date and time with a time zone, e.g. 2026-05-01T09:30:00Z',
        );
      }
      return ok(new Date(raw).toISOString());
    }
    case 'boolean':
      return typeof raw === 'boolean' ? ok(raw) : fail('not_yes_no', 'must be true or false');
    case 'single_choice':
    case 'multi_choice':
      return parseChoice(field, raw);
    case 'email':
      if (typeof raw !== 'string' || raw.length > 254 || !EMAIL.test(raw.trim())) {
        return fail('not_an_email', 'must be an e-mail address');
      }
      return ok(raw.trim().toLowerCase());
    case 'phone': {
      const phone = typeof raw === 'string' ? normalizePhone(raw) : null;
      return phone ? ok(phone) : fail('not_a_phone', 'must be a phone number');
    }
    case 'url':
      return typeof raw === 'string'
        ? parseUrl(raw.trim())
        : fail('not_a_web_address', 'must be a web address');
    case 'user':
    case 'contact':
    case 'file':
      return typeof raw === 'string' && ID.test(raw)
        ? ok(raw)
        : fail('not_an_id', `must be the id of a ${field.type}`);
  }
}

export function isEmptyValue(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}
