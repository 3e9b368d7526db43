/**
 * The first run, as the harness meets it: a new profile's installation opens the setup page by itself
 * (lib/background/setup.ts). Scenarios that are not about the first run start from a finished setup,
 * done the way a person does it on that page: checklists on every page (the fixtures are many
 * accounts' pages), saved. The first-run scenario keeps the page open and drives it itself.
 */
import { waitFor } from './driver';
import type { ExtPage } from './ext-page';

export const SETUP_PAGE = 'setup.html';

/** Whether a profile folder is new (nothing installed yet): only then does the setup page open. */
export type FirstRun = 'complete' | 'leave';

/** Waits for a tab the extension opened by itself (its address contains `path`); polled, as it may open before we look. */
export async function awaitTab<P>(tabs: () => P[] | Promise<P[]>, url: (tab: P) => string, path: string): Promise<P> {
  const wanted = (address: string) => address.includes(`/${path}`);
  // The addresses are what is waited on (and named in a timeout): a tab object does not serialise.
  await waitFor(`a tab with ${path}`, async () => (await tabs()).map(url), (addresses) => addresses.some(wanted), 30_000);
  return (await tabs()).find((tab) => wanted(url(tab)))!;
}

/** The setup page the extension opens on installation. */
export const awaitSetupTab = <P>(tabs: () => P[] | Promise<P[]>, url: (tab: P) => string): Promise<P> => awaitTab(tabs, url, SETUP_PAGE);

export async function completeFirstRun(page: ExtPage): Promise<void> {
  await page.click('setup-all-pages');
  await page.click('setup-save');
  await page.waitForText('setup-message', (text) => /^(Klart|Done)!/.test(text));
  await page.close();
}
