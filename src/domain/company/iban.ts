// IBAN of a company's bank account: canonical electronic form and ISO 13616 validation.
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';

/** Removes spaces (and the hyphens some banks print) and upper-cases; does not validate. */
export function normalizeIban(input: string): string {
  // electronicFormatIBAN only strips plain spaces; pasted IBANs also carry tabs and no-break spaces.
  return electronicFormatIBAN(input.replace(/\s+/g, '')) ?? '';
}

export function isValidIban(input: string): boolean {
  return isValidIBAN(normalizeIban(input));
}
