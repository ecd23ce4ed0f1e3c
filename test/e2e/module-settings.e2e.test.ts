// A module's settings in a real browser: the pipeline editor (add, drag, rename, recolour, remove
// a status that holds cards), the field editor (yes/no required from a status, a single choice
// whose option is renamed) and the idle days.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './browser-harness';
import { byTestId, ROOT, screenshot, SCREENSHOTS } from './page-tools';

const ADMIN = { name: 'Radu Ionescu', email: 'radu@atelier-nord.ro', password: 'munte-albastru-7' };

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
  await mkdir(SCREENSHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await harness?.stop();
});

const statusRow = (page: Page, name: string) =>
  page.locator(`[data-testid="status-row"][data-status-name="${name}"]`);
const fieldRow = (page: Page, key: string) =>
  page.locator(`[data-testid="field-row"][data-field-key="${key}"]`);

async function statusNames(page: Page): Promise<string[]> {
  return byTestId(page, 'status-row').evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-status-name') ?? ''),
  );
}

/** Waits for the API answer to a write, so the next step sees it stored. */
function apiWrite(page: Page, method: string, pathPart: string) {
  return page.waitForResponse(
    (response) =>
      response.request().method() === method &&
      response.url().includes(pathPart) &&
      response.status() < 400,
  );
}

/** Marks the test's own reads, so they are told apart from the app's. */
const TEST_READ = 'x-test-read';

/** A GET of the API from the page, with the session's cookie. */
async function apiGet<T>(page: Page, apiPath: string): Promise<T> {
  return page.evaluate(
    async ({ url, header }) => (await fetch(url, { headers: { [header]: '1' } })).json(),
    { url: `/api/v1${apiPath}`, header: TEST_READ },
  ) as Promise<T>;
}

/** A card made through the API (the board is another screen), as a script would make it. */
async function createCard(
  page: Page,
  moduleId: string,
  card: { title: string; statusId: string; fields?: Record<string, unknown> },
) {
  const status = await page.evaluate(
    async ({ moduleId, card }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1/modules/${moduleId}/cards`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify(card),
      });
      return response.status;
    },
    { moduleId, card },
  );
  expect(status).toBe(201);
}

/** Drags a row by its handle until it sits where `target` is (dnd-kit needs real pointer moves). */
async function dragHandleTo(page: Page, handle: string, target: string) {
  const from = await page.locator(handle).boundingBox();
  const to = await page.locator(target).boundingBox();
  if (!from || !to) throw new Error('drag handle or target is not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 8, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height / 2 - 4, { steps: 20 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

type Status = { id: string; name: string; color: string; probability: number; group: string };
type Field = {
  key: string;
  label: string;
  type: string;
  default: unknown;
  requiredFromStatusId: string | null;
  options: { key: string; label: string }[] | null;
};

describe('module settings in the browser', () => {
  it('edits the pipeline, the fields and the idle days of the Sales module', async () => {
    const { page } = harness;

    // The settings read a module's statuses from its detail, never from /statuses as well.
    const statusListReads: string[] = [];
    page.on('request', (request) => {
      const read = request.method() === 'GET' && !request.headers()[TEST_READ];
      if (read && /\/statuses$/.test(new URL(request.url()).pathname)) {
        statusListReads.push(request.url());
      }
    });

    // Sign-up with the Sales module (pre-ticked) and no sample cards.
    await page.goto('/signup');
    await byTestId(page, 'signup-locale').click();
    await page.getByRole('option', { name: 'English' }).click();
    await byTestId(page, 'signup-company').fill('Atelier Nord SRL');
    await byTestId(page, 'signup-name').fill(ADMIN.name);
    await byTestId(page, 'signup-email').fill(ADMIN.email);
    await byTestId(page, 'signup-password').fill(ADMIN.password);
    await byTestId(page, 'signup-sample-data').uncheck({ force: true });
    await byTestId(page, 'signup-submit').click();
    await page.waitForURL('**/start');

    // Start here, step 3 opens the only module's pipeline.
    await byTestId(page, 'checklist-step-3').click();
    await page.waitForURL('**/modules/*/settings?tab=pipeline');
    const moduleId = new URL(page.url()).pathname.split('/')[2]!;
    await statusRow(page, 'New lead').waitFor();
    expect(await statusNames(page)).toEqual([
      'New lead',
      'Contacted',
      'Needs analysis',
      'Offer sent',
      'Negotiation',
      'Won',
      'Lost',
    ]);

    // Add "Demo scheduled" in the open group: it comes last.
    await byTestId(page, 'status-add-name').fill('Demo scheduled');
    await byTestId(page, 'status-add-group').click();
    await page.getByRole('option', { name: 'Open' }).click();
    await byTestId(page, 'status-add-submit').click();
    await statusRow(page, 'Demo scheduled').waitFor();
    expect((await statusNames(page)).at(-1)).toBe('Demo scheduled');
    expect(await statusRow(page, 'Demo scheduled').getAttribute('data-status-group')).toBe('open');

    // Drag it up to sit after "Contacted"; the order survives a reload.
    const reordered = apiWrite(page, 'PUT', '/statuses/order');
    await dragHandleTo(
      page,
      '[data-testid="status-row"][data-status-name="Demo scheduled"] [data-testid="status-drag-handle"]',
      '[data-testid="status-row"][data-status-name="Needs analysis"]',
    );
    await reordered;
    await page.reload();
    await statusRow(page, 'New lead').waitFor();
    expect(await statusNames(page)).toEqual([
      'New lead',
      'Contacted',
      'Demo scheduled',
      'Needs analysis',
      'Offer sent',
      'Negotiation',
      'Won',
      'Lost',
    ]);

    // Rename "Needs analysis" in place, recolour it from the swatches, set its probability.
    const nameInput = statusRow(page, 'Needs analysis').locator(
      '[data-testid="status-name-input"]',
    );
    await nameInput.fill('Discovery');
    const renamed = apiWrite(page, 'PATCH', '/statuses/');
    await nameInput.press('Enter');
    await renamed;
    await statusRow(page, 'Discovery').waitFor();
    await statusRow(page, 'Discovery').locator('[data-testid="status-color-input"]').click();
    const recoloured = apiWrite(page, 'PATCH', '/statuses/');
    await page.locator('button[data-swatch][aria-label="#e64980"]').click();
    await recoloured;
    const probability = statusRow(page, 'Discovery').locator(
      '[data-testid="status-probability-input"]',
    );
    await probability.fill('35');
    const reweighted = apiWrite(page, 'PATCH', '/statuses/');
    await probability.press('Enter');
    await reweighted;
    const statuses = (await apiGet<{ items: Status[] }>(page, `/modules/${moduleId}/statuses`))
      .items;
    const discovery = statuses.find((status) => status.name === 'Discovery');
    expect(discovery).toMatchObject({ color: '#e64980', probability: 35, group: 'open' });
    await screenshot(page, 'pipeline-editor.png');

    // A status holding a card asks where the card goes, then moves it and goes.
    await createCard(page, moduleId, { title: 'Atelier Nord website', statusId: discovery!.id });
    await page.reload();
    await statusRow(page, 'Discovery').waitFor();
    expect(
      await statusRow(page, 'Discovery')
        .locator('[data-testid="status-card-count"]')
        .getAttribute('data-count'),
    ).toBe('1');
    await statusRow(page, 'Discovery').locator('[data-testid="status-delete"]').click();
    await byTestId(page, 'status-move-to-select').click();
    await page.getByRole('option', { name: /^Contacted/ }).click();
    const removed = apiWrite(page, 'DELETE', '/statuses/');
    await byTestId(page, 'status-delete-confirm').click();
    const removal = await removed;
    expect(removal.url()).toContain('moveTo=');
    await statusRow(page, 'Discovery').waitFor({ state: 'detached' });
    await page.waitForSelector(
      '[data-testid="status-row"][data-status-name="Contacted"] [data-testid="status-card-count"][data-count="1"]',
    );

    // Fields: a yes/no field required from "Offer sent".
    await byTestId(page, 'module-settings-tab-fields').click();
    await page.waitForURL('**/settings?tab=fields');
    await byTestId(page, 'field-add').click();
    await byTestId(page, 'field-label-input').fill('Budget aprobat');
    expect(await byTestId(page, 'field-key-input').inputValue()).toBe('budget_aprobat');
    await byTestId(page, 'field-type-select').click();
    await page.getByRole('option', { name: 'Yes / no' }).click();
    await byTestId(page, 'field-required-from-select').click();
    await page.getByRole('option', { name: 'Offer sent' }).click();
    await byTestId(page, 'field-submit').click();
    await fieldRow(page, 'budget_aprobat').waitFor();
    expect(
      await fieldRow(page, 'budget_aprobat')
        .locator('[data-testid="field-required-from"]')
        .textContent(),
    ).toContain('Offer sent');

    // A single choice field with three options; then one option is renamed, keeping its key.
    await byTestId(page, 'field-add').click();
    await byTestId(page, 'field-label-input').fill('Lead source');
    await byTestId(page, 'field-type-select').click();
    await page.getByRole('option', { name: 'Single choice' }).click();
    await byTestId(page, 'field-option-input').nth(0).fill('Website');
    await byTestId(page, 'field-option-add').click();
    await byTestId(page, 'field-option-input').nth(1).fill('Referral');
    await byTestId(page, 'field-option-input').nth(1).press('Enter');
    await byTestId(page, 'field-option-input').nth(2).fill('Trade fair');
    expect(await byTestId(page, 'field-option-key').nth(2).textContent()).toContain('trade_fair');
    await screenshot(page, 'field-add-modal.png');
    await byTestId(page, 'field-submit').click();
    await fieldRow(page, 'lead_source').waitFor();
    await screenshot(page, 'field-editor.png');

    await fieldRow(page, 'lead_source').locator('[data-testid="field-edit"]').click();
    await page
      .locator('[data-testid="field-edit-drawer"] [data-testid="field-key-input"]')
      .waitFor();
    expect(await byTestId(page, 'field-key-input').getAttribute('readonly')).not.toBeNull();
    await byTestId(page, 'field-option-input').nth(2).fill('Trade show');
    const optionRenamed = apiWrite(page, 'PATCH', '/fields/');
    await byTestId(page, 'field-submit').click();
    await optionRenamed;
    await page.waitForSelector(
      '[data-testid="field-row"][data-field-key="lead_source"] [data-testid="field-option-list"]:has-text("Trade show")',
    );
    const fields = (await apiGet<{ items: Field[] }>(page, `/modules/${moduleId}/fields`)).items;
    const offerSent = statuses.find((status) => status.name === 'Offer sent');
    expect(fields.find((field) => field.key === 'budget_aprobat')).toMatchObject({
      type: 'boolean',
      requiredFromStatusId: offerSent?.id,
    });
    expect(fields.find((field) => field.key === 'lead_source')?.options).toEqual([
      { key: 'website', label: 'Website' },
      { key: 'referral', label: 'Referral' },
      { key: 'trade_fair', label: 'Trade show' },
    ]);

    // With a card holding "Referral", removing that option or changing the type is refused.
    const contacted = statuses.find((status) => status.name === 'Contacted');
    await createCard(page, moduleId, {
      title: 'Brutăria Sălaj',
      statusId: contacted!.id,
      fields: { lead_source: 'referral' },
    });
    await fieldRow(page, 'lead_source').locator('[data-testid="field-edit"]').click();
    await byTestId(page, 'field-option-remove').nth(1).click();
    await byTestId(page, 'field-submit').click();
    expect(await byTestId(page, 'field-refusal').textContent()).toContain('“Referral”');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await byTestId(page, 'field-option-input').first().waitFor({ state: 'detached' });
    await fieldRow(page, 'lead_source').locator('[data-testid="field-edit"]').click();
    await byTestId(page, 'field-type-select').click();
    await page.getByRole('option', { name: 'Number' }).click();
    await byTestId(page, 'field-submit').click();
    expect(await byTestId(page, 'field-refusal').textContent()).toContain(
      'The type was not changed',
    );
    await screenshot(page, 'field-edit-refused.png');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A field with data is archived, not deleted, and comes back with Restore.
    await fieldRow(page, 'lead_source').locator('[data-testid="field-delete"]').click();
    await page.getByRole('dialog').getByText('values are kept', { exact: false }).waitFor();
    await byTestId(page, 'field-delete-confirm').click();
    await fieldRow(page, 'lead_source').waitFor({ state: 'detached' });
    await byTestId(page, 'archived-fields-toggle').click();
    const archivedRow = page.locator(
      '[data-testid="archived-field-row"][data-field-key="lead_source"]',
    );
    await archivedRow.locator('[data-testid="field-restore"]').click();
    await fieldRow(page, 'lead_source').waitFor();
    await archivedRow.waitFor({ state: 'detached' });

    // Fields: "down" on the first field puts it second, in one request, and it stays so.
    await byTestId(page, 'module-settings-tab-fields').click();
    const keysInOrder = () =>
      page
        .locator('[data-testid="field-row"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field-key')));
    const [firstKey, secondKey] = await keysInOrder();
    const fieldsReordered = apiWrite(page, 'PUT', `/modules/${moduleId}/fields/order`);
    await byTestId(page, 'field-move-down').first().click();
    await fieldsReordered;
    await page.reload();
    await page.locator('[data-testid="field-row"]').first().waitFor();
    expect((await keysInOrder()).slice(0, 2)).toEqual([secondKey, firstKey]);

    // General: cards idle for 14 days are flagged; the value is kept.
    await byTestId(page, 'module-settings-tab-general').click();
    await byTestId(page, 'module-settings-idle-days').fill('14');
    const saved = apiWrite(page, 'PATCH', `/modules/${moduleId}`);
    await byTestId(page, 'module-settings-save').click();
    await saved;
    await page.reload();
    expect(await byTestId(page, 'module-settings-idle-days').inputValue()).toBe('14');
    const module = await apiGet<{ idleDays: number | null }>(page, `/modules/${moduleId}`);
    expect(module.idleDays).toBe(14);

    // In Romanian the editors read in Romanian, field types included.
    await byTestId(page, 'lang-switch').getByText('RO', { exact: true }).click();
    await byTestId(page, 'module-settings-tab-pipeline').click();
    await page.getByText('Adaugă status').waitFor();
    await screenshot(page, 'pipeline-editor-ro.png');
    await byTestId(page, 'module-settings-tab-fields').click();
    await byTestId(page, 'field-add').click();
    await byTestId(page, 'field-type-select').click();
    await page.getByRole('option', { name: 'Alegere multiplă' }).click();
    await screenshot(page, 'field-add-modal-ro.png');
    // A date default is typed and shown as Romanians write dates, on a Romanian calendar.
    await byTestId(page, 'field-type-select').click();
    await page.getByRole('option', { name: 'Dată', exact: true }).click();
    const defaultDate = byTestId(page, 'field-default-input');
    await defaultDate.pressSequentially('01.03.2027');
    await page.getByText('martie 2027').waitFor();
    await screenshot(page, 'field-default-date-ro.png');
    expect(await defaultDate.inputValue()).toBe('01.03.2027');
    await byTestId(page, 'field-label-input').fill('Termen de livrare');
    const dateFieldAdded = apiWrite(page, 'POST', `/modules/${moduleId}/fields`);
    await byTestId(page, 'field-submit').click();
    await dateFieldAdded;
    const withDate = (await apiGet<{ items: Field[] }>(page, `/modules/${moduleId}/fields`)).items;
    expect(withDate.find((field) => field.label === 'Termen de livrare')?.default).toBe(
      '2027-03-01',
    );

    await copyFile(
      path.join(SCREENSHOTS, 'field-editor.png'),
      path.join(ROOT, 'docs/field-editor.png'),
    );
    expect(statusListReads).toEqual([]);
  });
});
