/**
 * The overlay lives in *closed* shadow roots, which no page script (and so no `page.evaluate`) can
 * enter. The drivers read them the way browser tooling does: Chromium's DevTools protocol and Firefox's
 * WebDriver BiDi both serialise closed shadow trees, with a reference per node that a trusted click
 * (a real mouse event) or a focus can then target. This module turns such a tree into what the
 * scenarios ask about.
 */
import { waitFor, type OverlayInfo } from './driver';

export interface OwnPostInfo {
  postId: string;
  handled: string | null;
  reminders: string[];
  /** data-testid of each button offered (none once an answer is logged). */
  buttons: string[];
  text: string;
}

export interface BaseInfoPieceInfo {
  piece: string;
  found: boolean;
  suggestion: string | null;
}

export const OVERLAY_TAG = 'modereringsstod-overlay';
export const PANEL_TAG = 'modereringsstod-panel';

/** One DOM node as the automation protocol serialised it; `ref` lets the driver act on it. */
export interface DomNode {
  ref: string;
  /** Lowercase tag name, `#text` or `#shadow-root`. */
  name: string;
  attrs: Readonly<Record<string, string>>;
  /** A text node's value. */
  value: string;
  children: DomNode[];
  shadow: DomNode | null;
}

/** Every node under `node` (its shadow tree included), depth first, in document order. */
export function* descendants(node: DomNode): Generator<DomNode> {
  for (const child of [...(node.shadow ? [node.shadow] : []), ...node.children]) {
    yield child;
    yield* descendants(child);
  }
}

export function find(node: DomNode, accept: (n: DomNode) => boolean): DomNode | undefined {
  for (const n of descendants(node)) if (accept(n)) return n;
  return undefined;
}

export const withTestId = (testid: string) => (n: DomNode) => n.attrs['data-testid'] === testid;

/** What `textContent` would give. */
export function textOf(node: DomNode): string {
  if (node.name === '#text') return node.value;
  return node.children.map(textOf).join('');
}

/** Our hosts anywhere in a serialised document (they sit beside the site's nodes, never in shadows). */
export function hostsIn(document: DomNode, tag: string): DomNode[] {
  return [...descendants(document)].filter((n) => n.name === tag);
}

/** The overlays as a user (or screen reader) would see them. */
export function readOverlays(hosts: readonly DomNode[]): OverlayInfo[] {
  return hosts
    .filter((h) => h.name === OVERLAY_TAG)
    .map((host) => {
      const bar = host.shadow ? find(host.shadow, (n) => 'data-state' in n.attrs) : undefined;
      return {
        commentId: host.attrs['data-comment-id'] ?? '',
        state: bar?.attrs['data-state'] ?? '',
        text: bar ? textOf(bar).trim() : '',
        badges: bar ? [...descendants(bar)].filter((n) => (n.attrs.class ?? '').split(' ').includes('badge')).map((n) => n.attrs['data-testid'] ?? '') : [],
      };
    });
}

function panelRoot(hosts: readonly DomNode[]): DomNode | null {
  return hosts.find((h) => h.name === PANEL_TAG)?.shadow ?? null;
}

/** The page panel's counts, by key. */
export function readPanelCounts(hosts: readonly DomNode[]): Record<string, string> {
  const root = panelRoot(hosts);
  const out: Record<string, string> = {};
  if (!root) return out;
  for (const n of descendants(root)) {
    const id = n.attrs['data-testid'];
    if (id?.startsWith('count-')) out[id.slice('count-'.length)] = textOf(n).trim();
  }
  return out;
}

/** The office's own posts in the page panel: their reminders and whether an answer is logged. */
export function readOwnPosts(hosts: readonly DomNode[]): OwnPostInfo[] {
  const root = panelRoot(hosts);
  if (!root) return [];
  return [...descendants(root)]
    .filter(withTestId('own-post'))
    .map((post) => ({
      postId: post.attrs['data-post-id'] ?? '',
      handled: post.attrs['data-handled'] ?? null,
      reminders: [...descendants(post)].filter(withTestId('publish-reminder')).map((n) => n.attrs['data-kind'] ?? ''),
      buttons: [...descendants(post)].filter((n) => n.name === 'button').map((n) => n.attrs['data-testid'] ?? ''),
      text: textOf(post).trim(),
    }));
}

/** The account's base-information pieces in the page panel: found or not, and the suggested text. */
export function readBaseInfo(hosts: readonly DomNode[]): BaseInfoPieceInfo[] {
  const root = panelRoot(hosts);
  if (!root) return [];
  return [...descendants(root)].filter(withTestId('base-piece')).map((li) => {
    const suggestion = find(li, withTestId('base-suggestion'));
    return { piece: li.attrs['data-piece'] ?? '', found: li.attrs['data-found'] === 'true', suggestion: suggestion ? textOf(suggestion).trim() : null };
  });
}

export function readPanelKind(hosts: readonly DomNode[]): string | null {
  const root = panelRoot(hosts);
  return (root && find(root, (n) => 'data-kind' in n.attrs)?.attrs['data-kind']) ?? null;
}

/** The node to act on: `testid` inside one comment's overlay (the first overlay with that comment id). */
export function inOverlay(hosts: readonly DomNode[], commentId: string, testid: string): DomNode {
  const host = hosts.find((h) => h.name === OVERLAY_TAG && h.attrs['data-comment-id'] === commentId);
  const node = host?.shadow ? find(host.shadow, withTestId(testid)) : undefined;
  if (!node) throw new Error(`no [data-testid="${testid}"] in the overlay of comment ${commentId}`);
  return node;
}

/**
 * The control `testid` in the comment's overlay once it is there, as a person waits to see a button
 * before pressing it: an expanded checklist renders its buttons a frame after the toggle's click.
 */
export async function awaitInOverlay(
  readHosts: () => Promise<DomNode[]>,
  commentId: string,
  testid: string,
  timeoutMs = 5_000,
): Promise<DomNode> {
  const look = async (): Promise<DomNode | null> => {
    try {
      return inOverlay(await readHosts(), commentId, testid);
    } catch {
      return null;
    }
  };
  return (await waitFor(`[data-testid="${testid}"] in the overlay of comment ${commentId}`, look, (node) => node !== null, timeoutMs, 50))!;
}

/** The text of `testid` in the page panel, or '' when it is not there. */
export function readPanelText(hosts: readonly DomNode[], testid: string): string {
  const root = panelRoot(hosts);
  const node = root ? find(root, (n) => n.attrs['data-testid'] === testid) : undefined;
  return node ? textOf(node).trim() : '';
}

export function inPanel(hosts: readonly DomNode[], testid: string): DomNode {
  const root = panelRoot(hosts);
  const node = root ? find(root, withTestId(testid)) : undefined;
  if (!node) throw new Error(`no [data-testid="${testid}"] in the page panel`);
  return node;
}

/** The closed shadow root of the overlay that holds `node` (to ask it which element has the focus). */
export function rootOf(hosts: readonly DomNode[], node: DomNode): DomNode {
  const host = hosts.find((h) => h.shadow && [...descendants(h.shadow)].includes(node));
  if (!host?.shadow) throw new Error('node is in no overlay');
  return host.shadow;
}

/** The option values of a select, in order. */
export function optionValues(select: DomNode): string[] {
  return [...descendants(select)].filter((n) => n.name === 'option').map((n) => n.attrs.value ?? textOf(n));
}

/** Given a (closed) shadow root: the data-testid of the element that has the focus inside it. */
export const FOCUSED_TESTID = '(root) => root.activeElement?.getAttribute("data-testid") ?? null';

/**
 * Given a shadow root: synthetic clicks, Enter/Space key presses and value changes on every control in
 * it, as a hostile page script would try; returns how many controls it reached.
 */
export const SYNTHETIC_ATTACK = `(root) => {
  let reached = 0;
  for (const el of root.querySelectorAll('button, select, input, textarea, [role="button"], [tabindex]')) {
    reached += 1;
    if (el.tagName === 'SELECT' && el.options.length > 0) {
      el.value = el.options[el.options.length - 1].value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
    for (const key of ['Enter', ' ']) {
      el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      el.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
    }
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    if (typeof el.click === 'function') el.click();
  }
  return reached;
}`;
