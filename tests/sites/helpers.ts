// Shared by the site tests: two DOM libraries, and saved pages with their hand-checked snapshots.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll } from 'vitest';
import type { PageSnapshot } from '../../lib/model';
import { SITES as SITE_DEFINITIONS } from '../../lib/sites/registry';

export const FIXTURE_ROOT = join(__dirname, '../fixtures/sites');
/** One fixture folder per registered site: a new site's folder is walked without touching the tests. */
export const SITES = SITE_DEFINITIONS.map((site) => site.id);

export type Parse = (html: string) => Document;

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
});

export const parsers: Array<[string, Parse]> = [
  [
    'happy-dom',
    (html) => {
      const window = new Window();
      windows.push(window);
      return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    },
  ],
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
];

export function fixtureNames(site: string): string[] {
  return readdirSync(join(FIXTURE_ROOT, site))
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
}

export function loadFixture(site: string, name: string, parse: Parse = parsers[0]![1]) {
  const html = readFileSync(join(FIXTURE_ROOT, site, `${name}.html`), 'utf8');
  const doc = parse(html);
  // The URL lives in the page itself so unit tests and e2e routes serve it at the same address.
  const url = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? '';
  const expected = JSON.parse(readFileSync(join(FIXTURE_ROOT, site, `${name}.expected.json`), 'utf8')) as PageSnapshot;
  return { doc, url, expected, html };
}
