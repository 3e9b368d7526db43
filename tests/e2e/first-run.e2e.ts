/**
 * The first run in Chromium and Firefox: the installation opens the setup page by itself; until the
 * office's accounts are set the overlay puts no checklist on any page and names the setup page instead;
 * "Ställ in" in the page panel opens the setup page with that page's account filled in to confirm; after
 * saving, the office's page gets its checklists. Nothing of this writes a record.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './support/build';
import { waitFor, type BrowserDriver } from './support/driver';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';

const post = loadFixture('facebook', 'page-post-sv');
const server = new FixtureServer([post]);
const ACCOUNT = 'https://www.facebook.com/norrbyexempel';
const TEXT = { chromium: { done: 'Klart!' }, firefox: { done: 'Done!' } };
const valueOf = (testid: string) => (document.querySelector(`[data-testid="${testid}"]`) as HTMLTextAreaElement | null)?.value ?? null;

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;

  beforeAll(async () => {
    mkdirSync(join(ARTIFACTS, browserName), { recursive: true });
    driver = await launchBrowser(browserName, server, { firstRun: 'leave' });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('opens the setup page on installation, with every step to fill in', async () => {
    const setup = driver.firstRunPage;
    expect(setup).not.toBeNull();
    for (const step of ['you', 'accounts', 'registry', 'times']) expect(await setup!.waitForText(`step-${step}`, (t) => t.length > 0)).toMatch(/^[1-4]\. /);
    await setup!.screenshot(join(ARTIFACTS, browserName, 'first-run-setup.png'));
    await setup!.close();
  });

  it('puts no checklist on a page until set up, and says where to set it up', async () => {
    await driver.open(post.url);
    expect(await waitFor('the not-set-up panel', () => driver.panelKind(), (k) => k === 'not-set-up')).toBe('not-set-up');
    expect(await driver.overlays()).toEqual([]);
    await driver.screenshot(join(ARTIFACTS, browserName, 'first-run-not-set-up.png'));
  });

  it('"Ställ in" opens the setup page with this page offered; saved, the office page gets its checklists', async () => {
    await driver.clickInPanel('open-setup');
    const setup = await driver.openedTab(`setup.html?account=${encodeURIComponent(ACCOUNT)}`);
    expect(await waitFor('the offered account', () => setup.evaluate(valueOf, 'setup-accounts'), (v) => v === ACCOUNT)).toBe(ACCOUNT);
    await setup.fill('setup-name', 'Moderator Exempel');
    await setup.fill('setup-office', 'Norrby stadsdelsförvaltning (exempel)');
    await setup.click('setup-save');
    expect(await setup.waitForText('setup-message', (t) => t.length > 0)).toContain(TEXT[browserName].done);
    await setup.close();

    await driver.reload();
    const ids = commentsOf(post.expected).map((c) => c.id).sort();
    const shown = await waitFor('overlays on the office page', async () => (await driver.overlays()).map((o) => o.commentId).sort(), (got) => JSON.stringify(got) === JSON.stringify(ids));
    expect(shown).toEqual(ids);
    expect(await driver.panelKind()).toBe('counts');
    // The settings page shows what the setup saved.
    const options = await driver.extensionPage('options.html');
    expect(await waitFor('saved accounts', () => options.evaluate(valueOf, 'accounts'), (v) => v === ACCOUNT)).toBe(ACCOUNT);
    expect(await waitFor('saved name', () => options.evaluate(valueOf, 'moderatorName'), (v) => v !== null)).toBe('Moderator Exempel');
    await options.close();
    // Setting up is not a moderation action: the log holds nothing.
    expect(await driver.records()).toEqual([]);
    expect(driver.errors()).toEqual([]);
  });
});
