/** Chromium: one of the extension's own pages as a Playwright page (the round view tests drive it directly). */
import type { Page } from 'playwright-core';
import type { ChromiumDriver } from './chromium';

export async function withExtensionPage<T>(driver: ChromiumDriver, path: string, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await driver.context.newPage();
  try {
    await page.goto(`chrome-extension://${driver.extensionId}/${path}`);
    return await use(page);
  } finally {
    await page.close();
  }
}
