/**
 * Page text is cut and sealed into public records. RFC 8785 / I-JSON forbid lone surrogates, and a cut
 * by UTF-16 units can leave one (half an emoji), which a strict registry refuses or hashes differently.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates replaced by U+FFFD, as `toWellFormed` does; exported so the fallback is tested too. */
export function toWellFormedFallback(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

const native = typeof String.prototype.toWellFormed === 'function';

/** `text` with every lone surrogate replaced by U+FFFD (unchanged, same string, when already well-formed). */
export function wellFormed(text: string): string {
  if (native) return text.isWellFormed() ? text : text.toWellFormed();
  return toWellFormedFallback(text);
}

/** A copy of a JSON-like value with every string (keys too) well-formed; other values kept as they are. */
export function wellFormedDeep<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) return value.map((item) => wellFormedDeep(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormedDeep(v)])) as T;
  }
  return value;
}

// How far back a cut may move to keep a grapheme (an emoji sequence, a letter with its accents) whole.
// Beyond that (a "grapheme" of thousands of combining marks) the cut keeps code points whole only.
const GRAPHEME_WINDOW = 64;

// Made on first use: building one costs some 20 ms (ICU), which a content script must not pay at load.
let segmenterMade: Intl.Segmenter | null | undefined;
function graphemes(): Intl.Segmenter | null {
  if (segmenterMade === undefined) segmenterMade = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenterMade;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where a cut at `max` keeps code points whole: never between the two halves of a surrogate pair. */
function codePointCut(text: string, max: number): number {
  return max > 0 && isHigh(text.charCodeAt(max - 1)) && isLow(text.charCodeAt(max)) ? max - 1 : max;
}

/**
 * `text` cut to at most `max` UTF-16 units, on a grapheme boundary when one lies within a short window
 * before the limit, else on a code-point boundary. Only the window is segmented, so a long text costs
 * no more than a short one (a run of flags longer than the window may pair differently there; the cut
 * still keeps code points whole).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = codePointCut(text, Math.max(0, max));
  const segmenter = cut === 0 ? null : graphemes();
  if (!segmenter) return text.slice(0, cut);
  // Start the window on a code point, so the segmenter does not see half a pair.
  const start = codePointCut(text, Math.max(0, cut - GRAPHEME_WINDOW));
  // A few units past the cut show whether the grapheme at the cut goes on.
  const window = text.slice(start, Math.min(text.length, cut + 16));
  let boundary = start;
  for (const { index } of segmenter.segment(window)) {
    if (start + index > cut) break;
    boundary = start + index;
  }
  // The last boundary ≤ cut is cut itself (a clean cut) or the start of the grapheme the cut would split.
  // The window start is not known to be a boundary, and cutting to nothing keeps nothing: then code points.
  return text.slice(0, boundary > start ? boundary : cut);
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A page string isolated for plain text (notifications, text substituted into a message): its
 * right-to-left overrides and embeddings cannot reorder the text around it. Unmatched controls inside
 * stay inside, since the closing PDI ends every embedding opened after the FSI.
 */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
