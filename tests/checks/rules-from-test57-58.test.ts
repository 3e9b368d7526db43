/**
 * Rules generalised from the misses of test57 and test58 once they became tuning sets (stop 42; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful: veiled threats', () => {
  it.each([
    'Rektorn får vara glad att det bara blev prat den här gången. Nästa gång blir vi inte lika vänliga.',
    'De som röstade igenom det här borde se sig om när de cyklar hem på kvällen',
    'Stänger ni simhallen så finns det inget kontor kvar att gå till sen',
    'Somebody should pay him a visit at home, just saying',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    // Queues and places left, looking around for something, a hyperbole about a decision-maker.
    'Anmäl er snart, annars finns det inga platser kvar på kursen',
    'Jag ska se mig om efter ett nytt gym när badet stänger',
    'Vi får vara glada att det bara blev en regnig dag och inte storm',
    'Jag skulle kunna döda den som uppfann måndagar',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('political', () => {
  it.each([
    'Det var er majoritet som drev igenom nedskärningen',
    'Beslutet togs av en enig nämnd i juni',
  ])('%s', (text) => expect(findPoliticalContent(text).political).toBe(true));
  it.each([
    'The lift is on the left side of the main entrance',
    'Majoriteten av föräldrarna vill ha kvar skolan',
  ])('not political: %s', (text) => expect(findPoliticalContent(text).political).toBe(false));
});

describe('personal data', () => {
  it.each([
    ['Vår 16-åring är transtjej och blev utskrattad i omklädningsrummet', 'sensitive'],
    ['Våra pappor lärde oss simma i det här badet', 'sensitive'],
    ['Mitt barnbarn har ångest och vågar inte åka buss', 'sensitive'],
    ['Min farmor var bahai och begravdes i Uppsala', 'sensitive'],
    ['Vi är några från vår församling i kyrkan som hjälper till', 'sensitive'],
    ['Min morfar var same och jojkade på bröllopet', 'sensitive'],
    ['Polisen tog hennes fingeravtryck utan att förklara varför', 'sensitive'],
    ['The police kept his fingerprints on file', 'sensitive'],
    ['12 år och har aldrig fått låna en egen bok', 'minor'],
    ['Min yngsta, 9, har skrivit en dikt till minnesstunden', 'minor'],
    ['Our son in third grade got a letter about it', 'minor'],
    ['Jag ska anmäla sonen till simskolan, han är född 170612-9812', 'minor'],
    ['Swisha eller sätt in på 8105-3, 914 205 338-6 (Karin)', 'bank-account'],
    ['Bidrag kan sättas in på Nordea 3300, 680412-9863', 'bank-account'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    // Fingerprints at a scene, synthetic DNA to mark a bike, anxiety in general, a word after "mammor-".
    'Har de tagit fingeravtryck på dörrhandtaget?',
    'Märk cykeln med syntetiskt DNA så hittar polisen ägaren',
    'Jag får ångest av den nya parkeringen',
    'Alla har lite ångest inför jul',
    'Mina mammor-kompisar och jag ses på torsdagar',
  ])('no sensitive data in: %s', (text) => expect(kinds(text)).not.toContain('sensitive'));
  it.each([
    '40 år och har aldrig sett en sådan kö',
    'The eggs are graded in first grade quality',
    'Jag ska anmäla sonen till simskolan, mitt personnummer är 790612-9812',
  ])('no child in: %s', (text) => expect(kinds(text)).not.toContain('minor'));
});

describe('needs a reply', () => {
  it.each([
    'Var ute vid badet i morse. Helt tomt.',
    'Var med på invigningen, mycket folk',
    '500 underskrifter?? Det är ju ingenting.',
    'Trygg för vem, exakt?',
    'Vet ni vad bron kostade? 90 miljoner.',
    'Nya bänkar. Vad blir nästa, guldkranar?',
    'Var är hon nu när det gäller?',
    'Fanns ingen sådan hjälp när jag var ung',
    'Grillkväll på gården! Frågor? Ring Petra på 070-174 06 51',
    'Har någon en stege att låna ut? Ring 070-174 06 52 så ses vi vid porten',
  ])('not a request to the office: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each([
    'Jag ansöker härmed om plats i kolonilotten',
    'öppnar caféet igen efter sommaren eller är det nedlagt',
    'Var ligger närmaste återvinningsstation',
    'Fick ingen tid till hälsosamtalet fast jag ringde tre gånger',
    'Kan man betala avgiften i delar? 400 kr är mycket för oss',
  ])('still a request: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});
