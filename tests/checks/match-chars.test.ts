/**
 * The matcher's case folding must be the regex engine's `/iu` matching, character for character, over
 * all of Unicode: the vocabularies used to be regexes, and a folded table that disagreed in one place
 * would silently change a result.
 */
import { describe, expect, it } from 'vitest';
import { classOf, fold, LETTER, MARK_DIGIT, OTHER, SPACE } from '../../lib/checks/match/chars';

const esc = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const same = (a: string, b: string) => new RegExp(`^${esc(a)}$`, 'iu').test(b);
const single = (s: string) => ([...s].length === 1 ? (s.codePointAt(0) as number) : null);

/** Every code point that has a case mapping, plus the single code points those mappings give. */
function casedSet(): number[] {
  const set = new Set<number>();
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp < 0xe000) continue;
    const s = String.fromCodePoint(cp);
    const images = [s.toLowerCase(), s.toUpperCase(), s.toUpperCase().toLowerCase(), s.toLowerCase().toUpperCase()];
    if (images.every((i) => i === s)) continue;
    set.add(cp);
    for (const i of images) {
      const c = single(i);
      if (c !== null) set.add(c);
    }
  }
  return [...set];
}

describe('case folding (match/chars)', () => {
  const cased = casedSet();

  it('folds exactly the pairs the regex engine matches case-insensitively', () => {
    expect(cased.length).toBeGreaterThan(2000);
    const strings = cased.map((cp) => String.fromCodePoint(cp));
    const folds = cased.map(fold);
    let mismatches = 0;
    const examples: string[] = [];
    strings.forEach((a, i) => {
      const re = new RegExp(`^${esc(a)}$`, 'iu');
      strings.forEach((b, j) => {
        if (re.test(b) !== (folds[i] === folds[j])) {
          mismatches++;
          if (examples.length < 5) examples.push(`U+${cased[i]!.toString(16)} vs U+${cased[j]!.toString(16)}`);
        }
      });
    });
    expect(examples).toEqual([]);
    expect(mismatches).toBe(0);
  }, 120_000);

  it('leaves uncased characters alone and is idempotent', () => {
    const wrong: number[] = [];
    for (let cp = 0; cp < 0x110000; cp += cp < 0x30000 ? 1 : 97) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const f = fold(cp);
      if (fold(f) !== f || (f !== cp && !same(String.fromCodePoint(cp), String.fromCodePoint(f)))) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('never folds a word character into a non-word one', () => {
    const word = (cp: number) => classOf(cp) === LETTER || classOf(cp) === MARK_DIGIT;
    for (const cp of cased) expect(word(fold(cp))).toBe(word(cp));
  });

  it('classifies like the regexes did', () => {
    expect(classOf('å'.codePointAt(0)!)).toBe(LETTER);
    expect(classOf('_'.codePointAt(0)!)).toBe(MARK_DIGIT);
    expect(classOf(0x0301)).toBe(MARK_DIGIT);
    expect(classOf('٣'.codePointAt(0)!)).toBe(MARK_DIGIT);
    expect(classOf(0xa0)).toBe(SPACE);
    expect(classOf(0x200b)).toBe(OTHER);
    expect(classOf('𝐀'.codePointAt(0)!)).toBe(LETTER);
    expect(classOf(0xd800)).toBe(OTHER);
  });
});
