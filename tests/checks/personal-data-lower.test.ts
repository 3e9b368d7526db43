/** The claims lib/checks/personal-data/lower.ts rests on, checked over all of Unicode in this engine. */
import { describe, expect, it } from 'vitest';
import { changesWhenLowered, loweredSlice, lowerUnit, onLowered } from '../../lib/checks/personal-data/lower';

describe('per-unit lower case (personal-data/lower)', () => {
  it('lowers every character like toLowerCase, except that only İ changes length', () => {
    const lengthChanging: number[] = [];
    const wrong: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const s = String.fromCodePoint(cp);
      const l = s.toLowerCase();
      if (l.length !== s.length) lengthChanging.push(cp);
      else if (cp < 0x10000 && l.charCodeAt(0) !== lowerUnit(cp)) wrong.push(cp);
      if (changesWhenLowered(s) !== (l !== s && cp !== 0x130)) wrong.push(cp);
    }
    expect(lengthChanging).toEqual([0x130]);
    expect(wrong).toEqual([]);
  });

  it('widens each letter of a regex to exactly what lowers into it', () => {
    const wrong: string[] = [];
    for (const letter of 'abcdefghijklmnopqrstuvwxyzåäö') {
      const re = new RegExp(`^${onLowered(letter)}$`, 'u');
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c < 0xe000) continue;
        if (re.test(String.fromCharCode(c)) !== (lowerUnit(c) === letter.charCodeAt(0))) wrong.push(`${letter} U+${c.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(onLowered(String.raw`(?<![\p{L}\d])se\d{2}[ \u00a0]`)).toBe(String.raw`(?<![\p{L}\d])[sS][eE]\d{2}[ \u00a0]`);
  });

  it('never turns a word character into a non-word one (the word scan reads the text)', () => {
    const word = /[\p{L}\p{N}]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      if (word.test(String.fromCharCode(c)) !== word.test(String.fromCharCode(lowerUnit(c)))) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps İ and lowers the rest of a slice', () => {
    expect(loweredSlice('xİSTANBUL', 1, 9)).toBe('İstanbul');
    expect(loweredSlice('abc', 0, 3)).toBe('abc');
    expect(changesWhenLowered('gå till İstanbul')).toBe(false);
    expect(changesWhenLowered('Gå')).toBe(true);
  });
});
