/**
 * The one entry point for reading a page: picks the site for the URL and runs its adapter. Stable API
 * (see DESIGN.md): tests outside the repo call `readPage` on Documents built from saved HTML.
 */
import type { PageSnapshot } from '../model';
import type { ScanMemo } from './core/memo';
import type { ScanResult } from './core/types';
import { diagnose as diagnoseWith, type Diagnostics } from './diagnose';
import { siteRegistry, type SiteRegistry } from './registry';
import { scanWith } from './scan';

export type { Diagnostics } from './diagnose';
export type { FoundComment, ScanResult, SelectorReport, SiteDefinition } from './core/types';
export { ReadingMemo, type ScanMemo } from './core/memo';
export { siteRegistry, SITES, type Site, type Platform } from './registry';

/** The site a URL belongs to (https, default port, exact host), or null. */
export function siteForUrl(url: URL | string): PageSnapshot['site'] | null {
  return siteRegistry.siteForUrl(url)?.id ?? null;
}

/** Null only for a URL the extension does not support; a supported page always gets a result. */
export function scanPage<Id extends string>(doc: Document, url: string, sites: SiteRegistry = siteRegistry, memo?: ScanMemo): ScanResult<Id> | null {
  return scanWith<Id>(sites, doc, url, memo);
}

/** What the page panel's "not recognised" state shows (diagnose.ts), with every supported site unless given a list. */
export function diagnose(doc: Document, url: string, sites: SiteRegistry = siteRegistry): Diagnostics {
  return diagnoseWith(doc, url, sites);
}

export function readPage(doc: Document, url: string): PageSnapshot | null {
  return scanPage<PageSnapshot['site']>(doc, url)?.snapshot ?? null;
}
