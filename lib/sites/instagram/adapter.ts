/**
 * The Instagram adapter: a post or reel page (or a post dialog over a profile) → one Post with its
 * comments. Instagram's classes are generated like Facebook's, so rows are found from their
 * comment links (`/p/CODE/c/ID/`) and grown outwards until they would take in another comment.
 */
import type { Comment, Post } from '../../model/page';
import { isoFromDateText } from '../core/time';
import {
  accountFromPostUrl,
  commentPermalink,
  commentRefFromUrl,
  instagramUrl,
  postCodeFromUrl,
  postPermalink,
  type InstagramCommentRef,
} from './urls';
import { settleDuplicates } from '../core/identity';
import { markOfficeComments } from '../core/office';
import { firstMatch } from '../core/select';
import { clip, hasSeeMore, readBlocks, readLabel } from '../core/text';
import { readAuthor, textBlocks } from './parts';
import type { FoundComment, ScanResult, SelectorReport } from '../core/types';

/** Ordered fallbacks, first what the 2025 web layout uses; never class names. */
export const INSTAGRAM_SELECTORS = {
  /** The anchor: a comment's time link. Matches are mapped to their link. */
  commentLink: ['a[href*="/c/"] time[datetime]', 'a[href*="/c/"]'],
  commentText: ['span[dir="auto"]', 'div[dir="auto"]'],
  commentAuthor: ['a[role="link"][href]', 'h3 a[href]', 'a[href]'],
  postText: ['h1[dir="auto"]', 'h1'],
  /**
   * Where the caption is not an h1 (the 2023 layout), its row has a time that is no link, followed by
   * the text; matches are kept only outside links and comment rows.
   */
  captionTime: ['time[datetime]'],
  /** Else it is the first comment-like row linking to the post itself (not the like count's date). */
  captionLink: ['a[href*="/p/"] time[datetime]', 'a[href*="/p/"]'],
  captionText: ['span[dir="auto"]', 'div[dir="auto"]'],
  postAuthor: ['header a[role="link"][href]', 'header a[href]', 'h2 a[href]'],
};

/** Anything that ends a row when climbing from a comment link: other posts' parts, the page. */
const ROW_STOP = 'h1, header, main, [role="main"], [role="dialog"], article, form, textarea, body';

interface Row {
  ref: InstagramCommentRef;
  link: Element;
  row: Element;
}

/** Reads an Instagram post or reel page (or a post dialog over a profile). */
export function scanInstagram(doc: Document, url: URL): ScanResult<'instagram'> {
  const report: SelectorReport = {};
  const idOf = commentIdOf(url);
  const rows = settleDuplicates(
    findRows(doc, url, report, idOf).map((row) => ({ ...row, comment: readRow(row, url, report) })),
  );
  const comments = rows.map((row) => row.comment);
  const code = postCodeFromUrl(url) ?? rows[0]?.ref.code ?? null;
  const post = readPost(doc, url, code, rows, report, idOf);
  markOfficeComments(post.meta.authorName, post.authorUrl, comments);
  const posts: Post[] = post.meta.text !== '' || comments.length > 0 ? [{ ...post.meta, comments }] : [];
  const found: FoundComment[] = rows.map((row) => ({
    comment: row.comment,
    post: post.meta,
    element: row.row,
  }));
  return { snapshot: { site: 'instagram', posts }, found, selectors: report, postAuthors: posts.map(() => post.authorUrl) };
}

const toLink = (element: Element) => (element.matches('a') ? element : element.closest('a'));

function refIn(element: Element, base: URL): InstagramCommentRef | null {
  const link = toLink(element);
  const href = link ? instagramUrl(link.getAttribute('href'), base) : null;
  return href ? commentRefFromUrl(href) : null;
}

function commentIdOf(base: URL): (element: Element) => string | null {
  return (element) => (element.matches('a[href]') ? (refIn(element, base)?.id ?? null) : null);
}

/** Comment links in document order, one row per comment id. */
function findRows(doc: Document, base: URL, report: SelectorReport, idOf: (e: Element) => string | null): Row[] {
  const refOf = (element: Element) => refIn(element, base);
  const matches =
    firstMatch(doc, 'commentLink', INSTAGRAM_SELECTORS.commentLink, report, (e) => refOf(e) !== null) ?? [];
  const rows: Row[] = [];
  // The rows found so far by comment id: looking through every row for each link was quadratic in the comments.
  const byId = new Map<string, Row[]>();
  matches.forEach((element) => {
    const link = toLink(element);
    const ref = refOf(element);
    if (!link || !ref) return;
    // A second link to the same comment inside a row already found is that comment's, not another.
    const same = byId.get(ref.id);
    if (same?.some((r) => r.row.contains(link) || link.contains(r.row))) return;
    const row = { ref, link, row: growRow(link, idOf, ref.id) };
    rows.push(row);
    if (same) same.push(row);
    else byId.set(ref.id, [row]);
  });
  return rows;
}

/**
 * The largest ancestor of `start` (a comment's link, or the caption) that holds no other comment's
 * link or time, and no heading or header of the post.
 */
function growRow(
  start: Element,
  idOf: (link: Element) => string | null,
  id: string | null,
  anyTime = id !== null,
): Element {
  let row: Element = start;
  const foreign = (element: Element) => {
    if (start.contains(element) || element.contains(start)) return false;
    if (element.matches('h1, header')) return true;
    if (element.matches('time')) {
      // Every comment row has exactly one time, inside its own link: another time is another row, even
      // one whose link claims the same id (two comments claiming one id stay two rows). So has the
      // 2023 caption row, its time being no link. A caption found by its link to the post may still
      // take in the post's own date link.
      if (anyTime) return true;
      const link = element.closest('a');
      return link !== null && idOf(link) !== null;
    }
    const other = idOf(element);
    return other !== null && other !== id;
  };
  for (let parent = start.parentElement; parent && !parent.matches(ROW_STOP); parent = parent.parentElement) {
    if (Array.from(parent.querySelectorAll('a[href], time, h1, header')).some(foreign)) break;
    row = parent;
  }
  return row;
}

function readRow({ ref, link, row }: Row, base: URL, report: SelectorReport): Comment {
  const author = readAuthor(row, base, report, 'commentAuthor', INSTAGRAM_SELECTORS.commentAuthor);
  const blocks = textBlocks(row, 'commentText', INSTAGRAM_SELECTORS.commentText, report, [link, author?.link]);
  const time = link.querySelector('time[datetime]') ?? row.querySelector('time[datetime]');
  const label = readLabel(time ?? link);
  const comment: Comment = {
    id: ref.id,
    permalink: commentPermalink(ref),
    authorName: clip(author?.name ?? '', 512),
    text: clip(readBlocks(blocks), 100_000),
    isReply: ref.isReply,
  };
  if (author?.url) comment.authorUrl = author.url;
  const postedAt = time ? isoFromDateText(time.getAttribute('datetime') ?? '') : undefined;
  if (postedAt) comment.postedAt = postedAt;
  if (label) comment.postedLabel = clip(label, 256);
  if (ref.parentId) comment.parentId = ref.parentId;
  if (hasSeeMore(row)) comment.truncated = true;
  return comment;
}

function readPost(
  doc: Document,
  base: URL,
  code: string | null,
  rows: Row[],
  report: SelectorReport,
  idOf: (element: Element) => string | null,
) {
  const meta: Omit<Post, 'comments'> = { text: '' };
  if (code) {
    meta.id = code;
    meta.permalink = postPermalink(code);
  }
  const rowSet = new Set(rows.map((row) => row.row));
  const inComment = (element: Element) => rows.some((row) => row.row.contains(element)) || rowSet.has(element);
  const heading = firstMatch(doc, 'postText', INSTAGRAM_SELECTORS.postText, report, (e) => !inComment(e))?.[0];
  let captionRow: Element | null = null;
  if (heading) {
    meta.text = clip(readBlocks([heading]), 100_000);
    if (hasSeeMore(heading.parentElement ?? heading)) meta.truncated = true;
  } else {
    captionRow = findCaptionRow(doc, base, code, report, inComment, idOf);
    if (captionRow) {
      const owner = readAuthor(captionRow, base, {}, 'captionAuthor', ['a[href]']);
      const blocks = textBlocks(captionRow, 'captionText', INSTAGRAM_SELECTORS.captionText, report, [owner?.link]);
      meta.text = clip(readBlocks(blocks), 100_000);
      if (hasSeeMore(captionRow)) meta.truncated = true;
    }
  }
  let author = readAuthor(doc, base, report, 'postAuthor', INSTAGRAM_SELECTORS.postAuthor);
  const captionOwner = captionRow ?? (heading ? growRow(heading, idOf, null) : null);
  if (!author && captionOwner) author = readAuthor(captionOwner, base, {}, 'captionAuthor', ['a[href]']);
  const account = accountFromPostUrl(base);
  const authorName = author?.name ?? account ?? undefined;
  if (authorName) meta.authorName = clip(authorName, 512);
  const authorUrl = author?.url ?? (account ? `https://www.instagram.com/${account}/` : undefined);
  return { meta, authorUrl };
}

function findCaptionRow(
  doc: Document,
  base: URL,
  code: string | null,
  report: SelectorReport,
  inComment: (element: Element) => boolean,
  idOf: (element: Element) => string | null,
): Element | null {
  const toPost = (element: Element) => {
    const link = element.matches('a') ? element : element.closest('a');
    const url = link ? instagramUrl(link.getAttribute('href'), base) : null;
    return url !== null && commentRefFromUrl(url) === null && postCodeFromUrl(url) === code && !inComment(element);
  };
  // 2023 layout: the caption row's time is no link; the like count's date below is a link to the post.
  const unlinked = (element: Element) => element.closest('a') === null && !inComment(element);
  const time = firstMatch(doc, 'captionTime', INSTAGRAM_SELECTORS.captionTime, report, unlinked)?.[0];
  if (time) return growRow(time, idOf, null, true);
  const match = firstMatch(doc, 'captionLink', INSTAGRAM_SELECTORS.captionLink, report, toPost)?.[0];
  const link = match ? (match.matches('a') ? match : match.closest('a')) : null;
  return link ? growRow(link, idOf, null) : null;
}
