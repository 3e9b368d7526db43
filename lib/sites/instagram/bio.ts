/**
 * An Instagram account's bio on its profile page (`/NAME/`): the profile header's name, category and bio
 * text and its link, without the stats row, the buttons or the handle heading.
 */
import type { AccountInfoInput } from '../core/types';
import { linksIn } from '../core/account-info';
import { readText } from '../core/text';

const PROFILE_PATH = /^\/[A-Za-z0-9._]+\/?$/;

export function readInstagramBio(doc: Document, url: URL): AccountInfoInput | null {
  if (!PROFILE_PATH.test(url.pathname)) return null;
  const header = doc.querySelector('main header') ?? doc.querySelector('header');
  if (!header) return null;
  const skip = (element: Element) => element.matches('ul, button, [role="button"], h2');
  const text = readText(header, { skip }).trim();
  if (text === '') return null;
  const handle = header.querySelector('h2');
  const name = handle ? readText(handle).trim() : '';
  return { text, links: linksIn(header, url).filter((l) => !l.startsWith('https://www.instagram.com/')), ...(name ? { name } : {}) };
}
