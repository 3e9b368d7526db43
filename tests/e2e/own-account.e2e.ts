/**
 * The office's own post in real browsers: a Page post by the office that names a child shows the
 * consent reminder in the page panel; "Samtycke finns" logs a `publishing-reviewed` record about the
 * post; after a reload the post shows as handled. The same words in a resident's comment get the
 * moderation flag instead. The office's about view lacking the public-record sentence shows that piece
 * as missing with a suggested text, and the round view lists the account.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './support/build';
import { waitFor, type BrowserDriver } from './support/driver';
import { FixtureServer, fixtureUrl } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';
import { uiText } from './support/probe';

const html = readFileSync(join(import.meta.dirname, '../fixtures/own-account/own-post-sv.html'), 'utf8');
const url = fixtureUrl(html);
const server = new FixtureServer([]);
server.add(url, html);
const aboutHtml = readFileSync(join(import.meta.dirname, '../fixtures/own-account/facebook-about-sv.html'), 'utf8');
const aboutUrl = fixtureUrl(aboutHtml);
server.add(aboutUrl, aboutHtml);
const POST_ID = 'pfbid0Exempel419';
const ANNA = '1100000000000001'; // a resident repeating the post's words about the child

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;
  const shots = join(ARTIFACTS, browserName);
  const ownPosts = (what: string, done: (posts: Awaited<ReturnType<BrowserDriver['panelOwnPosts']>>) => boolean) =>
    waitFor(what, () => driver.panelOwnPosts(), done);
  const reviews = async () => (await driver.records()).filter((r) => r.kind === 'publishing-reviewed');

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    driver = await launchBrowser(browserName, server);
    const saved = await driver.saveOptions(
      { accounts: 'https://www.facebook.com/norrbyexempel' },
      { save: 'save-monitoring', message: 'monitoring-message' },
    );
    expect(saved).toBe(browserName === 'chromium' ? 'Sparat.' : 'Saved.');
    await driver.open(url);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it("shows the consent reminder for the office's post, and flags the resident's comment with the same words", async () => {
    const [post] = await ownPosts('the own-post reminders', (p) => p.length === 1);
    expect(post).toMatchObject({ postId: POST_ID, handled: null, reminders: ['minor'], buttons: ['publish-consent', 'publish-fixed'] });
    expect(post!.text).toContain(uiText(browserName, 'publishMinor'));
    expect(post!.text).toContain(uiText(browserName, 'publishConsent'));
    const anna = await waitFor('Anna\'s overlay', () => driver.overlays(), (o) => o.some((x) => x.commentId === ANNA && x.state !== 'unknown'));
    expect(anna.find((x) => x.commentId === ANNA)!.badges).toContain('badge-personal-data');
    await driver.screenshot(join(shots, 'own-post-reminder.png'));
  });

  it('"Samtycke finns" logs one publishing-reviewed record, and the post shows as handled after a reload', async () => {
    await driver.clickInPanel('publish-consent');
    const [record] = await waitFor('the publishing-reviewed record', reviews, (r) => r.length === 1);
    expect(record).toMatchObject({
      kind: 'publishing-reviewed',
      account: { platform: 'facebook', url: 'https://www.facebook.com/norrbyexempel' },
      subject: { kind: 'post', id: POST_ID, authorUrl: 'https://www.facebook.com/norrbyexempel' },
      checks: ['publishing:minor', 'outcome:consent'],
    });
    expect(record!.subject!.text).toContain('Alva, 10 år');
    await ownPosts('the post shown as handled', (p) => p[0]?.handled === 'consent');

    await driver.reload();
    const [again] = await ownPosts('the post handled after a reload', (p) => p[0]?.handled === 'consent');
    expect(again!.text).toContain(uiText(browserName, 'publishDoneConsent').split('(')[0]!.trim());
    expect(again!.buttons).toEqual([]);
    expect(await reviews()).toHaveLength(1);
    expect(driver.errors()).toEqual([]);
    await driver.screenshot(join(shots, 'own-post-handled.png'));
  });

  it('the about view lacking the public-record sentence shows that piece as missing with a suggested text, and the round view lists the account', async () => {
    await driver.open(aboutUrl);
    const pieces = await waitFor('the base-information pieces', () => driver.panelBaseInfo(), (p) => p.length === 4);
    expect(pieces).toEqual([
      { piece: 'sender', found: true, suggestion: null },
      { piece: 'personal-data', found: true, suggestion: null },
      { piece: 'participation', found: true, suggestion: null },
      { piece: 'public-record', found: false, suggestion: uiText(browserName, 'baseSuggestPublicRecord') },
    ]);
    await driver.screenshot(join(shots, 'base-info.png'));
    const round = await driver.extensionPage('round.html');
    try {
      const listed = await round.waitForText('missing-base-info', (text) => text.includes(uiText(browserName, 'basePiecePublicRecord')));
      expect(listed).toContain(uiText(browserName, 'roundBaseHeading'));
      expect(await round.text('missing-base-account')).toContain('Stadsdelsförvaltning Norrby (exempel)');
      await round.screenshot(join(shots, 'round-base-info.png'));
    } finally {
      await round.close();
    }
    expect(driver.errors()).toEqual([]);
  });
});
