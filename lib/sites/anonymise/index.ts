/**
 * "Spara anonymiserad sidkopia": the rendered post-and-comment region of a page as one HTML file a user
 * can send to IT or the maintainers without personal data, that drops straight into
 * tests/fixtures/sites/<site>/. A pure function of the page: the page itself is never changed (a
 * copy of the region is rewritten), and page text only ever travels as text nodes and attribute values.
 */
import { LABEL_PREFIX } from '../facebook/comment';
import { scanPage } from '../index';
import { siteRegistry, type SiteRegistry } from '../registry';
import { NameBook } from './names';
import { placeholderText, seededRandom, type Random } from './placeholders';
import { UrlMapper } from './urls';

export interface AnonymisedCopy {
  /** The complete HTML file. */
  html: string;
  /** The page's URL with its names and ids replaced the same way as the links (the fixture URL). */
  url: string;
  site: string;
  /** A file name for the download, e.g. `sidkopia-facebook-2026-12-03.html`. */
  fileName: string;
}

export interface AnonymiseOptions {
  /** Fixed seed: the same page gives the same copy (tests). Default: a fresh random copy. */
  seed?: number;
  sites?: SiteRegistry;
  now?: Date;
}

/** Not copied at all: code, styles, embedded media and our own overlay. */
const DROPPED = new Set(['script', 'style', 'noscript', 'iframe', 'link', 'meta', 'template', 'object', 'embed', 'canvas', 'source', 'track', 'base']);
/** Attributes that carry a URL of an image or medium: removed. */
const MEDIA_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data-src', 'data-srcset']);
/** Attributes that are text people read: rewritten like text. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'value', 'label']);

/** The smallest of the page's dialog, main region or body that holds every comment found. */
function region(doc: Document, found: readonly Element[]): Element | null {
  const holdsAll = (candidate: Element) => found.every((element) => candidate.contains(element));
  const candidates = [...doc.querySelectorAll('[role="dialog"]'), ...doc.querySelectorAll('[role="main"], main')];
  return candidates.find((c) => found.length > 0 && holdsAll(c)) ?? (found.length === 0 ? candidates.find((c) => c.matches('[role="main"], main')) : undefined) ?? doc.body;
}

/** A data-* value that names a role or state (`story_message`, `true`, `ignore-dynamic`), not a person. */
const DATA_TOKEN = /^[a-z][a-z0-9_-]{0,39}$/;
const DAY = 86_400_000;

class Rewriter {
  private readonly pattern: RegExp | null;
  /** Every time in the copy moves by the same whole number of days: order and gaps stay, the dates do not. */
  private readonly shift: number;

  constructor(
    private readonly names: NameBook,
    private readonly urls: UrlMapper,
    private readonly random: Random,
    private readonly base: URL,
  ) {
    this.shift = -(30 + Math.floor(random() * 370)) * DAY;
    const known = names.known().map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.pattern = known.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${known.join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : null;
  }

  /** Known names become their invented ones; everything else placeholder text. */
  text(value: string): string {
    if (!this.pattern) return placeholderText(value, this.random);
    let out = '';
    let at = 0;
    for (const match of value.matchAll(this.pattern)) {
      out += placeholderText(value.slice(at, match.index), this.random);
      out += this.names.lookup(match[0]) ?? placeholderText(match[0], this.random);
      at = match.index + match[0].length;
    }
    return out + placeholderText(value.slice(at), this.random);
  }

  /** An ISO time moved by the copy's shift, in the same notation; anything else is text. */
  private isoTime(value: string): string {
    const time = Date.parse(value);
    if (Number.isNaN(time) || !/^\d{4}-\d{2}-\d{2}/.test(value)) return this.text(value);
    const moved = new Date(time + this.shift).toISOString();
    // Keep the page's own form: date only, or a time with its offset written as UTC.
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? moved.slice(0, 10) : value.includes('.') ? moved : moved.replace(/\.\d{3}Z$/, 'Z');
  }

  private dataValue(name: string, value: string): string {
    if (/^(?:https?:)?\/\//i.test(value)) return this.urls.href(value, this.base);
    if (name === 'data-utime' && /^\d{9,11}$/.test(value)) return String(Number(value) + this.shift / 1000);
    if (DATA_TOKEN.test(value) && this.names.lookup(value) === undefined) return value;
    if (/^\d+$/.test(value)) return value.length >= 6 ? this.urls.token(value) : value;
    return this.text(value);
  }

  /** "Kommentar av NAME för 2 dagar sedan": the words that say what the element is stay. */
  label(value: string): string {
    const prefix = LABEL_PREFIX.exec(value)?.[0] ?? '';
    return prefix + this.text(value.slice(prefix.length));
  }

  element(element: Element): void {
    const tag = element.localName.toLowerCase();
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      if (name.startsWith('on') || MEDIA_ATTRIBUTES.has(name)) element.removeAttribute(attribute.name);
      else if (name === 'href' || name === 'xlink:href') {
        if ((tag === 'a' || tag === 'area') && name === 'href') element.setAttribute(attribute.name, this.urls.href(value, this.base));
        else if (tag === 'use' && value.startsWith('#')) continue;
        else element.removeAttribute(attribute.name);
      } else if (name === 'aria-label') element.setAttribute(attribute.name, this.label(value));
      else if (TEXT_ATTRIBUTES.has(name)) element.setAttribute(attribute.name, this.text(value));
      else if (name === 'style') element.setAttribute(attribute.name, value.replace(/url\([^)]*\)/gi, 'none'));
      else if (name === 'datetime') element.setAttribute(attribute.name, this.isoTime(value));
      else if (name.startsWith('data-')) element.setAttribute(attribute.name, this.dataValue(name, value));
    }
  }

  /** Rewrites a detached copy in place: drops what must not travel, rewrites the rest. */
  tree(root: Element): void {
    const remove: Node[] = [];
    const visit = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) child.nodeValue = this.text(child.nodeValue ?? '');
        else if (child.nodeType === 8) remove.push(child);
        else if (child.nodeType === 1) {
          const element = child as Element;
          const tag = element.localName.toLowerCase();
          if (DROPPED.has(tag) || tag.startsWith('modereringsstod-')) remove.push(element);
          else {
            this.element(element);
            visit(element);
          }
        }
      }
    };
    this.element(root);
    visit(root);
    for (const node of remove) node.parentNode?.removeChild(node);
  }
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The anonymised copy of a supported page, or null for a page of no supported site. */
export function anonymisedCopy(doc: Document, pageUrl: string, options: AnonymiseOptions = {}): AnonymisedCopy | null {
  const sites = options.sites ?? siteRegistry;
  const site = sites.siteForUrl(pageUrl);
  if (!site) return null;
  const base = new URL(pageUrl);
  const random = seededRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32));
  const scan = scanPage(doc, pageUrl, sites);
  const root = region(doc, scan?.found.map((f) => f.element) ?? []);
  if (!root) return null;

  // Names first, so every place that shows one (links, labels, text) gets the same invented one.
  const names = new NameBook();
  const account = UrlMapper.accountSegment(base.pathname);
  if (account) names.user(account);
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    try {
      const url = new URL(link.getAttribute('href') ?? '', base);
      const segment = sites.siteForAccountUrl(url) || sites.siteForUrl(url) ? UrlMapper.accountSegment(url.pathname) : null;
      if (segment) names.user(segment);
    } catch {
      // not a URL: nothing to learn from it
    }
  }
  for (const post of scan?.snapshot.posts ?? []) {
    if (post.authorName) names.person(post.authorName);
    for (const comment of post.comments) if (comment.authorName) names.person(comment.authorName);
  }

  const keepHost = (host: string) => sites.siteForUrl(`https://${host}/`) !== null || sites.siteForAccountUrl(`https://${host}/x`) !== null;
  const urls = new UrlMapper(names, random, keepHost);
  const rewriter = new Rewriter(names, urls, random, base);
  const copy = root.cloneNode(true) as Element;
  rewriter.tree(copy);

  const url = urls.href(pageUrl, base);
  const html = doc.documentElement;
  const lang = escapeAttribute(html?.getAttribute('lang') ?? '');
  const dir = escapeAttribute(html?.getAttribute('dir') ?? 'ltr');
  const body = copy.localName.toLowerCase() === 'body' ? copy.innerHTML : copy.outerHTML;
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  const file = [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta name="fixture-url" content="${escapeAttribute(url)}">`,
    `<!-- Anonymised page copy (Modereringsstöd, ${date}): every text replaced by placeholders of the same length and script, names and user names invented, ids replaced consistently, times moved by whole days, images, styles and scripts removed. -->`,
    '<title>Anonymiserad sidkopia</title>',
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html: file, url, site: site.id, fileName: `sidkopia-${site.id}-${date}.html` };
}
