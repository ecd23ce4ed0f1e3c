// Generated contacts: companies with a valid CUI, and persons who work at them, as
// contacts.store's insertContacts writes them.
import { romanianCuiControlDigit } from '../../src/domain/company/romanian-tax-id';
import { foldForSearch } from '../../src/domain/text/fold';
import type { Row } from './bulk-writer';
import type { Random } from './random';
import { CITIES, COMPANY_FORMS, COMPANY_STEMS, FIRST_NAMES, LAST_NAMES } from './romanian';

export const CONTACT_COLUMNS = [
  'id',
  'workspace_id',
  'kind',
  'name',
  'name_folded',
  'email',
  'phone',
  'company_id',
  'tax_id',
  'address',
  'fields',
  'is_sample',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

function cui(random: Random): string {
  const body = String(random.between(1_000_000, 49_999_999));
  return `${random.chance(0.6) ? 'RO' : ''}${body}${romanianCuiControlDigit(body)}`;
}

function phone(random: Random): string {
  return `+4072${String(random.int(10_000_000)).padStart(7, '0')}`;
}

export function companyRow(
  random: Random,
  newId: () => string,
  workspaceId: string,
  now: string,
): Row {
  const stem = random.pick(COMPANY_STEMS);
  const city = random.pick(CITIES);
  const name = `${stem} ${city} ${random.pick(COMPANY_FORMS)}`;
  const domain = foldForSearch(stem).replace(/[^a-z0-9]+/g, '');
  return [
    newId(),
    workspaceId,
    'company',
    name,
    foldForSearch(name),
    `office@${domain}.ro`,
    phone(random),
    null,
    cui(random),
    `Str. ${random.pick(LAST_NAMES)} nr. ${random.between(1, 120)}, ${city}`,
    '{}',
    0,
    now,
    now,
    null,
  ];
}

export function personRow(
  random: Random,
  newId: () => string,
  workspaceId: string,
  companyId: string,
  now: string,
): Row {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const email = `${foldForSearch(`${first}.${last}`)}${random.int(1000)}@exemplu.ro`;
  return [
    newId(),
    workspaceId,
    'person',
    `${first} ${last}`,
    foldForSearch(`${first} ${last}`),
    email,
    phone(random),
    companyId,
    null,
    null,
    '{}',
    0,
    now,
    now,
    null,
  ];
}
