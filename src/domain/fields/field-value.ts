// Validates one value for a custom field and brings it to the one form it is stored in.
// `null`, `undefined` and '' all mean "empty". References (user, contact, file) are checked for
// existence by the service; here only their shape.
import { isCurrencyCode } from '../money/currency';
import { normalizePhone } from '../company/phone';
import { normalizeAmount } from '../money/decimal';
import type { FieldDefinition, FieldValue } from './field-definition';

export type ParsedValue = { ok: true; value: FieldValue | null } | { ok: false; message: string };

const MAX_TEXT = 1_000;
const MAX_LONG_TEXT = 20_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const ok = (value: FieldValue | null): ParsedValue => ({ ok: true, value });
const fail = (message: string): ParsedValue => ({ ok: false, message });

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
  if (typeof raw !== 'string') return fail('must be text');
  const text = raw.trim();
  if (text.length > max) return fail(`must be at most ${max} characters`);
  return ok(text === '' ? null : text);
}

function parseUrl(raw: string): ParsedValue {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('must be a web address');
    if (!url.hostname.includes('.')) return fail('must be a web address');
    return raw.length > MAX_TEXT ? fail('is too long') : ok(url.toString());
  } catch {
    return fail('must be a web address');
  }
}

function parseMoney(raw: unknown, defaultCurrency: string): ParsedValue {
  const input = typeof raw === 'string' ? { amount: raw, currency: defaultCurrency } : raw;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('must be { amount: "1234.50", currency: "RON" }');
  }
  const { amount, currency } = input as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'string') return fail('amount must be a decimal string such as "1234.50"');
  const normalized = normalizeAmount(amount);
  if (normalized === null) return fail('amount must be a number with at most 2 decimals');
  const code = currency ?? defaultCurrency;
  if (typeof code !== 'string' || !isCurrencyCode(code)) {
    return fail('currency must be a three-letter code such as RON');
  }
  return ok({ amount: normalized, currency: code });
}

function parseChoice(field: FieldDefinition, raw: unknown): ParsedValue {
  const keys = new Set((field.options ?? []).map((o) => o.key));
  if (field.type === 'single_choice') {
    if (typeof raw !== 'string' || !keys.has(raw)) return fail('must be one of the options');
    return ok(raw);
  }
  if (!Array.isArray(raw)) return fail('must be a list of options');
  if (raw.some((item) => typeof item !== 'string' || !keys.has(item))) {
    return fail('must only hold options of the field');
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
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('must be a number');
      if (Math.abs(value) > 1e15) return fail('is too large');
      return ok(value);
    }
    case 'money':
      return parseMoney(raw, options.defaultCurrency);
    case 'date':
      return typeof raw === 'string' && isCalendarDate(raw)
        ? ok(raw)
        : fail('must be a date YYYY-MM-DD');
    case 'datetime': {
      if (typeof raw !== 'string' || !DATETIME.test(raw) || Number.isNaN(Date.parse(raw))) {
        return fail('must be a date and time with a time zone, e.g. 2026-05-01T09:30:00Z');
      }
      return ok(new Date(raw).toISOString());
    }
    case 'boolean':
      return typeof raw === 'boolean' ? ok(raw) : fail('must be true or false');
    case 'single_choice':
    case 'multi_choice':
      return parseChoice(field, raw);
    case 'email':
      if (typeof raw !== 'string' || raw.length > 254 || !EMAIL.test(raw.trim())) {
        return fail('must be an e-mail address');
      }
      return ok(raw.trim().toLowerCase());
    case 'phone': {
      const phone = typeof raw === 'string' ? normalizePhone(raw) : null;
      return phone ? ok(phone) : fail('must be a phone number');
    }
    case 'url':
      return typeof raw === 'string' ? parseUrl(raw.trim()) : fail('must be a web address');
    case 'user':
    case 'contact':
    case 'file':
      return typeof raw === 'string' && ID.test(raw)
        ? ok(raw)
        : fail(`must be the id of a ${field.type}`);
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
