// Values as a card form edits them and as the API takes them: an emptied input means "no value",
// and a money amount counts as the same whether typed "18500" or "18500.00".
import { isEmptyValue } from '../../domain/fields/field-value';
import { normalizeAmount } from '../../domain/money/decimal';
import type { Money } from '../api/cards.types';

function isMoney(value: unknown): value is Money {
  return typeof value === 'object' && value !== null && 'amount' in value;
}

/** The value to send: null for anything empty (a money without an amount included). */
export function toRequestValue(value: unknown): unknown {
  if (isMoney(value)) return value.amount.trim() === '' ? null : value;
  if (typeof value === 'string' && value.trim() === '') return null;
  return isEmptyValue(value) ? null : value;
}

function comparable(value: unknown): string {
  const sent = toRequestValue(value);
  if (isMoney(sent)) {
    return JSON.stringify({
      amount: normalizeAmount(sent.amount) ?? sent.amount,
      c: sent.currency,
    });
  }
  return JSON.stringify(sent ?? null);
}

export function sameFieldValue(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}
