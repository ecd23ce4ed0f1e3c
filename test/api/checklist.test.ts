// The Start-here checklist over HTTP on a real database: each step ticks from live data alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import { addModule, deactivateUser, grantModule, insertUser } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

type Step = { step: number; key: string; done: boolean; href: string };

async function checklistOf(client: Client): Promise<{ steps: Step[]; doneCount: number }> {
  const response = await client.request('GET', '/api/v1/checklist');
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** The numbers of the steps ticked. */
async function doneSteps(client: Client): Promise<number[]> {
  const { steps, doneCount } = await checklistOf(client);
  const done = steps.filter((s) => s.done).map((s) => s.step);
  expect(doneCount).toBe(done.length);
  return done;
}

describe('GET /api/v1/checklist', () => {
  it('lists the seven steps in order, each linking to the page that does it', async () => {
    const client = await signUp(test);
    const { steps } = await checklistOf(client);
    expect(steps.map(({ step, key, href }) => ({ step, key, href }))).toEqual([
      { step: 1, key: 'company', href: '/settings/company' },
      { step: 2, key: 'modules', href: '/settings/modules' },
      { step: 3, key: 'pipeline', href: '/settings/modules' },
      { step: 4, key: 'fields', href: '/settings/modules' },
      { step: 5, key: 'taskTypes', href: '/settings/modules' },
      { step: 6, key: 'users', href: '/settings/users' },
      { step: 7, key: 'rights', href: '/settings/users' },
    ]);
  });

  it('ticks nothing in a fresh workspace without modules', async () => {
    const client = await signUp(test, { modules: [] });
    expect(await doneSteps(client)).toEqual([]);
  });

  it('ticks modules, pipeline, fields and task types once a sales module is added', async () => {
    const client = await signUp(test);
    await addModule(client, { name: 'Vânzări', template: 'sales' });
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5]);
  });

  it('un-ticks the steps a blank module lacks, and ticks them again when it is archived', async () => {
    const client = await signUp(test);
    await addModule(client, { name: 'Vânzări', template: 'sales' });
    const blank = await addModule(client, { name: 'Own procedure', template: 'blank' });

    // The blank pipeline has no lost status, and no fields or task types.
    expect(await doneSteps(client)).toEqual([2]);

    const archived = await client.request('DELETE', `/api/v1/modules/${blank}`);
    expect(archived.statusCode).toBe(200);
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5]);
  });

  it('ticks nothing but "modules" when the only module is blank', async () => {
    const client = await signUp(test);
    await addModule(client, { name: 'Own procedure', template: 'blank' });
    expect(await doneSteps(client)).toEqual([2]);
  });

  it('un-ticks steps 2 to 5 when the last module is archived', async () => {
    const client = await signUp(test);
    const sales = await addModule(client, { name: 'Vânzări', template: 'sales' });
    await client.request('DELETE', `/api/v1/modules/${sales}`);
    expect(await doneSteps(client)).toEqual([]);
  });

  const COLUMN_OF = {
    name: 'name',
    taxId: 'tax_id',
    address: 'address',
    city: 'city',
    email: 'email',
  } as const;

  it.each(Object.keys(COLUMN_OF) as (keyof typeof COLUMN_OF)[])(
    'ticks the company step with the legal data filled, and un-ticks it when %s is empty',
    async (field) => {
      const client = await signUp(test);
      const filled = await client.request('PATCH', '/api/v1/settings/company', {
        taxId: 'RO18547290',
        address: 'Str. Exemplului 1',
        city: 'București',
        email: 'office@firma.ro',
      });
      expect(filled.statusCode).toBe(200);
      expect(await doneSteps(client)).toEqual([1]);

      // The name cannot be emptied through the API, so the row itself is edited.
      await test.db
        .updateTable('company_settings')
        .set({ [COLUMN_OF[field]]: '' })
        .where('workspace_id', '=', client.me.workspace.id)
        .execute();
      expect(await doneSteps(client)).toEqual([]);
    },
  );

  it('ticks users once another active user exists, and rights once every non-admin has a module', async () => {
    const client = await signUp(test);
    const workspaceId = client.me.workspace.id;
    const sales = await addModule(client, { name: 'Vânzări', template: 'sales' });
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5]);

    const colleague = await insertUser(test, workspaceId, 'user');
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5, 6]);

    await grantModule(test, { workspaceId, userId: colleague.id, moduleId: sales, access: 'read' });
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5, 6, 7]);

    // A second colleague without any module un-ticks the rights step again.
    await insertUser(test, workspaceId, 'manager');
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5, 6]);
  });

  it('does not count access to an archived module as a right', async () => {
    const client = await signUp(test);
    const workspaceId = client.me.workspace.id;
    await addModule(client, { name: 'Vânzări', template: 'sales' });
    const old = await addModule(client, { name: 'Proiecte', template: 'projects' });
    const colleague = await insertUser(test, workspaceId, 'user');
    await grantModule(test, { workspaceId, userId: colleague.id, moduleId: old, access: 'write' });
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5, 6, 7]);

    await client.request('DELETE', `/api/v1/modules/${old}`);
    expect(await doneSteps(client)).toEqual([2, 3, 4, 5, 6]);
  });

  it('does not count a deactivated colleague as a user', async () => {
    const client = await signUp(test);
    const colleague = await insertUser(test, client.me.workspace.id, 'user');
    await deactivateUser(test, colleague.id);
    expect(await doneSteps(client)).toEqual([]);
  });
});
