// The company logo over HTTP on a real database: real image bytes in, the same bytes out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type Client } from './clients';
import { auditActions, detailPaths, TINY_GIF, TINY_JPEG, TINY_PNG, TINY_SVG } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

const LOGO = '/api/v1/settings/company/logo';
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

let test: TestApp;
beforeAll(async () => {
  test = await startTestApp();
});
afterAll(async () => {
  await test.close();
});

function putLogo(client: Client, bytes: Buffer, contentType: string) {
  return client.request('PUT', LOGO, bytes, { headers: { 'content-type': contentType } });
}

async function workspaceLogoUrl(client: Client) {
  const me = await client.request('GET', '/api/v1/auth/me');
  return me.json().workspace.logoUrl as string | null;
}

describe('PUT /api/v1/settings/company/logo', () => {
  it.each([
    ['a PNG', TINY_PNG, 'image/png', 'image/png'],
    ['a JPEG', TINY_JPEG, 'image/jpeg', 'image/jpeg'],
    ['an SVG', TINY_SVG, 'image/svg+xml', 'image/svg+xml'],
    ['a PNG sent as application/octet-stream', TINY_PNG, 'application/octet-stream', 'image/png'],
    [
      'an SVG sent as application/octet-stream',
      TINY_SVG,
      'application/octet-stream',
      'image/svg+xml',
    ],
  ])(
    'stores %s and serves the same bytes back with the type its content shows',
    async (_case, bytes, sentAs, servedAs) => {
      const client = await signUp(test);
      const response = await putLogo(client, bytes, sentAs);
      expect(response.statusCode).toBe(200);
      const { logoUrl } = response.json();
      expect(logoUrl).toMatch(/^\/api\/v1\/settings\/company\/logo\?v=\d+$/);
      expect(await workspaceLogoUrl(client)).toBe(logoUrl);

      const logo = await client.request('GET', logoUrl);
      expect(logo.statusCode).toBe(200);
      expect(logo.headers['content-type']).toBe(servedAs);
      expect(logo.rawPayload.equals(bytes)).toBe(true);
      expect(await auditActions(test, client.me.workspace.id)).toEqual(['settings.logo.updated']);
    },
  );

  it('serves an SVG sandboxed, so a script inside it cannot run', async () => {
    const client = await signUp(test);
    await putLogo(client, TINY_SVG, 'image/svg+xml');
    const logo = await client.request('GET', LOGO);
    expect(logo.headers['content-security-policy']).toContain('sandbox');
    expect(logo.headers['content-security-policy']).toContain("default-src 'none'");
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
  });

  it('replaces the previous logo', async () => {
    const client = await signUp(test);
    await putLogo(client, TINY_PNG, 'image/png');
    await putLogo(client, TINY_JPEG, 'image/jpeg');
    const logo = await client.request('GET', LOGO);
    expect(logo.headers['content-type']).toBe('image/jpeg');
    expect(logo.rawPayload.equals(TINY_JPEG)).toBe(true);
  });

  const tooLarge = Buffer.alloc(MAX_LOGO_BYTES + 1);
  TINY_PNG.copy(tooLarge);

  it.each([
    ['a text file sent as a PNG', Buffer.from('hello'), 'image/png', 400],
    ['a GIF', TINY_GIF, 'image/gif', 400],
    ['an HTML page', Buffer.from('<!doctype html><html><body>hi</body></html>'), 'text/html', 400],
    ['an HTML page sent as SVG', Buffer.from('<html><svg></svg></html>'), 'image/svg+xml', 400],
    ['an empty body', Buffer.alloc(0), 'image/png', 400],
    ['a PNG over 2 MB', tooLarge, 'image/png', 413],
  ])('refuses %s and keeps the previous logo', async (_case, bytes, contentType, status) => {
    const client = await signUp(test);
    const first = await putLogo(client, TINY_PNG, 'image/png');
    const logoUrl = first.json().logoUrl;

    const response = await putLogo(client, bytes, contentType);

    expect(response.statusCode).toBe(status);
    if (status === 400) expect(detailPaths(response.json())).toEqual(['logo']);
    expect(await workspaceLogoUrl(client)).toBe(logoUrl);
    const logo = await client.request('GET', LOGO);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(TINY_PNG)).toBe(true);
    expect(await auditActions(test, client.me.workspace.id)).toEqual(['settings.logo.updated']);
  });

  it('refuses a body with no content type at all', async () => {
    const client = await signUp(test);
    const response = await client.request('PUT', LOGO);
    expect(response.statusCode).toBe(400);
    expect(await workspaceLogoUrl(client)).toBeNull();
  });
});

describe('GET and DELETE /api/v1/settings/company/logo', () => {
  it('answers 404 while there is no logo', async () => {
    const client = await signUp(test);
    expect((await client.request('GET', LOGO)).statusCode).toBe(404);
  });

  it('removes the logo: 204, then the logo is gone and the workspace shows none', async () => {
    const client = await signUp(test);
    await putLogo(client, TINY_PNG, 'image/png');
    const response = await client.request('DELETE', LOGO);
    expect(response.statusCode).toBe(204);
    expect((await client.request('GET', LOGO)).statusCode).toBe(404);
    expect(await workspaceLogoUrl(client)).toBeNull();
    const settings = await client.request('GET', '/api/v1/settings/company');
    expect(settings.json().logoUrl).toBeNull();
    expect(await auditActions(test, client.me.workspace.id)).toEqual([
      'settings.logo.updated',
      'settings.logo.removed',
    ]);
  });
});
