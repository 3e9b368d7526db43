/**
 * The parts of an Instagram row other than its identity: the account that wrote it and the blocks of
 * text it holds (shared by comment rows and the caption row).
 */
import { firstMatch, outermost } from '../core/select';
import { readLabel } from '../core/text';
import type { SelectorReport } from '../core/types';
import { instagramUrl, profileUrl } from './urls';

/**
 * The blocks of a row that hold what the person wrote. Blocks inside a link, time or button are not
 * text; nor, in the 2023 layout, are the `span[dir=auto]` wrappers that *contain* the author's name
 * link or the time (`span > div > div > a > … > span` and `span > a > time`): only a mention or a
 * hashtag link may sit inside text.
 */
export function textBlocks(
  row: Element,
  name: string,
  selectors: readonly string[],
  report: SelectorReport,
  parts: ReadonlyArray<Element | undefined>,
): Element[] {
  const own = parts.filter((part): part is Element => part !== undefined);
  const isText = (element: Element) =>
    element.closest('a, [role="button"], time, button') === null &&
    element.querySelector('time') === null &&
    !own.some((part) => element.contains(part));
  return outermost(firstMatch(row, name, selectors, report, isText) ?? []);
}

/** An account link with a visible name (the avatar link carries only an image). */
export function readAuthor(
  root: ParentNode,
  base: URL,
  report: SelectorReport,
  name: string,
  selectors: readonly string[],
): { name: string; url: string; link: Element } | null {
  const account = (element: Element) => {
    const url = instagramUrl(element.getAttribute('href'), base);
    return url ? profileUrl(url) : null;
  };
  const link = firstMatch(root, name, selectors, report, (element) =>
    account(element) !== null && element.querySelector('img') === null && readLabel(element) !== '',
  )?.[0];
  const url = link ? account(link) : null;
  return link && url ? { name: readLabel(link), url, link } : null;
}
