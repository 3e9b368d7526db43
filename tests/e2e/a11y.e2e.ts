/**
 * Accessibility of the extension's own pages in real Chromium, Swedish and English UI: axe-core (the
 * rules of WCAG 2.x A and AA and axe's best practices) on the popup, options, round view and records
 * view, with data in them, and on the overlays (bars and page panel) of a Facebook and an Instagram
 * fixture, collapsed and expanded, in Chromium and in Firefox. Fails on any serious or critical violation, and on a moderate one;
 * prints every violation found so a closing note can show it. The overlays' shadow roots are closed:
 * for the audit the test lets the page see them through `host.shadowRoot` (DevTools' own access).
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, builtExtension } from './support/build';
import { launchChromium, type ChromiumDriver } from './support/chromium';
import { waitFor, type BrowserDriver } from './support/driver';
import { BROWSERS, launchBrowser } from './support/launch';
import { withExtensionPage } from './support/extension-pages';
import { FixtureServer, loadFixture } from './support/fixtures';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const fixture = loadFixture('facebook', 'checks-sv');
const instagram = loadFixture('instagram', 'post-2023-sv');
const RULES = { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

interface Violation {
  id: string;
  impact: string | null;
  nodes: number;
  help: string;
}

async function axe(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (rules) => {
    const run = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string | null; nodes: unknown[]; help: string }[] }> } }).axe;
    const result = await run.run(document, rules);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  }, RULES);
}

const PAGES: { path: string; ready: string }[] = [
  { path: 'popup.html', ready: '[data-testid="archive-panel"]' },
  { path: 'options.html', ready: '[data-testid="save-you"]' },
  { path: 'round.html', ready: '[data-testid="rounds-week"]' },
  { path: 'records.html', ready: '[data-testid="record-row"]' },
  { path: 'setup.html', ready: '[data-testid="setup-save"]' },
];

describe.each(['sv-SE', 'en-US'])('accessibility of the extension pages (Chromium, %s)', (lang) => {
  let driver: ChromiumDriver;
  const found: Record<string, Violation[]> = {};
  const shots = join(ARTIFACTS, 'chromium', `a11y-${lang}`);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    driver = await launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures: new FixtureServer([fixture]), lang });
    // Something in every page: an archived comment and an office account for the round.
    await withExtensionPage(driver, 'options.html', async (page) => {
      await page.locator('[data-testid="accounts"]').fill('https://www.facebook.com/norrbyexempel');
      await page.locator('[data-testid="save-monitoring"]').click();
      await page.locator('[data-testid="monitoring-message"]').filter({ hasText: /./ }).waitFor();
    });
    await driver.open(fixture.url);
    const overlays = await waitFor('overlays', () => driver.overlays(), (o) => o.length === 8 && o.every((x) => x.state !== 'unknown'));
    await driver.clickArchive(overlays[0]!.commentId);
    await waitFor('archived', () => driver.overlays(), (o) => o[0]!.state === 'archived');
  }, 60_000);
  afterAll(async () => {
    await driver?.close();
    console.log(`[a11y ${lang}] ${Object.entries(found).map(([p, v]) => `${p}: ${v.length === 0 ? 'none' : v.map((x) => `${x.id} (${x.impact}, ${x.nodes})`).join(', ')}`).join(' | ')}`);
  });

  it('finds a violation when there is one (axe is really running)', async () => {
    const violations = await withExtensionPage(driver, 'popup.html', async (page) => {
      await page.locator('[data-testid="archive-panel"]').waitFor();
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { className: 'a11y-probe' })));
      return axe(page);
    });
    expect(violations.map((v) => v.id)).toContain('button-name');
  });

  it.each(PAGES)('$path has no serious or moderate violation', async ({ path, ready }) => {
    const violations = await withExtensionPage(driver, path, async (page) => {
      await page.locator(ready).first().waitFor();
      await page.screenshot({ path: join(shots, path.replace('.html', '.png')), fullPage: true });
      return axe(page);
    });
    found[path] = violations;
    expect(violations.filter((v) => v.impact !== 'minor')).toEqual([]);
  });
});

describe.each(BROWSERS)('accessibility of the overlays (%s)', (browserName) => {
  let driver: BrowserDriver;
  const found: string[] = [];

  beforeAll(async () => {
    mkdirSync(join(ARTIFACTS, browserName), { recursive: true });
    driver = await launchBrowser(browserName, new FixtureServer([fixture, instagram]));
  });
  afterAll(async () => {
    await driver?.close();
    console.log(`[a11y overlays ${browserName}] ${found.join(' | ')}`);
  });

  it.each([
    ['facebook/checks-sv', fixture, 8],
    ['instagram/post-2023-sv', instagram, 5],
  ] as const)('%s: bars and panel, collapsed and expanded, have no serious or moderate violation', async (name, page, count) => {
    await driver.open(page.url);
    const overlays = await waitFor('overlays', () => driver.overlays(), (o) => o.length === count && o.every((x) => x.state !== 'unknown'));
    const before = await driver.auditOverlays(AXE, RULES);
    // axe saw into the closed roots: at least each bar's toggle and archive button.
    expect(before.buttons).toBeGreaterThanOrEqual(count * 2);
    const collapsed = before.violations;
    for (const o of overlays.slice(0, 3)) await driver.clickInOverlay(o.commentId, 'toggle');
    await waitFor('checklists open', () => driver.overlays(), (o) => o.slice(0, 3).every((x) => x.text.length > 60));
    await driver.screenshot(join(ARTIFACTS, browserName, `a11y-overlays-${name.replace('/', '-')}.png`));
    const expanded = (await driver.auditOverlays(AXE, RULES)).violations;
    for (const [state, list] of [['collapsed', collapsed], ['expanded', expanded]] as const) {
      found.push(`${name} ${state}: ${list.length === 0 ? 'none' : list.map((x) => `${x.id} (${x.impact}, ${x.nodes})`).join(', ')}`);
    }
    expect(collapsed.filter((v) => v.impact !== 'minor')).toEqual([]);
    expect(expanded.filter((v) => v.impact !== 'minor')).toEqual([]);
  });
});
