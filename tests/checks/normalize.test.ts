import { describe, expect, it } from 'vitest';
import { normalizeForMatching, undoWordEvasions } from '../../lib/checks/normalize';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent, politicalHits } from '../../lib/checks/political';
import { findUnlawfulCandidates, unlawfulHits } from '../../lib/checks/unlawful';

describe('normalizeForMatching', () => {
  it('leaves plain text alone', () => {
    const n = normalizeForMatching('Hej på er, 070-174 06 05');
    expect(n.text).toBe('Hej på er, 070-174 06 05');
    expect(n.span(4, 6)).toEqual([4, 6]);
  });

  it.each([
    ['NBSP', '940228\u00a09863', '940228 9863'],
    ['zero-width space', '5506069\u200b813', '5506069813'],
    ['en dash', '760115\u20139887', '760115-9887'],
    ['minus sign', '870420\u22129801', '870420-9801'],
    ['non-breaking hyphen', '20150830\u20119893', '20150830-9893'],
    ['fullwidth digits and hyphen', '９２０１０１－９８００', '920101-9800'],
    ['fullwidth at sign', 'lisa.holm＠example.org', 'lisa.holm@example.org'],
  ])('maps %s', (_name, input, expected) => {
    expect(normalizeForMatching(input).text).toBe(expected);
  });

  it('maps spans back to the original text, across dropped and widened characters', () => {
    const input = 'pnr: 5506069\u200b813 ok';
    const n = normalizeForMatching(input);
    const start = n.text.indexOf('5506069813');
    const [s, e] = n.span(start, start + 10);
    expect(input.slice(s, e)).toBe('5506069\u200b813');
  });
});

describe('personal data through evasions (issue 13)', () => {
  it.each([
    'Mitt pnr är 940228\u00a09863',
    'Hans personnummer är 5506069\u200b813',
    'pnr 760115\u20139887',
    'Personnr 870420\u22129801',
    'Mitt personnummer ９２０１０１－９８００',
  ])('finds the personnummer in %s, its span in the original text', (text) => {
    const found = findPersonalData(text).filter((f) => f.kind === 'personnummer');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text.length).toBeGreaterThanOrEqual(10);
  });

  it('finds an e-mail address written with a fullwidth at sign', () => {
    expect(findPersonalData('maila lisa.holm＠example.org').map((f) => [f.kind, f.text])).toEqual([['email', 'lisa.holm＠example.org']]);
  });
});

describe('identity numbers that are not (issue 13)', () => {
  it('serial 000 is never issued', () => {
    expect(findPersonalData('Mitt personnummer är 850314-0009').filter((f) => f.kind === 'personnummer')).toEqual([]);
  });

  it.each([
    'Mitt ärende har nummer 240512-9806',
    'Dnr 230918-9880: när kommer beslutet?',
    'Jag har fått fakturanr 250103-9826',
    'OCR 2411279843 stämmer inte',
    'Ordernummer 220614-9862',
    'Bokningsnummer 250430-9820 för bastun',
    'Referensnummer 231005-9882',
  ])('a Luhn-valid reference is not a personnummer: %s', (text) => {
    expect(findPersonalData(text).filter((f) => f.kind === 'personnummer')).toEqual([]);
  });

  it('names the personnummer even after a reference word when it says so', () => {
    expect(findPersonalData('I ärendet: personnummer 850314-9828').map((f) => f.kind)).toContain('personnummer');
  });
});

describe('words through evasions (issue 13)', () => {
  it('finds a threat written with a zero-width space and fullwidth letters, its span in the original', () => {
    const text = 'Jag ska d\u200böda dig';
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    const [hit] = unlawfulHits(text);
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
    expect(hit!.text).toContain('\u200b');
    expect(findUnlawfulCandidates('ｄöda dig').flagged).toBe(true);
  });

  it('finds a party written with a soft hyphen or fullwidth letters', () => {
    expect(findPoliticalContent('Moder\u00adaterna har fel').political).toBe(true);
    expect(findPoliticalContent('Rösta på ＳＤ').political).toBe(true);
    const text = 'Moder\u00adaterna har fel';
    const [hit] = politicalHits(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('Moder\u00adaterna');
  });
});

describe('word evasions: letters typed apart, digits for letters (unlawful content only)', () => {
  it('joins letters typed apart and maps spans back over the spaces', () => {
    const text = 'n å g o n  b o r d e  s k j u t a  rektorn';
    const n = undoWordEvasions(text);
    expect(n.text).toBe('någon  borde  skjuta  rektorn');
    const at = n.text.indexOf('skjuta');
    expect(text.slice(...n.span(at, at + 'skjuta'.length))).toBe('s k j u t a');
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    const hits = unlawfulHits(text);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('reads digits standing for letters inside a word', () => {
    expect(undoWordEvasions('J4G SK4 D0D4 D1G').text).toBe('JaG SKa DoDa DiG');
    expect(findUnlawfulCandidates('jag sk4 skjut4 d1g').flagged).toBe(true);
  });

  it('leaves school classes, channels, file types, numbers and ordinary text alone', () => {
    for (const text of ['Min son går i 7B', 'Lyssna på P4 i kväll', 'Nian på Farsta skola', 'Ring 070-174 06 40', 'Kl 14.30 i rum 3', 'Jag och du, i år']) {
      expect(undoWordEvasions(text).text).toBe(text);
    }
    // Personal data never sees these changes: digits are the data there.
    expect(findPersonalData('Ring mig på 070-174 06 40').map((f) => f.kind)).toEqual(['phone']);
  });
});
