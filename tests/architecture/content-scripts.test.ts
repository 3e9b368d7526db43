// One content script per platform (entrypoints/<platform>.content), each reading only its own platform's sites
// (lib/sites/platforms/): a Facebook page loads no Instagram reader and the other way round (issue 12, the content
// script's size). Together they cover every supported site exactly once, so a site added to a platform's list is
// matched without touching an entrypoint, and a new platform without its content script fails here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACEBOOK_SITES, facebookSites } from '../../lib/sites/platforms/facebook';
import { INSTAGRAM_SITES, instagramSites } from '../../lib/sites/platforms/instagram';
import { PLATFORM_IDS, SITES, siteRegistry } from '../../lib/sites/registry';

const ENTRYPOINTS = join(import.meta.dirname, '../../entrypoints');
const PLATFORMS = { facebook: { sites: FACEBOOK_SITES, registry: facebookSites }, instagram: { sites: INSTAGRAM_SITES, registry: instagramSites } };

type Definition = { matches: string[]; runAt?: string; main: (ctx: unknown) => unknown };
const definitionOf = async (platform: string): Promise<Definition> =>
  ((await import(`../../entrypoints/${platform}.content/index.ts`)) as { default: Definition }).default;

describe('the content scripts', () => {
  it('are one per platform, and no other', () => {
    const scripts = readdirSync(ENTRYPOINTS).filter((name) => name.endsWith('.content')).map((name) => name.replace(/\.content$/, ''));
    expect(scripts.sort()).toEqual([...PLATFORM_IDS].sort());
    expect(Object.keys(PLATFORMS).sort()).toEqual([...PLATFORM_IDS].sort());
  });

  it('split the supported sites by platform, each site once', () => {
    for (const [platform, { sites }] of Object.entries(PLATFORMS)) for (const site of sites) expect(site.platform).toBe(platform);
    const listed = Object.values(PLATFORMS).flatMap(({ sites }) => sites.map((s) => s.id));
    expect(listed.sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it.each(PLATFORM_IDS)('%s: matches its own sites’ hosts, all of them and no other platform’s', async (platform) => {
    const definition = await definitionOf(platform);
    const { registry } = PLATFORMS[platform];
    expect([...definition.matches].sort()).toEqual([...registry.matches].sort());
    // At document_start to wake the background early; the overlay waits for the parsed page (content-main.ts's whenParsed).
    expect(definition.runAt).toBe('document_start');
    // Every page it runs on is one of its own sites: no other platform's reader could be wanted there.
    for (const pattern of definition.matches) {
      const url = pattern.replace('*', 'x');
      expect(registry.siteForUrl(url)?.platform).toBe(platform);
      expect(siteRegistry.siteForUrl(url)?.platform).toBe(platform);
    }
  });

  it('cover every supported site’s pages between them, each page once', async () => {
    const all = (await Promise.all(PLATFORM_IDS.map(definitionOf))).flatMap((d) => d.matches);
    expect(all.sort()).toEqual([...siteRegistry.matches].sort());
    expect(new Set(all).size).toBe(all.length);
  });
});
