/**
 * Vocabulary patterns (syntax in ../wordlists.ts) and user terms parsed into a sequence of positions
 * over text atoms (./tokens.ts). No regex is built from either: user text stays data.
 *
 * What each piece of syntax meant as a regex, and what it is here:
 *   - a space, `\s+`             → one space atom;
 *   - a literal word part        → one word atom equal to it after case folding;
 *   - `*` before / after a word  → any letters (`\p{L}*`) before / after it in the same word atom;
 *   - `+` after a word           → one of INFLECTIONS (or nothing) after it in the same word atom;
 *   - any other literal char     → an atom of that one code point (after case folding);
 *   - `{w}` / `{w?}`             → one word atom and a space atom, required / optional (tried first).
 */
import { classOf, fold, LETTER, MARK_DIGIT, SPACE } from './chars';

/** Definite/plural/genitive endings; "t", "a", "e" are left out on purpose (val → valt "chosen"). */
export const INFLECTIONS = [
  'arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'rnas', 'ens', 'ets', 'nas', 'ns',
  'rna', 'ar', 'er', 'or', 'en', 'et', 'na', 's', 'n', 'r',
] as const;

export const EXACT = 0;
export const LETTERS = 1;
export const INFLECTED = 2;

export type WordPart = { word: true; lit: readonly number[]; anyBefore: boolean; after: typeof EXACT | typeof LETTERS | typeof INFLECTED };
export type CharPart = { word: false; cp: number };
export type Part = WordPart | CharPart;
/** One alternative of a position: the atoms it covers, in order (e.g. "eu-val+" is eu, -, val+). */
export type Alternative = readonly Part[];
export type Position = { gap: 'required' | 'optional' } | { gap: null; alternatives: readonly Alternative[] };

export interface Term {
  readonly positions: readonly Position[];
  /** The pattern or user term as written, reported with each hit. */
  readonly pattern: string;
  readonly tag: string;
  /** Literals compared as written (party letters: "S" is a party, "s" a unit); otherwise case-folded. */
  readonly caseSensitive: boolean;
}

/**
 * Splits a literal into its atoms, the same way the text is split (./tokens.ts), case-folded unless
 * `caseSensitive`. In patterns (`innerStar`), a `*` between a symbol and a word means any letters
 * before that word, as in `M-*politiker` (the hyphen rule's compounds); anywhere else it is refused.
 */
function literalParts(literal: string, caseSensitive: boolean, innerStar: boolean, pattern: string): Part[] {
  const parts: Part[] = [];
  let word: number[] | null = null;
  let star = false;
  const endWord = () => {
    if (word) parts.push({ word: true, lit: word, anyBefore: star, after: EXACT });
    word = null;
    star = false;
  };
  const chars = [...literal];
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0) as number;
    const cls = classOf(cp);
    const c = caseSensitive ? cp : fold(cp);
    if (cls === LETTER || cls === MARK_DIGIT) {
      (word ??= []).push(c);
      return;
    }
    endWord();
    if (cls === SPACE) throw new Error(`unexpected space in "${literal}"`);
    if (innerStar && ch === '*') {
      const next = chars[i + 1];
      const nextIsWord = next !== undefined && [LETTER, MARK_DIGIT].includes(classOf(next.codePointAt(0) as number));
      if (!nextIsWord || parts.length === 0 || parts[parts.length - 1]?.word !== false) {
        throw new Error(`"*" inside a word must sit between a symbol and a word, as in "M-*politiker": "${pattern}"`);
      }
      star = true;
      return;
    }
    parts.push({ word: false, cp: c });
  });
  endWord();
  return parts;
}

function alternative(source: string, pattern: string, caseSensitive: boolean): Alternative {
  let body = source;
  let anyBefore = false;
  let after: WordPart['after'] = EXACT;
  if (body.startsWith('*')) (anyBefore = true), (body = body.slice(1));
  if (body.endsWith('*')) (after = LETTERS), (body = body.slice(0, -1));
  else if (body.endsWith('+')) (after = INFLECTED), (body = body.slice(0, -1));
  const parts = literalParts(body, caseSensitive, true, pattern);
  const first = parts[0];
  const lastPart = parts[parts.length - 1];
  // The regexes allowed these too, but nothing in the data uses them and they would need more than
  // one atom per affix: refuse them loudly rather than match something else quietly.
  if (!first || !lastPart) throw new Error(`empty alternative in vocabulary pattern "${pattern}"`);
  if (anyBefore && !first.word) throw new Error(`"*" must touch a word in "${pattern}"`);
  if (after !== EXACT && !lastPart.word) throw new Error(`"*"/"+" must touch a word in "${pattern}"`);
  if (anyBefore) parts[0] = { ...(first as WordPart), anyBefore: true };
  if (after !== EXACT) parts[parts.length - 1] = { ...(parts[parts.length - 1] as WordPart), after };
  return parts;
}

/** A built-in vocabulary pattern. */
export function parsePattern(pattern: string, tag: string, caseSensitive = false): Term {
  const positions: Position[] = pattern
    .trim()
    .split(/\s+/)
    .map((token) => {
      if (token === '{w}') return { gap: 'required' };
      if (token === '{w?}') return { gap: 'optional' };
      return { gap: null, alternatives: token.split('|').map((alt) => alternative(alt, pattern, caseSensitive)) };
    });
  if (positions[0]?.gap !== null || positions[positions.length - 1]?.gap !== null) {
    throw new Error(`a vocabulary pattern must start and end with a word: "${pattern}"`);
  }
  return { positions, pattern, tag, caseSensitive };
}

/** A user's term: literal text, words separated by any whitespace, a Swedish ending allowed after a letter. */
export function parseUserTerm(term: string, tag: string): Term {
  const trimmed = term.trim();
  const words = trimmed.split(/\s+/).map((w) => literalParts(w, false, false, term));
  if (/\p{L}$/u.test(trimmed)) {
    const lastWord = words[words.length - 1] as Part[];
    lastWord[lastWord.length - 1] = { ...(lastWord[lastWord.length - 1] as WordPart), after: INFLECTED };
  }
  return { positions: words.map((parts) => ({ gap: null, alternatives: [parts] })), pattern: term, tag, caseSensitive: false };
}
