// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { findPersonalData, type PersonalDataKind } from '../../lib/checks/personal-data.ts';
import { ibanValid } from '../../lib/checks/personal-data/bank.ts';
import { KINDS, parseCorpus, scoreCorpus, type Mismatch } from './corpus-score.ts';

const found = (text: string, kind?: PersonalDataKind) =>
  findPersonalData(text)
    .filter((f) => kind === undefined || f.kind === kind)
    .map((f) => f.text);

describe('personnummer and samordningsnummer', () => {
  test.each([
    ['19121212-1212', 'personnummer'],
    ['121212-1212', 'personnummer'],
    ['1212121212', 'personnummer'],
    ['201212121212', 'personnummer'],
    ['19121212 1212', 'personnummer'],
    ['121212+1212', 'personnummer'],
    ['20240229-9982', 'personnummer'],
    ['19630477-9983', 'samordningsnummer'],
    ['630477-9983', 'samordningsnummer'],
  ])('%s is a %s', (num, kind) => {
    expect(found(`Mitt nummer: ${num}.`, kind as PersonalDataKind)).toEqual([num]);
  });

  test.each([
    ['19121212-1213', 'Luhn failure'],
    ['121212-1219', 'Luhn failure'],
    ['19900230-9981', 'impossible date 30 Feb'],
    ['20230229-9984', '29 Feb in a common year'],
    ['19000229-9987', '1900 is not a leap year'],
    ['19771301-9982', 'month 13'],
    ['19850492-9983', 'coordination day 92'],
    ['19121212+1212', '"+" after a four-digit year'],
    ['9191212121212', 'inside a longer digit run'],
  ])('%s gives no identity finding (%s)', (num) => {
    const kinds = findPersonalData(`Nummer ${num} här`).map((f) => f.kind);
    expect(kinds).not.toContain('personnummer');
    expect(kinds).not.toContain('samordningsnummer');
  });
});

describe('phone numbers', () => {
  test.each([
    '070-174 06 05', '0701740605', '070 174 06 05', '070-1740605', '+46 70 174 06 05', '+46701740605',
    '0046 70-174 06 05', '+46 (0)70-174 06 05', '031-390 06 00', '+46 31 390 06 00', '08-465 00 50',
    '08 465 00 50', '0980-319 200', '0980-31 92 00',
  ])('%s', (phone) => {
    expect(found(`Ring ${phone} i dag`, 'phone')).toEqual([phone]);
  });
  test.each([
    '2024-05-12', '1 299 kr', 'kl 08 30', '1998 och 2004', '051214-9981', 'Ordernummer 0102089813', '12:30',
  ])('not a phone: %s', (text) => {
    expect(found(`Det var ${text} sist.`, 'phone')).toEqual([]);
  });
});

describe('e-mail, address, postal code', () => {
  it('finds e-mail addresses but not handles or URLs', () => {
    expect(found('Mejla anna.berg+test@example.org. Följ @kommunen, https://example.org/@x', 'email')).toEqual([
      'anna.berg+test@example.org',
    ]);
  });
  test.each([
    ['Jag bor på Lingonstigen 14B lgh 1101.', 'Lingonstigen 14B lgh 1101'],
    ['Adress: Drottning Fiktivas väg 12', 'Drottning Fiktivas väg 12'],
    ['Lilla Sagogatan 3, uppgång B', 'Lilla Sagogatan 3'],
    ['hos mig på storgatan 5 i kväll', 'storgatan 5'],
    ['Molnallén 9 A', 'Molnallén 9 A'],
  ])('address in %s', (text, address) => {
    expect(found(text, 'address')).toEqual([address]);
  });
  test.each(['Riksväg 40 är avstängd.', 'Det tar 5 minuter längs vägen.', 'Detaljplan 2024 antogs.', 'Kungsgatan är avstängd.'])(
    'no address in %s',
    (text) => expect(found(text, 'address')).toEqual([]),
  );
  test.each([
    ['123 45 Sagoby', '123 45'],
    ['Box 1, SE-123 45 Sagoby', 'SE-123 45'],
    ['Postnummer 98765 finns inte', '98765'],
  ])('postal code in %s', (text, code) => expect(found(text, 'postal-code')).toEqual([code]));
  test.each(['Ärende 48213 Tack!', 'Vi var 12 345 på festivalen.', 'Sagoby har 54 000 invånare.'])(
    'no postal code in %s',
    (text) => expect(found(text, 'postal-code')).toEqual([]),
  );
});

describe('bank accounts', () => {
  test.each([
    ['SE45 5000 0000 0583 9825 7466', true],
    ['SE4550000000058398257466', true],
    ['SE46 5000 0000 0583 9825 7466', false],
  ])('IBAN %s mod-97 valid: %s', (iban, valid) => {
    expect(ibanValid(iban)).toBe(valid);
    expect(found(`Referens ${iban}`, 'bank-account')).toEqual(valid ? [iban] : []);
    // A number the writer calls an IBAN is one, a mistyped check digit or not.
    expect(found(`IBAN ${iban}`, 'bank-account')).toEqual([iban]);
  });
  test.each([
    ['konto 8327-9, 123 456 789-0', '8327-9, 123 456 789-0'],
    ['kontonummer 6123-123 456 789', '6123-123 456 789'],
    ['pg 90 20 01-9', '90 20 01-9'],
  ])('%s', (text, num) => expect(found(text, 'bank-account')).toEqual([num]));
  // Since stop 53: only companies and associations have a bankgiro or a business Swish number (123 …).
  test.each(['bankgiro 5050-1055', 'bg 123-4567', 'Swisha 123 174 06 05', 'Betala till bankgiro 5050-1055 så skickar jag biljetterna.'])(
    'an organisation\'s payment number, not a person\'s account: %s',
    (text) => expect(found(text, 'bank-account')).toEqual([]),
  );
  it('a business Swish number beside a person\'s account still finds the account', () => {
    expect(found('Swisha 123 174 06 05 eller sätt in på mitt konto 8327-9, 914 205 338-6', 'bank-account')).toEqual(['8327-9, 914 205 338-6']);
  });
  it('needs a context word for non-IBAN numbers', () => {
    expect(found('Beställning 8327-9, 123 456 789-0 skickad', 'bank-account')).toEqual([]);
  });
});

describe('sensitive vocabulary', () => {
  test.each([
    ['Jag har diabetes.', 'diabetes'],
    ['Efter cancern blev allt svårt.', 'cancern'],
    ['Hon är sjukskriven.', 'sjukskriven'],
    ['Bröstcancern kom tillbaka.', 'Bröstcancern'],
    ['Jag är muslim.', 'muslim'],
    ['Vi muslimer i området', 'muslimer'],
    ['Han är homosexuell.', 'homosexuell'],
    ['Hon är GRAVID!', 'GRAVID'],
    ['Vi samer har rätt', 'samer'],
    ['Jag lider av psykisk ohälsa.', 'psykisk ohälsa'],
    ['Jag röstar på Vänsterpartiet.', 'Jag röstar på Vänsterpartiet'],
    ['Jag är medlem i Kommunal.', 'medlem i Kommunal'],
    ['I have depression.', 'depression'],
  ])('%s', (text, word) => expect(found(text, 'sensitive')).toEqual([word]));
  test.each([
    'Vänsterpartiet vill höja skatten.',
    'Det var sjukt bra!',
    'Sjukhuset behöver parkering.',
    'Medicinskt avfall lämnas på apoteket.',
    'Romarna byggde vägar.',
  ])('nothing sensitive in %s', (text) => expect(found(text, 'sensitive')).toEqual([]));
});

describe('minors', () => {
  test.each([
    ['Jag är 12 år och undrar', 'Jag är 12 år'],
    ['min son är 9', 'min son är 9'],
    ['Dottern på 14 fick inte plats', 'Dottern på 14'],
    ['Min dotter i årskurs 3 saknar lärare', 'Min dotter i årskurs 3'],
    ['min son går i åk 3', 'min son går i åk 3'],
    ['Min son går i trean', 'Min son går i trean'],
    ['Mitt barn på förskolan', 'Mitt barn på förskolan'],
    ['jag är 15', 'jag är 15'],
    ["I'm 13 and", "I'm 13"],
    ['my 10-year-old', 'my 10-year-old'],
  ])('%s', (text, minor) => expect(found(text, 'minor')).toEqual([minor]));
  test.each(['Jag är 45 år.', 'Min son är 34.', 'Jag är 15 minuter sen.', "I'm 18 and moving", "I'm 5 minutes away"])(
    'adult or not an age: %s',
    (text) => expect(found(text, 'minor')).toEqual([]),
  );
});

describe('findings', () => {
  const text =
    'Fia (19121212-1212) på Molnallén 3, 987 65 Fiktiviken 😀, tel 070-174 06 44, fia@example.org, ' +
    'konto 8327-9, 123 456 789-0. Min son är 11 och har autism. İstanbul-resan: jag är gravid.';
  const findings = findPersonalData(text);
  it('slice to their text, are sorted and do not overlap', () => {
    expect(findings.length).toBeGreaterThan(8);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
    }
  });
  it('prefer the more specific kind on overlap', () => {
    expect(found('Swisha till konto 0701740605')).not.toContain('bank-account');
    expect(findPersonalData('1212121212').map((f) => f.kind)).toEqual(['personnummer']);
  });
});

describe('labelled corpus', () => {
  const items = parseCorpus(
    readFileSync(new URL('../fixtures/texts/personal-data.jsonl', import.meta.url), 'utf8'),
  );
  const mismatches: Mismatch[] = [];
  const scores = scoreCorpus(items, findPersonalData, mismatches);

  it('is large, Swedish-heavy and covers every kind', () => {
    expect(items.length).toBeGreaterThanOrEqual(320);
    expect(items.filter((i) => i.lang === 'sv').length / items.length).toBeGreaterThanOrEqual(0.75);
    for (const k of KINDS) expect(scores[k].tp + scores[k].fn, k).toBeGreaterThan(0);
  });
  test.each(['personnummer', 'samordningsnummer'] as const)('%s: recall 1.0, no false positives', (kind) => {
    expect(scores[kind].recall, JSON.stringify(mismatches)).toBe(1);
    expect(scores[kind].fp, JSON.stringify(mismatches)).toBe(0);
  });
  test.each(KINDS.filter((k) => k !== 'personnummer' && k !== 'samordningsnummer'))(
    '%s: precision and recall ≥ 0.9',
    (kind) => {
      const detail = JSON.stringify(mismatches.filter((m) => m.kind === kind));
      expect(scores[kind].precision, detail).toBeGreaterThanOrEqual(0.9);
      expect(scores[kind].recall, detail).toBeGreaterThanOrEqual(0.9);
    },
  );
});
