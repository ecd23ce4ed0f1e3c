// Company settings as the API carries them (API.md /settings/company), validated field by field.
import { isCurrencyCode } from '../../../domain/money/currency';
import { z } from 'zod';
import { LOCALES } from '../../../domain/locale';

const text = (max: number) => z.string().trim().max(max);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

// People type "firma.ro" more often than "https://firma.ro"; both mean the same site.
const website = z.preprocess(
  (value) =>
    typeof value === 'string' && value.trim() !== '' && !/^[a-z]+:/i.test(value.trim())
      ? `https://${value.trim()}`
      : value,
  z.union([
    z.literal(''),
    z.url({ protocol: /^https?$/, error: 'must be a web address' }).max(300),
  ]),
);

export const companySettingsFields = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  legalName: text(200),
  taxId: text(20),
  registrationNumber: text(40),
  vatPayer: z.boolean(),
  address: text(300),
  city: text(100),
  county: text(100),
  postalCode: text(20),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
  email: z.union([z.literal(''), z.email('must be an e-mail address').max(254)]),
  phone: text(40),
  website,
  bankName: text(100),
  iban: text(42),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code')
    .refine(isCurrencyCode, 'must be an ISO 4217 currency code such as RON'),
  locale: z.enum(LOCALES),
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Bucharest'),
});
export type CompanySettings = z.infer<typeof companySettingsFields>;

export const companySettingsPatch = companySettingsFields.partial().strict();
export type CompanySettingsPatch = z.infer<typeof companySettingsPatch>;

// Responses are encoded, not parsed, so they use plain types without the input's transforms.
const outputShape = Object.fromEntries(
  Object.keys(companySettingsFields.shape).map((key) => [key, z.string()]),
) as Record<keyof CompanySettings, z.ZodString>;

export const companySettingsResponse = z.object({
  ...outputShape,
  vatPayer: z.boolean(),
  locale: z.enum(LOCALES),
  logoUrl: z.string().nullable(),
});

export const logoResponse = z.object({ logoUrl: z.string() });
