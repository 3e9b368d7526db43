import type { Comment, PageSnapshot, Post, Site } from '../model';

/** One comment found on a page, with the element the overlay is placed beside. */
export interface FoundComment {
  comment: Comment;
  /** The post the comment belongs to (without its `comments`, which live in the snapshot). */
  post: Omit<Post, 'comments'>;
  /** Facebook's/Instagram's own node for the comment; never modified, only used as an anchor. */
  element: Element;
}

/** Which fallback of each ordered selector list matched, so markup changes show early. */
export type SelectorReport = Record<string, string | null>;

export interface ScanResult {
  snapshot: PageSnapshot;
  found: FoundComment[];
  selectors: SelectorReport;
}

/** A site adapter: reads a page's DOM, never changes it, holds no UI. */
export interface SiteAdapter {
  site: Site;
  scan(doc: Document, url: URL): ScanResult;
}
