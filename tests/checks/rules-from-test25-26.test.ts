/**
 * Rules generalised from test25's and test26's misses once they became tuning sets (stop 38; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('sensitive data: injuries, medication, operations, faith in a routine', () => {
  it.each([
    ['Jag har också cp och undrar om bassängen har lift', 'har också cp'],
    ['Med ett diskbråck kan jag inte bära kassarna upp', 'diskbråck'],
    ['Han fick sy sex stygn i hakan efter fallet på isen', 'fick sy sex stygn'],
    ['Farfar låg inne en vecka med lunginflammation i höstas', 'låg inne en vecka med lunginflammation'],
    ['Hemtjänsten gav henne fel mediciner två kvällar i rad', 'gav henne fel mediciner'],
    ['Dosetten fylls på varje söndag av sköterskan', 'Dosetten'],
    ['Efter amputationen kommer pappa inte ut på balkongen', 'amputationen'],
    ['Min bror går alltid till fredagsbönen med grannen', 'till fredagsbönen'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each([
    'Hoppas du får ont i magen av all glass du snott',
    'Vaccinet mot influensa finns på vårdcentralen från november',
    'Ge inte tabletter till hunden utan att fråga veterinären',
  ])('not sensitive: %s', (text) => expect(of('sensitive', text)).toEqual([]));
});

describe('bank accounts: a number the writer calls an IBAN', () => {
  it('is found even when its check digits are wrong', () => {
    expect(of('bank-account', 'Bidrag till bänken: IBAN SE12 3000 0000 0123 4567 8901, tack')).toEqual(['SE12 3000 0000 0123 4567 8901']);
    expect(of('bank-account', 'IBAN för släkten i Norge: SE12 3000 0000 0123 4567 8901')).toHaveLength(1);
  });
  it('is not found without the word when its check digits are wrong', () =>
    expect(of('bank-account', 'Ordernummer SE12 3000 0000 0123 4567 8901 gäller till fredag')).toEqual([]));
});

describe('political: votes that pass, the English name of the committee, and what is not', () => {
  it.each([
    'Publicera protokollet så vi ser vad som röstades igenom i torsdags',
    'When is the next district committee meeting?',
    'Is the committee meeting open to the public?',
  ])('%s', (text) => expect(findPoliticalContent(text).political).toBe(true));
  it.each(['Kontakta patientnämnden om du inte är nöjd med vården', 'Röstar vi om bästa pepparkakshuset i år?'])(
    'not political: %s',
    (text) => expect(findPoliticalContent(text).political).toBe(false),
  );
  it('a vote in the committee still is', () => expect(findPoliticalContent('Röstar man om budgeten i nämnden på torsdag?').political).toBe(true));
});

describe('needs a reply', () => {
  it.each([
    'Ni har skickat fakturan till fel person, den ska till min fru',
    'Ni lovade att någon skulle höra av sig i måndags.',
    'Har skickat in blanketten och vill dubbelkolla att ni fått den.',
    'Sonen har fått plats men inget besked om när han börjar.',
    'Behöver ett intyg om att jag hyrt lokalen under 2025.',
    'Tar ni emot gamla cyklar på återvinningscentralen',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Vad har de gjort för parken på fyra år? Ingenting.',
    'Jag går på kören varje torsdag. Finns det fler här som sjunger?',
    'Vill någon bidra till blommor till vaktmästaren som slutar?',
    'Snälla alla, sluta parkera på gräsmattan.',
    'Personalen gör sitt bästa, var snälla mot dem.',
    'Vi i kören samlar till en present, sätt in på mitt konto 8327-9, 914 205 338-6',
    'Ge dem ordentligt betalt istället för fler konsulter.',
    'Lägg inte ner biblioteket bara för att spara.',
    'Stay safe on the ice everyone',
    'Det var halt i morse. Så blir det när ingen sandar.',
    'Ser ni en skadad fågel, ring djurskyddet.',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it('a call to overturn an election booth and burn the ballots', () => {
    const text = 'Ser ni valstugan vid torget på lördag, vält den och bränn valsedlarna';
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has('election-sabotage')).toBe(true);
  });
  it.each([
    'Hjälp oss dela insamlingen till lekplatsen, bankgiro 5318-2047',
    'Dela gärna: vi samlar till kören, konto Swedbank 8327-9, 914 205 338-6',
    'Valstugan blåste omkull i natt, ingen skadades',
  ])('not unlawful: %s', (text) => expect(rulesFired(text).size).toBe(0));
});
