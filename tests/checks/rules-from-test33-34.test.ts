/**
 * Rules generalised from test33's and test34's misses once they became tuning sets (stop 38, fifth round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('identity numbers: an English case or booking number is a reference', () => {
  it('Case number …', () => expect(of('personnummer', 'Still waiting. Case number 240917-9807, please check')).toEqual([]));
  it('a personal number in English still is', () => expect(of('personnummer', 'My personal number is 240917-9807')).toEqual(['240917-9807']));
});

describe('minors and sensitive data', () => {
  it.each([
    ['min lillebror 15 fick inte komma in', 'min lillebror 15'],
    ['Två barn. Den yngsta är 9 och går på fritids', 'Den yngsta är 9'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it('an adult sibling is not a minor', () => expect(of('minor', 'min bror 25 flyttade i våras')).toEqual([]));
  it.each([
    ['Han har svårt att svälja och behöver mosad mat', 'har svårt att svälja'],
    ['Handen i gips i sex veckor, så ingen cykel', 'Handen i gips'],
    ['Pappa har dålig syn och kan inte läsa brevet', 'har dålig syn'],
    ['Min kusin är själv beroende, så jag vet', 'är själv beroende'],
    ['Jag har tinnitus sedan konserten', 'tinnitus'],
    ['Hon fick en panikattack på bussen', 'panikattack'],
    ['Farfar ligger på hospice nu', 'hospice'],
    ['Som same har jag hört det förut', 'Som same'],
    ['Min svärmor är sjuksköterska från Finland', 'är sjuksköterska från Finland'],
    ['Jag har parkeringstillstånd för rörelsehindrade sedan olyckan', 'rörelsehindrade'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each([
    'Gäller tillståndet för rörelsehindrade även i garaget?',
    'Vad händer om någon blir svårt sjuk på lägret?',
  ])('not sensitive: %s', (text) => expect(of('sensitive', text)).toEqual([]));
});

describe('political: a party letter with what it did, the committee meeting with an s, shadow budgets, English party names', () => {
  it.each([
    'S har bara skjutit upp problemen',
    'Samma budget som M lade fram i fjol',
    'När är nästa nämndsmöte?',
    'Skuggbudgetar kostar inget att skriva',
    'The Social Democrats promised more staff',
  ])('%s', (text) => expect(findPoliticalContent(text).political).toBe(true));
  it('a size is not a party', () => expect(findPoliticalContent('Finns tröjan i S har ni kollat?').political).toBe(false));
});

describe('needs a reply', () => {
  it.each([
    'Avgiften ni drog för mycket ska in på mitt konto, Nordea 3300 …',
    'Vi vill ha beslutet omprövat',
    'Sätt in det på mitt Swedbank-konto 8327-9, 914 205 338-6',
    'Jag har väntat i tre månader, snälla skynda på',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Ring 1177, de vet mer än kommunen',
    'Det här slutar illa, skriv upp mina ord.',
    'Ta pengarna från konsulterna istället.',
    'vilken konsert alltså',
    'Först läxhjälpen, vad blir nästa steg?',
    'Borde inte Moderaterna som styr ta ansvar för det här?',
    'Hade Miljöpartiet suttit kvar hade parken varit orörd.',
    'Fattar ingen hur viktig fritidsgården är?',
    'Stäng gården och ni har förlorat ungdomarna.',
    'Lagar ni inte lampan så anmäler jag er till JO.',
    'Mamma dog i våras och nu kommer en faktura till henne. Hur tror ni det känns?',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it.each([
    ['Dör pappa av det här ska jag se till att chefen följer efter', 'threat-veiled'],
    ['Ni har förstört min familj. Ni kommer inte se det komma.', 'threat-veiled'],
  ])('%s', (text, rule) => {
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has(rule)).toBe(true);
  });
  it.each([
    'Lillasyster tog min laddare igen, hon är så död 😂',
    'Läste om vakten som blev knivhuggen i Malmö, hemskt',
    'Jag sköt sönder alla i Fortnite igår',
    'Kan jag dela upp fakturan? OCR 241205-9889 står på den',
  ])('not unlawful: %s', (text) => expect(rulesFired(text).size).toBe(0));
});
