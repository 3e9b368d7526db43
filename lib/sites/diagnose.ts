/**
 * What the page panel's "not recognised" state and its "copy diagnostics" button show. It goes into
 * support tickets, so it holds counts and selectors only: never comment text, names or the query.
 */
import type { SelectorReport } from './core/types';
import { parseUrl } from './core/url';
import type { SiteRegistry } from './site-registry';

export interface Diagnostics {
  site: string | null;
  /** True when the adapter found at least one post or comment on a supported page. */
  recognised: boolean;
  posts: number;
  comments: number;
  /** Comments whose identity is in doubt (another comment claims the same id, or their links disagree). */
  idCollisions: number;
  /** Which fallback of each selector list matched (null: none did). */
  selectors: SelectorReport;
  /** The page URL without query and fragment, which may carry ids of people or tracking. */
  url: string;
}

export function diagnose(doc: Document, url: string, sites: SiteRegistry): Diagnostics {
  const parsed = parseUrl(url);
  const site = parsed ? sites.siteForUrl(parsed) : null;
  let result = null;
  try {
    result = site && parsed ? site.scan(doc, parsed) : null;
  } catch {
    result = null;
  }
  const posts = result?.snapshot.posts ?? [];
  const comments = posts.reduce((sum, post) => sum + post.comments.length, 0);
  return {
    site: site?.id ?? null,
    recognised: site !== null && (posts.length > 0 || comments > 0),
    posts: posts.length,
    comments,
    idCollisions: posts.reduce((sum, post) => sum + post.comments.filter((c) => c.idCollision).length, 0),
    selectors: { ...(result?.selectors ?? {}) },
    url: parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed.origin + parsed.pathname : '',
  };
}
