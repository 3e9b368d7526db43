/**
 * Character classes and case folding for the vocabulary matcher, by code point and table lookup.
 *
 * The matcher must agree exactly with the regexes it replaced (`/…/giu` with `[\p{L}\p{M}\p{N}_]` word
 * boundaries), so both tables are defined by the regex engine itself: a class is what `\p{…}`/`\s` say,
 * and two characters fold together exactly when `/^a$/iu` matches `b` (Unicode simple case folding, so
 * "ſ" matches "s" but "ı" does not match "i"). Entries are filled on first sight, as classifying all of
 * Unicode up front would cost more at load than any page ever needs.
 */

export const LETTER = 1; // \p{L}
export const MARK_DIGIT = 2; // the rest of a word: \p{M}, \p{N}, "_"
export const SPACE = 3; // \s
export const OTHER = 4;

const BMP_CLASSES = new Uint8Array(0x10000);
const BMP_FOLDS = new Uint16Array(0x10000);
const astralClasses = new Map<number, number>();
const astralFolds = new Map<number, number>();

const IS_LETTER = /^\p{L}$/u;
const IS_WORD = /^[\p{M}\p{N}_]$/u;
const IS_SPACE = /^\s$/u;

function classify(cp: number): number {
  const s = String.fromCodePoint(cp);
  return IS_LETTER.test(s) ? LETTER : IS_WORD.test(s) ? MARK_DIGIT : IS_SPACE.test(s) ? SPACE : OTHER;
}

export function classOf(cp: number): number {
  if (cp < 0x10000) {
    const c = BMP_CLASSES[cp] as number;
    return c !== 0 ? c : (BMP_CLASSES[cp] = classify(cp));
  }
  let c = astralClasses.get(cp);
  if (c === undefined) astralClasses.set(cp, (c = classify(cp)));
  return c;
}

// Where simple case folding differs from every case mapping String.prototype offers (checked in
// tests/checks/match-chars.test.ts against the regex engine over all of Unicode).
const SPECIAL_FOLDS = new Map([
  [0x1fd3, 0x0390],
  [0x1fe3, 0x03b0],
  [0xfb05, 0xfb06],
]);

function single(s: string): number | null {
  const cp = s.codePointAt(0) as number;
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : null;
}

/** One representative per case-insensitive class: lower(upper(c)) where the regex engine agrees. */
function computeFold(cp: number): number {
  const special = SPECIAL_FOLDS.get(cp);
  if (special !== undefined) return special;
  const s = String.fromCodePoint(cp);
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (lower === s && upper === s) return cp;
  const same = new RegExp(`^${s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`, 'iu');
  const round = single(upper) !== null ? single(upper.toLowerCase()) : null;
  if (round !== null && same.test(String.fromCodePoint(round))) return round;
  const low = single(lower);
  return low !== null && same.test(lower) ? low : cp;
}

for (let cp = 0; cp < 0x80; cp++) {
  BMP_CLASSES[cp] = classify(cp);
  BMP_FOLDS[cp] = computeFold(cp);
}
/** The ASCII rows of the tables, for hot loops to read without a call (most text is ASCII). */
export const ASCII_CLASSES = BMP_CLASSES.slice(0, 0x80);
export const ASCII_FOLDS = BMP_FOLDS.slice(0, 0x80);

export function fold(cp: number): number {
  if (cp < 0x10000) {
    const f = BMP_FOLDS[cp] as number;
    if (f !== 0 || cp === 0) return f;
    const computed = computeFold(cp);
    // A BMP character never folds outside the BMP; if one ever did, it is simply not cached.
    if (computed < 0x10000) BMP_FOLDS[cp] = computed;
    return computed;
  }
  let f = astralFolds.get(cp);
  if (f === undefined) astralFolds.set(cp, (f = computeFold(cp)));
  return f;
}
