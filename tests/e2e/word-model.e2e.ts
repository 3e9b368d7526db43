/**
 * The word model in real browsers: a threat no rule or term covers, in a comment of the checks fixture,
 * is flagged by the background's unlawful-content model; the overlay says so without suggesting a legal
 * ground and marks the words that weighed most. The rest of the page reads as in checks.e2e.ts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './support/build';
import { waitFor, type BrowserDriver } from './support/driver';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';
import { uiText } from './support/probe';

const base = loadFixture('facebook', 'checks-sv');
const ORIGINAL = 'Vi fick ett mejl om återbetalning förra veckan, kolla skräpposten!';
// Invented; no rule or word of the unlawful check matches it (tests/checks/word-models.test.ts checks that).
const VEILED = 'Nästa gång handläggaren nekar mig bidrag får hon ångra sig, det lovar jag';
const fixture = { ...base, html: base.html.replace(ORIGINAL, VEILED) };
const server = new FixtureServer([fixture]);
const EVA = '1200000000000014';
const GRETA = '1200000000000006';

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;
  const overlay = async (id: string) => (await driver.overlays()).find((o) => o.commentId === id)!;

  beforeAll(async () => {
    expect(fixture.html).toContain(VEILED);
    driver = await launchBrowser(browserName, server);
    await driver.open(fixture.url);
    await waitFor('overlays with known state', () => driver.overlays(), (o) =>
      o.length === commentsOf(fixture.expected).length && o.every((x) => x.state !== 'unknown'),
    );
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('flags the veiled threat without a ground, counts it, and leaves the rule-flagged threat as it was', async () => {
    const eva = await waitFor('the model flag', () => overlay(EVA), (o) => o.badges.includes('badge-unlawful'));
    expect(eva.text).toContain(uiText(browserName, 'badgeUnlawfulNoGround'));
    expect((await overlay(GRETA)).badges).toEqual(['badge-unlawful']);
    // checks.e2e.ts counts three flagged comments on this page; the model adds Eva's.
    expect(await driver.panelCounts()).toMatchObject({ flagged: '4' });
  });

  it('says in the checklist that the word model flagged it, and marks the words that weighed most', async () => {
    await driver.clickInOverlay(EVA, 'toggle');
    const eva = await waitFor('the why-excerpt', () => overlay(EVA), (o) => o.text.includes(uiText(browserName, 'checkWhyLabel')));
    expect(eva.text).toContain(uiText(browserName, 'checkUnlawfulModel'));
    expect(await driver.styleInOverlay(EVA, 'why-mark', 'visibility')).toBe('visible');
    expect(await driver.styleInOverlay(EVA, 'why-mark', 'background-color')).toBe('rgb(255, 241, 168)');
    mkdirSync(join(ARTIFACTS, browserName), { recursive: true });
    await driver.screenshot(join(ARTIFACTS, browserName, 'word-model.png'));
  });
});
