/** Saved pages and their expected readings, shared by the e2e drivers and scenarios. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageSnapshot } from '../../../lib/model';
import { SITES } from '../../../lib/sites/registry';

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/sites');

export interface SiteFixture {
  name: string;
  site: string;
  url: string;
  html: string;
  expected: PageSnapshot;
}

export function fixtureUrl(html: string): string {
  const match = /<meta\s+name="fixture-url"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('fixture has no <meta name="fixture-url">');
  return match[1].replaceAll('&amp;', '&');
}

export function loadFixture(site: string, name: string): SiteFixture {
  const dir = join(FIXTURE_ROOT, site);
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as PageSnapshot;
  return { name, site, url: fixtureUrl(html), html, expected };
}

export function allFixtures(site: string): SiteFixture[] {
  return readdirSync(join(FIXTURE_ROOT, site))
    .filter((f) => f.endsWith('.html'))
    .map((f) => loadFixture(site, f.replace(/\.html$/, '')));
}

export function commentsOf(snapshot: PageSnapshot) {
  return snapshot.posts.flatMap((p) => p.comments);
}

/** Serves fixtures by URL (ignoring query/hash differences only when no exact match exists). */
export class FixtureServer {
  private readonly byUrl = new Map<string, string>();

  constructor(fixtures: SiteFixture[]) {
    for (const f of fixtures) this.byUrl.set(f.url, f.html);
  }

  add(url: string, html: string): void {
    this.byUrl.set(url, html);
  }

  lookup(url: string): string | undefined {
    const exact = this.byUrl.get(url);
    if (exact) return exact;
    const bare = url.split('#')[0]!;
    return this.byUrl.get(bare);
  }
}

/** Every host the content script runs on, from the site registry: a new site's pages are served too. */
export const SOCIAL_HOSTS = new Set(SITES.flatMap((site) => site.hosts));
export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
