/**
 * Rules generalised from test49's and test50's misses once they became tuning sets (stop 40, first round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful', () => {
  it.each([
    ['We will track down whoever keyed my car and break his arms', 'threat-english'],
    ['Upload the photos of the teacher naked in the staff shower, everyone must see', 'spread-intimate-en'],
    ['Bara svenska elever på bilden, de andra borde inte ens få bo här', 'only-ours-rest-out'],
    ['Politikerna som sa ja ska få sina rutor krossade', 'property-punish'],
    ['Möt upp vid torget på lördag och ta med er det ni behöver', 'gather-bring'],
    ['Ordföranden ska få smaka på sin egen medicin. Vi ses.', 'own-medicine-menace'],
    ['Om de kommer tillbaka till parken är vi redo, säger bara det', 'return-ready'],
    ['Flyttar ni inte containrarna tills i morgon så kommer någon att bli skadad', 'threat-if-hurt-sv'],
  ])('%s', (text, rule) => {
    expect(rulesFired(text)).toContain(rule);
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
  });
  // A slur quoted as heard is reported, not said: the check drops it after the rules (withoutReported).
  it.each(['Vi fick höra "blattejävlar" på tunnelbanan, det ska polisanmälas', 'Hon blev kallad "bögjävel" utanför skolan i fredags'])(
    'reported, not unlawful: %s',
    (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false),
  );
  it.each([
    'Bussen kör alldeles för fort förbi förskolan, någon kommer bli skadad',
    '@Kerstin jag bor i porten bredvid, knacka på hos mig så lånar du min skottkärra',
    'Skönt att han fick smaka på sin egen medicin',
    'Kommer de tillbaka i juni är vi redo med grillen',
  ])('not unlawful: %s', (text) => expect(rulesFired(text).size).toBe(0));
});

describe('needs a reply', () => {
  it.each([
    'Partiet röstade emot igen. Överraskad? Knappast.',
    '300 000 kronor? Det är ju ingenting för en hel stadsdel.',
    'Undrar vad Eva Exempel tycker om det här nu',
    'De pratar om trygghet men var fanns de när gatlyktorna släcktes?',
    'Har någon som bestämde det här ens åkt buss en enda gång?',
    'Har vi val i år eller? För då vet jag vad jag röstar på',
    'Min son vill inte sova borta. Tips från andra föräldrar?',
    'Vill någon bidra till blommor till vaktmästaren? Swisha till mig eller sätt in på mitt konto 8327-9, 914 205 338-6',
    'Hjälp vad stora de har blivit!',
    'Jag samlar in listorna, mejla mig på lista@example.org så hämtar jag dem',
    'Sara Exempel, skriv upp mig på listan också',
    'Jag kan skjutsa tre barn till badet, ring 070-174 06 31',
    'Kör hellre cykel, ni som tvekar!',
    'Någon har tagit min cykelvagn utanför biblioteket, ring 070-174 06 32',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each([
    'Ni fakturerade oss för en månad utan hämtning. Dra av det.',
    'Min pappa blev utan mat i tre dagar. Utred det.',
    'Sätt in återbetalningen på mitt konto i Swedbank, tack.',
    'Trappan vid biblioteket måste lagas omedelbart!',
    'Maila mig på anna@example.org så skickar jag bilderna på skadan',
    'Hör av er till mig innan ni flyttar containern',
  ])('still asks: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('personal data', () => {
  it.each([
    ['Jag har svårt nedsatt hörsel och hör inte utropen', 'sensitive'],
    ['Hans mamma går på hemdialys tre gånger i veckan', 'sensitive'],
    ['Vår lärare gick in i väggen i våras', 'sensitive'],
    ['Hon sitter i Vårdförbundets styrelse sedan länge', 'sensitive'],
    ['Jag och min sambo är två tjejer och har bott här i tio år', 'sensitive'],
    ['Min kollega från Eritrea hjälper till med tolkningen', 'sensitive'],
    ['Lillebror kräks av nötter, tänk på det vid fikat', 'sensitive'],
    ['Our new family from Syria loves the library', 'sensitive'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    ['Två beställningar: ordernummer 261009-9844 och en till med 261118-9875', 'personnummer'],
    ['Förr hade ingen nötallergi, nu har alla det', 'trade-union'],
  ])('not: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
});

describe('political', () => {
  it.each(['Vilka rutiner har skolan för upprop på utflykter?', 'Jag röstar med fötterna och handlar i Farsta i stället'])('not political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(false),
  );
  it.each(['Skriv under uppropet mot nedläggningen av biblioteket', 'Rösta på Vänsterpartiet i september'])('political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(true),
  );
});
