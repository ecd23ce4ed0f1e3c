// The custom-field types a card, company or person can carry (DESIGN.md, checklist step 4).
export const FIELD_TYPES = [
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'datetime',
  'boolean',
  'single_choice',
  'multi_choice',
  'email',
  'phone',
  'url',
  'user',
  'contact',
  'file',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A choice option keeps a stable key so that renaming its label never loses stored values. */
export type ChoiceOption = { key: string; label: string };

/** Money as the API carries it: a decimal string, never a float. */
export type Money = { amount: string; currency: string };
