/**
 * Live pages in Chromium and Firefox: comments loaded after the page get overlays, in-app navigation
 * between two posts shows each post's overlays, unknown markup says so, and the overlay stays quiet
 * on pages that are not the office's until the user asks for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type BrowserDriver } from './support/driver';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';
import { revealOverlays } from './support/probe';

const sv = loadFixture('facebook', 'page-post-sv');
const en = loadFixture('facebook', 'page-post-en');
const unknown = loadFixture('facebook', 'unrecognised-sv');
const server = new FixtureServer([sv, en, unknown]);
const bodyOf = (html: string) => /<body[^>]*>([\s\S]*)<\/body>/.exec(html)![1]!;

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;
  const ids = async () => (await driver.overlays()).map((o) => o.commentId).sort();
  const overlaysAre = (expected: string[], what: string) =>
    waitFor(what, ids, (got) => JSON.stringify(got) === JSON.stringify([...expected].sort()));

  beforeAll(async () => {
    driver = await launchBrowser(browserName, server);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('gives 50 comments loaded after the page one overlay each', async () => {
    await driver.open(sv.url);
    const first = commentsOf(sv.expected).map((c) => c.id);
    await overlaysAre(first, 'the first comments');
    // Like "Visa fler kommentarer": Facebook appends more comment articles to the list.
    await driver.evaluate((count: number) => {
      const model = document.querySelector('[role="article"][aria-label^="Kommentar av Fredrik"]')!.parentElement!;
      for (let i = 1; i <= count; i++) {
        const copy = model.cloneNode(true) as HTMLElement;
        const id = `41000000000${String(i).padStart(5, '0')}`;
        copy.querySelectorAll('a[href*="comment_id="]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=\d+/, `comment_id=${id}`)));
        copy.querySelectorAll('abbr[data-utime], modereringsstod-overlay').forEach((e) => e.remove());
        model.parentElement!.append(copy);
      }
    }, 50);
    const added = Array.from({ length: 50 }, (_, i) => `41000000000${String(i + 1).padStart(5, '0')}`);
    // The counts cover all 58 at once; the overlays far below appear as the page is scrolled to them.
    await waitFor('counts for all 58', () => driver.panelCounts(), (c) => c.notArchived === '58');
    const want = JSON.stringify([...first, ...added].sort());
    await revealOverlays(driver, (o) => JSON.stringify(o.map((x) => x.commentId).sort()) === want, '58 overlays, each once');
    expect(await driver.panelKind()).toBe('counts');
    expect(driver.errors()).toEqual([]);
  });

  it('follows in-app navigation between two posts without a reload', async () => {
    await driver.open(sv.url);
    await overlaysAre(commentsOf(sv.expected).map((c) => c.id), 'the Swedish post');
    const navigate = (arg: { url: string; body: string }) => {
      history.pushState({}, '', arg.url);
      document.body.innerHTML = arg.body;
    };
    await driver.evaluate(navigate, { url: en.url, body: bodyOf(en.html) });
    await overlaysAre(commentsOf(en.expected).map((c) => c.id), 'the English feed after navigating');
    await driver.evaluate(navigate, { url: sv.url, body: bodyOf(sv.html) });
    await overlaysAre(commentsOf(sv.expected).map((c) => c.id), 'the Swedish post after navigating back');
    expect(await driver.panelKind()).toBe('counts');
    expect(driver.errors()).toEqual([]);
  });

  it('says plainly when it recognises nothing on a post page, without errors', async () => {
    await driver.open(unknown.url);
    expect(await waitFor('unrecognised panel', () => driver.panelKind(), (k) => k === 'unrecognised')).toBe('unrecognised');
    expect(await driver.overlays()).toEqual([]);
    expect(driver.errors()).toEqual([]);
  });

  it("stays quiet on another account's page until the user asks", async () => {
    const saved = await driver.saveOptions(
      { accounts: 'https://www.facebook.com/norrbyexempel' },
      { save: 'save-monitoring', message: 'monitoring-message' },
    );
    expect(saved).toBe(browserName === 'chromium' ? 'Sparat.' : 'Saved.');
    await driver.open(en.url); // the feed of another (invented) administration
    expect(await waitFor('quiet panel', () => driver.panelKind(), (k) => k === 'quiet')).toBe('quiet');
    expect(await driver.overlays()).toEqual([]);
    await driver.clickInPanel('show-anyway');
    await overlaysAre(commentsOf(en.expected).map((c) => c.id), 'overlays after "show anyway"');
    await driver.open(sv.url); // the office's own Page
    await overlaysAre(commentsOf(sv.expected).map((c) => c.id), 'overlays on the office page');
  });
});
