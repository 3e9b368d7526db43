/** Which office account a page belongs to, from its URL: the Page/profile path, without post parts. */
import type { Platform } from '../model';

export function accountUrlFromPage(pageUrl: string): string {
  const url = new URL(pageUrl);
  const id = url.searchParams.get('id');
  if (url.pathname === '/permalink.php' || url.pathname === '/profile.php') {
    return id ? `${url.origin}/profile.php?id=${encodeURIComponent(id)}` : url.origin + '/';
  }
  const first = url.pathname.split('/').find((part) => part.length > 0);
  return first ? `${url.origin}/${first}` : url.origin + '/';
}

export function platformOfSite(site: string): Platform {
  return site === 'instagram' ? 'instagram' : 'facebook';
}
