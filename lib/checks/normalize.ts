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

// One span function for every unchanged text: nearly every comment is one, and none needs a closure.
function sameSpan(start: number, end: number): [number, number] {
  return [start, end];
}
const IDENTITY = (text: string): Normalized => ({ text, span: sameSpan });

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);
const SPACES = new Set([0x00a0, 0x2007, 0x202f, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x2009, 0x200a, 0x205f, 0x3000]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);

function replacement(cp: number, ch: string): string {
  if (ZERO_WIDTH.has(cp)) return '';
  if (SPACES.has(cp)) return ' ';
  if (DASHES.has(cp)) return '-';
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  // Only the blocks MAY_CHANGE names are looked at; the rest of the text is left as it is.
  if (!MAY_CHANGE.test(ch)) return ch;
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

/**
 * The characters this changes: NBSP and soft hyphen, the General Punctuation block (spaces, zero-width,
 * dashes), the minus sign, CJK and fullwidth/halfwidth forms, presentation forms and ligatures, and the
 * mathematical letters and digits used to dodge filters. Swedish text has none of them, so one test
 * answers nearly every comment; only a text with one is walked character by character.
 */
const MAY_CHANGE = /[\u00a0\u00ad\u180e\u2000-\u206f\u2070-\u209f\u2100-\u214f\u2212\u2460-\u24ff\u3000\ufb00-\ufb4f\ufe10-\ufe6f\uff00-\uffef\u{1d400}-\u{1d7ff}]/u;

const MAY_CHANGE_ALL = new RegExp(MAY_CHANGE.source, 'gu');

export function normalizeForMatching(input: string): Normalized {
  if (!MAY_CHANGE.test(input)) return IDENTITY(input);
  const edits: Edit[] = [];
  MAY_CHANGE_ALL.lastIndex = 0;
  for (let m = MAY_CHANGE_ALL.exec(input); m; m = MAY_CHANGE_ALL.exec(input)) {
    const ch = m[0];
    const rep = replacement(ch.codePointAt(0) as number, ch);
    if (rep !== ch) edits.push({ at: m.index, length: ch.length, text: rep });
  }
  return applyEdits(input, edits);
}

/** One replacement: `length` characters of the input at `at` become `text`. Edits are in order and apart. */
type Edit = { at: number; length: number; text: string };

/** The input with its edits made, and the map from the result's spans back to the input's. */
function applyEdits(input: string, edits: readonly Edit[]): Normalized {
  if (edits.length === 0) return IDENTITY(input);
  // Only the changed characters are recorded: [index in the output, index in the input, their lengths].
  const outAt: number[] = [];
  const inAt: number[] = [];
  const inLen: number[] = [];
  const outLen: number[] = [];
  let out = '';
  let copied = 0;
  for (const { at, length, text } of edits) {
    out += input.slice(copied, at);
    outAt.push(out.length);
    inAt.push(at);
    inLen.push(length);
    outLen.push(text.length);
    out += text;
    copied = at + length;
  }
  out += input.slice(copied);
  // The last change at or before output index i (binary search), or -1.
  const changeAt = (i: number): number => {
    let lo = 0;
    let hi = outAt.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((outAt[mid] as number) <= i) (found = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    return found;
  };
  // Where output char i came from: [start, end) in the input.
  const source = (i: number): [number, number] => {
    const c = changeAt(i);
    if (c < 0) return [i, i + 1];
    const o = outAt[c] as number;
    const n = inAt[c] as number;
    if (i < o + (outLen[c] as number)) return [n, n + (inLen[c] as number)];
    const at = n + (inLen[c] as number) + (i - o - (outLen[c] as number));
    return [at, at + 1];
  };
  return {
    text: out,
    span(start, end) {
      if (start >= end) {
        const at = start < out.length ? source(start)[0] : input.length;
        return [at, at];
      }
      return [source(start)[0], source(end - 1)[1]];
    },
  };
}

// Letters typed apart ("n å g o n  b o r d e", "p å"): two or more single letters, one space between each.
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){1,}(?![\p{L}\p{N}])/gu;
// Digits for letters inside a word ("J4G SK4 SPR4NG4"): a run of letters and digits with two letters or more.
const MIXED = /(?<![\p{L}\p{N}])(?=[\p{L}\d]*\p{L}[\p{L}\d]*\p{L})(?=[\p{L}\d]*[013457])[\p{L}\d]+(?![\p{L}\p{N}])/gu;
const HAS_LEET_DIGIT = /[013457]/;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
// "7B", "4:an", "p4", "mp3": a school class, a radio channel, a file type keep their digits.
const NOT_LEET = /^(?:\d+\p{L}{1,2}|\p{L}\d+)$/u;

/**
 * Word-level evasions undone for the vocabulary checks (unlawful content), on top of
 * normalizeForMatching: letters typed apart are joined and digits standing for letters are read as
 * letters. Not for personal data, where digits are the data.
 */
export function undoWordEvasions(input: string): Normalized {
  const edits: Edit[] = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(input); m; m = SPACED.exec(input)) {
    for (let i = m.index + 1; i < m.index + m[0].length; i += 2) edits.push({ at: i, length: 1, text: '' });
  }
  MIXED.lastIndex = 0;
  for (let m = HAS_LEET_DIGIT.test(input) ? MIXED.exec(input) : null; m; m = MIXED.exec(input)) {
    if (NOT_LEET.test(m[0])) continue;
    for (let i = 0; i < m[0].length; i++) {
      const letter = LEET[m[0].charAt(i)];
      if (letter) edits.push({ at: m.index + i, length: 1, text: letter });
    }
  }
  edits.sort((a, b) => a.at - b.at);
  return applyEdits(input, edits);
}

/** `inner` made from `outer.text`: spans of `inner.text` mapped back through both to the original. */
export function composeNormalized(outer: Normalized, inner: Normalized): Normalized {
  if (inner.text === outer.text) return outer;
  return { text: inner.text, span: (start, end) => { const [s, e] = inner.span(start, end); return outer.span(s, e); } };
}
