// Word scanning by char code: a regex tokenizer allocates a match array per word and was the
// single largest cost in the whole check. Non-ASCII classes are looked up once and cached.
const classCache = new Uint8Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let c = classCache[code];
  if (c === 0) {
    c = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    classCache[code] = c;
  }
  return c === 1;
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019;
}

/**
 * Key of a word's first three chars, so most words are rejected without slicing a string. Kept within
 * 30 bits (a small integer in V8) because hashing heap doubles in a Set was a visible cost; rare
 * collisions are harmless since every hit is verified against the real word.
 */
export function prefixKey(s: string, start: number, end: number): number {
  const a = s.charCodeAt(start) & 0x3ff;
  const b = start + 1 < end ? s.charCodeAt(start + 1) & 0x3ff : 0;
  const c = start + 2 < end ? s.charCodeAt(start + 2) & 0x3ff : 0;
  return (a << 20) | (b << 10) | c;
}

/** Same idea for the last two chars of a word ending at `end`. */
export function suffixKey(s: string, end: number): number {
  return ((s.charCodeAt(end - 2) & 0x7fff) << 15) | (s.charCodeAt(end - 1) & 0x7fff);
}

export function keyOf(word: string): number {
  return prefixKey(word, 0, Math.min(word.length, 3));
}

/** Calls `onWord` for each run of letters/digits, joined across inner hyphens and apostrophes. */
export type WordVisitor = (start: number, end: number, joined: boolean) => void;

export function forEachWord(s: string, onWord: WordVisitor): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let joined = false;
    for (;;) {
      while (i < n && isWordChar(s.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(s.charCodeAt(i)) && isWordChar(s.charCodeAt(i + 1))) {
        i++;
        joined = true;
      } else break;
    }
    onWord(start, i, joined);
  }
}
