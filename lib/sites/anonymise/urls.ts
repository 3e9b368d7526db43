/**
 * Links in an anonymised copy keep their shape and stop naming anyone: the site's own route words stay
 * (`posts`, `p`, `c`, `r`, `permalink.php` …), account names become invented user names, and every id
 * or token becomes another of the same length and character classes, the same one everywhere, so a
 * comment's `comment_id=` and `/c/ID/` links still pair up with its replies and its post.
 */
import type { NameBook } from './names';
import { placeholderDigit, placeholderLetter, type Random } from './placeholders';

/** Path segments that are the sites' features, not people, posts or ids. */
const ROUTE_WORDS = new Set([
  'posts', 'permalink', 'permalink.php', 'story.php', 'profile.php', 'photo', 'photo.php', 'photos', 'videos',
  'watch', 'reel', 'reels', 'groups', 'user', 'people', 'pages', 'events', 'hashtag', 'p', 'c', 'r', 'tv',
  'explore', 'tags', 'stories', 'latest', 'inbox', 'home', 'all', 'comments', 'liked_by', 'l.php', 'media',
  'direct', 'accounts', 'about', 'published_posts', 'facebook', 'instagram', 'messenger', 'search', 'friends',
]);

/** Enumerated query values (`thread_type=FB_COMMENT`) describe the view, not a person. */
const ENUM_VALUE = /^[A-Z][A-Z_]*$/;
const BASE64_COMMENT = /^comment:[\d_]+$/;

export class UrlMapper {
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly names: NameBook,
    private readonly random: Random,
    /** Hosts kept as they are (the supported sites' own); any other host becomes example.org. */
    private readonly keepHost: (host: string) => boolean,
  ) {}

  /** An id or token: the same input always gives the same output, never equal to it. */
  token(value: string): string {
    return value.replace(/[\p{L}\p{N}]+/gu, (whole) => {
      // Facebook's post ids keep their kind (`pfbid0…`); only what follows is an id.
      const kind = /^pfbid/.exec(whole)?.[0] ?? '';
      const run = whole.slice(kind.length);
      let mapped = this.tokens.get(run);
      if (mapped === undefined) {
        mapped = Array.from(run, (char, i) => {
          if (!/\d/.test(char)) return placeholderLetter(char, this.random);
          const digit = placeholderDigit(char, this.random);
          // An id keeps its length: no leading zero where it had none.
          return i === 0 && digit === '0' ? (char === '1' ? '2' : '1') : digit;
        }).join('');
        this.tokens.set(run, mapped);
      }
      return kind + mapped;
    });
  }

  /** The account name at the start of a path (`/anna.exempelsson/`, `/norrbyexempel/posts/…`), if any. */
  static accountSegment(pathname: string): string | null {
    const first = pathname.split('/').filter(Boolean)[0];
    if (!first || ROUTE_WORDS.has(first.toLowerCase()) || !/^[A-Za-z][A-Za-z0-9._-]*$/.test(first)) return null;
    return first;
  }

  private segment(segment: string, index: number): string {
    if (segment === '' || ROUTE_WORDS.has(segment.toLowerCase())) return segment;
    if (index === 1 && /^[A-Za-z][A-Za-z0-9._-]*$/.test(segment)) return this.names.user(segment);
    return this.token(segment);
  }

  private queryValue(value: string): string {
    if (value === '' || ENUM_VALUE.test(value)) return value;
    try {
      const decoded = atob(value);
      if (BASE64_COMMENT.test(decoded)) return btoa(`comment:${this.token(decoded.slice('comment:'.length))}`);
    } catch {
      // not base64: an ordinary id or token
    }
    return this.token(value);
  }

  private query(search: string): string {
    if (search === '' || search === '?') return '';
    const parts = search.slice(1).split('&').map((pair) => {
      const at = pair.indexOf('=');
      if (at < 0) return this.token(pair);
      const key = pair.slice(0, at);
      let value = pair.slice(at + 1);
      try {
        value = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        // keep it encoded
      }
      return `${key}=${encodeURIComponent(this.queryValue(value))}`;
    });
    return `?${parts.join('&')}`;
  }

  /** An href (absolute or relative to `base`) with the same shape and none of the original names or ids. */
  href(href: string, base: URL): string {
    const trimmed = href.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return '#';
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
    if (scheme === 'mailto' || scheme === 'tel') return `${scheme}:${this.token(trimmed.slice(scheme.length + 1))}`;
    if (scheme && scheme !== 'http' && scheme !== 'https') return '#';
    let url: URL;
    try {
      url = new URL(trimmed, base);
    } catch {
      return '#';
    }
    const path = url.pathname.split('/').map((segment, i) => this.segment(decodeSafe(segment), i)).join('/');
    const rest = `${path}${this.query(url.search)}`;
    const relative = trimmed.startsWith('/') && !trimmed.startsWith('//');
    if (relative) return rest;
    const host = this.keepHost(url.hostname) ? url.host : 'example.org';
    return `${url.protocol}//${host}${rest}`;
  }
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
