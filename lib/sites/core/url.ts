/** URL helpers every site adapter shares. Pure, so the content script, background and tests agree. */

/** `new URL` that answers null instead of throwing, for URLs read from pages and messages. */
export function parseUrl(text: string, base?: string | URL): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

/**
 * The account a URL belongs to when the account is the first path segment (facebook.com/PAGE/…,
 * instagram.com/ACCOUNT/…); `profile.php?id=` and `permalink.php?id=` keep only the id.
 */
export function accountUrlFromPath(url: URL, origin: string = url.origin): string {
  const id = url.searchParams.get('id');
  if (url.pathname === '/permalink.php' || url.pathname === '/profile.php') {
    return id ? `${origin}/profile.php?id=${encodeURIComponent(id)}` : origin + '/';
  }
  const first = url.pathname.split('/').find((part) => part.length > 0);
  return first ? `${origin}/${first}` : origin + '/';
}
