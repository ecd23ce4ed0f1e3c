// Random but plausible values for a card's custom fields, in the form the app stores them
// (what src/domain/fields/field-value.ts returns), with per-type fill rates of a real CRM.
import type { FieldType } from '../../src/domain/field-types';
import type { FieldDefinition, FieldValue } from '../../src/domain/fields/field-definition';
import { parseFieldValue } from '../../src/domain/fields/field-value';
import { foldForSearch } from '../../src/domain/text/fold';
import type { Random } from './random';
import { CITIES, COMPANY_STEMS, FIRST_NAMES, LAST_NAMES, NOTE_WORDS } from './romanian';

/** How often a field of a type holds a value; about half of a card's fields are filled. */
const FILL_RATE: Record<FieldType, number> = {
  text: 0.5,
  long_text: 0.15,
  number: 0.6,
  money: 0.75,
  date: 0.6,
  datetime: 0.3,
  boolean: 0.8,
  single_choice: 0.7,
  multi_choice: 0.4,
  email: 0.5,
  phone: 0.5,
  url: 0.3,
  user: 0.5,
  contact: 0.4,
  file: 0,
};

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const CURRENCIES = ['RON', 'RON', 'RON', 'RON', 'RON', 'RON', 'EUR', 'EUR', 'USD'];

export type References = { userIds: string[]; contactIds: string[] };

function words(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.pick(NOTE_WORDS)).join(' ');
}

function sentence(random: Random, min: number, max: number): string {
  const text = words(random, random.between(min, max));
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function amount(random: Random): string {
  const whole = Math.round(Math.exp(random.next() * Math.log(500_000))) + 100;
  return `${whole}.${random.chance(0.7) ? '00' : String(random.int(100)).padStart(2, '0')}`;
}

function isoDay(random: Random): string {
  return new Date(FIRST_DAY + random.int(4 * 365) * DAY_MS).toISOString().slice(0, 10);
}

function slug(random: Random): string {
  return foldForSearch(random.pick(COMPANY_STEMS)).replace(/[^a-z0-9]+/g, '');
}

function optionKeys(field: FieldDefinition): string[] {
  return (field.options ?? []).map((option) => option.key);
}

export function randomValue(random: Random, field: FieldDefinition, refs: References): FieldValue {
  switch (field.type) {
    case 'text':
      return field.key.includes('oras') ? random.pick(CITIES) : sentence(random, 2, 5);
    case 'long_text':
      return sentence(random, 8, 30);
    case 'number':
      return random.chance(0.8) ? random.between(1, 5000) : random.between(1, 99_999) / 10;
    case 'money':
      return { amount: amount(random), currency: random.pick(CURRENCIES) };
    case 'date':
      return isoDay(random);
    case 'datetime':
      return new Date(FIRST_DAY + random.int(4 * 365 * 24 * 4) * 900_000).toISOString();
    case 'boolean':
      return random.chance(0.5);
    case 'single_choice':
      return random.pick(optionKeys(field));
    case 'multi_choice': {
      const keys = optionKeys(field);
      return [...new Set(Array.from({ length: random.between(1, 3) }, () => random.pick(keys)))];
    }
    case 'email':
      return foldForSearch(`${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}`).concat(
        `@${slug(random)}.ro`,
      );
    case 'phone':
      return `+4072${String(random.int(10_000_000)).padStart(7, '0')}`;
    case 'url':
      return `https://www.${slug(random)}.ro/`;
    case 'user':
      return random.pick(refs.userIds);
    case 'contact':
      return random.pick(refs.contactIds);
    case 'file':
      throw new Error('the generator adds no file fields');
  }
}

/** A card's values: each field filled at its type's rate. */
export function randomValues(random: Random, fields: FieldDefinition[], refs: References) {
  const values: Record<string, FieldValue> = {};
  for (const field of fields) {
    if (random.chance(FILL_RATE[field.type])) values[field.key] = randomValue(random, field, refs);
  }
  return values;
}

/** Throws unless the app's own validation keeps every value exactly as generated. */
export function assertStoredForm(fields: FieldDefinition[], values: Record<string, FieldValue>) {
  for (const field of fields) {
    if (!(field.key in values)) continue;
    const parsed = parseFieldValue(field, values[field.key]);
    if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(values[field.key])) {
      throw new Error(
        `generated ${field.type} value ${JSON.stringify(values[field.key])} is not stored form`,
      );
    }
  }
}
