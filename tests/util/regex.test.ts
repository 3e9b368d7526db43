import { describe, expect, it } from 'vitest';
import { topLevelAlternatives, wordListTester } from '../../lib/util/regex';

describe('topLevelAlternatives', () => {
  it('splits at | outside groups, classes and escapes', () => {
    expect(topLevelAlternatives('a|b(?:c|d)|[|x]|e\\|f|')).toEqual(['a', 'b(?:c|d)', '[|x]', 'e\\|f', '']);
  });

  it('refuses an unbalanced source', () => {
    expect(() => topLevelAlternatives('a(b|c')).toThrow(/unbalanced/);
  });
});

describe('wordListTester', () => {
  // Every shape the lists use: plain words, a letter with a quantifier, a leading group (plain and optional, nested), a
  // leading lookbehind (positive and negative) before a letter and before a group, an escape, an anchor, an emoji.
  const ALTERNATIVES = [
    'sen undrar folk', 'så är det bara|som faktiskt jobbar', 'vem (?:fan|bryr sig)', '(?:och )?så undrar ni', 's?kit samma', 'är det bara jag som',
    '\\p{L}+ bryr sig', 'vad fan', '(?:(?:någon|nån)|ngn) som vet', '(?<=, )sa (?:ni|du)\\s*\\?', '(?<!finns det )insamling till',
    '(?<=\\?\\s*)(?:noll|inget)\\s*[.!]*\\s*$', '^\\s*tips\\s*:', '(?:^|(?<=[.!?]\\s*))lägg av', '(?<=\\P{L})🙃', '(?:ring|mejla)+ mig',
    '(?<=ja |nej )tack', '(?<!inte |ej )tack för svaret',
  ];
  const tester = wordListTester(ALTERNATIVES);
  const plain = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.join('|')})(?![\\p{L}\\p{N}])`, 'u');

  it.each([
    'sen undrar folk varför', 'och så undrar ni', 'så undrar ni', 'kit samma', 'skit samma', 'är det bara jag som tycker', 'Anna bryr sig inte',
    'vem bryr sig', 'vad fan', 'sen undrar folken', 'ingenting här', 'vemsomhelst', 'ärligt talat', 'somliga', '', 'nån som vet?', 'ngn som vet',
    'någonsin som vet', 'jaså, sa ni?', 'sa ni?', 'stora insamling till', 'en insamling till skolan', 'finns det insamling till', 'hur många? noll.',
    'noll', '  tips: ring', 'bra tips: ring', 'lägg av', 'Nej. lägg av nu', 'inlägg av', 'ok 🙃', 'ok🙃', '2sen undrar folk', 'x\u{1D400}vad fan',
    '\u{1D400} vad fan', 'ringring mig', 'mejla mig', 'sen undrar folk2', 'ja tack', 'nej tack', 'tack', 'bra tack', 'tack för svaret',
    'inte tack för svaret', 'ej tack för svaret', 'jaja tack',
  ])('tests "%s" exactly as the one lookbehind-led alternation does', (text) => {
    expect(tester.test(text)).toBe(plain.test(text));
  });

  it('finds a phrase wherever a word starts it, and not inside a word', () => {
    expect(tester.test('Jaha, och så undrar ni varför')).toBe(true);
    expect(tester.test('Jaha, ochså undrar ni varför')).toBe(false);
    expect(tester.test('nånsin som vet')).toBe(false);
  });
});
