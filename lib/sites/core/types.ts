/**
 * What a site is to the rest of the extension. Each site folder exports one `defineSite(...)`; the
 * registry lists them, and every host list, enum and match pattern elsewhere is derived from it.
 */
import type { Comment, Post } from '../../model/page';
import type { ScanMemo } from './memo';
import type { MessageKey } from '../../i18n';

/** One comment found on a page, with the element the overlay is placed beside. */
export interface FoundComment {
  comment: Comment;
  /** The post the comment belongs to (without its `comments`, which live in the snapshot). */
  post: Omit<Post, 'comments'>;
  /** The site's own node for the comment; never modified, only used as an anchor. */
  element: Element;
}

/** Which fallback of each ordered selector list matched, so markup changes show early. */
export type SelectorReport = Record<string, string | null>;

export interface SnapshotOf<Id extends string> {
  site: Id;
  posts: Post[];
}

export interface ScanResult<Id extends string = string> {
  snapshot: SnapshotOf<Id>;
  found: FoundComment[];
  selectors: SelectorReport;
  /**
   * Each snapshot post's author's profile address where the page shows one, in `snapshot.posts` order:
   * whether a post is the office's own is decided by address, never by display name.
   */
  postAuthors?: readonly (string | undefined)[];
  /**
   * False when the memo's slice ran out before every comment was read: the caller scans again after
   * yielding to the page (the readings made so far are kept). The result is empty, or, when the memo
   * asked for `partial`, holds the comments read so far: whole threads from the top, in page order.
   */
  complete?: boolean;
}

/** What an account's own about/intro view or bio says, read by the site's adapter. */
export interface AccountInfoInput {
  text: string;
  /** The addresses the view links to (the site's redirect links decoded). */
  links: readonly string[];
  /** The account's name as the view shows it (its heading), when it does. */
  name?: string;
}

export interface SiteSpec<Id extends string, P extends string> {
  id: Id;
  /** The record model's platform (`account.platform`, `subject.platform`): sites may share one. */
  platform: P;
  /** The product name users know, e.g. "Meta Business Suite". */
  name: string;
  /** Exact host names the content script runs on (https, default port). Never a wildcard. */
  hosts: readonly string[];
  /** Further hosts an office account's URL may be typed with (e.g. `facebook.com` without www). */
  accountHosts?: readonly string[];
  /** Ordered fallback selectors by name, as the adapter uses them (documentation and diagnostics). */
  selectors: Readonly<Record<string, readonly string[]>>;
  /**
   * Reads the page; never changes it and never throws on odd markup. With a memo it may reuse readings
   * of unchanged elements and stop when the memo's slice is spent (`complete: false`).
   */
  scan(doc: Document, url: URL, memo?: ScanMemo): ScanResult<Id>;
  /** The account (Page, profile) a URL on this site belongs to, as a normalised https URL. */
  accountUrl(url: URL): string;
  /** A post, photo, reel or inbox thread: a page on which comments are expected. */
  isContentPage(url: URL): boolean;
  /**
   * True when the page belongs to one of the configured office accounts. Called only when some are
   * configured; `accountMatch` says whether the page's own account URL is one of them.
   */
  isOfficePage?(page: { url: URL; posts: readonly Post[]; accountMatch: boolean; officeAccounts: readonly URL[] }): boolean;
  /** Puts the overlay's host element beside a comment's element without moving the site's nodes. */
  place?(anchor: Element, host: HTMLElement): void;
  /** How a moderator removes a comment on this site, told after "Document and remove" (a locale key). */
  removalHelp?: MessageKey;
  /** The account's about/intro view or bio on this page, or null when the page shows none. Never throws. */
  readAccountInfo?(doc: Document, url: URL): AccountInfoInput | null;
}

export interface SiteDefinition<Id extends string = string, P extends string = string> extends Required<SiteSpec<Id, P>> {
  /** Content-script match patterns, one per host. */
  matches: readonly string[];
}

/** Fills in the defaults and derived fields; the only way a site enters the registry. */
export function defineSite<const Id extends string, const P extends string>(spec: SiteSpec<Id, P>): SiteDefinition<Id, P> {
  return {
    accountHosts: [],
    isOfficePage: ({ accountMatch }) => accountMatch,
    place: (anchor, host) => anchor.after(host),
    removalHelp: 'removalHowGeneric',
    readAccountInfo: () => null,
    ...spec,
    matches: spec.hosts.map((host) => `https://${host}/*`),
  };
}
