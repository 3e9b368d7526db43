import { describe, expect, it } from 'vitest';
import { byFirstLetter, topLevelAlternatives } from '../../lib/util/regex';

describe('topLevelAlternatives', () => {
  it('splits at | outside groups, classes and escapes', () => {
    expect(topLevelAlternatives('a|b(?:c|d)|[|x]|e\\|f|')).toEqual(['a', 'b(?:c|d)', '[|x]', 'e\\|f', '']);
  });

  it('refuses an unbalanced source', () => {
    expect(() => topLevelAlternatives('a(b|c')).toThrow(/unbalanced/);
  });
});

describe('byFirstLetter', () => {
  const ALTERNATIVES = ['sen undrar folk', 'så är det bara|som faktiskt jobbar', 'vem (?:fan|bryr sig)', '(?:och )?så undrar ni', 's?kit samma', 'är det bara jag som', '\\p{L}+ bryr sig', 'vad fan'];
  const grouped = new RegExp(`(?<![\\p{L}])(?:${byFirstLetter(ALTERNATIVES)})(?![\\p{L}])`, 'u');
  const plain = new RegExp(`(?<![\\p{L}])(?:${ALTERNATIVES.join('|')})(?![\\p{L}])`, 'u');

  it('groups plain first letters behind one look-ahead and leaves the rest as they are', () => {
    const source = byFirstLetter(ALTERNATIVES);
    expect(source).toContain('(?=s)(?:sen undrar folk|så är det bara|som faktiskt jobbar)');
    expect(source).toContain('(?=v)(?:vem (?:fan|bryr sig)|vad fan)');
    // A group, a letter with a quantifier, an escape: not keyed on a letter.
    expect(source).toContain('|(?:och )?så undrar ni');
    expect(source).toContain('|s?kit samma');
    expect(source).toContain('|\\p{L}+ bryr sig');
  });

  it.each([
    'sen undrar folk varför', 'och så undrar ni', 'så undrar ni', 'kit samma', 'skit samma', 'är det bara jag som tycker', 'Anna bryr sig inte',
    'vem bryr sig', 'vad fan', 'sen undrar folken', 'ingenting här', 'vemsomhelst', 'ärligt talat', 'somliga', '',
  ])('tests "%s" exactly as the plain alternation does', (text) => {
    expect(grouped.test(text)).toBe(plain.test(text));
  });
});
