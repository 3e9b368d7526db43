/**
 * The vocabulary pattern syntax by example (lib/checks/wordlists.ts), for whoever adds words, stems and
 * phrases next: what each piece matches, what it refuses, and what the matcher will not accept at all.
 */
import { describe, expect, it } from 'vitest';
import { compilePatterns, compileUserTerms, matchTerms, scan } from '../../lib/checks/wordlists';

const hits = (patterns: string[], text: string, caseSensitive = false) =>
  scan(text, compilePatterns(patterns, 'test', { caseSensitive })).map((h) => h.text);

describe('vocabulary patterns', () => {
  it.each([
    [['val'], 'valet, val och valp', ['val']],
    [['val+'], 'Valet, valen och valt', ['Valet', 'valen']],
    [['sverigedemokrat*'], 'Sverigedemokraterna och sverigedemokrat2', ['Sverigedemokraterna']],
    [['*politiker+'], 'kommunpolitikerna, politiker och 2politiker', ['kommunpolitikerna', 'politiker']],
    [['eu-val+'], 'Inför EU-valet', ['EU-valet']],
    [['storma|stormar {w?} kommunhuset'], 'de stormar det kommunhuset, storma kommunhuset', ['stormar det kommunhuset', 'storma kommunhuset']],
    [['alla {w} är djur'], 'alla dom är djur men alla är djur', ['alla dom är djur']],
    [['rösta på {w?} favorit*'], 'rösta på favorit favoriten', ['rösta på favorit favoriten']],
    [['ska döda dig|er'], 'jag ska\u00a0döda\ner', ['ska\u00a0döda\ner']],
    [['mötet'], 'mötets mötet', ['mötet']],
  ])('%j in %j', (patterns, text, expected) => {
    expect(hits(patterns, text)).toEqual(expected);
  });

  it('takes the first alternative that completes, as the regexes did', () => {
    expect(hits(['eu|eu-val'], 'eu-val')).toEqual(['eu']);
    expect(hits(['eu-val|eu'], 'eu-val')).toEqual(['eu-val']);
  });

  it('matches case-folded, the way /iu did (ſ is s, ı is not i)', () => {
    expect(hits(['swish'], 'ſWISH')).toEqual(['ſWISH']);
    expect(hits(['min'], 'MıN')).toEqual([]);
  });

  it('compares as written in a case-sensitive list, and reads -* as letters after a symbol', () => {
    expect(hits(['M-styr*|M-*politiker+'], 'M-styret, m-styret, M-kommunpolitikerna, M-STYRET', true)).toEqual([
      'M-styret',
      'M-kommunpolitikerna',
    ]);
  });

  it('refuses syntax it cannot match exactly', () => {
    expect(() => compilePatterns(['{w} start'], 'x')).toThrow(/start and end with a word/);
    expect(() => compilePatterns(['slut {w?}'], 'x')).toThrow(/start and end with a word/);
    expect(() => compilePatterns(['a||b'], 'x')).toThrow(/empty alternative/);
    expect(() => compilePatterns(['a*b'], 'x')).toThrow(/between a symbol and a word/);
  });
});

describe('user terms', () => {
  it('are literal text: punctuation and pattern characters match as written', () => {
    const list = compileUserTerms(['C++', '(test)', 'x*', 'a|b'], 'user');
    expect(scan('C++ och (test), x* och a|b; men inte xC++ eller a(test)', list).map((h) => h.text)).toEqual([
      'C++',
      '(test)',
      'x*',
      'a|b',
    ]);
  });

  it('take a Swedish ending after a letter and any whitespace between words', () => {
    const list = compileUserTerms(['simhall', 'ha ha'], 'user');
    expect(scan('Simhallen, ha  ha ha', list).map((h) => h.text)).toEqual(['Simhallen', 'ha  ha']);
  });

  it('are added and built-in terms removed by matchTerms', () => {
    const include = [compilePatterns(['val+', '*politiker'], 'election')];
    const found = matchTerms('Valet och kommunpolitiker på simhallen', { include, extra: { add: ['simhall'], remove: ['politiker'] } });
    expect(found.map((h) => [h.text, h.tag])).toEqual([
      ['Valet', 'election'],
      ['simhallen', 'user'],
    ]);
  });
});
