/**
 * Instagram link parsing. Identity comes from links: `/p/CODE/` is a post (reels too, under
 * `/reel/CODE/`, and either may be prefixed by the account, `/ACCOUNT/p/CODE/`), `/p/CODE/c/ID/` a
 * comment and `/p/CODE/c/ID/r/ID/` a reply to it.
 */
import { parseUrl } from '../core/url';

const ORIGIN = 'https://www.instagram.com';
const POST_PATH = /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]+)(?:\/|$)/;
const COMMENT_PATH =
  /^\/(?:[A-Za-z0-9._]+\/)?(?:p|reel|reels|tv)\/([A-Za-z0-9_-]+)\/c\/(\d+)(?:\/r\/(\d+))?\/?$/;
/** First path segments that are Instagram features, not accounts. */
const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about', 'legal', 'developer',
  'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'oauth', 'static',
]);

export interface InstagramCommentRef {
  code: string;
  id: string;
  isReply: boolean;
  parentId?: string;
}

export function isInstagramHost(url: URL): boolean {
  return url.protocol === 'https:' && (url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com');
}

/** An Instagram https URL for an href found in the page, or null. */
export function instagramUrl(href: string | null, base: URL): URL | null {
  if (href === null || href.trim() === '') return null;
  const url = parseUrl(href.trim(), base);
  return url && isInstagramHost(url) ? url : null;
}

/** The shortcode of the post or reel a URL points at (also from a comment link); else null. */
export function postCodeFromUrl(url: URL): string | null {
  return isInstagramHost(url) ? (POST_PATH.exec(url.pathname)?.[1] ?? null) : null;
}

export function commentRefFromUrl(url: URL): InstagramCommentRef | null {
  if (!isInstagramHost(url)) return null;
  const match = COMMENT_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  if (match[3]) return { code: match[1], id: match[3], isReply: true, parentId: match[2] };
  return { code: match[1], id: match[2], isReply: false };
}

/** The canonical post permalink; reels open at `/p/CODE/` too, so one form serves both. */
export function postPermalink(code: string): string {
  return `${ORIGIN}/p/${code}/`;
}

export function commentPermalink(ref: InstagramCommentRef): string {
  return ref.isReply && ref.parentId
    ? `${ORIGIN}/p/${ref.code}/c/${ref.parentId}/r/${ref.id}/`
    : `${ORIGIN}/p/${ref.code}/c/${ref.id}/`;
}

/** `https://www.instagram.com/NAME/` for a link to an account, else null. */
export function profileUrl(url: URL): string | null {
  if (!isInstagramHost(url)) return null;
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const name = segments[0];
  if (segments.length !== 1 || !name || !/^[A-Za-z0-9._]{1,30}$/.test(name)) return null;
  return RESERVED.has(name.toLowerCase()) ? null : `${ORIGIN}/${name}/`;
}

/** The account named in `/ACCOUNT/p/CODE/`, if the URL has one. */
export function accountFromPostUrl(url: URL): string | null {
  const first = /^\/([A-Za-z0-9._]+)\/(?:p|reel|reels|tv)\//.exec(url.pathname)?.[1];
  return first && !RESERVED.has(first.toLowerCase()) ? first : null;
}
