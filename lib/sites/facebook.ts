/**
 * The Facebook adapter (also used for Business Suite, which renders the same comment markup).
 * Reads posts and comments from a Document without changing it; works on saved pages as well as
 * live ones, so everything is read from attributes and text nodes, never from layout.
 */
import type { Comment, Post, Site } from '../model';
import { commentLinks, readComment, type CommentContext } from './facebook-comment';
import { createdTimesFromJson } from './facebook-time';
import { absoluteHttps, cleanUrl, fitUrl, postIdFromUrl } from './facebook-urls';
import { FACEBOOK_SELECTORS, closestIn, firstMatch, outermost } from './selectors';
import { clip, readBlocks, readLabel, readText } from './text';
import type { FoundComment, ScanResult, SelectorReport, SiteAdapter } from './types';

type PostMeta = Omit<Post, 'comments'>;

interface Located {
  comment: Comment;
  element: Element;
}

interface PostScope {
  base: URL;
  report: SelectorReport;
  /** Comment articles: a post's own text, author and links are never read from inside them. */
  commentElements: ReadonlySet<Element>;
  /** Feed posts to leave out when reading the page-level post (e.g. a post dialog over a feed). */
  exclude: readonly Element[];
}

export function createFacebookAdapter(site: Extract<Site, 'facebook' | 'business-suite'>): SiteAdapter {
  return { site, scan: (doc, url) => scanFacebook(doc, url, site) };
}

export const facebookAdapter: SiteAdapter = createFacebookAdapter('facebook');
export const businessSuiteAdapter: SiteAdapter = createFacebookAdapter('business-suite');

function scanFacebook(doc: Document, url: URL, site: Site): ScanResult {
  const report: SelectorReport = {};
  const comments = findComments(doc, url, report);
  const scope: PostScope = {
    base: url,
    report,
    commentElements: new Set(comments.map((located) => located.element)),
    exclude: [],
  };

  const containers = outermost(
    firstMatch(doc, 'postContainer', FACEBOOK_SELECTORS.postContainer, report) ?? [],
  );
  const groups = containers.map((container) => {
    const own = comments.filter((c) => container.contains(c.element));
    return { meta: readPostMeta(container, scope, null, own), comments: own };
  });

  // Comments outside every feed post belong to the page's own post: a permalink page, or a post
  // opened in a dialog over the feed (Facebook then also switches the URL to the post's).
  const orphans = comments.filter((c) => !containers.some((container) => container.contains(c.element)));
  if (containers.length === 0 || orphans.length > 0) {
    const dialog = orphans[0]?.element.closest(FACEBOOK_SELECTORS.postDialog.join(', ')) ?? null;
    const main =
      dialog ??
      firstMatch(doc, 'pageMain', FACEBOOK_SELECTORS.pageMain, report)?.[0] ??
      doc.body ??
      doc.documentElement;
    if (main) {
      const pageScope = { ...scope, exclude: containers };
      groups.push({ meta: readPostMeta(main, pageScope, url, orphans), comments: orphans });
    }
  }

  const kept = groups.filter((group) => group.meta.text !== '' || group.comments.length > 0);
  const posts: Post[] = kept.map((group) => ({
    ...group.meta,
    comments: group.comments.map((c) => c.comment),
  }));
  const found: FoundComment[] = comments.map((located) => {
    const group = kept.find((g) => g.comments.indexOf(located) >= 0);
    return { comment: located.comment, post: group ? group.meta : { text: '' }, element: located.element };
  });
  return { snapshot: { site, posts }, found, selectors: report };
}

/** Comment articles in document order, one per comment id (Facebook may render one twice). */
function findComments(doc: Document, base: URL, report: SelectorReport): Located[] {
  const articles =
    firstMatch(
      doc,
      'commentArticle',
      FACEBOOK_SELECTORS.commentArticle,
      report,
      // A feed post can itself be an article; it owns no comment link, its comments do.
      (element) => !element.hasAttribute('aria-posinset') && commentLinks(element, base).length > 0,
    ) ?? [];
  let createdTimes: Map<string, number> | undefined;
  const context: CommentContext = {
    base,
    report,
    createdTimes: () => (createdTimes ??= createdTimesFromJson(doc)),
  };
  const seen = new Set<string>();
  const located: Located[] = [];
  articles.forEach((element) => {
    let comment: Comment | null = null;
    try {
      comment = readComment(element, context);
    } catch {
      // One malformed comment must not hide the others from the moderator.
      comment = null;
    }
    if (!comment || seen.has(comment.id)) return;
    seen.add(comment.id);
    located.push({ comment, element });
  });
  return located;
}

function readPostMeta(container: Element, scope: PostScope, pageUrl: URL | null, comments: Located[]): PostMeta {
  const { report } = scope;
  const accept = (element: Element) =>
    closestIn(element, scope.commentElements) === null &&
    !scope.exclude.some((excluded) => excluded.contains(element));

  const body = firstMatch(container, 'postText', FACEBOOK_SELECTORS.postText, report, accept)?.[0];
  const author = firstMatch(container, 'postAuthor', FACEBOOK_SELECTORS.postAuthor, report, (element) =>
    accept(element) && readLabel(element) !== '',
  )?.[0];

  const meta: PostMeta = { text: body ? clip(readPostText(body), 100_000) : '' };
  const postUrl = findPostUrl(container, scope, accept, pageUrl, comments);
  if (postUrl) {
    const id = postIdFromUrl(postUrl);
    if (id) meta.id = clip(id, 512);
    const permalink = fitUrl(cleanUrl(postUrl, { dropComment: true }));
    if (permalink) meta.permalink = permalink;
  }
  if (author) meta.authorName = clip(readLabel(author), 512);
  return meta;
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
