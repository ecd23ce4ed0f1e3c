// Consistency of every module template and of the sample contacts their cards link to.
import { describe, it, expect } from 'vitest';
import { normalizePhone } from '../company/phone';
import type { FieldType } from '../field-types';
import type { Localized } from '../locale';
import { STATUS_GROUPS } from '../pipeline';
import { MODULE_TEMPLATE_KEYS, getModuleTemplate, moduleTemplates, sampleContacts } from './index';
import type { FieldTemplate, ModuleTemplate, SampleFieldValue } from './template.types';

const KEY_SHAPE = /^[a-z][a-z0-9_]*$/;
const COLOR_SHAPE = /^#[0-9a-f]{6}$/i;
const ICON_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PHONE_SHAPE = /^\+40 7\d{2} \d{3} \d{3}$/;
const EMAIL_SHAPE = /^[a-z0-9._-]+@example\.(ro|com)$/;
const CHOICE_TYPES: FieldType[] = ['single_choice', 'multi_choice'];

// ANAF's control digit, written out here so the data is checked independently of the app's code.
function passesCuiChecksum(taxId: string): boolean {
  const digits = /^(?:RO)?(\d{2,10})$/.exec(taxId)?.[1];
  if (digits === undefined) return false;
  const body = digits.slice(0, -1).padStart(9, '0');
  const sum = [...'753217532'].reduce(
    (acc, weight, i) => acc + Number(weight) * Number(body[i]),
    0,
  );
  return ((sum * 10) % 11) % 10 === Number(digits.slice(-1));
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'en' && keys[1] === 'ro';
}

function isRealDate(value: string, shape: RegExp): boolean {
  if (!shape.test(value)) return false;
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value.slice(0, 10));
}

function isExampleUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && /(^|\.)example\.(ro|com)$/.test(url.hostname);
}

/** Why `value` does not fit `field`, or null when it does. */
function sampleValueProblem(field: FieldTemplate, value: SampleFieldValue): string | null {
  const optionKeys = new Set(field.options?.map((option) => option.key));
  const fits = ((): boolean => {
    switch (field.type) {
      case 'text':
      case 'long_text':
        return typeof value === 'string' || isLocalized(value);
      case 'number':
        return typeof value === 'number' && Number.isFinite(value);
      case 'boolean':
        return typeof value === 'boolean';
      case 'money':
        return (
          typeof value === 'object' &&
          'amount' in value &&
          /^\d+\.\d{2}$/.test(value.amount) &&
          /^[A-Z]{3}$/.test(value.currency) &&
          Object.keys(value).length === 2
        );
      case 'date':
        return typeof value === 'string' && isRealDate(value, /^\d{4}-\d{2}-\d{2}$/);
      case 'datetime':
        return (
          typeof value === 'string' && isRealDate(value, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
        );
      case 'single_choice':
        return typeof value === 'string' && optionKeys.has(value);
      case 'multi_choice':
        return (
          Array.isArray(value) &&
          value.length > 0 &&
          new Set(value).size === value.length &&
          value.every((key) => optionKeys.has(key))
        );
      case 'email':
        return typeof value === 'string' && EMAIL_SHAPE.test(value);
      case 'phone':
        return typeof value === 'string' && PHONE_SHAPE.test(value);
      case 'url':
        return typeof value === 'string' && isExampleUrl(value);
      // Users, contacts and files do not exist yet when a module is created from a template.
      case 'user':
      case 'contact':
      case 'file':
        return false;
    }
  })();
  return fits ? null : `${field.key} (${field.type}) cannot hold ${JSON.stringify(value)}`;
}

function localizedTexts(template: ModuleTemplate): Localized[] {
  return [
    template.name,
    template.description,
    ...template.statuses.map((status) => status.name),
    ...template.fields.flatMap((field) => [
      field.label,
      field.section,
      ...(field.helpText ? [field.helpText] : []),
      ...(field.options ?? []).map((option) => option.label),
    ]),
    ...template.taskTypes.map((taskType) => taskType.name),
    ...template.sampleCards.flatMap((card) => [
      card.title,
      ...Object.values(card.fields).filter(isLocalized),
    ]),
  ];
}

function duplicates(keys: string[]): string[] {
  return keys.filter((key, i) => keys.indexOf(key) !== i);
}

describe('the sample value check', () => {
  const choice = { key: 'c', label: { ro: 'C', en: 'C' }, section: { ro: 'S', en: 'S' } };
  const options = [
    { key: 'a', label: { ro: 'A', en: 'A' } },
    { key: 'b', label: { ro: 'B', en: 'B' } },
  ];
  it.each<[FieldType, SampleFieldValue, boolean]>([
    ['money', { amount: '1200.00', currency: 'RON' }, true],
    ['money', { amount: '1200', currency: 'RON' }, false],
    ['money', { amount: '1200.00', currency: 'lei' }, false],
    ['date', '2026-12-31', true],
    ['date', '2026-02-30', false],
    ['datetime', '2026-12-31T08:00:00Z', true],
    ['datetime', '2026-12-31 08:00', false],
    ['single_choice', 'a', true],
    ['single_choice', 'z', false],
    ['multi_choice', ['a', 'b'], true],
    ['multi_choice', ['a', 'z'], false],
    ['number', 3, true],
    ['number', '3', false],
    ['boolean', false, true],
    ['boolean', 'no', false],
    ['text', { ro: 'Text', en: 'Text' }, true],
    ['text', 7, false],
    ['email', 'ana@example.ro', true],
    ['email', 'ana@gmail.com', false],
    ['phone', '+40 722 123 456', true],
    ['phone', '0722123456', false],
    ['url', 'https://www.example.com/a', true],
    ['url', 'https://www.real-company.ro', false],
    ['user', 'user-1', false],
  ])('judges a %s value %j as fitting: %s', (type, value, fits) => {
    const field = { ...choice, type, ...(CHOICE_TYPES.includes(type) ? { options } : {}) };
    expect(sampleValueProblem(field, value) === null).toBe(fits);
  });
});

describe('the module template registry', () => {
  it.each(MODULE_TEMPLATE_KEYS)('returns the %s template under its own key', (key) => {
    expect(getModuleTemplate(key).key).toBe(key);
  });

  it('writes Romanian ș and ț with a comma below, never with a cedilla', () => {
    expect(JSON.stringify({ moduleTemplates, sampleContacts })).not.toMatch(/[şţŞŢ]/);
  });
});

describe.each(MODULE_TEMPLATE_KEYS)('the %s template', (key) => {
  const template = getModuleTemplate(key);
  const statusKeys = template.statuses.map((status) => status.key);
  const fieldsByKey = new Map(template.fields.map((field) => [field.key, field]));

  it('has unique status keys in snake_case', () => {
    expect(duplicates(statusKeys)).toEqual([]);
    expect(statusKeys.filter((statusKey) => !KEY_SHAPE.test(statusKey))).toEqual([]);
  });

  it.skipIf(key === 'blank')('has at least one status in every group', () => {
    const groups = new Set(template.statuses.map((status) => status.group));
    expect([...STATUS_GROUPS].filter((group) => !groups.has(group))).toEqual([]);
  });

  it('gives probabilities from 0 to 100, with 100 when won and 0 when lost', () => {
    const wrong = template.statuses.filter(
      ({ group, probability }) =>
        !Number.isInteger(probability) ||
        probability < 0 ||
        probability > 100 ||
        (group === 'won' && probability !== 100) ||
        (group === 'lost' && probability !== 0),
    );
    expect(wrong.map((status) => status.key)).toEqual([]);
  });

  it('colours statuses and task types as #rrggbb', () => {
    const colors = [...template.statuses, ...template.taskTypes].map((item) => item.color);
    expect(colors.filter((color) => !COLOR_SHAPE.test(color))).toEqual([]);
  });

  it('has unique field keys in snake_case', () => {
    const fieldKeys = template.fields.map((field) => field.key);
    expect(duplicates(fieldKeys)).toEqual([]);
    expect(fieldKeys.filter((fieldKey) => !KEY_SHAPE.test(fieldKey))).toEqual([]);
  });

  it('gives options with unique keys to choice fields, and to no other field', () => {
    const wrong = template.fields.filter((field) => {
      const optionKeys = field.options?.map((option) => option.key) ?? [];
      if (!CHOICE_TYPES.includes(field.type)) return field.options !== undefined;
      return (
        optionKeys.length === 0 ||
        duplicates(optionKeys).length > 0 ||
        !optionKeys.every((optionKey) => KEY_SHAPE.test(optionKey))
      );
    });
    expect(wrong.map((field) => field.key)).toEqual([]);
  });

  it('requires fields only from a status of its own', () => {
    const unknown = template.fields.filter(
      (field) =>
        field.requiredFromStatus !== undefined && !statusKeys.includes(field.requiredFromStatus),
    );
    expect(unknown.map((field) => field.key)).toEqual([]);
  });

  it('gives task types a Tabler-style icon name and whole, non-negative default minutes', () => {
    const isMinutes = (minutes: number) => Number.isInteger(minutes) && minutes >= 0;
    const wrong = template.taskTypes.filter(
      (taskType) =>
        !ICON_SHAPE.test(taskType.icon) ||
        !isMinutes(taskType.defaultDurationMin) ||
        !isMinutes(taskType.defaultReminderMin),
    );
    expect(wrong.map((taskType) => taskType.name.en)).toEqual([]);
  });

  it('puts sample cards in its own statuses, linked to existing sample contacts', () => {
    const contactKeys = sampleContacts.map((contact) => contact.key);
    for (const card of template.sampleCards) {
      expect(statusKeys).toContain(card.status);
      if (card.contact !== undefined) expect(contactKeys).toContain(card.contact);
    }
  });

  it('gives sample cards values only for its fields, each fitting the field type', () => {
    const problems = template.sampleCards.flatMap((card) =>
      Object.entries(card.fields).map(([fieldKey, value]) => {
        const field = fieldsByKey.get(fieldKey);
        return field ? sampleValueProblem(field, value) : `${fieldKey} is not a field`;
      }),
    );
    expect(problems.filter((problem) => problem !== null)).toEqual([]);
  });

  // "Required from status X on" read as: X and every status after it in pipeline order.
  it('fills every field a sample card needs in its status', () => {
    const missing = template.sampleCards.flatMap((card) => {
      const position = statusKeys.indexOf(card.status);
      return template.fields
        .filter(
          (field) =>
            field.required === true ||
            (field.requiredFromStatus !== undefined &&
              position >= statusKeys.indexOf(field.requiredFromStatus)),
        )
        .filter((field) => card.fields[field.key] === undefined)
        .map((field) => `${card.title.en}: ${field.key}`);
    });
    expect(missing).toEqual([]);
  });

  it('writes every text in both Romanian and English', () => {
    const incomplete = localizedTexts(template).filter(
      (text) => !isLocalized(text) || text.ro.trim() === '' || text.en.trim() === '',
    );
    expect(incomplete).toEqual([]);
  });
});

describe('the blank template', () => {
  it('has only New, In progress and Done, and no fields, task types or sample cards', () => {
    const blank = getModuleTemplate('blank');
    expect(blank.statuses.map((status) => [status.name.en, status.group])).toEqual([
      ['New', 'lead'],
      ['In progress', 'open'],
      ['Done', 'won'],
    ]);
    expect([blank.fields, blank.taskTypes, blank.sampleCards]).toEqual([[], [], []]);
  });
});

describe('the sample contacts', () => {
  const companyKeys = sampleContacts.filter((c) => c.kind === 'company').map((c) => c.key);

  it.each([
    ['RO18547290', true],
    ['18547290', true],
    ['RO18547291', false],
    ['RO 18547290', false],
  ])('the CUI checksum judges %s valid: %s', (taxId, valid) => {
    expect(passesCuiChecksum(taxId)).toBe(valid);
  });

  it('have unique keys', () => {
    expect(duplicates(sampleContacts.map((contact) => contact.key))).toEqual([]);
  });

  it.each(sampleContacts.filter((contact) => contact.kind === 'company'))(
    'gives $name a CUI that passes the checksum and an address',
    (company) => {
      expect(passesCuiChecksum(company.taxId ?? '')).toBe(true);
      expect(company.company).toBeUndefined();
      expect(company.address?.trim()).toBeTruthy();
    },
  );

  it.each(sampleContacts.filter((contact) => contact.kind === 'person'))(
    'places $name at a sample company, without a CUI',
    (person) => {
      expect(companyKeys).toContain(person.company);
      expect(person.taxId).toBeUndefined();
    },
  );

  it.each(sampleContacts)(
    'gives $name an example e-mail and a valid Romanian mobile',
    (contact) => {
      expect(contact.email).toMatch(EMAIL_SHAPE);
      expect(contact.phone).toMatch(PHONE_SHAPE);
      expect(normalizePhone(contact.phone ?? '')).not.toBeNull();
    },
  );
});
