/**
 * "Spara anonymiserad sidkopia" in real Chromium and Firefox (issue 16), on every saved page: a person's click in the
 * page panel (or, where the page has no panel, in the options page's troubleshooting section) downloads a
 * copy that reads back to the same posts, comments and reply structure and holds none of the original
 * texts, names, ids or image URLs.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites/index';
import { SITES } from '../../lib/sites/registry';
import { leaks, originals, shape } from '../sites/anonymise-shape';
import { waitFor, type BrowserDriver } from './support/driver';
import { allFixtures, commentsOf, FixtureServer, loadFixture, type SiteFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';

const fixtures = SITES.flatMap((site) => allFixtures(site.id));
const server = new FixtureServer(fixtures);
const parse = (html: string) => parseHTML(html).document as unknown as Document;

function check(fixture: SiteFixture, file: { name: string; text: string }) {
  expect(file.name).toMatch(new RegExp(`^sidkopia-${fixture.site}-\\d{4}-\\d{2}-\\d{2}\\.html$`));
  const url = /<meta name="fixture-url" content="([^"]+)"/.exec(file.text)?.[1]?.replaceAll('&amp;', '&') ?? '';
  const readBack = readPage(parse(file.text), url);
  expect(readBack?.site).toBe(fixture.site);
  expect(shape(readBack)).toEqual(shape(fixture.expected));
  expect(leaks(file.text, url, originals(parse(fixture.html), fixture.expected))).toEqual([]);
  expect(file.text).not.toMatch(/data:image|\bsrc=|srcset=|xlink:href=|<script|<style|modereringsstod-/i);
  return readBack;
}

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;
  let made = 0;

  beforeAll(async () => {
    driver = await launchBrowser(browserName, server);
  });
  afterAll(async () => {
    console.log(`[page-copy ${browserName}] ${made} anonymised copies downloaded and read back`);
    await driver?.close();
  });

  const withPanel = fixtures.filter((f) => commentsOf(f.expected).length > 0 || f.expected.posts.length === 0);
  it.each(withPanel.map((f) => [`${f.site}/${f.name}`, f] as const))('%s: the page panel\'s button downloads an anonymised copy', async (_label, fixture) => {
    await driver.open(fixture.url);
    await waitFor('the page panel', () => driver.panelKind(), (kind) => kind === 'counts' || kind === 'unrecognised', 30_000);
    const file = await driver.download(() => driver.clickInPanel('save-copy'));
    check(fixture, file);
    made += 1;
    expect(driver.errors()).toEqual([]);
  });

  const quiet = fixtures.filter((f) => !withPanel.includes(f));
  it.each([...quiet, loadFixture('instagram', 'post-2023-sv')].map((f) => [`${f.site}/${f.name}`, f] as const))(
    '%s: the options page\'s troubleshooting section downloads the open page\'s copy',
    async (_label, fixture) => {
      await driver.open(fixture.url);
      const options = await driver.extensionPage('options.html');
      try {
        const file = await driver.download(() => options.click('save-page-copy'));
        check(fixture, file);
        made += 1;
        expect(await options.waitForText('page-copy-message', (text) => text.includes(file.name))).toContain(file.name);
      } finally {
        await options.close();
      }
    },
  );
});
