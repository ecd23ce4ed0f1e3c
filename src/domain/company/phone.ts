// Phone numbers of companies and persons, stored in E.164 so duplicates compare equal.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** E.164 form ('+40721234567') of a valid number, or null; national numbers use `defaultCountry`. */
export function normalizePhone(input: string, defaultCountry: CountryCode = 'RO'): string | null {
  const phone = parsePhoneNumberFromString(input, defaultCountry);
  return phone?.isValid() ? phone.number : null;
}
