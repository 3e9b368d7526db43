/**
 * The one pass over a comment's text that every vocabulary shares: atoms with their original offsets.
 * A word atom is a maximal run of `[\p{L}\p{M}\p{N}_]` (so å/ä/ö are letters and "mötet" stays one
 * word), a space atom a maximal run of `\s`, and every other code point is an atom of its own. Those are
 * exactly the units the old per-term regexes could start, end or skip at, which is what lets the
 * matcher reproduce them (see matcher.ts).
 */
import * as chars from './chars';

export const WORD = 1;
export const SPACE = 2;
export const OTHER = 3;

// Read once: test runners load modules as CommonJS with a getter per export, one call per use, and
// this loop runs once per character.
const { ASCII_CLASSES, classOf, LETTER, SPACE: SPACE_CLASS, OTHER: OTHER_CLASS } = chars;

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Word atoms: offset of the first code point that is not a letter (`end` when all are letters). */
  readonly firstNonLetter: Int32Array;
  /** Word atoms: offset just after the last code point that is not a letter (`start` when none). */
  readonly afterNonLetter: Int32Array;
}

class Buffers {
  kind = new Uint8Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  firstNonLetter = new Int32Array(64);
  afterNonLetter = new Int32Array(64);

  grow(): void {
    const size = this.kind.length * 2;
    const copy = <T extends Uint8Array | Int32Array>(a: T, b: T) => (b.set(a), b);
    this.kind = copy(this.kind, new Uint8Array(size));
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.firstNonLetter = copy(this.firstNonLetter, new Int32Array(size));
    this.afterNonLetter = copy(this.afterNonLetter, new Int32Array(size));
  }
}

// One set of buffers, reused: checks run synchronously one text at a time, and allocating typed arrays
// per comment cost more than the scan itself. The last text's atoms are kept, since the political and
// unlawful checks (and each of their lists) look at the same text one after the other.
const buffers = new Buffers();
let last: Tokens | null = null;

/** The atoms of `text`. Valid until the next call with a different text. */
export function tokenize(text: string): Tokens {
  if (last !== null && last.text === text) return last;
  last = split(text, buffers);
  return last;
}

function split(text: string, b: Buffers): Tokens {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    if (count === b.kind.length) b.grow();
    const from = i;
    let cp = text.charCodeAt(i++);
    let cls: number;
    if (cp < 0x80) cls = ASCII_CLASSES[cp] as number;
    else {
      if (cp >= 0xd800 && cp < 0xdc00 && i < n) {
        const low = text.charCodeAt(i);
        if (low >= 0xdc00 && low < 0xe000) (cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000), i++;
      }
      cls = classOf(cp);
    }
    if (cls === OTHER_CLASS) {
      b.kind[count] = OTHER;
    } else if (cls === SPACE_CLASS) {
      while (i < n) {
        const c = text.charCodeAt(i);
        if ((c < 0x80 ? ASCII_CLASSES[c] : classOf(c)) !== SPACE_CLASS) break;
        i++;
      }
      b.kind[count] = SPACE;
    } else {
      let firstNon = cls === LETTER ? -1 : from;
      let afterNon = cls === LETTER ? from : i;
      while (i < n) {
        let c = text.charCodeAt(i);
        let l = 1;
        let k: number;
        if (c < 0x80) k = ASCII_CLASSES[c] as number;
        else {
          if (c >= 0xd800 && c < 0xdc00 && i + 1 < n) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low < 0xe000) (c = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000), (l = 2);
          }
          k = classOf(c);
        }
        if (k === SPACE_CLASS || k === OTHER_CLASS) break;
        if (k !== LETTER) {
          if (firstNon < 0) firstNon = i;
          afterNon = i + l;
        }
        i += l;
      }
      b.kind[count] = WORD;
      b.firstNonLetter[count] = firstNon < 0 ? i : firstNon;
      b.afterNonLetter[count] = afterNon;
    }
    b.start[count] = from;
    b.end[count] = i;
    count++;
  }
  return {
    text,
    count,
    kind: b.kind,
    start: b.start,
    end: b.end,
    firstNonLetter: b.firstNonLetter,
    afterNonLetter: b.afterNonLetter,
  };
}

/** The code point at `i` (a lone surrogate is its own code point, as in a `u` regex). */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low < 0xe000) return ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `i`. */
export function codePointBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c < 0xe000 && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high < 0xdc00) return ((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}
