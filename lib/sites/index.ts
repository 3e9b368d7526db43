/**
 * The one entry point for reading a page: picks the adapter for the URL and runs it. Stable API
 * (see DESIGN.md): tests outside the repo call `readPage` on Documents built from saved HTML.
 */
import type { PageSnapshot, Site } from '../model';
import { parseUrl, siteForUrl } from './detect';
import { businessSuiteAdapter, facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { ScanResult, SiteAdapter } from './types';

export { siteForUrl } from './detect';
export { diagnose, type Diagnostics } from './diagnose';
export type { FoundComment, ScanResult, SelectorReport, SiteAdapter } from './types';

const ADAPTERS: Readonly<Record<Site, SiteAdapter>> = {
  facebook: facebookAdapter,
  'business-suite': businessSuiteAdapter,
  instagram: instagramAdapter,
};

/** Null only for a URL the extension does not support; a supported page always gets a result. */
export function scanPage(doc: Document, url: string): ScanResult | null {
  const parsed = parseUrl(url);
  const site = parsed ? siteForUrl(parsed) : null;
  if (!parsed || !site) return null;
  try {
    return ADAPTERS[site].scan(doc, parsed);
  } catch {
    // The adapter is written not to throw; if it still does, the panel shows "nothing recognised"
    // (an empty report) instead of the content script dying on Facebook's page.
    return { snapshot: { site, posts: [] }, found: [], selectors: {} };
  }
}

export function readPage(doc: Document, url: string): PageSnapshot | null {
  return scanPage(doc, url)?.snapshot ?? null;
}
