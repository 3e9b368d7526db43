/**
 * Reading an account's about/intro card or bio: the card is found by its heading ("Intro",
 * "Presentation", "Om", "About") and read as text with its links, the site's redirect links decoded.
 */
import { readText } from './text';

/** The address a redirect link (`l.facebook.com/l.php?u=`, `l.instagram.com/?u=`) leads to. */
export function linkTarget(href: string, base: URL): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (/^l\.(?:facebook|instagram)\.com$/.test(url.hostname)) {
    const target = url.searchParams.get('u');
    return target ?? null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** The card a heading names: the nearest ancestor holding more than the heading itself. */
export function cardOf(heading: Element, stop: Element): Element {
  const own = readText(heading).length;
  let card: Element = heading;
  while (card.parentElement && card !== stop) {
    card = card.parentElement;
    if (readText(card).length > own + 20) return card;
  }
  return card;
}

export function linksIn(root: Element, base: URL): string[] {
  return [...root.querySelectorAll('a[href]')]
    .map((a) => linkTarget(a.getAttribute('href') ?? '', base))
    .filter((href): href is string => href !== null);
}
