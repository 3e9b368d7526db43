/**
 * Reading page text as the user sees it, from text nodes only. Works on DOM libraries without
 * layout (happy-dom, linkedom), so no `innerText`; and never `innerHTML`, so markup written by a
 * commenter stays the literal characters they typed.
 */
import { clipText } from '../../util/unicode';

const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const BLOCK_TAGS = new Set(['div', 'p', 'li', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface ReadTextOptions {
  /** Subtrees to leave out, e.g. nested replies inside a parent comment. */
  skip?: (element: Element) => boolean;
}

/**
 * The text of `root`: source whitespace collapses as in rendering, `<br>` and block boundaries
 * become line breaks, each line is trimmed and empty lines dropped. Facebook draws most emoji as
 * `<img alt="🙂">`, so an image's alt text counts as text. "See more" buttons are not content.
 */
export function readText(root: Element, options: ReadTextOptions = {}): string {
  const parts: string[] = [];
  collect(root, parts, options.skip);
  return normaliseLines(parts.join(''));
}

/** Several blocks read with `readText`, one or more lines each, empty blocks dropped. */
export function readBlocks(blocks: readonly Element[], options: ReadTextOptions = {}): string {
  return blocks
    .map((block) => readText(block, options))
    .filter((text) => text !== '')
    .join('\n');
}

/** A single-line label (a name, a relative time): all whitespace collapsed. */
export function readLabel(root: Element, options: ReadTextOptions = {}): string {
  return readText(root, options).replace(/\n/g, ' ');
}

const SEE_MORE = /^(?:…\s*)?(?:see more|visa mer|läs mer|more|mer)$/i;

/**
 * True if `root` holds a "See more"/"Visa mer" button outside `skip`ped subtrees: the text read
 * from it is then only the start of what the author wrote.
 */
export function hasSeeMore(root: Element, skip?: (element: Element) => boolean): boolean {
  return Array.from(root.querySelectorAll('[role="button"]')).some(
    (button) => !skip?.(button) && SEE_MORE.test(readLabel(button)),
  );
}

/**
 * Page text is untrusted and unbounded; cut it to the model's limit so a snapshot always validates, on a
 * grapheme (else code point) boundary: half an emoji would be a lone surrogate in a public record.
 */
export function clip(text: string, max: number): string {
  return clipText(text, max);
}

export function normaliseLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function collect(node: Node, parts: string[], skip?: (element: Element) => boolean): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    if (child.nodeType === 3 /* TEXT_NODE */) {
      // Source line breaks are formatting, not content; collapse them like a browser does.
      parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = child as Element;
    const tag = element.nodeName.toLowerCase();
    if (SKIPPED_TAGS.has(tag) || element.getAttribute('role') === 'button') continue;
    if (skip?.(element)) continue;
    if (tag === 'br') {
      parts.push('\n');
    } else if (tag === 'img') {
      parts.push(element.getAttribute('alt') ?? '');
    } else if (BLOCK_TAGS.has(tag)) {
      parts.push('\n');
      collect(element, parts, skip);
      parts.push('\n');
    } else {
      collect(element, parts, skip);
    }
  }
}
