/**
 * Our own elements on the sites' pages: custom-element hosts with a *closed* shadow root (the page's
 * CSS cannot reach in, ours cannot leak out, and the page's scripts cannot reach our buttons: only a
 * person can press them), and the one page panel host. The roots are kept here, never on the element.
 */
import type { OverlayRenderer, PanelState } from './types';

export const HOST_TAG = 'modereringsstod-overlay';
export const PANEL_TAG = 'modereringsstod-panel';

const roots = new WeakMap<Element, ShadowRoot>();

/** Our own reference to a host's closed shadow root (the content script's; no page script has it). */
export function shadowOf(host: Element): ShadowRoot | null {
  return roots.get(host) ?? null;
}

/**
 * One parsed stylesheet shared by every shadow root (constructable stylesheets): a thousand overlays
 * then cost one stylesheet, not a thousand `<style>` elements to parse and match. Where the browser
 * refuses it (older engines, or a content-script sandbox that cannot hand the sheet to the page's
 * shadow root) each root falls back to its own `<style>`.
 */
const sheets = new WeakMap<Document, { css: string; sheet: CSSStyleSheet | null }>();

function sharedSheet(doc: Document, css: string): CSSStyleSheet | null {
  const known = sheets.get(doc);
  if (known && known.css === css) return known.sheet;
  let sheet: CSSStyleSheet | null = null;
  try {
    const View = doc.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null;
    if (View && 'adoptedStyleSheets' in doc) {
      sheet = new View.CSSStyleSheet();
      sheet.replaceSync(css);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, { css, sheet });
  return sheet;
}

function adopt(root: ShadowRoot, doc: Document, css: string): boolean {
  const sheet = sharedSheet(doc, css);
  if (!sheet) return false;
  try {
    root.adoptedStyleSheets = [sheet];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    sheets.set(doc, { css, sheet: null });
    return false;
  }
}

export function createHost(doc: Document, css: string, tag: string, commentId?: string): HTMLElement {
  const host = doc.createElement(tag);
  if (commentId) host.dataset.commentId = commentId;
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  if (!adopt(root, doc, css)) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  // The renderer owns only this container: rendering into the shadow root itself would remove the style.
  root.append(doc.createElement('div'));
  return host;
}

/** The container the renderer draws into inside a host. */
export function container(host: HTMLElement): Element | null {
  return shadowOf(host)?.lastElementChild ?? null;
}

/** True for mutations that only add or remove our own hosts, which must not trigger another scan. */
export function isOwnMutation(m: MutationRecord): boolean {
  if (m.type !== 'childList' || m.addedNodes.length + m.removedNodes.length === 0) return false;
  const own = (n: Node) => {
    const name = n.nodeName.toLowerCase();
    return name === HOST_TAG || name === PANEL_TAG;
  };
  return [...m.addedNodes].every(own) && [...m.removedNodes].every(own);
}

/** The page panel: created on first use, removed when there is nothing to say. */
export class PanelHost {
  private host?: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly css: string,
    private readonly renderer: OverlayRenderer,
  ) {}

  show(state: PanelState | null): void {
    if (!state) {
      if (this.host) {
        this.renderer.clear(container(this.host)!);
        this.host.remove();
        this.host = undefined;
      }
      return;
    }
    this.host ??= createHost(this.doc, this.css, PANEL_TAG);
    // In-app navigation may replace the whole body, panel included: put it back.
    if (!this.host.isConnected) this.doc.body.append(this.host);
    this.renderer.panel(container(this.host)!, state);
  }

  /**
   * Saves `text` as a download named `name`, through a link inside our own shadow root (never a node of
   * the site's). The object URL is let go once the browser has had time to start the download.
   */
  download(name: string, text: string): boolean {
    const root = this.host ? shadowOf(this.host) : null;
    const view = this.doc.defaultView;
    if (!root || !view) return false;
    const url = view.URL.createObjectURL(new view.Blob([text], { type: 'text/html;charset=utf-8' }));
    const link = this.doc.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    root.append(link);
    link.click();
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
    return true;
  }
}
