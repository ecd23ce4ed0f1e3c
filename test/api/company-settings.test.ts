// Company settings over HTTP on a real database: defaults, normalised identifiers, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import { auditActions, detailPaths } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

const URL = '/api/v1/settings/company';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

async function settingsOf(client: Client) {
  const response = await client.request('GET', URL);
  expect(response.statusCode).toBe(200);
  return response.json();
}

const FULL_SETTINGS = {
  name: 'Firma Exemplu',
  legalName: 'Firma Exemplu SRL',
  taxId: 'ro 18547290',
  registrationNumber: 'J40/1234/2020',
  vatPayer: true,
  address: 'Str. Exemplului 1',
  city: 'București',
  county: 'Sector 1',
  postalCode: '010101',
  country: 'RO',
  email: 'office@firma.ro',
  phone: '0721 234 567',
  website: 'firma.ro',
  bankName: 'Banca Exemplu',
  iban: 'RO49 AAAA 1B31 0075 9384 0000',
  currency: 'RON',
  locale: 'en',
  timeZone: 'Europe/London',
};

describe('GET /api/v1/settings/company', () => {
  it('answers the defaults of a new workspace: Romania, RON, the sign-up language, Bucharest time', async () => {
    const client = await signUp(test, { locale: 'ro' });
    expect(await settingsOf(client)).toEqual({
      name: 'Firma Test SRL',
      legalName: '',
      taxId: '',
      registrationNumber: '',
      vatPayer: false,
      address: '',
      city: '',
      county: '',
      postalCode: '',
      country: 'RO',
      email: '',
      phone: '',
      website: '',
      bankName: '',
      iban: '',
      currency: 'RON',
      locale: 'ro',
      timeZone: 'Europe/Bucharest',
      logoUrl: null,
    });
  });
});

describe('PATCH /api/v1/settings/company', () => {
  it('stores a full valid set with identifiers in their canonical form, and reads it back', async () => {
    const client = await signUp(test);
    const response = await client.request('PATCH', URL, FULL_SETTINGS);
    expect(response.statusCode).toBe(200);
    const expected = {
      ...FULL_SETTINGS,
      taxId: 'RO18547290',
      phone: '+40721234567',
      website: 'https://firma.ro',
      iban: 'RO49AAAA1B31007593840000',
      logoUrl: null,
    };
    expect(response.json()).toEqual(expected);
    expect(await settingsOf(client)).toEqual(expected);
  });

  it('changes only the fields sent', async () => {
    const client = await signUp(test);
    const before = await settingsOf(client);
    const response = await client.request('PATCH', URL, { city: 'Cluj-Napoca' });
    expect(response.statusCode).toBe(200);
    expect(await settingsOf(client)).toEqual({ ...before, city: 'Cluj-Napoca' });
  });

  it('records a successful change in the audit log, naming the fields changed', async () => {
    const client = await signUp(test);
    await client.request('PATCH', URL, { city: 'Iași', email: 'contact@firma.ro' });
    const rows = await test.db
      .selectFrom('audit_log')
      .select(['user_id', 'action', 'target', 'details'])
      .where('workspace_id', '=', client.me.workspace.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: client.me.user.id,
      action: 'settings.company.updated',
      target: 'company',
    });
    expect(JSON.parse(rows[0]!.details).fields).toEqual(['city', 'email']);
  });

  // Each refused patch also carries a valid change, which must not be applied either.
  it.each([
    ['a Romanian CUI with a wrong check digit', { taxId: 'RO18547291' }, 'taxId'],
    ['an IBAN failing mod-97', { iban: 'RO49 AAAA 1B31 0075 9384 0001' }, 'iban'],
    ['a malformed e-mail', { email: 'office@' }, 'email'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
    ['a phone that is not a number', { phone: 'abc' }, 'phone'],
    ['a country name instead of its code', { country: 'Romania' }, 'country'],
    ['a currency name instead of its code', { currency: 'lei' }, 'currency'],
    ['a language Carta does not speak', { locale: 'fr' }, 'locale'],
    ['an unknown time zone', { timeZone: 'Mars/Base' }, 'timeZone'],
    ['an empty name', { name: '' }, 'name'],
    ['a name too long', { name: 'x'.repeat(201) }, 'name'],
    ['vatPayer of the wrong type', { vatPayer: 'yes' }, 'vatPayer'],
    ['an unknown key', { plan: 'gold' }, 'plan'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_case, bad, field) => {
    const client = await signUp(test);
    const before = await settingsOf(client);
    const auditBefore = await auditActions(test, client.me.workspace.id);

    const response = await client.request('PATCH', URL, { legalName: 'Not Applied SRL', ...bad });

    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('validation_failed');
    // An unknown key has no field of its own: the body is at fault, and the message names the key.
    const named = error.details.some(
      (d: { path: string; message: string }) =>
        d.path === field || (d.path === 'body' && d.message.includes(`"${field}"`)),
    );
    expect(named, JSON.stringify(error)).toBe(true);
    expect(await settingsOf(client)).toEqual(before);
    expect(await auditActions(test, client.me.workspace.id)).toEqual(auditBefore);
  });

  it('accepts a tax id that is not a Romanian CUI when the country is not RO', async () => {
    const client = await signUp(test);
    const response = await client.request('PATCH', URL, {
      country: 'DE',
      taxId: 'DE123456789',
      phone: '030 123456',
    });
    expect(response.statusCode).toBe(200);
    expect(await settingsOf(client)).toMatchObject({
      country: 'DE',
      taxId: 'DE123456789',
      phone: '+4930123456',
    });
  });

  it('refuses to change the country to RO while the stored tax id is not a valid CUI, naming taxId', async () => {
    const client = await signUp(test);
    const saved = await client.request('PATCH', URL, { country: 'BG', taxId: 'RO18547291' });
    expect(saved.statusCode).toBe(200);
    const before = await settingsOf(client);

    const response = await client.request('PATCH', URL, { country: 'RO' });

    expect(response.statusCode).toBe(400);
    expect(detailPaths(response.json())).toEqual(['taxId']);
    expect(await settingsOf(client)).toEqual(before);
  });

  it('accepts the country change once the tax id is corrected in the same request', async () => {
    const client = await signUp(test);
    await client.request('PATCH', URL, { country: 'BG', taxId: 'RO18547291' });
    const response = await client.request('PATCH', URL, { country: 'RO', taxId: '18547290' });
    expect(response.statusCode).toBe(200);
    expect(await settingsOf(client)).toMatchObject({ country: 'RO', taxId: '18547290' });
  });

  it('clears an optional field with an empty string', async () => {
    const client = await signUp(test);
    await client.request('PATCH', URL, { website: 'firma.ro', iban: FULL_SETTINGS.iban });
    const response = await client.request('PATCH', URL, { website: '', iban: '' });
    expect(response.statusCode).toBe(200);
    expect(await settingsOf(client)).toMatchObject({ website: '', iban: '' });
  });
});
