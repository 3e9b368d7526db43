/** Chromium helpers for the extension's own pages: registry settings, the popup's sync panel, IndexedDB. */
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

/** Fills the registry settings on the options page, presses a button, and returns the message shown. */
function registryForm(driver: ChromiumDriver, endpoint: string, token: string, button: string): Promise<string> {
  return withExtensionPage(driver, 'options.html', async (page) => {
    await page.locator('[data-testid="endpoint"]').fill(endpoint);
    await page.locator('[data-testid="token"]').fill(token);
    await page.locator(`[data-testid="${button}"]`).click();
    const message = page.locator('[data-testid="registry-message"]');
    // "Testar…" is shown while the test runs; wait for its answer.
    await message.filter({ hasNotText: 'Testar' }).filter({ hasText: /./ }).waitFor();
    return (await message.innerText()).trim();
  });
}

export const configureRegistry = (driver: ChromiumDriver, endpoint: string, token: string) =>
  registryForm(driver, endpoint, token, 'save-registry');

export const testConnection = (driver: ChromiumDriver, endpoint: string, token: string) =>
  registryForm(driver, endpoint, token, 'test-connection');

export interface PopupSync {
  pending: string;
  registered: string;
  rejected: string;
  error: string;
  rejectedItems: string;
  text: string;
}

/** Reads the popup's sync panel, optionally after pressing "Skicka nu". */
export function popupSync(driver: ChromiumDriver, options: { sendNow?: boolean } = {}): Promise<PopupSync> {
  return withExtensionPage(driver, 'popup.html', async (page) => {
    await page.locator('[data-testid="sync"]').waitFor();
    if (options.sendNow) {
      await page.locator('[data-testid="sync-now"]').click();
      await page.locator('[data-testid="sync-now"]:enabled').waitFor();
    }
    const read = async (testid: string) => {
      const el = page.locator(`[data-testid="${testid}"]`);
      return (await el.count()) > 0 ? (await el.innerText()).trim() : '';
    };
    return {
      pending: await read('sync-pending'),
      registered: await read('sync-registered'),
      rejected: await read('sync-rejected'),
      error: await read('sync-error'),
      rejectedItems: await read('sync-rejected-items'),
      text: (await page.locator('body').innerText()).trim(),
    };
  });
}

/** Counts in the extension's IndexedDB, read in the service worker. */
export async function outboxState(driver: ChromiumDriver): Promise<{ pending: number; rejected: number; registered: number; log: number }> {
  const worker = await driver.currentWorker();
  return worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('modereringsstod');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['outbox', 'registrations', 'log']);
          const out = { pending: 0, rejected: 0, registered: 0, log: 0 };
          const byState = tx.objectStore('outbox').index('byState');
          byState.count('pending').onsuccess = (e) => (out.pending = (e.target as IDBRequest<number>).result);
          byState.count('rejected').onsuccess = (e) => (out.rejected = (e.target as IDBRequest<number>).result);
          tx.objectStore('registrations').count().onsuccess = (e) => (out.registered = (e.target as IDBRequest<number>).result);
          tx.objectStore('log').count().onsuccess = (e) => (out.log = (e.target as IDBRequest<number>).result);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}
