/**
 * One Facebook comment article → a `Comment`. Identity comes only from the links Facebook puts in the
 * comment's own header (the author's profile link) and timestamp, never from a link someone pasted
 * into the text; everything inside a nested article (a reply rendered inside its parent) is ignored.
 */
import type { Comment } from '../../model/page';
import {
  absoluteHttps,
  cleanProfileUrl,
  cleanUrl,
  commentRefFromUrl,
  fitUrl,
  isProfileUrl,
  type CommentRef,
} from './urls';
import { firstMatch, outermost } from '../core/select';
import { isoFromUnixSeconds } from '../core/time';
import { timeInElement } from './time';
import { ANY_ARTICLE, type FacebookSelectors } from './selectors';
import { clip, hasSeeMore, readBlocks, readLabel } from '../core/text';
import type { SelectorReport } from '../core/types';

export interface CommentContext {
  base: URL;
  report: SelectorReport;
  selectors: FacebookSelectors;
  /** What counts as one comment's element, for telling a comment from replies nested in it. */
  items: string;
  /** `created_time` by comment id from embedded JSON; computed on first use. */
  createdTimes: () => Map<string, number>;
}

export interface CommentLink {
  element: Element;
  url: URL;
  ref: CommentRef;
}

/** True if `element` belongs to `article` itself rather than to an article nested in it. */
export function ownedBy(article: Element, element: Element, items: string = ANY_ARTICLE): boolean {
  return element.closest(items) === article;
}

/**
 * Where a comment's text lives: a link inside these was written by the commenter (a pasted "link to
 * comment" of someone else's comment), so it never says which comment this is.
 */
const TEXT_BLOCK = 'div[dir="auto"], span[dir="auto"][lang]';

function inTextBlock(article: Element, element: Element): boolean {
  for (let node = element.parentElement; node && node !== article; node = node.parentElement) {
    if (node.matches(TEXT_BLOCK)) return true;
  }
  return false;
}

/** Header and timestamp links in `article` that point at a comment, excluding nested articles and the text. */
export function commentLinks(
  article: Element,
  base: URL,
  selectors: Pick<FacebookSelectors, 'commentLink'>,
  items: string = ANY_ARTICLE,
): CommentLink[] {
  const links: CommentLink[] = [];
  selectors.commentLink.forEach((selector) => {
    Array.from(article.querySelectorAll(selector)).forEach((element) => {
      if (!ownedBy(article, element, items) || inTextBlock(article, element)) return;
      const url = absoluteHttps(element.getAttribute('href'), base);
      const ref = url ? commentRefFromUrl(url) : null;
      if (url && ref && !links.some((link) => link.element === element)) links.push({ element, url, ref });
    });
  });
  return links;
}

/**
 * The link that identifies the comment: the timestamp link to the post, which carries the comment
 * parameters; Facebook also puts them on the author's profile link, which is the fallback.
 */
export function primaryCommentLink(links: readonly CommentLink[]): CommentLink | null {
  return links.find((link) => !isProfileUrl(link.url)) ?? links[0] ?? null;
}

/** True when the header and timestamp links name different comments: the identity is in doubt. */
export function linksDisagree(links: readonly CommentLink[]): boolean {
  return new Set(links.map((link) => `${link.ref.id}|${link.ref.isReply}`)).size > 1;
}

export const LABEL_PREFIX = /^(?:comment by|reply by|kommentar av|kommentar från|svar av|svar från)\s+/i;
const LABEL_TIME_SUFFIXES = [
  /\s+(?:about\s+)?(?:a|an|one|\d+)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$/i,
  /\s+för\s+(?:en|ett|\d+)\s+(?:sekund(?:er)?|minut(?:er)?|timm(?:e|ar)|dag(?:ar)?|veck(?:a|or)|månad(?:er)?|år)\s+sedan$/i,
  /\s+(?:just now|yesterday|just nu|igår|i går)$/i,
  /\s+\d+\s*(?:s|m|min|h|tim|d|v|w|mån|y|år)$/i,
];
const LABEL_REPLY_TARGETS = [/\s+to\s+.+?['’]s?\s+comment$/i, /\s+(?:på|till)\s+.+?\s+kommentar$/i];

/**
 * The author's name from the article's aria-label, e.g. "Kommentar av Anna Exempelsson för 2 dagar
 * sedan" or "Reply by Bo Exempel to Anna Exempelsson's comment 2 days ago"; '' if it does not parse.
 */
export function nameFromAriaLabel(label: string): string {
  let rest = label.replace(/\s+/g, ' ').trim();
  if (!LABEL_PREFIX.test(rest)) return '';
  rest = rest.replace(LABEL_PREFIX, '');
  for (const suffix of LABEL_TIME_SUFFIXES) {
    if (suffix.test(rest)) {
      rest = rest.replace(suffix, '');
      break;
    }
  }
  for (const target of LABEL_REPLY_TARGETS) rest = rest.replace(target, '');
  return rest.trim();
}

/** Reads one comment article; null when it has no usable comment link. `links`: its `commentLinks`, if already read. */
export function readComment(
  article: Element,
  context: CommentContext,
  links: CommentLink[] = commentLinks(article, context.base, context.selectors, context.items),
): Comment | null {
  const { base, report, selectors, items } = context;
  const link = primaryCommentLink(links);
  if (!link) return null;
  const own = (element: Element) => ownedBy(article, element, items);
  const notNested = { skip: (element: Element) => element.matches(items) };

  const blocks = outermost(
    firstMatch(article, 'commentText', selectors.commentText, report, (element) =>
      own(element) && element.closest('a') === null && !element.contains(link.element),
    ) ?? [],
  );
  const text = readBlocks(blocks, notNested);

  const inText = (element: Element) => blocks.some((block) => block.contains(element));
  const profileLinks = Array.from(article.querySelectorAll('a[href]')).filter((element) => {
    if (!own(element) || element === link.element || inText(element)) return false;
    const url = absoluteHttps(element.getAttribute('href'), base);
    return url !== null && isProfileUrl(url);
  });
  // The first profile link with a name, its name read once.
  let nameLink: Element | undefined;
  let linkName = '';
  for (const element of profileLinks) {
    linkName = readLabel(element);
    if (linkName !== '') {
      nameLink = element;
      break;
    }
  }
  const authorLink = nameLink ?? profileLinks[0];
  const authorUrl = authorLink ? absoluteHttps(authorLink.getAttribute('href'), base) : null;
  const authorName = nameLink ? linkName : nameFromAriaLabel(article.getAttribute('aria-label') ?? '');

  const postedLabel = readLabel(link.element, notNested);
  const postedAt = timeInElement(article, own, report, selectors) ?? fromJson(context, link.ref.id);

  const comment: Comment = {
    id: clip(link.ref.id, 512),
    authorName: clip(authorName, 512),
    text: clip(text, 100_000),
    isReply: link.ref.isReply,
  };
  const permalink = fitUrl(cleanUrl(link.url));
  if (permalink) comment.permalink = permalink;
  const cleanAuthorUrl = authorUrl ? fitUrl(cleanProfileUrl(authorUrl)) : undefined;
  if (cleanAuthorUrl) comment.authorUrl = cleanAuthorUrl;
  if (postedAt) comment.postedAt = postedAt;
  if (postedLabel) comment.postedLabel = clip(postedLabel, 256);
  if (link.ref.parentId) comment.parentId = clip(link.ref.parentId, 512);
  if (hasSeeMore(article, (button) => !own(button))) comment.truncated = true;
  if (linksDisagree(links)) comment.idCollision = true;
  return comment;
}

function fromJson(context: CommentContext, id: string): string | undefined {
  const seconds = context.createdTimes().get(id);
  return seconds === undefined ? undefined : isoFromUnixSeconds(seconds);
}
