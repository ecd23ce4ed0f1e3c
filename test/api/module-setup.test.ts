// A module's setup (its statuses, fields, who may open it, the workspace currency) is kept in
// memory by each server process (features/modules/module-setup.ts) and checked against the
// workspace's setup version, which triggers raise (migration 0004). These tests run two server
// processes on one database: a change made through one shows on the other's next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SETUP_TABLES } from '../../src/server/db/migrations/0004-setup-version';
import { newId, nowIso } from '../../src/server/ids';
import { clientFor, signUp, type Client } from './clients';
import {
  addField,
  boardOf,
  createCard,
  grantModule,
  moduleWithFields,
  patchCard,
  signInAs,
} from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let other: TestApp;
let admin: Client;
/** The same signed-in admin, calling the other server. */
let adminOnOther: Client;

beforeAll(async () => {
  test = await startTestApp();
  const second = await test.secondServer();
  other = { ...test, app: second.app };
  admin = await signUp(test);
  adminOnOther = onOther(admin);
});
afterAll(async () => {
  await test.close();
});

/** The same signed-in user, calling another server (by default the second one). */
function onOther(client: Client, server: TestApp = other): Client {
  return clientFor(server, client.cookie, { ...client.me, csrfToken: client.csrfToken });
}

async function setupVersion(workspaceId: string) {
  const row = await test.db
    .selectFrom('workspaces')
    .select('setup_version')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.setup_version);
}

describe('a module’s setup kept in memory', () => {
  it('is read once: later board, list, card, history and attachment calls run no setup statement', async () => {
    const { moduleId } = await moduleWithFields(admin, [
      { key: 'value', label: 'Value', type: 'money' },
    ]);
    const card = await createCard(admin, moduleId, { title: 'Kept' });
    const statements: string[][] = [];
    const server = await test.secondServer({ onTables: (tables) => statements.push(tables) });
    const client = onOther(admin, { ...test, app: server.app });
    const calls = [
      `/api/v1/modules/${moduleId}/board`,
      `/api/v1/modules/${moduleId}/cards?sort=-value`,
      `/api/v1/cards/${card.id}`,
      `/api/v1/cards/${card.id}/history`,
      `/api/v1/cards/${card.id}/attachments`,
    ];
    const setupTables = ['modules', 'statuses', 'fields', 'module_access', 'company_settings'];
    const readsSetup = () =>
      statements.some((tables) => tables.some((t) => setupTables.includes(t)));
    for (const url of calls) expect((await client.request('GET', url)).statusCode).toBe(200);
    expect(readsSetup()).toBe(true);
    statements.length = 0;
    for (const url of calls) expect((await client.request('GET', url)).statusCode).toBe(200);
    expect(statements.length).toBeGreaterThan(0);
    expect(readsSetup()).toBe(false);
  });
});

describe('a setup change made through one server', () => {
  it('renames a column on the other server’s board at once', async () => {
    const { moduleId, statuses } = await moduleWithFields(admin, []);
    const before = await boardOf(adminOnOther, moduleId);
    expect(before.columns[0]!.status.name).toBe('New');
    const renamed = await admin.request('PATCH', `/api/v1/statuses/${statuses[0]!.id}`, {
      name: 'Fresh',
    });
    expect(renamed.statusCode).toBe(200);
    const after = await boardOf(adminOnOther, moduleId);
    expect(after.columns[0]!.status.name).toBe('Fresh');
  });

  it('lets the other server filter and sort on a field added a moment ago', async () => {
    const { moduleId } = await moduleWithFields(admin, []);
    const url = `/api/v1/modules/${moduleId}/cards?filter[region]=north&sort=region`;
    const unknown = await adminOnOther.request('GET', url);
    expect(unknown.statusCode).toBe(400);
    await addField(admin, moduleId, { key: 'region', label: 'Region', type: 'text' });
    await createCard(admin, moduleId, { title: 'Nordic', fields: { region: 'north' } });
    const known = await adminOnOther.request('GET', url);
    expect(known.statusCode).toBe(200);
    expect(known.json().items.map((card: { title: string }) => card.title)).toEqual(['Nordic']);
  });

  it('marks cards idle on the other server as soon as the module flags idle cards', async () => {
    const { moduleId } = await moduleWithFields(admin, []);
    const card = await createCard(admin, moduleId, { title: 'Quiet' });
    await test.db
      .updateTable('cards')
      .set({ updated_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', card.id)
      .execute();
    const read = async () => (await adminOnOther.request('GET', `/api/v1/cards/${card.id}`)).json();
    expect((await read()).stale).toBe(false);
    const flagged = await admin.request('PATCH', `/api/v1/modules/${moduleId}`, { idleDays: 30 });
    expect(flagged.statusCode).toBe(200);
    expect((await read()).stale).toBe(true);
  });

  it('changes the board sums’ currency on the other server with the company currency', async () => {
    const client = await signUp(test);
    const { moduleId } = await moduleWithFields(client, [
      { key: 'value', label: 'Value', type: 'money' },
    ]);
    await createCard(client, moduleId, {
      title: 'In euro',
      fields: { value: { amount: '10.00', currency: 'EUR' } },
    });
    const sumOf = async () => (await boardOf(onOther(client), moduleId)).columns[0]!.sum;
    expect(await sumOf()).toEqual({ amount: '0.00', currency: 'RON' });
    const changed = await client.request('PATCH', '/api/v1/settings/company', { currency: 'EUR' });
    expect(changed.statusCode).toBe(200);
    expect(await sumOf()).toEqual({ amount: '10.00', currency: 'EUR' });
  });

  it('opens and closes a module to a restricted user on the other server', async () => {
    const { moduleId } = await moduleWithFields(admin, []);
    const restricted = await signInAs(test, admin.me.workspace.id, 'restricted');
    const board = () => onOther(restricted).request('GET', `/api/v1/modules/${moduleId}/board`);
    expect((await board()).statusCode).toBe(404);
    await grantModule(test, {
      workspaceId: admin.me.workspace.id,
      userId: restricted.me.user.id,
      moduleId,
      access: 'read',
    });
    expect((await board()).statusCode).toBe(200);
    await test.db
      .deleteFrom('module_access')
      .where('user_id', '=', restricted.me.user.id)
      .where('module_id', '=', moduleId)
      .execute();
    expect((await board()).statusCode).toBe(404);
  });

  it('refuses new cards on the other server as soon as the module is archived (writes read the setup afresh)', async () => {
    const { moduleId } = await moduleWithFields(admin, []);
    await boardOf(adminOnOther, moduleId);
    const archived = await admin.request('PATCH', `/api/v1/modules/${moduleId}`, {
      archived: true,
    });
    expect(archived.statusCode).toBe(200);
    const created = await adminOnOther.request('POST', `/api/v1/modules/${moduleId}/cards`, {
      title: 'Too late',
    });
    expect(created.statusCode).toBe(409);
  });
});

describe('the setup version', () => {
  /** One row of each setup table in the admin's workspace, and how to change it. */
  function setupRows(moduleId: string) {
    const workspaceId = admin.me.workspace.id;
    const now = nowIso();
    const moduleRow = {
      id: newId(),
      workspace_id: workspaceId,
      name: 'Extra',
      template: 'blank',
      position: 9,
      created_at: now,
      updated_at: now,
    };
    const status = {
      id: newId(),
      workspace_id: workspaceId,
      module_id: moduleId,
      name: 'Extra',
      group_name: 'open' as const,
      color: 'blue',
      probability: 20,
      position: 9,
      created_at: now,
    };
    const field = {
      id: newId(),
      workspace_id: workspaceId,
      module_id: moduleId,
      key: 'extra',
      label: 'Extra',
      type: 'text' as const,
      section: 'Main',
      position: 9,
      created_at: now,
    };
    const grant = {
      workspace_id: workspaceId,
      user_id: admin.me.user.id,
      module_id: moduleId,
      access: 'read',
    };
    const db = test.db;
    return {
      modules: [
        () => db.insertInto('modules').values(moduleRow).execute(),
        () =>
          db.updateTable('modules').set({ position: 10 }).where('id', '=', moduleRow.id).execute(),
        () => db.deleteFrom('modules').where('id', '=', moduleRow.id).execute(),
      ],
      statuses: [
        () => db.insertInto('statuses').values(status).execute(),
        () =>
          db.updateTable('statuses').set({ position: 10 }).where('id', '=', status.id).execute(),
        () => db.deleteFrom('statuses').where('id', '=', status.id).execute(),
      ],
      fields: [
        () => db.insertInto('fields').values(field).execute(),
        () => db.updateTable('fields').set({ label: 'More' }).where('id', '=', field.id).execute(),
        () => db.deleteFrom('fields').where('id', '=', field.id).execute(),
      ],
      module_access: [
        () => db.insertInto('module_access').values(grant).execute(),
        () =>
          db
            .updateTable('module_access')
            .set({ access: 'write' })
            .where('user_id', '=', grant.user_id)
            .execute(),
        () => db.deleteFrom('module_access').where('user_id', '=', grant.user_id).execute(),
      ],
      // A workspace's settings row lives as long as the workspace.
      company_settings: [
        () =>
          db
            .updateTable('company_settings')
            .set({ name: 'Renamed SRL' })
            .where('workspace_id', '=', workspaceId)
            .execute(),
      ],
    } satisfies Record<(typeof SETUP_TABLES)[number], (() => Promise<unknown>)[]>;
  }

  it('rises with every insert, update and delete on each setup table, in its workspace only', async () => {
    const { moduleId } = await moduleWithFields(admin, []);
    const bystander = await signUp(test);
    const theirs = await setupVersion(bystander.me.workspace.id);
    for (const [table, steps] of Object.entries(setupRows(moduleId))) {
      for (const [index, step] of steps.entries()) {
        const before = await setupVersion(admin.me.workspace.id);
        await step();
        expect(await setupVersion(admin.me.workspace.id), `${table} step ${index}`).toBe(
          before + 1,
        );
      }
    }
    expect(await setupVersion(bystander.me.workspace.id)).toBe(theirs);
  });

  it('stays put while cards are created, changed and moved', async () => {
    const { moduleId, statuses } = await moduleWithFields(admin, [
      { key: 'note', label: 'Note', type: 'text' },
    ]);
    const before = await setupVersion(admin.me.workspace.id);
    const card = await createCard(admin, moduleId, { title: 'Busy', fields: { note: 'a' } });
    await patchCard(admin, card.id, { fields: { note: 'b' } });
    await patchCard(admin, card.id, { statusId: statuses[1]!.id });
    expect(await setupVersion(admin.me.workspace.id)).toBe(before);
  });

  it.runIf(process.env.CARTA_TEST_DB === 'postgres')(
    'lets two setup changes that touch each other’s rows queue rather than deadlock',
    async () => {
      const { moduleId, statuses } = await moduleWithFields(admin, [
        { key: 'region', label: 'Region', type: 'text' },
      ]);
      const field = await test.db
        .selectFrom('fields')
        .select('id')
        .where('module_id', '=', moduleId)
        .executeTakeFirstOrThrow();
      const statusId = statuses[0]!.id;
      let statusTaken = () => {};
      const statusIsTaken = new Promise<void>((resolve) => (statusTaken = resolve));
      // The second change holds a status and then wants the field the first one holds: had the
      // first taken the workspace row with its field, each would wait for the other.
      const second = test.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('statuses')
          .set({ name: 'Second' })
          .where('id', '=', statusId)
          .execute();
        statusTaken();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await trx
          .updateTable('fields')
          .set({ label: 'Second' })
          .where('id', '=', field.id)
          .execute();
      });
      const first = test.db.transaction().execute(async (trx) => {
        await statusIsTaken;
        await trx
          .updateTable('fields')
          .set({ label: 'First' })
          .where('id', '=', field.id)
          .execute();
      });
      const outcomes = await Promise.allSettled([first, second]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    },
  );
});
