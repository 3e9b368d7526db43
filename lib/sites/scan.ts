/**
 * Reading a page with a given list of sites. The content scripts pass their platform's list (lib/sites/platforms/), so
 * they carry no other platform's reader; lib/sites/index.ts is the same with every supported site.
 */
import type { ScanMemo } from './core/memo';
import type { ScanResult } from './core/types';
import type { SiteRegistry } from './site-registry';

/** Null only for a URL these sites do not cover; a supported page always gets a result. */
export function scanWith<Id extends string>(sites: SiteRegistry, doc: Document, url: string, memo?: ScanMemo): ScanResult<Id> | null {
  const site = sites.siteForUrl(url);
  if (!site) return null;
  try {
    return site.scan(doc, new URL(url), memo) as ScanResult<Id>;
  } catch {
    // The adapter is written not to throw; if it still does, the panel shows "nothing recognised"
    // (an empty report) instead of the content script dying on the site's page.
    return { snapshot: { site: site.id as Id, posts: [] }, found: [], selectors: {} };
  }
}
