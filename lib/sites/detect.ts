/**
 * Which supported site a URL belongs to. Pure functions, so the content script, the background and
 * the tests all agree on exactly which pages the extension reads.
 */
import type { Site } from '../model';

// Exact host names only: a suffix or substring test would accept facebook.com.evil.example.
const HOSTS: Readonly<Record<string, Site>> = {
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'business.facebook.com': 'business-suite',
  'www.instagram.com': 'instagram',
};

export function siteForUrl(url: URL): Site | null {
  // The real sites are https on the default port; anything else is a copy, a proxy or a test server.
  if (url.protocol !== 'https:' || url.port !== '') return null;
  return Object.prototype.hasOwnProperty.call(HOSTS, url.hostname) ? (HOSTS[url.hostname] ?? null) : null;
}

/** `new URL` that answers null instead of throwing, for URLs read from pages and messages. */
export function parseUrl(text: string, base?: string | URL): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}
