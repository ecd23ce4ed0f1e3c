// Money arithmetic on decimal strings via integer minor units (BigInt): never a float.
// Amounts carry two decimals, the precision of every currency Carta invoices in.

const AMOUNT = /^(-)?(\d{1,15})(?:\.(\d{1,2}))?$/;

/** '1234.5' → 123450n; null when the text is not a decimal amount with at most 2 decimals. */
export function toMinorUnits(amount: string): bigint | null {
  const match = AMOUNT.exec(amount.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const minor = BigInt(whole as string) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -minor : minor;
}

/** 123450n → '1234.50' */
export function fromMinorUnits(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** The canonical form of an amount ('7' → '7.00'), or null when it is not one. */
export function normalizeAmount(amount: string): string | null {
  const minor = toMinorUnits(amount);
  return minor === null ? null : fromMinorUnits(minor);
}

/** `amount × percent / 100`, rounded half away from zero to the cent. */
export function percentOf(minor: bigint, percent: number): bigint {
  const scaled = minor * BigInt(Math.round(percent * 100));
  const divisor = 10_000n;
  const half = scaled >= 0n ? divisor / 2n : -divisor / 2n;
  return (scaled + half) / divisor;
}
