/**
 * Checking one term in full where the matcher's trie says it may start: the regex semantics of each
 * piece of pattern syntax (./terms.ts) over the text's atoms, depth first in the written order, as the
 * per-term regexes this replaced backtracked.
 */
import * as chars from './chars';
import * as syntax from './terms';
import type { Alternative, Part, Position, Term, WordPart } from './terms';
import * as tokens from './tokens';
import type { Tokens } from './tokens';

// Read once: test runners load modules as CommonJS with a getter per export, one call per use, and
// these run for every candidate of every comment.
const { ASCII_FOLDS, fold } = chars;
const { EXACT, INFLECTIONS, LETTERS } = syntax;
const { codePointAt, OTHER, SPACE, WORD } = tokens;

const INFLECTION_CODES = INFLECTIONS.map((s) => [...s].map((c) => c.codePointAt(0) as number));

/** True when text[i, e) is one of INFLECTIONS (all ASCII, so one code unit per letter). */
function isInflection(text: string, i: number, e: number, cs: boolean): boolean {
  const n = e - i;
  if (n > 5) return false;
  outer: for (const infl of INFLECTION_CODES) {
    if (infl.length !== n) continue;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(i + k);
      if ((cs ? c : fold(c)) !== infl[k]) continue outer;
    }
    return true;
  }
  return false;
}

/** Where `lit` ends when it starts at text offset `i` within [i, e), or -1. */
function literalAt(text: string, i: number, e: number, lit: readonly number[], cs: boolean): number {
  for (let k = 0; k < lit.length; k++) {
    if (i >= e) return -1;
    // Inline for the usual case: a page's first scan runs before the JIT has inlined anything.
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp < 0xdc00) cp = codePointAt(text, i);
    if ((cs ? cp : cp < 0x80 ? ASCII_FOLDS[cp] : fold(cp)) !== lit[k]) return -1;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Whether what follows the literal (from `i` to the end of atom `a`) is what the part allows. */
function tailFits(t: Tokens, a: number, part: WordPart, i: number, cs: boolean): boolean {
  const e = t.end[a] as number;
  if (part.after === EXACT) return i === e;
  if (part.after === LETTERS) return (t.afterNonLetter[a] as number) <= i;
  return i === e || isInflection(t.text, i, e, cs);
}

function wordMatches(t: Tokens, a: number, part: WordPart, cs: boolean): boolean {
  const text = t.text;
  const s = t.start[a] as number;
  const e = t.end[a] as number;
  if (!part.anyBefore) {
    const i = literalAt(text, s, e, part.lit, cs);
    return i >= 0 && tailFits(t, a, part, i, cs);
  }
  // `\p{L}*word`: any all-letter head will do, so try each until the head would include a non-letter.
  const firstNonLetter = t.firstNonLetter[a] as number;
  for (let q = s; ; q += codePointAt(text, q) > 0xffff ? 2 : 1) {
    const i = literalAt(text, q, e, part.lit, cs);
    if (i >= 0 && tailFits(t, a, part, i, cs)) return true;
    if (q >= e || q >= firstNonLetter) return false;
  }
}

/** The atom after `alt` when it matches from atom `a`, or -1. */
function alternativeAt(t: Tokens, alt: Alternative, a: number, first: boolean, last: boolean, cs: boolean): number {
  const n = alt.length;
  if (a + n > t.count) return -1;
  for (let k = 0; k < n; k++) {
    const part = alt[k] as Part;
    const atom = a + k;
    if (part.word) {
      if (t.kind[atom] !== WORD || !wordMatches(t, atom, part, cs)) return -1;
    } else {
      if (t.kind[atom] !== OTHER) return -1;
      const cp = codePointAt(t.text, t.start[atom] as number);
      if ((cs ? cp : fold(cp)) !== part.cp) return -1;
    }
  }
  // The regexes' word boundaries; a word part is a whole atom, so they only matter next to a symbol.
  if (first && !(alt[0] as Part).word && a > 0 && t.kind[a - 1] === WORD) return -1;
  if (last && !(alt[n - 1] as Part).word && a + n < t.count && t.kind[a + n] === WORD) return -1;
  return a + n;
}

/** End offset of the term's match when its position `p` starts at atom `a`, or -1 (depth first, in order). */
export function matchFrom(t: Tokens, term: Term, p: number, a: number): number {
  const positions = term.positions;
  const pos = positions[p] as Position;
  const last = p === positions.length - 1;
  if (pos.gap === 'optional') {
    if (a + 1 < t.count && t.kind[a] === WORD && t.kind[a + 1] === SPACE) {
      const r = matchFrom(t, term, p + 1, a + 2);
      if (r >= 0) return r;
    }
    return matchFrom(t, term, p + 1, a);
  }
  if (pos.gap !== null) {
    // A required gap is never last (refused when parsing), so a space follows its word.
    if (a + 1 >= t.count || t.kind[a] !== WORD || t.kind[a + 1] !== SPACE) return -1;
    return matchFrom(t, term, p + 1, a + 2);
  }
  for (const alt of pos.alternatives) {
    const next = alternativeAt(t, alt, a, p === 0, last, term.caseSensitive);
    if (next < 0) continue;
    if (last) return t.end[next - 1] as number;
    if (next < t.count && t.kind[next] === SPACE) {
      const r = matchFrom(t, term, p + 1, next + 1);
      if (r >= 0) return r;
    }
  }
  return -1;
}
