/**
 * The one entry point for reading a page: picks the site for the URL and runs its adapter. Stable API
 * (see DESIGN.md): tests outside the repo call `readPage` on Documents built from saved HTML.
 */
import type { PageSnapshot } from '../model';
import type { ScanMemo } from './core/memo';
import type { ScanResult } from './core/types';
import { siteRegistry, type SiteRegistry } from './registry';

export { diagnose, type Diagnostics } from './diagnose';
export type { FoundComment, ScanResult, SelectorReport, SiteDefinition } from './core/types';
export { ReadingMemo, type ScanMemo } from './core/memo';
export { siteRegistry, SITES, type Site, type Platform } from './registry';

/** The site a URL belongs to (https, default port, exact host), or null. */
export function siteForUrl(url: URL | string): PageSnapshot['site'] | null {
  return siteRegistry.siteForUrl(url)?.id ?? null;
}

/** Null only for a URL the extension does not support; a supported page always gets a result. */
export function scanPage<Id extends string>(doc: Document, url: string, sites: SiteRegistry = siteRegistry, memo?: ScanMemo): ScanResult<Id> | null {
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

export function readPage(doc: Document, url: string): PageSnapshot | null {
  return scanPage<PageSnapshot['site']>(doc, url)?.snapshot ?? null;
}
