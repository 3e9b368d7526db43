/**
 * Ordered fallback selectors, shared by every site adapter. `firstMatch` records which entry of a list
 * matched in the SelectorReport, so when a site changes its markup the report shows a fallback or null
 * before users notice. No entry may use a class name: the sites' classes are generated and change.
 */
import type { SelectorReport } from './types';

/**
 * Elements of the first selector in `selectors` that has at least one element passing `accept`
 * (all elements if no `accept`), in document order; null when none does. The matching selector is
 * recorded under `name`; a later miss does not overwrite an earlier match, because one post without
 * a body must not hide that the selector works for the rest of the page.
 */
export function firstMatch(
  root: ParentNode,
  name: string,
  selectors: readonly string[],
  report: SelectorReport,
  accept: (element: Element) => boolean = () => true,
): Element[] | null {
  for (const selector of selectors) {
    const found = Array.from(root.querySelectorAll(selector)).filter(accept);
    if (found.length > 0) {
      if (!report[name]) report[name] = selector;
      return found;
    }
  }
  if (!(name in report)) report[name] = null;
  return null;
}

/** True if some proper ancestor of `element` is in `set` (used to skip nested posts). */
export function hasAncestorIn(element: Element, set: ReadonlySet<Element>): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (set.has(node)) return true;
  }
  return false;
}

/** Drops elements nested in another of `elements` (a block inside a block would be read twice). */
export function outermost(elements: readonly Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => !hasAncestorIn(element, set));
}

/** The nearest element of `set` that is `element` itself or contains it. */
export function closestIn<T extends Element>(element: Element, set: ReadonlySet<T>): T | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (set.has(node as T)) return node as T;
  }
  return null;
}
