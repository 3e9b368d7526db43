/**
 * The registry settings, the popup's sync panel and the extension's IndexedDB, in either browser:
 * what a moderator does on the options page and sees in the popup, as the sync scenarios need it.
 */
import { accessPattern } from '../../../lib/sync/access-pattern';
import { checkEndpoint } from '../../../lib/sync/connection';
import type { BrowserDriver } from './driver';

type Prompt = 'allow' | 'deny';

/**
 * Fills address and token, presses save or test, answers the browser's permission prompt when one
 * comes (by default "allow", only when the address is valid and not yet granted) and returns the message.
 */
async function registryForm(
  driver: BrowserDriver,
  endpoint: string,
  token: string,
  button: 'save-registry' | 'test-connection',
  prompt?: Prompt,
): Promise<string> {
  const pattern = checkEndpoint(endpoint).ok ? accessPattern(endpoint) : null;
  const answer = prompt ?? (pattern && !(await driver.hasHostPermission(pattern)) ? 'allow' : undefined);
  const page = await driver.extensionPage('options.html');
  try {
    await page.waitForText('endpoint', () => true);
    await page.fill('endpoint', endpoint);
    await page.fill('token', token);
    if (answer) await driver.withPermissionPrompt(answer, () => page.click(button));
    else await page.click(button);
    // "Testar…"/"Testing…" is shown while the test runs; wait for its answer.
    return await page.waitForText('registry-message', (text) => text !== '' && !/^(Testar|Testing)/.test(text), 20_000);
  } finally {
    await page.close();
  }
}

export const configureRegistry = (driver: BrowserDriver, endpoint: string, token: string, prompt?: Prompt) =>
  registryForm(driver, endpoint, token, 'save-registry', prompt);

export const testConnection = (driver: BrowserDriver, endpoint: string, token: string, prompt?: Prompt) =>
  registryForm(driver, endpoint, token, 'test-connection', prompt);

export interface PopupSync {
  pending: string;
  registered: string;
  rejected: string;
  error: string;
  noAccess: string;
  rejectedItems: string;
  text: string;
}

/** Reads the popup's sync panel, optionally after pressing "Skicka nu" or "Ge åtkomst". */
export async function popupSync(
  driver: BrowserDriver,
  options: { sendNow?: boolean; grantAccess?: Prompt | 'no-prompt' } = {},
): Promise<PopupSync> {
  const page = await driver.extensionPage('popup.html');
  try {
    await page.waitForText('sync', () => true);
    if (options.sendNow) {
      await page.click('sync-now');
      await page.waitForText('sync-now', (text) => !/^(Skickar|Sending)/.test(text), 30_000);
    }
    if (options.grantAccess === 'no-prompt') await page.click('grant-access');
    else if (options.grantAccess) await driver.withPermissionPrompt(options.grantAccess, () => page.click('grant-access'));
    const read = (testid: string) => page.text(testid);
    return {
      pending: await read('sync-pending'),
      registered: await read('sync-registered'),
      rejected: await read('sync-rejected'),
      error: await read('sync-error'),
      noAccess: await read('sync-no-access'),
      rejectedItems: await read('sync-rejected-items'),
      text: await page.evaluate(() => document.body.innerText.trim(), undefined),
    };
  } finally {
    await page.close();
  }
}

export interface OutboxState {
  pending: number;
  rejected: number;
  registered: number;
  log: number;
}

/** Counts in the extension's IndexedDB, read in one of its pages. */
export async function outboxState(driver: BrowserDriver): Promise<OutboxState> {
  const page = await driver.extensionPage('popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<OutboxState>((resolve, reject) => {
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
      undefined,
    );
  } finally {
    await page.close();
  }
}
