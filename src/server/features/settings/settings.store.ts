// SQL for a workspace's company settings and logo.
import type { Executor } from '../../context';
import type { CompanySettings, CompanySettingsPatch } from './settings.schemas';

// API name → column name; one list, read in both directions.
const COLUMNS = {
  name: 'name',
  legalName: 'legal_name',
  taxId: 'tax_id',
  registrationNumber: 'registration_number',
  vatPayer: 'vat_payer',
  address: 'address',
  city: 'city',
  county: 'county',
  postalCode: 'postal_code',
  country: 'country',
  email: 'email',
  phone: 'phone',
  website: 'website',
  bankName: 'bank_name',
  iban: 'iban',
  currency: 'currency',
  locale: 'locale',
  timeZone: 'time_zone',
} as const satisfies Record<keyof CompanySettings, string>;

type Key = keyof typeof COLUMNS;

export async function insertCompanySettings(
  db: Executor,
  workspaceId: string,
  settings: Pick<CompanySettings, 'name' | 'locale' | 'timeZone' | 'country' | 'currency'>,
  now: string,
) {
  await db
    .insertInto('company_settings')
    .values({
      workspace_id: workspaceId,
      name: settings.name,
      locale: settings.locale,
      time_zone: settings.timeZone,
      country: settings.country,
      currency: settings.currency,
      updated_at: now,
    })
    .execute();
}

export async function findCompanySettings(
  db: Executor,
  workspaceId: string,
): Promise<(CompanySettings & { logoUpdatedAt: string | null }) | undefined> {
  const row = await db
    .selectFrom('company_settings')
    .leftJoin('company_logos', 'company_logos.workspace_id', 'company_settings.workspace_id')
    .selectAll('company_settings')
    .select('company_logos.updated_at as logo_updated_at')
    .where('company_settings.workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return undefined;
  const settings = {} as Record<Key, unknown>;
  for (const [key, column] of Object.entries(COLUMNS) as [Key, keyof typeof row][]) {
    settings[key] = row[column];
  }
  settings.vatPayer = row.vat_payer === 1;
  return { ...(settings as CompanySettings), logoUpdatedAt: row.logo_updated_at };
}

export async function updateCompanySettings(
  db: Executor,
  workspaceId: string,
  patch: CompanySettingsPatch,
  now: string,
) {
  const values: Record<string, string | number> = { updated_at: now };
  for (const [key, value] of Object.entries(patch) as [Key, unknown][]) {
    if (value === undefined) continue;
    values[COLUMNS[key]] = typeof value === 'boolean' ? Number(value) : (value as string);
  }
  await db
    .updateTable('company_settings')
    .set(values)
    .where('workspace_id', '=', workspaceId)
    .execute();
}

export async function findLogo(db: Executor, workspaceId: string) {
  return db
    .selectFrom('company_logos')
    .select(['content_type as contentType', 'bytes', 'updated_at as updatedAt'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
}

export async function saveLogo(
  db: Executor,
  workspaceId: string,
  logo: { contentType: string; bytes: Buffer; updatedAt: string },
) {
  await db
    .insertInto('company_logos')
    .values({
      workspace_id: workspaceId,
      content_type: logo.contentType,
      bytes: logo.bytes,
      updated_at: logo.updatedAt,
    })
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({
        content_type: logo.contentType,
        bytes: logo.bytes,
        updated_at: logo.updatedAt,
      }),
    )
    .execute();
}

export async function deleteLogo(db: Executor, workspaceId: string) {
  await db.deleteFrom('company_logos').where('workspace_id', '=', workspaceId).execute();
}
