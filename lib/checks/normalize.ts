/**
 * Normalisation before matching, with a map back to the original text so every span still points at what
 * the moderator sees. Evasions that leave a number or word readable to a person but not to a pattern are
 * undone: zero-width characters and soft hyphens are dropped, NBSP and other spaces become " ", dashes and
 * the minus sign become "-", fullwidth forms become ASCII ("９２０１０１－９８００", "＠"), and other
 * compatibility characters take their NFKC form. One pass over the text; an all-ASCII text is returned as is.
 */
export interface Normalized {
  /** The text to match on. */
  readonly text: string;
  /** Original [start, end) of a span of `text`. */
  span(start: number, end: number): [number, number];
}

const IDENTITY = (text: string): Normalized => ({ text, span: (s, e) => [s, e] });

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);
const SPACES = new Set([0x00a0, 0x2007, 0x202f, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x205f, 0x3000]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);

function replacement(cp: number, ch: string): string {
  if (ZERO_WIDTH.has(cp)) return '';
  if (SPACES.has(cp)) return ' ';
  if (DASHES.has(cp)) return '-';
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  // Latin-1 and the common scripts' letters are already what NFKC makes them; skip the call for them.
  if (cp < 0x2000) return ch;
  return ch.normalize('NFKC');
}

/** Hits found in `n.text` with their spans and text moved back to `source` (what `n` was made from). */
export function spansBack<T extends { start: number; end: number; text: string }>(n: Normalized, source: string, hits: T[]): T[] {
  if (n.text === source) return hits;
  return hits.map((h) => {
    const [start, end] = n.span(h.start, h.end);
    return { ...h, start, end, text: source.slice(start, end) };
  });
}

export function normalizeForMatching(input: string): Normalized {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u00a0]/u.test(input) && !input.includes('\u00a0')) return IDENTITY(input);
  let out = '';
  // starts[i] / ends[i]: the original code unit range that produced out[i].
  const starts: number[] = [];
  const ends: number[] = [];
  let changed = false;
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    const rep = replacement(cp, ch);
    if (rep !== ch) changed = true;
    for (let k = 0; k < rep.length; k++) (starts.push(i), ends.push(i + width));
    out += rep;
    i += width;
  }
  if (!changed) return IDENTITY(input);
  return {
    text: out,
    span(start, end) {
      if (start >= end) {
        const at = start < starts.length ? (starts[start] as number) : input.length;
        return [at, at];
      }
      return [starts[start] as number, ends[end - 1] as number];
    },
  };
}
