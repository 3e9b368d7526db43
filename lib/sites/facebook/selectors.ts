/**
 * Ordered fallback selectors for Facebook's markup (see core/select.ts). The first entry is what the
 * 2025 layout uses; later entries are looser guesses. Never a class name.
 */

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
