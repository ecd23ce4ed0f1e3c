// Rules across company-settings fields: legal identifiers are checked by their own algorithms
// (Romanian CUI checksum when the country is RO, IBAN mod-97, a real phone number).
import type { CountryCode } from 'libphonenumber-js';
import type { FieldProblem } from '../errors';
import { isValidIban, normalizeIban } from './iban';
import { normalizePhone } from './phone';
import { isValidRomanianCui, normalizeRomanianCui } from './romanian-tax-id';

export type LegalIdentifiers = { country: string; taxId: string; iban: string; phone: string };

/** Returns the identifiers in their canonical form, or the problems that stop it. */
export function checkLegalIdentifiers(
  input: LegalIdentifiers,
): { ok: true; value: LegalIdentifiers } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const value = { ...input };
  if (input.taxId !== '' && input.country === 'RO') {
    if (isValidRomanianCui(input.taxId)) value.taxId = normalizeRomanianCui(input.taxId);
    else problems.push({ path: 'taxId', message: 'is not a valid Romanian CUI (check digit)' });
  }
  if (input.iban !== '') {
    if (isValidIban(input.iban)) value.iban = normalizeIban(input.iban);
    else problems.push({ path: 'iban', message: 'is not a valid IBAN' });
  }
  if (input.phone !== '') {
    const phone = normalizePhone(input.phone, (input.country || 'RO') as CountryCode);
    if (phone) value.phone = phone;
    else problems.push({ path: 'phone', message: 'is not a valid phone number' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
