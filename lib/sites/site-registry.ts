/**
 * Look-ups over a list of site definitions. Built from `SITES` for the product; tests build one with
 * an extra, test-only site to prove that a new site needs no change anywhere else.
 */
import type { Post } from '../model/page';
import type { SiteDefinition } from './core/types';
import { parseUrl } from './core/url';

export interface SiteRegistry<S extends SiteDefinition = SiteDefinition> {
  readonly sites: readonly S[];
  /** Every content-script match pattern. */
  readonly matches: readonly string[];
  /** The site a page URL belongs to: https, default port, exact host; null for anything else. */
  siteForUrl(url: URL | string): S | null;
  byId(id: S['id']): S;
  platformOf(id: S['id']): S['platform'];
  /** The site whose account URLs may use this URL's host (hosts plus account-only hosts). */
  siteForAccountUrl(url: URL | string): S | null;
  /** The normalised account URL of a page or configured account, or null off the supported sites. */
  accountUrl(url: URL | string): string | null;
  /** True when an https URL names an account on a supported site (settings validation). */
  isAccountUrl(url: string): boolean;
  isContentPage(url: string): boolean;
  /** The configured account a page belongs to, in its normalised form, or null. */
  matchAccount(pageUrl: string, officeAccounts: readonly string[]): string | null;
  /** True on the office's own accounts; with none configured, every page counts (first-day setup). */
  isOfficePage(pageUrl: string, posts: readonly Post[], officeAccounts: readonly string[]): boolean;
}

const toUrl = (url: URL | string): URL | null => (typeof url === 'string' ? parseUrl(url) : url);
const lower = (url: string) => url.toLowerCase().replace(/\/+$/, '');

export function createSiteRegistry<S extends SiteDefinition>(sites: readonly S[]): SiteRegistry<S> {
  const byHost = new Map<string, S>();
  const byAccountHost = new Map<string, S>();
  const byId = new Map<string, S>();
  for (const site of sites) {
    if (byId.has(site.id)) throw new Error(`two sites with the id ${site.id}`);
    byId.set(site.id, site);
    for (const host of site.hosts) {
      if (byHost.has(host)) throw new Error(`${host} is claimed by ${byHost.get(host)!.id} and ${site.id}`);
      byHost.set(host, site);
      byAccountHost.set(host, site);
    }
    for (const host of site.accountHosts) byAccountHost.set(host, site);
  }
  const https = (url: URL | null) => url !== null && url.protocol === 'https:' && url.port === '';

  const registry: SiteRegistry<S> = {
    sites,
    matches: sites.flatMap((s) => s.matches),
    siteForUrl(input) {
      // The real sites are https on the default port; anything else is a copy, a proxy or a test server.
      const url = toUrl(input);
      return url && https(url) ? (byHost.get(url.hostname) ?? null) : null;
    },
    byId(id) {
      const site = byId.get(id);
      if (!site) throw new Error(`unknown site ${id}`);
      return site;
    },
    platformOf: (id) => registry.byId(id).platform,
    siteForAccountUrl(input) {
      const url = toUrl(input);
      return url && https(url) ? (byAccountHost.get(url.hostname) ?? null) : null;
    },
    accountUrl(input) {
      const url = toUrl(input);
      const site = url ? registry.siteForAccountUrl(url) : null;
      return url && site ? site.accountUrl(url) : null;
    },
    isAccountUrl: (url) => registry.siteForAccountUrl(url) !== null,
    isContentPage(input) {
      const url = toUrl(input);
      const site = url ? registry.siteForUrl(url) : null;
      return url !== null && site !== null && site.isContentPage(url);
    },
    matchAccount(pageUrl, officeAccounts) {
      const page = registry.accountUrl(pageUrl);
      if (!page) return null;
      for (const configured of officeAccounts) {
        const account = registry.accountUrl(configured);
        if (account && lower(account) === lower(page)) return lower(account);
      }
      return null;
    },
    isOfficePage(pageUrl, posts, officeAccounts) {
      if (officeAccounts.length === 0) return true;
      const url = toUrl(pageUrl);
      const site = url ? registry.siteForUrl(url) : null;
      if (!url || !site) return false;
      const own = officeAccounts
        .map((a) => toUrl(a))
        .filter((a): a is URL => a !== null && registry.siteForAccountUrl(a)?.platform === site.platform);
      const accountMatch = registry.matchAccount(pageUrl, officeAccounts) !== null;
      return site.isOfficePage({ url, posts, accountMatch, officeAccounts: own });
    },
  };
  return registry;
}
