// A new administrator's first session in a real browser: sign-up, Start here, company settings
// with logo, a module from a template, the checklist ticking, language, sign-out and sign-in.
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from './browser-harness';
import { byTestId, ROOT, screenshot, SCREENSHOTS } from './page-tools';
import { logoPng } from './png-image';

const ADMIN = { name: 'Ana Popescu', email: 'ana@fabrica-de-idei.ro', password: 'brad-verde-2024' };

let harness: BrowserHarness;

beforeAll(async () => {
  harness = await startBrowserHarness();
  await mkdir(SCREENSHOTS, { recursive: true });
}, 90_000);

afterAll(async () => {
  await harness?.stop();
});

async function waitForStep(page: Page, step: number, done: boolean) {
  await page.waitForSelector(`[data-testid="checklist-step-${step}"][data-done="${done}"]`);
}

describe('onboarding in the browser', () => {
  it('signs up, sets the company up, adds a module, and ticks the checklist off', async () => {
    const { page } = harness;

    // Sign-up: English, no module ticked (Sales comes pre-ticked).
    await page.goto('/');
    await page.waitForURL('**/signup');
    await byTestId(page, 'signup-locale').click();
    await page.getByRole('option', { name: 'English' }).click();
    await byTestId(page, 'signup-company').fill('Fabrica de Idei SRL');
    await byTestId(page, 'signup-name').fill(ADMIN.name);
    await byTestId(page, 'signup-email').fill(ADMIN.email);
    await byTestId(page, 'signup-password').fill(ADMIN.password);
    const sales = byTestId(page, 'signup-module-sales');
    expect(await sales.getAttribute('data-checked')).toBe('true');
    await sales.click();
    expect(await sales.getAttribute('data-checked')).toBeNull();
    await screenshot(page, 'signup.png');
    await byTestId(page, 'signup-submit').click();

    // Start here: nothing set up yet.
    await page.waitForURL('**/start');
    await waitForStep(page, 1, false);
    await waitForStep(page, 2, false);
    expect(await byTestId(page, 'checklist-progress').textContent()).toContain('of 7');

    // Company settings: the logo shows in the header as soon as it is uploaded.
    await byTestId(page, 'nav-company').click();
    await page.waitForURL('**/settings/company');
    const logoFile = path.join(await mkdtemp(path.join(tmpdir(), 'carta-logo-')), 'logo.png');
    await writeFile(logoFile, logoPng(96, 96, [76, 110, 245]));
    await byTestId(page, 'settings-logo-dropzone')
      .locator('input[type="file"]')
      .setInputFiles(logoFile);
    const headerLogo = byTestId(page, 'header-logo');
    await headerLogo.waitFor({ state: 'visible' });
    expect(await headerLogo.getAttribute('src')).toMatch(/\S/);
    await byTestId(page, 'settings-logo-preview').waitFor({ state: 'visible' });

    await byTestId(page, 'settings-taxId').fill('RO18547290');
    await byTestId(page, 'settings-address').fill('Strada Lipscani 12');
    await byTestId(page, 'settings-city').fill('București');
    await byTestId(page, 'settings-email').fill('office@fabrica-de-idei.ro');
    const saved = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/v1/settings/company') &&
        response.request().method() === 'PATCH',
    );
    await byTestId(page, 'settings-save').click();
    expect((await saved).status()).toBe(200);
    await page.waitForSelector('[data-testid="settings-save"]:disabled');
    await screenshot(page, 'company-settings.png');

    // An invalid IBAN is refused, and the reason shows beside the input.
    const iban = byTestId(page, 'settings-iban');
    await iban.fill('RO00 NOT AN IBAN');
    await byTestId(page, 'settings-save').click();
    await page.waitForSelector('[data-testid="settings-iban"][aria-invalid="true"]');
    const errorId = await iban.getAttribute('aria-describedby');
    expect(errorId).toBeTruthy();
    const errorText = await page.locator(`[id="${errorId?.split(' ').pop()}"]`).textContent();
    expect(errorText?.trim().length).toBeGreaterThan(0);
    await screenshot(page, 'company-settings-iban-error.png');
    await page.getByRole('button', { name: 'Discard' }).click();

    // Modules: add Sales from its template; the name comes prefilled.
    await byTestId(page, 'nav-modules').click();
    await page.waitForURL('**/settings/modules');
    await byTestId(page, 'modules-add').click();
    await byTestId(page, 'module-template-sales').click();
    expect(await byTestId(page, 'module-name-input').inputValue()).toBe('Sales');
    await byTestId(page, 'module-create-submit').click();
    await page.waitForSelector('[data-testid="module-row"][data-module-name="Sales"]');
    await page.waitForSelector('[data-testid="header-module-link"]:has-text("Sales")');
    await screenshot(page, 'modules.png');

    // The module opens on its board: a column per status of its pipeline.
    await page.locator('[data-testid="header-module-link"]:has-text("Sales")').click();
    await page.waitForSelector('[data-testid="module-title"]:has-text("Sales")');
    await page.waitForSelector('[data-testid="board-column"][data-status-name="Won"]');
    await screenshot(page, 'module.png');

    // Start here: company settings and modules are ticked now.
    await byTestId(page, 'nav-start').click();
    await page.waitForURL('**/start');
    await waitForStep(page, 1, true);
    await waitForStep(page, 2, true);
    const startHere = await screenshot(page, 'start-here.png');
    await mkdir(path.join(ROOT, 'docs'), { recursive: true });
    await copyFile(startHere, path.join(ROOT, 'docs/start-here.png'));

    // Romanian, at once.
    await byTestId(page, 'lang-switch').getByText('RO', { exact: true }).click();
    await page.getByRole('heading', { name: 'Începe aici' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    await screenshot(page, 'start-here-ro.png');

    // Sign out and back in; the language choice stays.
    await byTestId(page, 'user-menu').click();
    await byTestId(page, 'user-menu-signout').click();
    await page.waitForURL('**/login');
    await byTestId(page, 'login-email').fill(ADMIN.email);
    await byTestId(page, 'login-password').fill(ADMIN.password);
    await byTestId(page, 'login-submit').click();
    await page.waitForURL('**/start');
    await waitForStep(page, 1, true);
    await page.getByRole('heading', { name: 'Începe aici' }).waitFor();
  }, 180_000);
});
