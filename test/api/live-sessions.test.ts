// Each server process keeps the sessions it has looked up until the next write to the database
// (features/auth/live-sessions.ts, SQLite; on PostgreSQL every request looks its session up).
// These tests run two server processes on one database: a session ended, or a user stopped,
// through one is refused by the other on its next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, signUp, type Client } from './clients';
import { signInAs } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let other: TestApp;
let second: Awaited<ReturnType<TestApp['secondServer']>>;

beforeAll(async () => {
  test = await startTestApp();
  second = await test.secondServer();
  other = { ...test, app: second.app };
});
afterAll(async () => {
  await test.close();
});

const onOther = (client: Client) =>
  clientFor(other, client.cookie, { ...client.me, csrfToken: client.csrfToken });

const status = async (client: Client) =>
  (await client.request('GET', '/api/v1/modules')).statusCode;

describe('sessions across server processes', () => {
  it('refuses a session signed out through the other process', async () => {
    const client = await signUp(test);
    expect(await status(client)).toBe(200);
    expect(await status(client)).toBe(200);
    expect((await onOther(client).request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect(await status(client)).toBe(401);
  });

  it('refuses the session of a user deactivated through the other process’s connection', async () => {
    const admin = await signUp(test);
    const leaver = await signInAs(test, admin.me.workspace.id, 'user');
    expect(await status(leaver)).toBe(200);
    expect(await status(leaver)).toBe(200);
    await second.db
      .updateTable('users')
      .set({ is_active: 0 })
      .where('id', '=', leaver.me.user.id)
      .execute();
    expect(await status(leaver)).toBe(401);
    expect(await status(admin)).toBe(200);
  });

  it('refuses a session once it expires, with nothing written meanwhile', async () => {
    const client = await signUp(test);
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    await second.db
      .updateTable('sessions')
      .set({ expires_at: expiresAt })
      .where('workspace_id', '=', client.me.workspace.id)
      .execute();
    expect(await status(client)).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(await status(client)).toBe(401);
  });
});
