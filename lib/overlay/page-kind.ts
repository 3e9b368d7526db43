/** Which pages deserve the overlay: the office's own accounts, and pages that should hold comments. */
import { normaliseAccountUrl } from '../monitoring/snapshot';
import type { PageSnapshot } from '../model';

/** A post, photo, video, reel or inbox thread: a page where comments are expected. */
const CONTENT_PATH = /\/(posts|permalink|photo|photos|videos|watch|reel|reels|p|latest\/inbox|latest\/posts)(\/|\.php|$)|story_fbid=/;

export function looksLikeContentPage(url: string): boolean {
  try {
    const u = new URL(url);
    return CONTENT_PATH.test(u.pathname + u.search);
  } catch {
    return false;
  }
}

/**
 * True on the office's own accounts. With no accounts configured every page counts (the first-day
 * setup), and Business Suite only ever shows accounts the user administers.
 */
export function isOfficePage(url: string, snapshot: PageSnapshot | null, officeAccounts: readonly string[]): boolean {
  if (officeAccounts.length === 0) return true;
  if (url.startsWith('https://business.facebook.com/')) return true;
  if (normaliseAccountUrl(url, officeAccounts)) return true;
  // Instagram post URLs carry no account: compare the post's author handle with the configured ones.
  const handles = officeAccounts
    .filter((a) => a.includes('instagram.com/'))
    .map((a) => new URL(a).pathname.split('/').filter(Boolean)[0]?.toLowerCase());
  return (snapshot?.posts ?? []).some((p) => p.authorName !== undefined && handles.includes(p.authorName.toLowerCase()));
}
