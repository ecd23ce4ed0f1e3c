// Shared test data for API tests: tiny real images, users of each role signed in, row counts.
import { FIELD_TYPES } from '../../src/domain/field-types';
import { loadFieldDefinitions } from '../../src/server/features/cards/card-context.store';
import { indexNewCards } from '../../src/server/features/cards/card-index.store';
import { randomBytes } from 'node:crypto';
import type { ModuleAccess, Role } from '../../src/domain/permissions';
import type { Database } from '../../src/server/db/schema';
import { hashPassword } from '../../src/server/features/auth/passwords';
import { insertCards } from '../../src/server/features/cards/cards.store';
import { insertContacts } from '../../src/server/features/contacts/contacts.store';
import { newId, nowIso } from '../../src/server/ids';
import { clientFor, GOOD_PASSWORD, sessionCookieOf, uniqueEmail, type Client } from './clients';
import type { TestApp } from './test-app';

/** A 1×1 transparent PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A 1×1 grey baseline JPEG. */
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////' +
    '////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

export const TINY_SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">' +
    '<rect width="8" height="8" fill="#228be6"/></svg>\n',
);

/** A 1×1 GIF: a real image, but not a type the logo accepts. */
export const TINY_GIF = Buffer.from(
  'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
  'base64',
);

type TableName = keyof Database;

/** Rows of `table`, in one workspace when given. */
export async function countRows(test: TestApp, table: TableName, workspaceId?: string) {
  let query = test.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  if (workspaceId) query = query.where('workspace_id', '=', workspaceId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function auditActions(test: TestApp, workspaceId: string): Promise<string[]> {
  const rows = await test.db
    .selectFrom('audit_log')
    .select('action')
    .where('workspace_id', '=', workspaceId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

type UserOfRole = { id: string; email: string };

/** Inserts an active user of `role` into the workspace, as an accepted invitation would. */
export async function insertUser(
  test: TestApp,
  workspaceId: string,
  role: Role,
  options: { password?: string } = {},
): Promise<UserOfRole> {
  const user = { id: newId(), email: uniqueEmail(role) };
  await test.db
    .insertInto('users')
    .values({
      id: user.id,
      workspace_id: workspaceId,
      name: `Test ${role} ${randomBytes(3).toString('hex')}`,
      email: user.email,
      password_hash: options.password === undefined ? null : await hashPassword(options.password),
      role,
      locale: 'en',
      time_zone: 'Europe/Bucharest',
      is_active: 1,
      created_at: nowIso(),
    })
    .execute();
  return user;
}

/** A user of `role` in the workspace, signed in through the login route like a browser. */
export async function signInAs(test: TestApp, workspaceId: string, role: Role): Promise<Client> {
  const user = await insertUser(test, workspaceId, role, { password: GOOD_PASSWORD });
  const login = await test.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: user.email, password: GOOD_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const cookie = sessionCookieOf(login);
  const me = await test.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
  return clientFor(test, cookie, me.json());
}

export async function grantModule(
  test: TestApp,
  grant: { workspaceId: string; userId: string; moduleId: string; access: ModuleAccess },
) {
  await test.db
    .insertInto('module_access')
    .values({
      workspace_id: grant.workspaceId,
      user_id: grant.userId,
      module_id: grant.moduleId,
      access: grant.access,
    })
    .execute();
}

/** Adds a module through the API and returns its id. */
export async function addModule(
  client: Client,
  body: { name: string; template: string; sampleData?: boolean },
): Promise<string> {
  const response = await client.request('POST', '/api/v1/modules', body);
  if (response.statusCode !== 201) {
    throw new Error(`module not created: ${response.statusCode} ${response.body}`);
  }
  return response.json().id;
}

/** A contact entered by hand (not sample data), a company unless told; returns its id. */
export async function insertRealContact(
  test: TestApp,
  workspaceId: string,
  name: string,
  kind: 'person' | 'company' = 'company',
) {
  const id = newId();
  await insertContacts(
    test.db,
    workspaceId,
    [
      {
        id,
        kind,
        name,
        email: null,
        phone: null,
        companyId: null,
        taxId: null,
        address: null,
        isSample: false,
      },
    ],
    nowIso(),
  );
  return id;
}

/** A card entered by hand (not sample data); returns its id. */
export async function insertRealCard(
  test: TestApp,
  card: {
    workspaceId: string;
    moduleId: string;
    statusId: string;
    ownerId: string;
    contactId: string | null;
  },
) {
  const id = newId();
  await insertCards(
    test.db,
    card.workspaceId,
    [
      {
        id,
        moduleId: card.moduleId,
        statusId: card.statusId,
        title: 'Real deal',
        ownerId: card.ownerId,
        contactId: card.contactId,
        fields: {},
        rank: 'a0',
        isSample: false,
        createdBy: card.ownerId,
      },
    ],
    nowIso(),
  );
  // As every card write does: index it and count it in its column.
  await indexNewCards(
    test.db,
    card.workspaceId,
    await loadFieldDefinitions(test.db, card.workspaceId, card.moduleId),
    [{ id, moduleId: card.moduleId, statusId: card.statusId, fields: {}, deleted: false }],
  );
  return id;
}

/** The paths named in a 400 answer's error details. */
export function detailPaths(body: { error?: { details?: { path: string }[] } }): string[] {
  return body.error?.details?.map((d) => d.path) ?? [];
}

type RouteOfApp = { method: string; url: string };

/** Every route the application answers, read from Fastify's printed route tree. */
export function routesOf(test: TestApp): RouteOfApp[] {
  const parents: string[] = [];
  const routes: RouteOfApp[] = [];
  for (const line of test.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const url = (parents[depth - 1] ?? '') + (match[2] ?? '');
    parents.length = depth;
    parents.push(url);
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method, url });
  }
  return routes;
}

// ---- Cards, board, list and files (test/api/card*.test.ts, board.test.ts) ----

/** A field as POST /modules/:moduleId/fields takes it. */
type FieldBody = {
  key: string;
  label: string;
  type: string;
  options?: { key: string; label: string }[];
  required?: boolean;
  requiredFromStatusId?: string | null;
  default?: unknown;
};

export type StatusRef = { id: string; name: string; group: string; probability: number };

export type Card = {
  id: string;
  moduleId: string;
  statusId: string;
  title: string;
  ownerId: string;
  contactId: string | null;
  fields: Record<string, unknown>;
  rank: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

/** Adds a custom field through the API; returns its id. */
export async function addField(client: Client, moduleId: string, body: FieldBody) {
  const response = await client.request('POST', `/api/v1/modules/${moduleId}/fields`, body);
  if (response.statusCode !== 201) {
    throw new Error(`field not created: ${response.statusCode} ${response.body}`);
  }
  return response.json().id as string;
}

export async function statusesOf(client: Client, moduleId: string): Promise<StatusRef[]> {
  const response = await client.request('GET', `/api/v1/modules/${moduleId}`);
  if (response.statusCode !== 200) throw new Error(`no module: ${response.body}`);
  return response.json().statuses;
}

export const CHOICES = [
  { key: 'web', label: 'Website' },
  { key: 'referral', label: 'Referral' },
  { key: 'fair', label: 'Trade fair' },
];

/** One field of every type, its key the type's name. */
export const EVERY_TYPE: FieldBody[] = FIELD_TYPES.map((type) => ({
  key: type,
  label: `The ${type.replace('_', ' ')}`,
  type,
  ...(type.endsWith('_choice') && { options: CHOICES }),
}));

/** A blank module (statuses New 10 %, In progress 50 %, Done 100 %) with the fields given. */
export async function moduleWithFields(client: Client, fields: FieldBody[], name = 'Deals') {
  const moduleId = await addModule(client, { name, template: 'blank' });
  for (const field of fields) await addField(client, moduleId, field);
  return { moduleId, statuses: await statusesOf(client, moduleId) };
}

/** Creates a card through the API; throws unless 201. */
export async function createCard(
  client: Client,
  moduleId: string,
  body: Record<string, unknown>,
): Promise<Card> {
  const response = await client.request('POST', `/api/v1/modules/${moduleId}/cards`, body);
  if (response.statusCode !== 201) {
    throw new Error(`card not created: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

export async function readCard(client: Client, cardId: string): Promise<Card> {
  const response = await client.request('GET', `/api/v1/cards/${cardId}`);
  if (response.statusCode !== 200) throw new Error(`no card: ${response.body}`);
  return response.json();
}

/** Changes a card at its current version; throws unless 200. */
export async function patchCard(
  client: Client,
  cardId: string,
  body: Record<string, unknown>,
): Promise<Card> {
  const { version } = await readCard(client, cardId);
  const response = await client.request('PATCH', `/api/v1/cards/${cardId}`, { version, ...body });
  if (response.statusCode !== 200) {
    throw new Error(`card not changed: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

/**
 * Everything a card write touches in one workspace, row by row: cards, the custom-field index,
 * the column totals, history and attachments. Equal before and after means nothing was written.
 */
export async function cardState(test: TestApp, workspaceId: string) {
  const rowsOf = (
    table: 'cards' | 'card_values' | 'status_totals' | 'status_money_totals' | 'card_history',
  ) => test.db.selectFrom(table).selectAll().where('workspace_id', '=', workspaceId).execute();
  const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
  const attachments = await test.db
    .selectFrom('attachments')
    .select(['id', 'card_id', 'file_name', 'size'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  return {
    cards: sorted(await rowsOf('cards')),
    values: sorted(await rowsOf('card_values')),
    totals: sorted(await rowsOf('status_totals')),
    moneyTotals: sorted(await rowsOf('status_money_totals')),
    history: sorted(await rowsOf('card_history')),
    attachments: sorted(attachments),
  };
}

type BoardColumn = {
  status: StatusRef;
  count: number;
  sum: { amount: string; currency: string } | null;
  weightedSum: { amount: string; currency: string } | null;
  otherSums: { amount: string; currency: string }[];
  cards: Card[];
  nextCursor: string | null;
};

export async function boardOf(client: Client, moduleId: string, query = '') {
  const response = await client.request('GET', `/api/v1/modules/${moduleId}/board${query}`);
  if (response.statusCode !== 200) throw new Error(`no board: ${response.body}`);
  return response.json() as { currency: string; cardFields: string[]; columns: BoardColumn[] };
}

/** Every page of a card list, following nextCursor; `between` runs before each next page. */
export async function walkList(
  client: Client,
  moduleId: string,
  query: string,
  between: () => Promise<void> = async () => {},
): Promise<Card[][]> {
  const pages: Card[][] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const response = await client.request(
      'GET',
      `/api/v1/modules/${moduleId}/cards?${query}${suffix}`,
    );
    if (response.statusCode !== 200) throw new Error(`list failed: ${response.body}`);
    const body = response.json() as { items: Card[]; nextCursor: string | null };
    pages.push(body.items);
    cursor = body.nextCursor;
    if (cursor) await between();
    if (pages.length > 1000) throw new Error('the list never ends');
  } while (cursor);
  return pages;
}

/** Sets a user inactive, as deactivation does. */
export async function deactivateUser(test: TestApp, userId: string) {
  await test.db.updateTable('users').set({ is_active: 0 }).where('id', '=', userId).execute();
}
