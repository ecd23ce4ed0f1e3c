// ISO 4217 currency codes. The shape of a code is not enough: 'LEI' looks like one, but no
// currency carries it.
const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(value: string): boolean {
  return CURRENCY_CODES.has(value);
}
