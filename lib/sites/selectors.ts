/**
 * Ordered fallback selectors for Facebook's markup. The first entry is what the 2025 layout uses;
 * later entries are looser guesses. `firstMatch` records which one matched in the SelectorReport,
 * so when Facebook changes its markup the report shows a fallback or null before users notice.
 * No entry may use a class name: Facebook's classes are generated and change with every deploy.
 */
import type { SelectorReport } from './types';

/** Anything the accessibility tree calls an article; used to tell a comment from its nested replies. */
export const ANY_ARTICLE = '[role="article"], article';

export const FACEBOOK_SELECTORS = {
  /** A comment or reply; only kept when it carries its own `comment_id` link. */
  commentArticle: ['div[role="article"]', '[role="article"]', 'article'],
  /** The stable anchor of a comment: its timestamp (and author) link. */
  commentLink: ['a[href*="comment_id="]'],
  /** The comment body; Facebook wraps each paragraph in its own `dir=auto` block. */
  commentText: ['div[dir="auto"]', 'span[dir="auto"][lang]'],
  /** Absolute times, where the page still renders them. */
  absoluteTime: ['abbr[data-utime]', 'time[datetime]'],
  /** One post in a feed or Page timeline. */
  postContainer: ['div[aria-posinset]', '[aria-posinset]'],
  /** The post on a permalink page when there is no feed. */
  pageMain: ['div[role="main"]', '[role="main"]'],
  /** A post opened over the feed; found from its comments, so not reported. */
  postDialog: ['div[role="dialog"]', '[role="dialog"]'],
  postText: [
    '[data-ad-rendering-role="story_message"]',
    '[data-ad-comet-preview="message"]',
    '[data-ad-preview="message"]',
  ],
  postAuthor: ['[data-ad-rendering-role="profile_name"] a', 'h2 a', 'h3 a', 'h4 a'],
};

export type FacebookSelectors = { readonly [K in keyof typeof FACEBOOK_SELECTORS]: readonly string[] };

/**
 * Business Suite (business.facebook.com) renders Facebook's own comment components in its post
 * views, and list rows in its inbox; the extra entries come after Facebook's so a Facebook-style
 * page reports the same selectors on both hosts. The inbox entries are modelled guesses: see
 * tests/fixtures/sites/business-suite/README.md.
 */
export const BUSINESS_SUITE_SELECTORS: FacebookSelectors = {
  ...FACEBOOK_SELECTORS,
  commentArticle: [...FACEBOOK_SELECTORS.commentArticle, '[role="listitem"]', 'li'],
  commentText: [...FACEBOOK_SELECTORS.commentText, 'span[dir="auto"]'],
  postAuthor: [...FACEBOOK_SELECTORS.postAuthor, 'header a'],
};

/**
 * Elements of the first selector in `selectors` that has at least one element passing `accept`
 * (all elements if no `accept`), in document order; null when none does. The matching selector is
 * recorded under `name`; a later miss does not overwrite an earlier match, because one post without
 * a body must not hide that the selector works for the rest of the page.
 */
export function firstMatch(
  root: ParentNode,
  name: string,
  selectors: readonly string[],
  report: SelectorReport,
  accept: (element: Element) => boolean = () => true,
): Element[] | null {
  for (const selector of selectors) {
    const found = Array.from(root.querySelectorAll(selector)).filter(accept);
    if (found.length > 0) {
      if (!report[name]) report[name] = selector;
      return found;
    }
  }
  if (!(name in report)) report[name] = null;
  return null;
}

/** True if some proper ancestor of `element` is in `set` (used to skip nested posts). */
export function hasAncestorIn(element: Element, set: ReadonlySet<Element>): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (set.has(node)) return true;
  }
  return false;
}

/** Drops elements nested in another of `elements` (a block inside a block would be read twice). */
export function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => !hasAncestorIn(element, set));
}

/** The nearest element of `set` that is `element` itself or contains it. */
export function closestIn<T extends Element>(element: Element, set: ReadonlySet<T>): T | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (set.has(node as T)) return node as T;
  }
  return null;
}
