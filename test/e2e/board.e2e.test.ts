// The board and the card page in a real browser: create a card, drag it into a status whose
// required field is empty (refused, put back), fill the field on the card page, drag again, then
// the history, a comment, a file, the trash and back; a move made with the keyboard alone; file
// and contact fields; and a refused value explained in Romanian.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './browser-harness';
import { byTestId, ROOT, screenshot, SCREENSHOTS } from './page-tools';

const ADMIN = { name: 'Ana Pop', email: 'ana@mobila-verde.ro', password: 'stejar-inalt-2026' };
const DEAL = 'Showroom furniture – Cluj';

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
  await mkdir(SCREENSHOTS, { recursive: true });
  // Wide enough that the fourth column is nowhere near the edge where dragging scrolls the board.
  await harness.page.setViewportSize({ width: 1920, height: 1000 });
}, 90_000);

afterAll(async () => {
  await harness?.stop();
});

const column = (page: Page, status: string) =>
  page.locator(`[data-testid="board-column"][data-status-name="${status}"]`);
const boardCard = (page: Page, title: string) =>
  page.locator(`[data-testid="board-card"][data-card-title="${title}"]`);
/** The Mantine wrapper of an input: its label, description and error. */
const inputWrapper = (input: Locator) =>
  input.locator('xpath=ancestor::div[contains(@class, "mantine-InputWrapper-root")][1]');
const cardIn = (page: Page, status: string, title: string) =>
  column(page, status).locator(`[data-testid="board-card"][data-card-title="${title}"]`);

function apiAnswer(page: Page, method: string, pathPart: string) {
  return page.waitForResponse(
    (response) => response.request().method() === method && response.url().includes(pathPart),
  );
}

/** An API call from the page with the session's cookie, as a script would make it. */
async function apiCall<T>(page: Page, method: string, apiPath: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const response = await fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { method, url: `/api/v1${apiPath}`, body },
  ) as Promise<{ status: number; body: T }>;
}

/**
 * Drags a card with real pointer moves (dnd-kit listens to pointer events) to a point: into a
 * column (below its header), or onto the upper part of another card to land above it.
 */
async function dragCard(page: Page, title: string, target: { status: string } | { above: string }) {
  const from = await boardCard(page, title).boundingBox();
  const to = await (
    'status' in target ? column(page, target.status) : boardCard(page, target.above)
  ).boundingBox();
  if (!from || !to) throw new Error(`card "${title}" or its target is not visible`);
  const end =
    'status' in target
      ? { x: to.x + to.width / 2, y: to.y + 150 }
      : { x: to.x + to.width / 2, y: to.y + to.height * 0.2 };
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 6, start.y + 6, { steps: 3 }); // past the activation distance
  await page.mouse.move(end.x, end.y - 10, { steps: 20 });
  await page.mouse.move(end.x, end.y, { steps: 3 });
  await page.mouse.up();
}

type Module = { id: string; statuses: { id: string; name: string }[] };

describe('the board in the browser', () => {
  let moduleId = '';

  it('moves a card through the pipeline, refusing a status whose field is empty', async () => {
    const { page } = harness;

    // Sign-up with the Sales module and no sample data.
    await page.goto('/signup');
    await byTestId(page, 'signup-locale').click();
    await page.getByRole('option', { name: 'English' }).click();
    await byTestId(page, 'signup-company').fill('Mobila Verde SRL');
    await byTestId(page, 'signup-name').fill(ADMIN.name);
    await byTestId(page, 'signup-email').fill(ADMIN.email);
    await byTestId(page, 'signup-password').fill(ADMIN.password);
    await byTestId(page, 'signup-sample-data').setChecked(false, { force: true });
    await byTestId(page, 'signup-submit').click();
    await page.waitForURL('**/start');

    // A few cards made by a script, so the board has something around ours.
    const modules = await apiCall<{ items: { id: string }[] }>(page, 'GET', '/modules');
    moduleId = modules.body.items[0]!.id;
    const module = (await apiCall<Module>(page, 'GET', `/modules/${moduleId}`)).body;
    const statusId = (name: string) => module.statuses.find((s) => s.name === name)!.id;
    for (const card of [
      {
        title: 'Fleet app maintenance',
        status: 'Needs analysis',
        fields: { expected_close: '2027-01-29', product_interest: ['support'] },
      },
      {
        title: 'Shipment tracking platform',
        status: 'Negotiation',
        fields: { value: { amount: '12500', currency: 'EUR' }, source: 'partner' },
      },
      {
        title: 'Sales team training',
        status: 'Offer sent',
        fields: { value: { amount: '9800', currency: 'RON' }, expected_close: '2026-12-18' },
      },
      {
        title: 'Digitalisation consulting',
        status: 'Won',
        fields: { value: { amount: '36000', currency: 'RON' } },
      },
      { title: 'Annual licences – Agroserv', status: 'New lead', fields: { source: 'website' } },
    ]) {
      const made = await apiCall(page, 'POST', `/modules/${moduleId}/cards`, {
        title: card.title,
        statusId: statusId(card.status),
        fields: card.fields,
      });
      expect(made.status).toBe(201);
    }

    // The module opens on its board: a column per status.
    await page.locator('[data-testid="header-module-link"]:has-text("Sales")').click();
    await page.waitForURL(`**/modules/${moduleId}`);
    await column(page, 'Won').waitFor();
    expect(await byTestId(page, 'board-column').count()).toBe(7);

    // A new card in the first column.
    await column(page, 'New lead').locator('[data-testid="board-column-new-card"]').click();
    await byTestId(page, 'new-card-title').fill(DEAL);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'new-card.png') });
    const created = apiAnswer(page, 'POST', `/modules/${moduleId}/cards`);
    await byTestId(page, 'new-card-submit').click();
    expect((await created).status()).toBe(201);
    await cardIn(page, 'New lead', DEAL).waitFor();

    // Into "Offer sent", whose Value is required: refused, named, and put back.
    const refused = apiAnswer(page, 'PATCH', '/cards/');
    await dragCard(page, DEAL, { status: 'Offer sent' });
    expect((await refused).status()).toBe(400);
    const refusal = byTestId(page, 'move-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('“Value” must be filled in first');
    await cardIn(page, 'New lead', DEAL).waitFor();
    expect(await cardIn(page, 'Offer sent', DEAL).count()).toBe(0);
    await page.waitForTimeout(400); // the card settles back, the notification slides in
    await page.screenshot({ path: path.join(SCREENSHOTS, 'board-refused.png') });

    // The card opens from the refusal with the field to fill; fill it, back to the board.
    await byTestId(page, 'move-refusal-open').click();
    await page.waitForURL('**/cards/**');
    await byTestId(page, 'card-missing-alert').waitFor();
    const value = byTestId(page, 'card-field-value');
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'card-missing.png');
    await value.fill('18500');
    const saved = apiAnswer(page, 'PATCH', '/cards/');
    await value.press('Tab');
    expect((await saved).status()).toBe(200);
    await page.waitForSelector('[data-testid="card-field-value"]:not([aria-invalid="true"])');
    await byTestId(page, 'card-back').click();
    await page.waitForURL(`**/modules/${moduleId}`);

    // Dragged again, it lands, and the column's total counts it.
    const moved = apiAnswer(page, 'PATCH', '/cards/');
    await dragCard(page, DEAL, { status: 'Offer sent' });
    expect((await moved).status()).toBe(200);
    await cardIn(page, 'Offer sent', DEAL).waitFor();
    expect(await cardIn(page, 'New lead', DEAL).count()).toBe(0);
    const offerSum = column(page, 'Offer sent').locator('[data-testid="board-column-sum"]');
    await expect
      .poll(async () => (await offerSum.textContent())?.replace(/\s/g, ' '))
      .toContain('RON 28,300.00');
    expect(
      await column(page, 'Offer sent').locator('[data-testid="board-column-count"]').textContent(),
    ).toBe('2');

    // A card made in "Offer sent" asks for the Value that status requires.
    await column(page, 'Offer sent').locator('[data-testid="board-column-new-card"]').click();
    await byTestId(page, 'card-field-value').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await byTestId(page, 'card-field-value').waitFor({ state: 'detached' });

    const board = await screenshot(page, 'board.png');
    await mkdir(path.join(ROOT, 'docs'), { recursive: true });
    await copyFile(board, path.join(ROOT, 'docs/board.png'));
  }, 180_000);

  it('shows the move in the history, takes a comment and a file, and goes to the trash and back', async () => {
    const { page } = harness;
    await boardCard(page, DEAL).click();
    await page.waitForURL('**/cards/**');
    const statusChange = page.locator(
      '[data-testid="history-entry"]:has-text("changed Status from New lead to Offer sent")',
    );
    await statusChange.waitFor();
    expect(await statusChange.textContent()).toContain('Ana Pop');

    await byTestId(page, 'card-comment-input').fill('Called them: they want delivery in March.');
    await byTestId(page, 'card-comment-submit').click();
    await page.waitForSelector('[data-testid="history-entry"]:has-text("delivery in March")');

    await byTestId(page, 'card-attachments-dropzone')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'meeting-notes.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Showroom: 40 chairs, 12 tables.\n'),
      });
    const link = page.locator('[data-testid="attachment-link"]:has-text("meeting-notes.txt")');
    await link.waitFor();
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toBe('meeting-notes.txt');
    await page.waitForSelector(
      '[data-testid="history-entry"]:has-text("attached the file meeting-notes.txt")',
    );
    await screenshot(page, 'card.png');

    // To the trash, and back from it.
    await byTestId(page, 'card-delete').click();
    const trashed = apiAnswer(page, 'DELETE', '/cards/');
    await byTestId(page, 'card-delete-confirm').click();
    expect((await trashed).status()).toBe(204);
    await byTestId(page, 'card-trashed').waitFor();
    await byTestId(page, 'nav-trash').click();
    await page.waitForURL('**/trash');
    const row = page.locator(`[data-testid="trash-card"][data-card-title="${DEAL}"]`);
    await row.waitFor();
    await screenshot(page, 'trash.png');
    const restored = apiAnswer(page, 'POST', '/restore');
    await row.locator('[data-testid="trash-restore"]').click();
    expect((await restored).status()).toBe(200);
    await byTestId(page, 'trash-empty').waitFor();
    await page.locator('[data-testid="header-module-link"]:has-text("Sales")').click();
    await cardIn(page, 'Offer sent', DEAL).waitFor();
  }, 120_000);

  it('reorders a column by dragging, and the order stays', async () => {
    const { page } = harness;
    const offerTitles = () =>
      column(page, 'Offer sent')
        .locator('[data-testid="board-card"]')
        .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-card-title')));
    expect(await offerTitles()).toEqual([DEAL, 'Sales team training']);
    const moved = apiAnswer(page, 'PATCH', '/cards/');
    await dragCard(page, 'Sales team training', { above: DEAL });
    expect((await moved).status()).toBe(200);
    await expect.poll(offerTitles).toEqual(['Sales team training', DEAL]);
    await page.reload();
    await cardIn(page, 'Offer sent', DEAL).waitFor();
    expect(await offerTitles()).toEqual(['Sales team training', DEAL]);
  }, 60_000);

  it('moves a card with the keyboard alone', async () => {
    const { page } = harness;
    // "Annual licences – Agroserv" sits above our card's old place; Space, → and Space moves it.
    const title = 'Annual licences – Agroserv';
    await cardIn(page, 'New lead', title).focus();
    // Each step waits for what a screen reader hears (the sensor listens from the next tick).
    const announced = (text: string) =>
      page.waitForSelector(`[id^="DndLiveRegion"]:has-text("${text}")`, { state: 'attached' });
    await page.keyboard.press('Space');
    await announced(`Card ${title} is in New lead, position 1 of 1`);
    await page.keyboard.press('ArrowRight');
    await announced(`Card ${title} is in Contacted, position 1 of 1`);
    const moved = apiAnswer(page, 'PATCH', '/cards/');
    await page.keyboard.press('Space');
    expect((await moved).status()).toBe(200);
    await cardIn(page, 'Contacted', title).waitFor();
  }, 60_000);

  let recruitment = { moduleId: '', cardId: '' };

  /** Adds a field to the Recruitment module, then opens the candidate's card page. */
  /** Runs `act`, which must make the page save the card exactly once, and successfully. */
  async function savedOnce(page: Page, act: () => Promise<void>) {
    let patches = 0;
    const counted = (request: Request) => {
      if (request.method() === 'PATCH') patches += 1;
    };
    page.on('request', counted);
    const saved = apiAnswer(page, 'PATCH', '/cards/');
    await act();
    expect((await saved).status()).toBe(200);
    page.off('request', counted);
    expect(patches).toBe(1);
  }

  /** The custom fields of the recruitment card, as stored. */
  async function storedFields(page: Page) {
    const card = await apiCall<{ fields: Record<string, unknown> }>(
      page,
      'GET',
      `/cards/${recruitment.cardId}`,
    );
    return card.body.fields;
  }

  async function openCardWithNewField(page: Page, field: object) {
    const added = await apiCall(page, 'POST', `/modules/${recruitment.moduleId}/fields`, field);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    await page.goto(`/cards/${recruitment.cardId}`);
  }

  it('says under a file field why its upload was refused, and keeps a good file', async () => {
    const { page } = harness;
    // With sample data, which brings the sample contacts the next test links.
    const created = await apiCall<{ id: string }>(page, 'POST', '/modules', {
      name: 'Recruitment',
      template: 'recruitment',
      sampleData: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const card = await apiCall<{ id: string }>(page, 'POST', `/modules/${created.body.id}/cards`, {
      title: 'Maria Stan – designer',
      fields: { position: 'Product designer' },
    });
    expect(card.status, JSON.stringify(card.body)).toBe(201);
    recruitment = { moduleId: created.body.id, cardId: card.body.id };
    await page.goto(`/cards/${card.body.id}`);
    const cv = byTestId(page, 'card-field-cv');
    await cv.waitFor();
    // The upload button's hidden file input sits beside the field's select.
    const input = cv.locator('xpath=ancestor::div[.//input[@type="file"]][1]//input[@type="file"]');

    const refused = apiAnswer(page, 'POST', '/attachments');
    await input.setInputFiles({
      name: 'cv.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(0),
    });
    expect((await refused).status()).toBe(400);
    const error = inputWrapper(cv);
    await error.locator('.mantine-InputWrapper-error:has-text("The file is empty")').waitFor();

    const stored = apiAnswer(page, 'PATCH', '/cards/');
    await input.setInputFiles({
      name: 'maria-stan-cv.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Maria Stan, product designer, 6 years.\n'),
    });
    expect((await stored).status()).toBe(200);
    await expect.poll(() => cv.inputValue()).toBe('maria-stan-cv.txt');
    expect(await error.locator('.mantine-InputWrapper-error').count()).toBe(0);
    await screenshot(page, 'card-file-field.png');
  }, 60_000);

  it('links contacts found by typing the start of their name, diacritics aside', async () => {
    const { page } = harness;
    await openCardWithNewField(page, { key: 'referrer', label: 'Referred by', type: 'contact' });

    /** Types into a contact picker, picks the match named, and waits for the card's save. */
    const pick = async (testId: string, typed: string, name: string) => {
      const picker = byTestId(page, testId);
      await picker.click();
      await picker.fill(typed);
      const saved = apiAnswer(page, 'PATCH', '/cards/');
      await page.getByRole('option', { name }).click();
      expect((await saved).status()).toBe(200);
    };
    // A contact field: "atelierul brad" finds "Atelierul Brădet SRL"; then the card's own contact.
    await pick('card-field-referrer', 'atelierul brad', 'Atelierul Brădet SRL');
    await pick('card-contact', 'ANDREEA', 'Andreea Popescu');

    await page.reload();
    await expect
      .poll(() => byTestId(page, 'card-field-referrer').inputValue())
      .toBe('Atelierul Brădet SRL');
    expect(await byTestId(page, 'card-contact').inputValue()).toBe('Andreea Popescu');
    // The timeline names the contacts, not their ids.
    await page.waitForSelector(
      '[data-testid="history-entry"]:has-text("set Referred by to Atelierul Brădet SRL")',
    );
    await page.waitForSelector(
      '[data-testid="history-entry"]:has-text("set Contact to Andreea Popescu")',
    );
    await screenshot(page, 'card-contacts.png');
  }, 60_000);

  it('says in Romanian why a value was refused', async () => {
    const { page } = harness;
    await openCardWithNewField(page, {
      key: 'personal_email',
      label: 'Personal e-mail',
      type: 'email',
    });
    await byTestId(page, 'lang-switch').getByText('RO', { exact: true }).click();
    const email = byTestId(page, 'card-field-personal_email');
    await email.fill('maria.stan@');
    const refused = apiAnswer(page, 'PATCH', '/cards/');
    await email.blur();
    expect((await refused).status()).toBe(400);
    await inputWrapper(email)
      .locator('.mantine-InputWrapper-error:has-text("Trebuie să fie o adresă de e-mail")')
      .waitFor();
    await screenshot(page, 'card-value-refused-ro.png');
    await byTestId(page, 'lang-switch').getByText('EN', { exact: true }).click();
  }, 60_000);

  it("writes a date as the UI language does, whatever the browser's locale", async () => {
    const { page } = harness;
    await openCardWithNewField(page, { key: 'interview', label: 'Interview', type: 'date' });
    await byTestId(page, 'lang-switch').getByText('RO', { exact: true }).click();
    const date = byTestId(page, 'card-field-interview');
    // Typed as Romanians write dates; saved once whole, not as 1 January 2001 on the first "1".
    await savedOnce(page, () => date.pressSequentially('15.01.2026'));
    expect((await storedFields(page)).interview).toBe('2026-01-15');
    await page.getByText('ianuarie 2026').waitFor();
    await screenshot(page, 'card-date-ro.png');
    await date.press('Escape');
    await page.reload();
    await date.waitFor();
    expect(await date.inputValue()).toBe('15.01.2026');
    await byTestId(page, 'lang-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => date.inputValue()).toBe('15/01/2026');
  }, 60_000);

  it("takes a date and time on a calendar, in the user's time zone", async () => {
    const { page } = harness;
    await openCardWithNewField(page, { key: 'call_at', label: 'Call at', type: 'datetime' });
    const dropdown = page.locator('.mantine-Popover-dropdown');
    // One change in the card's history, not one for the day, the hour and the minutes.
    await savedOnce(page, async () => {
      await byTestId(page, 'card-field-call_at').click();
      await dropdown.locator('button:not([data-outside])', { hasText: /^20$/ }).click();
      await dropdown.getByLabel('Hour').fill('14');
      await dropdown.getByLabel('Minutes').fill('30');
      await screenshot(page, 'card-datetime-en.png');
      await dropdown.locator('[class*="submitButton"]').click();
    });
    // Stored as the instant 14:30 is in the user's time zone, on the 20th of the month the
    // calendar opened on: the browser's own month, which near a month's end can differ from the
    // month in the user's time zone.
    const me = await apiCall<{ user: { timeZone: string } }>(page, 'GET', '/auth/me');
    const inZone = (date: Date, parts: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: me.body.user.timeZone, ...parts }).format(date);
    const monthYear = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-GB', { month: '2-digit', year: 'numeric' }).format(new Date()),
    );
    const stored = new Date((await storedFields(page)).call_at as string);
    expect(
      inZone(stored, {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    ).toBe(`20/${monthYear}, 14:30`);
    expect(await byTestId(page, 'card-field-call_at').textContent()).toBe(`20/${monthYear} 14:30`);
  }, 60_000);
});
