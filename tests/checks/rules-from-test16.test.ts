/**
 * Rules generalised from test16's misses once it became a tuning set (tests/checks/corpus/README.md). Each rule
 * has cases written here in other words than the corpus, with the negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors named in more ways', () => {
  it.each([
    ['Vår son på sju tycker att simskolan är det bästa som finns', 'Vår son på sju'],
    ['Brorsdottern på 15 vill söka feriejobb i parken', 'Brorsdottern på 15'],
    ['Trillingarna fyller fem och vi vill boka festlokalen', 'Trillingarna fyller fem'],
    ['Han har gått på babysim sedan han var tio veckor', 'sedan han var tio veckor'],
    ['vår 9-månaders sover bara i vagnen', 'vår 9-månaders'],
    ['Mina barnbarn 4 och 6 år älskar den nya rutschkanan', 'barnbarn 4 och 6 år'],
    ['Barnet vi tog emot i somras är fem år och behöver förskoleplats', 'Barnet vi tog emot i somras är fem år'],
    ['Ärendet gäller min son född 2019, han har inte fått plats', 'min son född 2019'],
    ['Vår sexårings fritidsgrupp ska byta lokal', 'sexårings'],
    ['Killarna i P13 tränar på konstgräset varje tisdag', 'Killarna i P13'],
    ['Min äldsta i sexan vill börja på kulturskolan', 'äldsta i sexan'],
    ['Syskonen på fritids har fått en ny pedagog', 'Syskonen på fritids'],
    ["Our daughter's teacher left in October", "Our daughter's teacher"],
    ['Lilla Saga på 8 mån har fått plats på öppna förskolan', 'Saga på 8 mån'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each([
    'Alla barn på fritids får gå på bio på fredag',
    'Sonen på 30 hjälper mig med flytten',
    'Min dotter född 1988 har flyttat tillbaka till stan',
    'Vi bodde sex veckor i stugan i somras',
    'Min son bor på 4:e våningen',
    "I dropped my kids' bikes at the school",
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('sensitive data', () => {
  it.each([
    ['Vi är två kvinnor som varit gifta i trettio år och söker ett tryggt boende', 'två kvinnor som varit gifta'],
    ['Min bror är hivpositiv och vill inte att grannarna ska veta', 'hivpositiv'],
    ['Pappa blev inlagd på psykiatrin i höstas', 'inlagd på psykiatrin'],
    ['Farfar har osteoporos och kan inte gå i trapporna', 'osteoporos'],
    ['Jag är förtroendevald för Kommunal på arbetsplatsen', 'förtroendevald för Kommunal'],
    ['My son has coeliac disease and needs gluten-free meals', 'coeliac'],
  ])('%s', (text, span) => expect(of('sensitive', text)).toContain(span));
  it.each([
    'Kön till LSS-boende är alldeles för lång',
    'Tänk på personer med funktionsnedsättning när ni planerar torget',
    'Finns det plats för rullstol på bussen till utflykten?',
  ])('about no one: %s', (text) => expect(of('sensitive', text)).toEqual([]));
  it('a family’s children with a diagnosis are someone’s', () => {
    expect(of('sensitive', 'Vi har två barn med autism och behöver avlösning')).toEqual(['autism']);
  });
});

describe('contact details of activities and notices', () => {
  it.each(['Anmäl dig till loppis.solgard@example.org', 'Skriv till kiosken@example.org om du vill stå en dag', 'Mejla biblioteksexpeditionen@example.org'])(
    'a function’s mailbox: %s',
    (text) => expect(of('email', text)).toEqual([]),
  );
  it('a person’s address is still found', () => {
    expect(of('email', 'Skriv till karin.lund@example.org')).toEqual(['karin.lund@example.org']);
  });
  it('a notice’s landline after its address is not a person’s', () => {
    expect(of('phone', 'Frågor: loppis@example.org eller 08-465 004 26.')).toEqual([]);
  });
  it('"Mitt nummer:" labels the writer’s own landline', () => {
    expect(of('phone', 'Mitt nummer: 08-465 004 39, ring efter lunch')).toEqual(['08-465 004 39']);
  });
});

describe('unlawful', () => {
  it('an English "someone is going to get hurt" is a threat only with a condition', () => {
    expect(findUnlawfulCandidates('If they close the youth centre someone is going to get hurt').grounds).toContain('olaga-hot');
    expect(findUnlawfulCandidates('The ice on the footbridge is terrible, someone is going to get hurt').flagged).toBe(false);
  });
  it('"jobbar som djur" is hard work', () => {
    expect(findUnlawfulCandidates('Lärarna jobbar som djur och får ingen uppskattning').flagged).toBe(false);
  });
});

describe('needs a reply', () => {
  it.each([
    'Jag sökte bygglov i augusti men har inte fått något besked än',
    'Min mamma är sjuk och behöver beslut om färdtjänst innan jul',
    'Nås enklast på 070-174 06 44 efter fem',
    'Ring innan torsdag om tiden inte passar',
    'Vi vill sälja lotter på torget, krävs det tillstånd',
    'Ring mig om ni vill ha bilderna på skadegörelsen',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Sakta ner vid förskolan, det är allt vi ber om',
    'Hur kan man låta lekparken förfalla så här? Skämmigt.',
    'Har ni sett min svarta katt? Ring 070-174 06 45 om ni ser henne',
    'Skriv inte ut era adresser i kommentarerna!',
    'Föräldrar kan mejla mig om de vill vara med och baka',
    'Bilder från festen finns på hemsidan, dela gärna vidare!',
    'Anmälan till loppisen skickas till loppis@example.org',
    'Hämta dina lotter hos mig i port 4',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it('a question to the office in a post to residents still asks', () => {
    expect(readQuestion('Dela gärna vidare! Kan ni sätta upp en lapp i biblioteket?').asks).toBe(true);
  });
});
