/**
 * The Facebook adapter (also used for Business Suite, which renders the same comment markup).
 * Reads posts and comments from a Document without changing it; works on saved pages as well as
 * live ones, so everything is read from attributes and text nodes, never from layout.
 */
import type { Comment, Post } from '../../model/page';
import { commentLinks, readComment, type CommentContext } from './comment';
import { createdTimesFromJson } from './time';
import { absoluteHttps, cleanProfileUrl, cleanUrl, fitUrl, isProfileUrl, postIdFromUrl } from './urls';
import { markOfficeComments } from '../core/office';
import { settleDuplicates } from '../core/identity';
import { closestIn, firstMatch, outermost } from '../core/select';
import { ANY_ARTICLE, type FacebookSelectors } from './selectors';
import { clip, hasSeeMore, readBlocks, readLabel, readText } from '../core/text';
import type { ScanMemo } from '../core/memo';
import type { FoundComment, ScanResult, SelectorReport } from '../core/types';

type PostMeta = Omit<Post, 'comments'>;

interface PostRead {
  meta: PostMeta;
  /** The post author's clean profile URL: who "the office" is when judging `byOffice`. */
  authorUrl?: string;
}

interface Located {
  comment: Comment;
  element: Element;
}

interface PostScope {
  base: URL;
  report: SelectorReport;
  selectors: FacebookSelectors;
  /** Comment articles: a post's own text, author and links are never read from inside them. */
  commentElements: ReadonlySet<Element>;
  /** Feed posts to leave out when reading the page-level post (e.g. a post dialog over a feed). */
  exclude: readonly Element[];
}

/** Reads a page rendered with Facebook's comment components (Facebook itself, Business Suite). */
export function scanFacebook<Id extends string>(doc: Document, url: URL, site: Id, selectors: FacebookSelectors, memo?: ScanMemo): ScanResult<Id> {
  const report: SelectorReport = {};
  const reading = findComments(doc, url, report, selectors, memo);
  if (!reading) return { snapshot: { site, posts: [] }, found: [], selectors: report, complete: false };
  const comments = reading.located;
  const scope: PostScope = {
    base: url,
    report,
    selectors,
    commentElements: new Set(comments.map((located) => located.element)),
    exclude: [],
  };

  const containers = outermost(
    firstMatch(doc, 'postContainer', selectors.postContainer, report) ?? [],
  );
  const groups = containers.map((container) => {
    const own = comments.filter((c) => container.contains(c.element));
    return { ...readPostMeta(container, scope, null, own), comments: own };
  });

  // Comments outside every feed post belong to the page's own post: a permalink page, or a post
  // opened in a dialog over the feed (Facebook then also switches the URL to the post's).
  const orphans = comments.filter((c) => !containers.some((container) => container.contains(c.element)));
  if (containers.length === 0 || orphans.length > 0) {
    const dialog = orphans[0]?.element.closest(selectors.postDialog.join(', ')) ?? null;
    const main =
      dialog ??
      firstMatch(doc, 'pageMain', selectors.pageMain, report)?.[0] ??
      doc.body ??
      doc.documentElement;
    if (main) {
      const pageScope = { ...scope, exclude: containers };
      groups.push({ ...readPostMeta(main, pageScope, url, orphans), comments: orphans });
    }
  }
  groups.forEach((group) => {
    markOfficeComments(group.meta.authorName, group.authorUrl, group.comments.map((c) => c.comment));
  });

  const kept = groups.filter((group) => group.meta.text !== '' || group.comments.length > 0);
  const posts: Post[] = kept.map((group) => ({
    ...group.meta,
    comments: group.comments.map((c) => c.comment),
  }));
  // Each comment's post, looked up once: searching the groups' lists for every comment cost a 5,000-comment page
  // 12.5 million comparisons per scan.
  const postOf = new Map<Located, PostMeta>();
  for (const group of kept) for (const located of group.comments) if (!postOf.has(located)) postOf.set(located, group.meta);
  const found: FoundComment[] = comments.map((located) => ({ comment: located.comment, post: postOf.get(located) ?? { text: '' }, element: located.element }));
  const postAuthors = kept.map((group) => group.authorUrl);
  return { snapshot: { site, posts }, found, selectors: report, postAuthors, ...(reading.complete ? {} : { complete: false }) };
}

interface ArticleReading {
  /** The element owns a comment link of its own (a comment, not a feed post or a card). */
  accepted: boolean;
  comment: Comment | null;
}

const PENDING: ArticleReading = { accepted: true, comment: null };

/**
 * Comment articles in document order; null when the memo's slice ran out first, or (when the memo asks
 * for `partial`) the whole threads read so far, marked incomplete. Each article is read once and kept
 * while its subtree is unchanged; the comments handed out are copies, since the post grouping marks them
 * (office, duplicates) for this page as it is now.
 */
function findComments(
  doc: Document,
  base: URL,
  report: SelectorReport,
  selectors: FacebookSelectors,
  memo?: ScanMemo,
): { located: Located[]; complete: boolean } | null {
  let createdTimes: Map<string, number> | undefined;
  let outOfTime = false;
  const readings = new Map<Element, ArticleReading>();
  const read = (element: Element, matched?: string): ArticleReading => {
    // The slice is spent: the rest of the page waits for the next one, without a look at each article.
    if (outOfTime) return PENDING;
    // Nesting is judged against the selector the element matches: with list rows as comments, a reply
    // is a row inside its parent's row, not an article.
    const items = nestingSelector(matched ?? selectors.commentArticle.find((s) => element.matches(s)));
    const kind = `facebook-article ${items}`;
    const known = memo?.recall(kind, element);
    if (known) return known.value as ArticleReading;
    if (memo && !memo.inTime()) {
      outOfTime = true;
      return PENDING;
    }
    // A feed post can itself be an article; it owns no comment link, its comments do.
    const links = element.hasAttribute('aria-posinset') ? [] : commentLinks(element, base, selectors, items);
    const accepted = links.length > 0;
    let comment: Comment | null = null;
    if (accepted) {
      const context: CommentContext = { base, report, selectors, items, createdTimes: () => (createdTimes ??= createdTimesFromJson(doc)) };
      try {
        comment = readComment(element, context, links);
      } catch {
        // One malformed comment must not hide the others from the moderator.
        comment = null;
      }
    }
    const reading = { accepted, comment };
    memo?.remember(kind, element, reading);
    return reading;
  };
  const articles = memo?.run
    ? articlesInRun(doc, selectors.commentArticle, report, memo.run, read, readings)
    : (firstMatch(doc, 'commentArticle', selectors.commentArticle, report, (element) => {
        const reading = read(element);
        readings.set(element, reading);
        return reading.accepted;
      }) ?? []);
  if (outOfTime && !memo?.partial) return null;
  const located: Located[] = [];
  let frontier: Element | null = null;
  for (const element of articles) {
    const reading = readings.get(element);
    if (reading === PENDING) {
      frontier = element;
      break;
    }
    if (reading?.comment) located.push({ comment: { ...reading.comment }, element });
  }
  if (!frontier) return { located: settleDuplicates(located), complete: true };
  // Only whole threads: the last thread read may go on past the frontier (an office reply further
  // down changes what its comment needs), so it waits, replies and all, for a later slice. Replies
  // come after their comment, nested in its article or as articles of their own after it, so
  // everything from the last top-level comment on is that thread (the frontier's too, if nested).
  let lastThread = located.length - 1;
  while (lastThread >= 0 && located[lastThread]!.comment.isReply) lastThread -= 1;
  return { located: settleDuplicates(located.slice(0, Math.max(0, lastThread))), complete: false };
}

/** Where a scan's reading of the comment articles stopped, kept from one slice to the next. */
interface ArticlesRun {
  /** The entry of the article selectors being read. */
  selector: number;
  /** Its elements as the scan's first slice found them. */
  elements: Element[];
  readings: Map<Element, ArticleReading>;
  /** The first element not read yet. */
  next: number;
  accepted: boolean;
}

const ARTICLES_RUN = 'facebook-articles';

/**
 * The comment articles as firstMatch finds them, read a slice at a time without starting again at the top
 * of the page each slice: the page is queried once per scan and each slice goes on from where the last one
 * stopped (on a 5,000-comment page the slices of one scan had queried and walked every article again,
 * several hundred milliseconds in all). Fills `readings` (PENDING for the element the slice stopped at);
 * articles removed from the page meanwhile are left out, and ones added meanwhile are read by the next scan,
 * which their change schedules. Kept only while a scan is unfinished; the caller empties `run` when it starts
 * a scan, in case the last one was left unfinished.
 */
function articlesInRun(
  doc: Document,
  selectors: readonly string[],
  report: SelectorReport,
  run: Map<string, unknown>,
  read: (element: Element, matched?: string) => ArticleReading,
  readings: Map<Element, ArticleReading>,
): Element[] {
  const start = (selector: number): ArticlesRun => {
    const state = { selector, elements: Array.from(doc.querySelectorAll(selectors[selector] as string)), readings: new Map(), next: 0, accepted: false };
    run.set(ARTICLES_RUN, state);
    return state;
  };
  let state = (run.get(ARTICLES_RUN) as ArticlesRun | undefined) ?? start(0);
  for (;;) {
    // An element of the first list matches the first selector; one of a later list may match an earlier one too.
    const matched = state.selector === 0 ? selectors[0] : undefined;
    while (state.next < state.elements.length) {
      const element = state.elements[state.next] as Element;
      const reading = read(element, matched);
      if (reading === PENDING) break;
      state.readings.set(element, reading);
      if (reading.accepted) state.accepted = true;
      state.next += 1;
    }
    const stopped = state.next < state.elements.length;
    if (stopped || state.accepted || state.selector + 1 >= selectors.length) break;
    state = start(state.selector + 1);
  }
  // Read to the end: the next scan queries the page afresh.
  if (state.next >= state.elements.length) run.delete(ARTICLES_RUN);
  const articles: Element[] = [];
  for (let i = 0; i < state.next; i++) {
    const element = state.elements[i] as Element;
    const reading = state.readings.get(element);
    if (reading?.accepted && element.isConnected) {
      articles.push(element);
      readings.set(element, reading);
    }
  }
  const frontier = state.elements[state.next];
  if (frontier) {
    articles.push(frontier);
    readings.set(frontier, PENDING);
  }
  if (articles.length > 0) report.commentArticle ??= selectors[state.selector] as string;
  else if (!('commentArticle' in report)) report.commentArticle = null;
  return articles;
}

/** What one comment's element is, given the article selector that matched (articles by default). */
function nestingSelector(matched: string | undefined): string {
  return !matched || matched === 'article' || matched.includes('role="article"')
    ? ANY_ARTICLE
    : `${matched}, ${ANY_ARTICLE}`;
}

function readPostMeta(container: Element, scope: PostScope, pageUrl: URL | null, comments: Located[]): PostRead {
  const { report, selectors } = scope;
  const accept = (element: Element) =>
    closestIn(element, scope.commentElements) === null &&
    !scope.exclude.some((excluded) => excluded.contains(element));

  const body = firstMatch(container, 'postText', selectors.postText, report, accept)?.[0];
  const author = firstMatch(container, 'postAuthor', selectors.postAuthor, report, (element) =>
    accept(element) && readLabel(element) !== '',
  )?.[0];

  const meta: PostMeta = { text: body ? clip(readPostText(body), 100_000) : '' };
  if (body && hasSeeMore(body)) meta.truncated = true;
  const postUrl = findPostUrl(container, scope, accept, pageUrl, comments);
  if (postUrl) {
    const id = postIdFromUrl(postUrl);
    if (id) meta.id = clip(id, 512);
    const permalink = fitUrl(cleanUrl(postUrl, { dropComment: true }));
    if (permalink) meta.permalink = permalink;
  }
  if (author) meta.authorName = clip(readLabel(author), 512);
  const authorHref = author ? absoluteHttps(author.getAttribute('href'), scope.base) : null;
  const authorUrl = authorHref && isProfileUrl(authorHref) ? fitUrl(cleanProfileUrl(authorHref)) : undefined;
  return authorUrl ? { meta, authorUrl } : { meta };
}

/**
 * Where the post lives: the page URL on a permalink page; else a post link in the post's header
 * (Facebook often leaves its href empty until hovered); else the post part of a comment's link.
 */
function findPostUrl(
  container: Element,
  scope: PostScope,
  accept: (element: Element) => boolean,
  pageUrl: URL | null,
  comments: Located[],
): URL | null {
  if (pageUrl && postIdFromUrl(pageUrl)) return pageUrl;
  const links = Array.from(container.querySelectorAll('a[href]')).filter(accept);
  for (const link of links) {
    const url = absoluteHttps(link.getAttribute('href'), scope.base);
    if (url && postIdFromUrl(url)) return url;
  }
  for (const { comment } of comments) {
    const url = comment.permalink ? absoluteHttps(comment.permalink, scope.base) : null;
    if (url && postIdFromUrl(url)) return url;
  }
  return null;
}

function readPostText(body: Element): string {
  const blocks = outermost(Array.from(body.querySelectorAll('div[dir="auto"]')));
  return blocks.length > 0 ? readBlocks(blocks) : readText(body);
}
