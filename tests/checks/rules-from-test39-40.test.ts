/**
 * Rules generalised from test39's and test40's misses once they became tuning sets (stop 39, second round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, judgeHits, unlawfulHits, withoutModelForOwn } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful', () => {
  it.each([
    'Nedskärningarna på fritids var för svenska barn. Invandrarbarnen kan flyga hem till sina hemländer.',
    'Hela säsongen nedladdad, kopierar till din hårddisk för 50 kr',
    'Polisen gör inget åt klottret. Klå upp dem när ni ser dem.',
    'Lägger ni ner badet kommer vi på mötet, och då är det inte för att prata.',
    'Whoever took my bike, you will wish you were never born',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));

  it.each([
    'Sätt upp ett räcke vid trappan innan någon blir skadad.',
    'Jag gick dit för att lyssna, inte för att prata illa om någon',
    'Vi åker hem till mormors land i sommar',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));

  it('the word model’s guess is left out for the office’s own comment, the rules are not', () => {
    const modelOnly = unlawfulHits('Sök feriejobb 2027 via länken i bion.').map((h) => ({ ...h, tag: 'model' }));
    expect(judgeHits(withoutModelForOwn(modelOnly, true)).flagged).toBe(false);
    expect(judgeHits(withoutModelForOwn(modelOnly, false)).flagged).toBe(modelOnly.length > 0);
    const rule = unlawfulHits('Jag vet var du bor');
    expect(judgeHits(withoutModelForOwn(rule, true)).flagged).toBe(true);
  });
});

describe('political', () => {
  it.each([
    'Vilket parti föreslog att biblioteket skulle stänga på söndagar?',
    'Motionen avslogs med 8 röster mot 5.',
    'Det lovades mycket under förra mandatperioden',
  ])('%s', (text) => expect(findPoliticalContent(text).political).toBe(true));
  it.each(['Vilket parti är bäst på grillen, gasol eller kol?', 'Teckningen vann med 40 röster mot 12 i klassens omröstning'])(
    'not political: %s',
    (text) => expect(findPoliticalContent(text).political).toBe(false),
  );
});

describe('needs a reply', () => {
  it.each([
    'Hur kan det ta en månad att byta en glödlampa.',
    'Jag dör lite inombords av era pressmeddelanden',
    'Vet ni vad, felet är att ingen lyssnar',
    'Kommer sakna glassbilen mest av allt',
    'Moderaterna lovade fler poliser i valet. Var är pengarna?',
    'V lovade gratis sommarlov, hur gick det med det liksom',
    'Kolla vilka skolor som fick nya skolgårdar i fjol',
    'Om fler grannar har fått samma faktura, mejla mig så skriver vi tillsammans',
    'Vill du vara med och plocka skräp på lördag, ring mig på 070-174 06 61',
    'Jag samlar föräldrarna i klassen som vill skriva ett upprop, sms:a mig',
    'Tvätta fasaden, strunta i klottret, de vill bara ha uppmärksamhet.',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));

  it.each([
    'Säg till städfirman att de ska tömma papperskorgarna vid lekplatsen',
    'Jag vill ha tillbaka avgiften för simkursen som ställdes in',
    'Vi förväntar oss att beslutet omprövas före jul.',
    'Tvätta bort hakkorset på busskuren vid skolan',
    'Kommer bussen tillbaka efter ombyggnaden',
  ])('still asks: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('personal data', () => {
  it.each([
    ['Min dotter är född 2016 och vill börja simma', 'minor'],
    ['Min son har astma och är 9, får han vara inne på rasterna?', 'minor'],
    ['Vår dotter är 1,5 år och älskar sagostunden', 'minor'],
    ['Vi har ett barn i förskoleklass på Ekbacken', 'minor'],
    ['min lilltjej 5 år ville låna tio böcker', 'minor'],
    ['Han är nu 4 månader och sover i vagnen', 'minor'],
    ['Mamma har makuladegeneration och kan inte läsa brevet', 'sensitive'],
    ['Farfar tar blodförtunnande och får inte ramla', 'sensitive'],
    ['Han har själv KOL och orkar inte gå till affären', 'sensitive'],
    ['Hon ligger hemma efter en knäoperation', 'sensitive'],
    ['Min bror har en ryggmärgsskada och behöver färdtjänst', 'sensitive'],
    ['Jag behöver min insulinspruta i kylen', 'sensitive'],
    ['Her account is at Nordea, 3300 123 456 7890.', 'bank-account'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['Min man har diabetes och är 67', 'minor'],
    ['Jag är född 1979 och har bott här sedan dess', 'minor'],
    ['Hon drog ett barn ur vattnet. Hur sjuk får man vara?', 'sensitive'],
    ['Går det att ta sig in på biblioteket med rullstol?', 'sensitive'],
    ['Jag har anmält två gånger, ärende 240611-9830 och 240615-9812, utan svar.', 'personnummer'],
    ['Hyresvärdens jour har nummer 08-465 004 77 dygnet runt', 'phone'],
  ])('not: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
});
