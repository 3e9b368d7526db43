// Word scanning by char code: a regex tokenizer allocates a match array per word and was the
// single largest cost in the whole check. Every char's class is one table read; non-ASCII classes
// are filled in on first sight, as classifying all 65536 up front would slow down module load.
// Keys and hashes are of the lower-cased word, read unit by unit from the text itself (./lower.ts).
import * as lower from './lower.ts';

// Read once: test runners load modules as CommonJS with a getter per export, one call per use.
const { lowerUnit } = lower;

const UNKNOWN = 0;
const WORD = 1;
const JOINER = 2;
const OTHER = 3;
const classes = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
for (let code = 0; code < 128; code++) classes[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : OTHER;
for (const joiner of ['-', "'", '\u2019']) classes[joiner.charCodeAt(0)] = JOINER;

// One read per char in the word loop: the char lowered when it belongs to a word, NOT_WORD when it
// does not, 0 when not looked at yet (no word char lowers to 0 or 1).
const NOT_WORD = 1;
const wordLower = new Uint16Array(65536);

function wordLowerOf(code: number): number {
  const w = wordLower[code] as number;
  if (w !== 0) return w;
  return (wordLower[code] = classOf(code) === WORD ? lowerUnit(code) : NOT_WORD);
}

function classOf(code: number): number {
  const c = classes[code] as number;
  if (c !== UNKNOWN) return c;
  return (classes[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : OTHER);
}

/**
 * Key of a word's first three chars, so most words are rejected without slicing a string. Kept within
 * 30 bits (a small integer in V8) because hashing heap doubles in a Set was a visible cost; rare
 * collisions are harmless since every hit is verified against the real word.
 */
export function prefixKey(s: string, start: number, end: number): number {
  const a = lowerUnit(s.charCodeAt(start)) & 0x3ff;
  const b = start + 1 < end ? lowerUnit(s.charCodeAt(start + 1)) & 0x3ff : 0;
  const c = start + 2 < end ? lowerUnit(s.charCodeAt(start + 2)) & 0x3ff : 0;
  return (a << 20) | (b << 10) | c;
}

/** Same idea for the last two chars of a word ending at `end`. */
export function suffixKey(s: string, end: number): number {
  return ((lowerUnit(s.charCodeAt(end - 2)) & 0x7fff) << 15) | (lowerUnit(s.charCodeAt(end - 1)) & 0x7fff);
}

/** Whether the lower-cased text ends with `lowered` (already lower case) at `end`. */
export function endsWithLowered(s: string, end: number, lowered: string): boolean {
  const from = end - lowered.length;
  if (from < 0) return false;
  for (let k = 0; k < lowered.length; k++) if (lowerUnit(s.charCodeAt(from + k)) !== lowered.charCodeAt(k)) return false;
  return true;
}

export function keyOf(word: string): number {
  return prefixKey(word, 0, Math.min(word.length, 3));
}

/** Key of the last four chars of a word ending at `end` (the word must have at least four). */
export function tailKey(s: string, end: number): number {
  return suffixKey(s, end - 2) ^ Math.imul(suffixKey(s, end), 0x27d4eb2f);
}

const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/**
 * FNV-1a over a range of UTF-16 units. forEachWord computes the same hash while it scans, which costs
 * less than reading a word's chars again to build a key from them afterwards.
 */
export function wordHash(s: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lowerUnit(s.charCodeAt(i)), HASH_PRIME);
  return h;
}

const FILTER_BITS = 18;

/**
 * A Bloom filter over integer keys (2^18 bits, two probes): two typed-array reads per word instead of
 * a Set lookup, which mattered at ~700k words per 4 MB. With a few thousand keys about one word in
 * a thousand is a false positive, so a hit must still be verified against the real word.
 */
export class KeyFilter {
  private readonly bits = new Uint32Array((1 << FILTER_BITS) >>> 5);

  constructor(keys: Iterable<number>) {
    for (const key of keys) {
      this.set(Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS));
      this.set(Math.imul(key, 0x85ebca77) >>> (32 - FILTER_BITS));
    }
  }

  private set(slot: number): void {
    const word = slot >>> 5;
    this.bits[word] = (this.bits[word] as number) | (1 << (slot & 31));
  }

  private test(slot: number): boolean {
    return ((this.bits[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
  }

  has(key: number): boolean {
    return (
      this.test(Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_BITS)) &&
      this.test(Math.imul(key, 0x85ebca77) >>> (32 - FILTER_BITS))
    );
  }
}

/**
 * Called for each run of letters/digits, joined across inner hyphens and apostrophes; `hash` is the
 * wordHash of the whole run lower-cased, joiners included.
 */
export type WordVisitor = (start: number, end: number, joined: boolean, hash: number) => void;

/**
 * Which words reach the visitor: joined ones, those whose hash may be in `keys`, and those of at least
 * `longerThan` units (whose endings the visitor checks itself). Screening here saves a call per word.
 */
export type WordScreen = { keys: KeyFilter; longerThan: number };

/** Called with the end of each word that is followed by whitespace and an ASCII digit ("Storgatan 5"). */
export type BeforeNumberVisitor = (end: number) => void;

const SPACE = /^\s$/u;
const spaces = new Uint8Array(0x10000);
/** `\s` as the regexes have it, by table: 1 = not a space, 2 = space, 0 = not yet looked at. */
function isSpace(code: number): boolean {
  const c = spaces[code] as number;
  if (c !== 0) return c === 2;
  const space = SPACE.test(String.fromCharCode(code));
  spaces[code] = space ? 2 : 1;
  return space;
}

export function forEachWord(s: string, onWord: WordVisitor, screen?: WordScreen, beforeNumber?: BeforeNumberVisitor): void {
  const keys = screen?.keys;
  const longerThan = screen?.longerThan ?? 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && wordLowerOf(s.charCodeAt(i)) === NOT_WORD) i++;
    if (i >= n) break;
    const start = i;
    let joined = false;
    let h = HASH_SEED;
    for (;;) {
      for (; i < n; i++) {
        const l = wordLowerOf(s.charCodeAt(i));
        if (l === NOT_WORD) break;
        h = Math.imul(h ^ l, HASH_PRIME);
      }
      const joiner = s.charCodeAt(i);
      if (i + 1 < n && classOf(joiner) === JOINER && classOf(s.charCodeAt(i + 1)) === WORD) {
        h = Math.imul(h ^ joiner, HASH_PRIME);
        i++;
        joined = true;
      } else break;
    }
    if (keys === undefined || joined || i - start >= longerThan || keys.has(h)) onWord(start, i, joined, h);
    if (beforeNumber !== undefined && i + 1 < n && isSpace(s.charCodeAt(i))) {
      const next = s.charCodeAt(i + 1);
      if (next >= 48 && next <= 57) beforeNumber(i);
    }
  }
}

const LETTER_OR_ASCII_DIGIT_AT_END = /[\p{L}\d]$/u;

/**
 * `(?<![\p{L}\d])` for a match found at `index`. A leading lookbehind stops V8 from skipping ahead to
 * the pattern's first char, so the hot regexes leave it out and their few matches are checked here.
 */
export function letterOrDigitBefore(s: string, index: number): boolean {
  // Two code units, so a letter outside the BMP is read as one code point, as the lookbehind does.
  return index > 0 && LETTER_OR_ASCII_DIGIT_AT_END.test(s.slice(Math.max(0, index - 2), index));
}
