/**
 * A self-contained copy of what a moderator saw: the comment's DOM subtree rebuilt element by element
 * in a detached document, with the computed styles that make it readable inlined, and nothing that
 * could run or load anything. Built from a whitelist (tags, attributes, style properties), never by
 * cleaning a copy of the page's markup, so whatever the page puts in its nodes cannot get through:
 * no script, no event handler, no `style` element, no URL in a style, no image source. Images become a
 * box of the same size with their alt text (their address kept as text in `data-src`, which loads
 * nothing). The same rebuilt tree is what ./picture.ts draws, so picture and fragment show one thing.
 */

/** Tags kept as they are; any other visible element becomes a `div` or a `span` by its display. */
const KEEP = new Set(
  'a abbr article b blockquote br code dd div dl dt em footer h1 h2 h3 h4 h5 h6 header i li ol p pre q s section small span strong sub sup table tbody td th thead time tr u ul'.split(' '),
);
/** Never copied, with everything inside them: code, embedded documents, media, and form controls. */
const DROP = new Set(
  'script style template noscript iframe frame frameset object embed applet link meta base canvas video audio source track input textarea select option datalist dialog slot portal math head title'.split(' '),
);
/** Attributes whose value is plain text or a token and cannot load or run anything. */
const ATTRIBUTES = ['dir', 'lang', 'title', 'role', 'aria-label', 'datetime'];

/** Style properties inherited from the parent: written only where they differ from it. */
const INHERITED = [
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'white-space',
  'word-break',
  'overflow-wrap',
  'visibility',
  'list-style-type',
  'direction',
];
/** Not inherited: written where they differ from their initial value. */
const OWN: Readonly<Record<string, string>> = {
  display: 'inline',
  'box-sizing': 'content-box',
  'background-color': 'rgba(0, 0, 0, 0)',
  'margin-top': '0px',
  'margin-right': '0px',
  'margin-bottom': '0px',
  'margin-left': '0px',
  'padding-top': '0px',
  'padding-right': '0px',
  'padding-bottom': '0px',
  'padding-left': '0px',
  'border-top-left-radius': '0px',
  'border-top-right-radius': '0px',
  'border-bottom-left-radius': '0px',
  'border-bottom-right-radius': '0px',
  'flex-direction': 'row',
  'flex-wrap': 'nowrap',
  'align-items': 'normal',
  'justify-content': 'normal',
  'align-self': 'auto',
  'flex-grow': '0',
  'flex-shrink': '1',
  'flex-basis': 'auto',
  'row-gap': 'normal',
  'column-gap': 'normal',
  order: '0',
  'vertical-align': 'baseline',
  'text-decoration-line': 'none',
  'overflow-x': 'visible',
  'overflow-y': 'visible',
  opacity: '1',
};
const SIDES = ['top', 'right', 'bottom', 'left'] as const;
const XHTML = 'http://www.w3.org/1999/xhtml';

export interface FragmentOptions {
  /** Subtrees to leave out: other comments nested inside this one (replies), our own overlay hosts. */
  exclude?: (element: Element) => boolean;
  /** At most this many elements are copied; a larger comment is refused (`too-large`). */
  maxElements?: number;
}

export interface Fragment {
  /** The rebuilt comment: a `div` in the XHTML namespace, sized to the box, in a detached document. */
  root: HTMLElement;
  /** The comment's box in CSS pixels: its element's width, down to the first excluded subtree. */
  width: number;
  height: number;
  /** The text of the copy, as a reader of the fragment sees it (`textContent`). */
  text: string;
}

export class CaptureError extends Error {
  constructor(readonly code: 'not-shown' | 'too-large') {
    super(code);
  }
}

/** `url(...)` in any form (and `image-set`, `element()`): a style value that would load something. */
const LOADS = /url\s*\(|image-set|element\s*\(|image\s*\(/i;

const httpLink = (href: string | null): string | null => {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
};

/** The first background colour that is not transparent, from the element outwards (white at the top). */
function backgroundOf(element: Element): string {
  const view = element.ownerDocument.defaultView!;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const bg = view.getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** The comment's box: its element, cut off above the first excluded subtree that is shown (its replies). */
export function commentBox(element: Element, exclude: (el: Element) => boolean): { top: number; left: number; width: number; height: number } {
  const rect = element.getBoundingClientRect();
  let bottom = rect.bottom;
  // On a click, not per scan: a plain walk over the comment's elements is cheap enough.
  for (const node of element.querySelectorAll('*')) {
    if (!exclude(node)) continue;
    const r = node.getBoundingClientRect();
    if (r.height > 0 && r.top > rect.top && r.top < bottom) bottom = r.top;
  }
  return { top: rect.top, left: rect.left, width: rect.width, height: Math.max(0, bottom - rect.top) };
}

/** Rebuilds `element` as a self-contained, inert copy with its readable styles inlined. */
export function buildFragment(element: Element, options: FragmentOptions = {}): Fragment {
  const exclude = options.exclude ?? (() => false);
  const maxElements = options.maxElements ?? 5000;
  const source = element.ownerDocument;
  const view = source.defaultView!;
  const box = commentBox(element, exclude);
  if (box.width < 1 || box.height < 1) throw new CaptureError('not-shown');
  const out = source.implementation.createHTMLDocument('');
  let count = 0;

  const styleOf = (from: Element, parent: CSSStyleDeclaration | null, tag: string): { text: string; style: CSSStyleDeclaration } => {
    const cs = view.getComputedStyle(from);
    const parts: string[] = [];
    const put = (name: string, value: string) => {
      if (value && !LOADS.test(value)) parts.push(`${name}:${value}`);
    };
    for (const name of INHERITED) {
      const value = cs.getPropertyValue(name);
      if (!parent || parent.getPropertyValue(name) !== value) put(name, value);
    }
    for (const [name, initial] of Object.entries(OWN)) {
      const value = cs.getPropertyValue(name);
      // Every element is written with its real display, whatever tag it became.
      if (value !== initial || name === 'display') put(name, value);
    }
    for (const side of SIDES) {
      const width = cs.getPropertyValue(`border-${side}-width`);
      const style = cs.getPropertyValue(`border-${side}-style`);
      if (width !== '0px' && style !== 'none') put(`border-${side}`, `${width} ${style} ${cs.getPropertyValue(`border-${side}-color`)}`);
    }
    // Blocks keep their laid-out width, so lines break where the moderator saw them break.
    if (cs.display !== 'inline' && cs.display !== 'contents') {
      const r = from.getBoundingClientRect();
      put('width', `${r.width}px`);
      put('box-sizing', 'border-box');
      if (tag === 'img' || tag === 'svg') put('height', `${r.height}px`);
    }
    return { text: parts.join(';'), style: cs };
  };

  const copy = (from: Element, into: Element, parentStyle: CSSStyleDeclaration | null): void => {
    for (let node = from.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        into.appendChild(out.createTextNode((node as Text).data));
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.localName.toLowerCase();
      if (DROP.has(tag) || exclude(el)) continue;
      const cs = view.getComputedStyle(el);
      if (cs.display === 'none') continue;
      if (++count > maxElements) throw new CaptureError('too-large');
      if (tag === 'img' || tag === 'svg' || tag === 'picture') {
        into.appendChild(placeholder(el, cs, tag));
        continue;
      }
      const name = KEEP.has(tag) ? tag : /^(inline|contents)/.test(cs.display) ? 'span' : 'div';
      const made = out.createElement(name);
      for (const attribute of ATTRIBUTES) {
        const value = el.getAttribute(attribute);
        if (value !== null) made.setAttribute(attribute, value);
      }
      if (name === 'a') {
        const href = httpLink((el as HTMLAnchorElement).href ?? el.getAttribute('href'));
        if (href) made.setAttribute('href', href);
      }
      const { text, style } = styleOf(el, parentStyle, tag);
      if (text) made.setAttribute('style', text);
      into.appendChild(made);
      copy(el, made, style);
    }
  };

  /** An image's place: a grey box of its size with its alt text; its address as inert text. */
  const placeholder = (el: Element, cs: CSSStyleDeclaration, tag: string): HTMLElement => {
    const r = el.getBoundingClientRect();
    const made = out.createElement('span');
    const alt = el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '';
    const src = tag === 'img' ? httpLink((el as HTMLImageElement).currentSrc || el.getAttribute('src')) : null;
    made.setAttribute('data-image', tag);
    if (src) made.setAttribute('data-src', src);
    if (alt) made.setAttribute('title', alt);
    made.setAttribute(
      'style',
      [
        `display:${cs.display === 'inline' ? 'inline-block' : cs.display}`,
        `width:${r.width}px`,
        `height:${r.height}px`,
        'box-sizing:border-box',
        'overflow:hidden',
        `vertical-align:${cs.verticalAlign}`,
        `border-radius:${cs.borderTopLeftRadius}`,
        'background-color:rgb(228, 230, 235)',
        'font-size:9px',
        'line-height:1.1',
        'color:rgb(101, 103, 107)',
      ].join(';'),
    );
    // Only tag images (not icons) carry their alt text visibly; a small icon stays an empty box.
    if (alt && r.width >= 48 && r.height >= 24) made.appendChild(out.createTextNode(alt));
    return made;
  };

  const root = out.createElementNS(XHTML, 'div') as HTMLElement;
  const rootStyle = view.getComputedStyle(element);
  root.setAttribute('data-evidence', 'comment');
  root.setAttribute(
    'style',
    [
      `width:${box.width}px`,
      `height:${box.height}px`,
      'overflow:hidden',
      'box-sizing:border-box',
      'margin:0',
      `background-color:${backgroundOf(element)}`,
      ...INHERITED.map((name) => `${name}:${rootStyle.getPropertyValue(name)}`).filter((p) => !LOADS.test(p)),
    ].join(';'),
  );
  const inner = out.createElement(KEEP.has(element.localName) ? element.localName : 'div');
  const own = styleOf(element, rootStyle, element.localName);
  inner.setAttribute('style', own.text);
  for (const attribute of ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (value !== null) inner.setAttribute(attribute, value);
  }
  root.appendChild(inner);
  copy(element, inner, own.style);
  out.body.appendChild(root);
  return { root, width: box.width, height: box.height, text: root.textContent ?? '' };
}

/** Text for an HTML attribute or element, escaped (the fragment's title and meta lines). */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The fragment as one HTML file. Its Content-Security-Policy forbids every load and script even if a
 * viewer were to open it as a page; nothing in it needs one.
 */
export function fragmentDocument(fragment: Fragment, meta: { url: string; capturedAt: string }): string {
  const body = new XMLSerializer().serializeToString(fragment.root);
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<meta name="evidence-url" content="${escapeText(meta.url)}">`,
    `<meta name="evidence-captured-at" content="${escapeText(meta.capturedAt)}">`,
    '<title>Modereringsstöd: bevis</title></head>',
    `<body style="margin:0">${body}</body></html>`,
    '',
  ].join('\n');
}
