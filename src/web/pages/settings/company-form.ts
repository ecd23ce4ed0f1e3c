// The company settings form as data: its sections and, per field, which input edits it.
import type { CompanyFields } from '../../api/types';

export type CompanyInputKind = 'text' | 'switch' | 'country' | 'currency' | 'locale' | 'timeZone';

export type CompanyFieldSpec = {
  name: keyof CompanyFields;
  kind: CompanyInputKind;
  /** Takes the whole row of the section's two-column grid. */
  wide?: boolean;
  /** The i18n key of a hint under the input. */
  hintKey?: string;
  /** An example value (identifiers, not prose, so the same in every language). */
  example?: string;
  autoComplete?: string;
};

export type CompanySectionKey =
  'company' | 'legal' | 'address' | 'bank' | 'contact' | 'preferences';

export const COMPANY_FORM: { section: CompanySectionKey; fields: CompanyFieldSpec[] }[] = [
  {
    section: 'company',
    fields: [{ name: 'name', kind: 'text', wide: true, autoComplete: 'organization' }],
  },
  {
    section: 'legal',
    fields: [
      { name: 'legalName', kind: 'text', wide: true, hintKey: 'company.fields.legalNameHint' },
      {
        name: 'taxId',
        kind: 'text',
        hintKey: 'company.fields.taxIdHint',
        example: 'RO18547290',
      },
      { name: 'registrationNumber', kind: 'text', example: 'J40/1234/2020' },
      { name: 'vatPayer', kind: 'switch', wide: true, hintKey: 'company.fields.vatPayerHint' },
    ],
  },
  {
    section: 'address',
    fields: [
      { name: 'address', kind: 'text', wide: true, autoComplete: 'street-address' },
      { name: 'city', kind: 'text', autoComplete: 'address-level2' },
      { name: 'county', kind: 'text', autoComplete: 'address-level1' },
      { name: 'postalCode', kind: 'text', autoComplete: 'postal-code' },
      { name: 'country', kind: 'country' },
    ],
  },
  {
    section: 'bank',
    fields: [
      { name: 'bankName', kind: 'text' },
      { name: 'iban', kind: 'text', example: 'RO49 AAAA 1B31 0075 9384 0000' },
    ],
  },
  {
    section: 'contact',
    fields: [
      { name: 'email', kind: 'text', example: 'office@example.ro', autoComplete: 'email' },
      { name: 'phone', kind: 'text', example: '+40 21 123 4567', autoComplete: 'tel' },
      { name: 'website', kind: 'text', wide: true, example: 'www.example.ro', autoComplete: 'url' },
    ],
  },
  {
    section: 'preferences',
    fields: [
      { name: 'currency', kind: 'currency' },
      { name: 'locale', kind: 'locale' },
      { name: 'timeZone', kind: 'timeZone', wide: true },
    ],
  },
];

export const COMPANY_FIELD_NAMES: string[] = COMPANY_FORM.flatMap(({ fields }) =>
  fields.map((field) => field.name),
);
