/**
 * A Facebook Page's own information: the intro card beside its timeline ("Intro" / "Presentation") and
 * its about view (`/NAME/about`, `/NAME/about_*`, `?sk=about`: the "Om"/"About" section). Class names
 * are never used; the card is found by its heading's text.
 */
import type { AccountInfoInput } from '../core/types';
import { cardOf, linksIn } from '../core/account-info';
import { readText } from '../core/text';

const HEADINGS = new Set(['intro', 'presentation', 'om', 'about']);
const ABOUT_PATH = /^\/[^/]+\/about(?:_[a-z_]+)?\/?$/;

export function readFacebookAbout(doc: Document, url: URL): AccountInfoInput | null {
  const main = doc.querySelector('[role="main"]') ?? doc.body;
  if (!main) return null;
  const headings = [...main.querySelectorAll('h1, h2, h3')].filter((h) => HEADINGS.has(readText(h).trim().toLowerCase()));
  const cards = headings.map((h) => cardOf(h, main));
  if (cards.length === 0 && !(ABOUT_PATH.test(url.pathname) || url.searchParams.get('sk') === 'about')) return null;
  const roots = cards.length > 0 ? cards : [main];
  const text = roots.map((root) => readText(root)).join('\n').trim();
  if (text === '') return null;
  const title = main.querySelector('h1');
  const name = title ? readText(title).trim() : '';
  return { text, links: roots.flatMap((root) => linksIn(root, url)), ...(name ? { name } : {}) };
}
