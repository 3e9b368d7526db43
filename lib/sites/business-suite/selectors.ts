import { FACEBOOK_SELECTORS, type FacebookSelectors } from '../facebook/selectors';

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
