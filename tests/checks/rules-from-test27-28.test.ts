/**
 * Rules generalised from test27's and test28's misses once they became tuning sets (stop 38, second round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: a child’s birthday, an age before a role, a baby of so many months', () => {
  it.each([
    ['Kalaset för min sons 8-årsdag blir i parken', 'sons 8-årsdag'],
    ['En 13-årig målvakt höll nollan hela cupen', '13-årig målvakt'],
    ['We are coming with a baby of 3 months, is there a changing room?', 'baby of 3 months'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each(['Föreningens 10-årsdag firas i maj', 'En 45-årig domare fick ta emot skällsorden', 'The contract runs for a period of 6 months'])(
    'not a minor: %s',
    (text) => expect(of('minor', text)).toEqual([]),
  );
});

describe('sensitive data: habilitation, recovery, treatments, prayer and religious dress', () => {
  it.each([
    ['Dottern har tid på habiliteringen varje tisdag', 'habiliteringen'],
    ['Jag har varit drogfri i fem år nu', 'drogfri'],
    ['Mamma har artros i båda knäna', 'artros'],
    ['Efter strålbehandlingen orkar han inte gå till affären', 'strålbehandlingen'],
    ['Blodtrycket var för högt igen när jag mätte', 'Blodtrycket var för högt'],
    ['Han har gips på handen i sex veckor', 'har gips'],
    ['Vi ber i kyrkan på söndagarna', 'Vi ber i kyrkan'],
    ['Min pojke som bär kippa vågar inte åka buss', 'bär kippa'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each(['Habiliteringsenheten flyttar till nya lokaler i mars', 'Kyrkan har öppet hus på lördag'])('not sensitive: %s', (text) =>
    expect(of('sensitive', text)).toEqual([]),
  );
});

describe('addresses: a date range after a square is not a house number', () => {
  it('Ekbacka torg 3–7 november', () => expect(of('address', 'Bokbussen står på Ekbacka torg 3–7 november')).toEqual([]));
  it('a street and a house number still is', () => expect(of('address', 'Hon bor på Lingonvägen 7 sedan i våras')).toEqual(['Lingonvägen 7']));
});

describe('political: the committee’s meeting, an advisory vote; not a vote for several photos', () => {
  it.each(['Varför visas inte nämndmötet på webben?', 'Rösta ja i den rådgivande omröstningen om parken!'])('%s', (text) =>
    expect(findPoliticalContent(text).political).toBe(true),
  );
  it.each(['Får man rösta på flera teckningar i tävlingen?', 'Manifestationen mot mobbning samlade hela skolan'])('not political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(false),
  );
});

describe('needs a reply', () => {
  it.each([
    'Anmäl mig som ledare till sommarkollot, jag har körkort',
    'Anmäler mig och Sara till städdagen',
    'Polisanmäl och radera tråden direkt',
    'Skicka hem ansökningshandlingarna till mig, jag har ingen skrivare',
    'Vilken väg går bussen nu',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Sossarna lovar och lovar men levererar aldrig. Logik?',
    'Vilken stadsdel lägger ner sin simhall mitt i vintern? Jo, vår.',
    'Förr hälsade grannarna. Vad har hänt med folk?',
    'Tolvåringar på mopeder i parken igen, var är föräldrarna',
    'De lovade nya lekplatser. Hur gick det? 🙃',
    'Gatan är avstängd i ett år, hur ska kaféerna överleva',
    'Kan den som lånade min stege lämna tillbaka den',
    'Skicka hem dem allihop så blir det lugnt',
    'Det här är en storstad, flytta till landet om ni vill ha tyst.',
    'Min dotter, 9 år, har redan lärt sig simma!',
    'Om någon på gården vill låna släpkärran är mitt nummer 070-174 06 52',
    'Vilka fantastiska ledare som ordnade lägret',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it('vermin to be shipped back is hate speech', () => {
    const text = 'Parasiterna i förorten borde skeppas tillbaka dit de kom ifrån';
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has('expel-vermin')).toBe(true);
  });
  it.each([
    'Hittade en katt i trappan. Ägaren kan ringa mig på 070-174 06 80, dela gärna',
    'Dela gärna! Mitt nummer är 070-174 06 81 om någon vill ha valpen',
    'Måsarna tar all mat, jag ska skjuta dem med vattenpistol imorgon',
    'Jag blev så arg att jag kunde spränga något',
  ])('not unlawful: %s', (text) => expect(rulesFired(text).size).toBe(0));
  it('a third person’s number with a call to harass still is doxxing', () =>
    expect(rulesFired('Här är numret till han som anmälde oss: 070-174 06 82. Ring honom hela natten').has('doxxing')).toBe(true));
});
