/**
 * Facebook link parsing: comment ids, post ids, profile links and clean permalinks. Links are the
 * most stable part of Facebook's markup, so the adapter reads identity from them, not from layout.
 */
import { parseUrl } from '../core/url';

/** Query parameters that only track the click; dropped so permalinks are stable and shareable. */
const TRACKING_PARAMS = new Set([
  'ref',
  'refid',
  'fref',
  'hc_ref',
  'hc_location',
  'notif_id',
  'notif_t',
  'ref_notif_type',
  'mibextid',
  'rdid',
  'paipv',
  'eav',
  'comment_tracking',
  'acontext',
  'sfnsn',
  'extid',
  'hoisted_section_header_type',
  '_rdc',
  '_rdr',
]);

const COMMENT_PARAMS = ['comment_id', 'reply_comment_id'];

/** First path segments that are Facebook features, not people or Pages. */
const RESERVED_PATHS = new Set([
  'ads', 'bookmarks', 'business', 'events', 'friends', 'gaming', 'groups', 'hashtag', 'help', 'home',
  'l', 'legal', 'login', 'marketplace', 'media', 'messages', 'notifications', 'pages', 'photo',
  'photos', 'policies', 'privacy', 'reel', 'reels', 'search', 'settings', 'share', 'sharer',
  'stories', 'watch',
]);

/**
 * Links read from the page, by href, for the current base: a comment's avatar, name and timestamp links
 * are looked at several times while it is read (its comment links, its profile links, its author), and a
 * URL built through the page's bindings is the dearest step of reading a comment. The URLs handed out are
 * shared, so they are never changed: cleanUrl and cleanProfileUrl work on copies.
 */
const READ_LIMIT = 20_000;
let readBase: URL | null = null;
const readUrls = new Map<string, URL | null>();
const profileUrls = new WeakMap<URL, boolean>();
const commentRefs = new WeakMap<URL, CommentRef | null>();

/** What `read` says of `url`, worked out once per URL object (the shared ones `absoluteHttps` hands out). */
function remembered<T>(memo: WeakMap<URL, T>, url: URL, read: (url: URL) => T): T {
  if (memo.has(url)) return memo.get(url) as T;
  const value = read(url);
  memo.set(url, value);
  return value;
}

/** An absolute https URL for an href found in the page, or null (javascript:, http:, garbage). Do not change it. */
export function absoluteHttps(href: string | null, base: URL): URL | null {
  if (href === null) return null;
  if (base !== readBase || readUrls.size >= READ_LIMIT) {
    readBase = base;
    readUrls.clear();
  }
  const known = readUrls.get(href);
  if (known !== undefined) return known;
  const trimmed = href.trim();
  const parsed = trimmed === '' ? null : parseUrl(trimmed, base);
  const url = parsed && parsed.protocol === 'https:' ? parsed : null;
  readUrls.set(href, url);
  return url;
}

function isFacebookHost(url: URL): boolean {
  return url.hostname === 'facebook.com' || url.hostname.endsWith('.facebook.com');
}

/** `href` if it fits the model's URL limit; a longer URL is dropped rather than cut into a wrong one. */
export function fitUrl(href: string): string | undefined {
  return href.length <= 4096 ? href : undefined;
}

/**
 * `url.href` without its fragment and, with `search`, without its query: the string the URL setters give
 * (`hash = ''`, `search = ''`), read from the href rather than from a copy built through the page's bindings.
 */
function hrefWithout(url: URL, search: boolean): string {
  const href = url.href;
  let end = href.length - url.hash.length;
  // An empty fragment or query ("…#", "…?") leaves its sign in the href and nothing in hash/search.
  if (url.hash === '' && href.charCodeAt(end - 1) === 35 /* # */) end -= 1;
  if (search) {
    end -= url.search.length;
    if (url.search === '' && href.charCodeAt(end - 1) === 63 /* ? */) end -= 1;
  }
  return href.slice(0, end);
}

const dropped = (name: string, dropComment: boolean) =>
  name.startsWith('__') || TRACKING_PARAMS.has(name) || (dropComment && COMMENT_PARAMS.indexOf(name) >= 0);

// What URLSearchParams writes back unchanged: a kept "name=value" of these characters only needs no decoding.
const AS_WRITTEN = /^[A-Za-z0-9*\-._]*$/;
const ENCODED = /[%+]/;
const KEEP_ALL = Symbol('keep all');

/**
 * The query without the dropped parameters, read from the search string as URLSearchParams would write it,
 * or KEEP_ALL when nothing is dropped; null when a name or a kept value is encoded (then URLSearchParams
 * reads it). Facebook's comment links ("?comment_id=…&__cft__[0]=…&__tn__=R]-R") take this path: going
 * through the page's URLSearchParams for every comment cost some 17 µs each.
 */
function keptQuery(search: string, dropComment: boolean): string | typeof KEEP_ALL | null {
  const kept: string[] = [];
  let any = false;
  let plain = true;
  for (const piece of search.slice(1).split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq < 0 ? piece : piece.slice(0, eq);
    if (ENCODED.test(name)) return null;
    if (dropped(name, dropComment)) {
      any = true;
      continue;
    }
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    if (!AS_WRITTEN.test(name) || !AS_WRITTEN.test(value)) plain = false;
    kept.push(`${name}=${value}`);
  }
  if (!any) return KEEP_ALL;
  return plain ? kept.join('&') : null;
}

/** A copy of `url` without tracking parameters, the fragment, and (optionally) comment parameters. */
export function cleanUrl(url: URL, options: { dropComment?: boolean } = {}): string {
  const withoutHash = hrefWithout(url, false);
  if (url.search === '') return withoutHash;
  const read = keptQuery(url.search, options.dropComment === true);
  if (read === KEEP_ALL) return withoutHash;
  if (read !== null) return hrefWithout(url, true) + (read === '' ? '' : `?${read}`);
  const params = new URLSearchParams(url.search);
  // forEach, not keys(): in Firefox content scripts the URLSearchParams iterator comes back empty
  // through the Xray wrapper, which silently kept tracking parameters in permalinks.
  const drop = new Set<string>();
  params.forEach((_, name) => {
    if (dropped(name, options.dropComment === true)) drop.add(name);
  });
  // Nothing dropped: the query stays exactly as written (as `URL` keeps it until its params change).
  if (drop.size === 0) return withoutHash;
  drop.forEach((name) => params.delete(name));
  const query = params.toString();
  return hrefWithout(url, true) + (query === '' ? '' : `?${query}`);
}

export interface CommentRef {
  id: string;
  isReply: boolean;
  parentId?: string;
  /** The numeric post id, when the comment id came base64-encoded with it. */
  postId?: string;
}

/**
 * Facebook sometimes gives a comment id as base64 of `comment:POSTID_COMMENTID` (the GraphQL id)
 * and sometimes as the bare number; records must use one form, so decode to the number.
 */
export function decodeCommentId(raw: string): { id: string; postId?: string } {
  const value = raw.trim();
  if (/^\d+$/.test(value) || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return { id: value };
  try {
    const decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const match = /^comment:(\d+)_(\d+)$/.exec(decoded);
    if (match?.[1] && match[2]) return { id: match[2], postId: match[1] };
  } catch {
    // Not base64 after all: keep the value as Facebook gave it.
  }
  return { id: value };
}

/** The comment a link points at, from its `comment_id` / `reply_comment_id` query. */
export function commentRefFromUrl(url: URL): CommentRef | null {
  return remembered(commentRefs, url, readCommentRef);
}

function readCommentRef(url: URL): CommentRef | null {
  const commentId = url.searchParams.get('comment_id')?.trim() || null;
  const replyId = url.searchParams.get('reply_comment_id')?.trim() || null;
  if (replyId) {
    const reply = decodeCommentId(replyId);
    const parent = commentId ? decodeCommentId(commentId) : null;
    const postId = reply.postId ?? parent?.postId;
    return {
      id: reply.id,
      isReply: true,
      ...(parent ? { parentId: parent.id } : {}),
      ...(postId ? { postId } : {}),
    };
  }
  if (!commentId) return null;
  const comment = decodeCommentId(commentId);
  return { id: comment.id, isReply: false, ...(comment.postId ? { postId: comment.postId } : {}) };
}

/**
 * The post id in a post URL: `/posts/ID` (also in groups), `/permalink/ID`, `/videos/ID`,
 * `/reel/ID`, `story_fbid=`, `fbid=` (photos), `v=` (watch); else null.
 */
export function postIdFromUrl(url: URL): string | null {
  // Business Suite's own pages (`/latest/posts/published_posts`) are views, not posts.
  if (!isFacebookHost(url) || url.pathname.startsWith('/latest/')) return null;
  const fromPath = /\/(?:posts|permalink|videos|reel)\/([^/?#]+)/.exec(url.pathname)?.[1];
  if (fromPath) return safeDecode(fromPath);
  const watch = /^\/watch\/?$/.test(url.pathname) ? url.searchParams.get('v')?.trim() : undefined;
  return url.searchParams.get('story_fbid')?.trim() || url.searchParams.get('fbid')?.trim() || watch || null;
}

/** A link to a person's or Page's profile (not to a post, photo, group or feature). */
export function isProfileUrl(url: URL): boolean {
  return remembered(profileUrls, url, readIsProfile);
}

function readIsProfile(url: URL): boolean {
  if (!isFacebookHost(url)) return false;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const first = segments[0]?.toLowerCase();
  if (!first) return false;
  if (first === 'profile.php') return url.searchParams.has('id');
  if (first === 'people') return segments.length >= 3;
  if (first === 'groups') return segments[2] === 'user' && segments.length >= 4;
  return segments.length === 1 && !first.endsWith('.php') && !RESERVED_PATHS.has(first);
}

/** A profile URL without tracking: `profile.php` keeps its `id`, vanity URLs keep no query. */
export function cleanProfileUrl(url: URL): string {
  const id = url.pathname === '/profile.php' ? url.searchParams.get('id') : null;
  const bare = hrefWithout(url, true);
  return id ? `${bare}?id=${encodeURIComponent(id)}` : bare;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
