/**
 * Rules generalised from test29's and test30's misses once they became tuning sets (stop 38, third round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: a guessed age, twins with an age in brackets, a group of boys of an age', () => {
  it.each([
    ['Killen på filmen kan inte vara mer än 12, vem låter honom köra moped', 'Killen på filmen kan inte vara mer än 12'],
    ['Tvillingarna (15) har fått feriejobb på gården', 'Tvillingarna (15)'],
    ['Ett gäng mellanstadiekillar, runt 11 år, sparkade sönder skylten', 'mellanstadiekillar, runt 11 år'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each(['Chauffören var inte äldre än 30', 'Några killar typ 25 år grillade i parken'])('not a minor: %s', (text) =>
    expect(of('minor', text)).toEqual([]),
  );
});

describe('sensitive data: overdose, addiction, anxiety, stoma, pregnancy weeks, origin', () => {
  it.each([
    ['Hans kusin dog av en överdos i somras', 'överdos'],
    ['Min man har kämpat med sitt spelberoende i åratal', 'kämpat med sitt spelberoende'],
    ['Jag har social ångest, kan jag boka tid via chatten?', 'Jag har social ångest'],
    ['Pappa har stomi och behöver en toalett nära', 'stomi'],
    ['Min fru är i vecka 30 och orkar inte gå uppför backen', 'Min fru är i vecka 30'],
    ['Jag är både svensk och kurdisk och trivs här', 'Jag är både svensk och kurdisk'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each([
    'Nu är vi i vecka 49 och julmarknaden börjar',
    'Slingan går att gå med både barnvagn och rullstol',
    'Vi tar emot besökare med funktionsnedsättning varje dag',
    'Katten opereras i morgon, håll tummarna',
    'Religiös verksamhet får inte stöd från stadsdelen',
  ])('not sensitive: %s', (text) => expect(of('sensitive', text)).toEqual([]));
});

describe('addresses: where a place is, not where someone lives', () => {
  it('a building that "ligger på" a street', () => expect(of('address', 'Medborgarhuset ligger på Kvarngatan 12')).toEqual([]));
  it('someone who moved to a street still is', () => expect(of('address', 'Farmor har flyttat till Kvarngatan 12')).toEqual(['Kvarngatan 12']));
});

describe('political: the running of an election; not a choice between phones or schools', () => {
  it.each(['Finns det ett valbås för rullstol?', 'Tack till alla röstmottagare i lördags', 'Thanks to the polling staff!', 'Min son fick lägga min röst i urnan'])(
    '%s',
    (text) => expect(findPoliticalContent(text).political).toBe(true),
  );
  it.each(['Valet står mellan en surfplatta och en dator', 'När öppnar skolvalet till förskoleklass?', 'Askan placerades i urnan i minneslunden'])(
    'not political: %s',
    (text) => expect(findPoliticalContent(text).political).toBe(false),
  );
});

describe('needs a reply', () => {
  it.each(['Jag vill bli volontär på biblioteket', 'Ersättningen betalades till fel konto, kan ni rätta det'])('%s', (text) =>
    expect(readQuestion(text).asks).toBe(true),
  );
  it.each([
    'De lovade fler fältare. Var är bevisen på att det hjälper?',
    'Ljög hon eller visste hon inte bättre?',
    'Where were you when the lights went out?',
    'Vilka föräldrar låter sina barn cykla utan hjälm',
    'Varför ska vi pensionärer behöva ringa tre gånger?',
    'Var försiktiga på isen vid dammen.',
    'Röstade i morse, gör det ni med!',
    'Skjut inte budbäraren, men bussen är sen igen.',
    'Fantastisk sköterska på BVC. Ge henne en medalj!',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it.each([
    ['Den som tar ner fler affischer kommer att få ligga i diket', 'threat-veiled'],
    ['Vi har era namn och adresser, glöm inte det', 'threat-veiled'],
  ])('%s', (text, rule) => {
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has(rule)).toBe(true);
  });
  it.each([
    'Efter kursen kan jag slå ihjäl vem som helst med en paraply 😂',
    'Hon skrek som om någon försökte mörda henne när vattnet var kallt',
    'Att sprida bilder på någon utan lov är ett brott, vi har anmält det',
  ])('not unlawful: %s', (text) => expect(rulesFired(text).size).toBe(0));
});
