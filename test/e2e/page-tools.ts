// What every browser test uses on a page: elements by test id, and full-page screenshots saved
// under test-results/.
import path from 'node:path';
import type { Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = path.join(ROOT, 'test-results');

export const byTestId = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`);

/**
 * A picture of the whole page as a window that tall would show it (fixed header and navbar in
 * place), without passing notifications.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, name);
  const viewport = page.viewportSize() ?? { width: 1366, height: 900 };
  const hideToasts = await page.addStyleTag({
    content: '.mantine-Notifications-root { display: none !important; }',
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const tall = { width: viewport.width, height: Math.max(viewport.height, height) };
  await page.setViewportSize(tall);
  await page.mouse.move(tall.width - 4, tall.height - 4); // no hover highlight in the picture
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  await hideToasts.evaluate((element) => element.parentNode?.removeChild(element));
  return file;
}
