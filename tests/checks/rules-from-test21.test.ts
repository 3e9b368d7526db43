/**
 * Rules generalised from test21's misses once it became a tuning set (stop 36; see tests/checks/corpus/README.md).
 * Each rule has cases written here in other words than the corpus, with the negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: teenagers and pupils in one word, ages without a hyphen, a birthday to come, relatives "på" an age', () => {
  it.each([
    ['Tonårssonen har tappat sitt busskort igen', 'Tonårssonen'],
    ['Har ni något för tonåringen på sportlovet?', 'tonåringen'],
    ['Vår lågstadieelev har ingen lärare i svenska sedan oktober', 'Vår lågstadieelev'],
    ['Mitt förskolebarn fick utslag efter lunchen', 'Mitt förskolebarn'],
    ['9åringen har gått vilse i Kulturhuset två gånger', '9åringen'],
    ['min 12åring vill bli bibliotekarie 📚', '12åring'],
    ['Mina 8-åringar bråkar om vem som får gunga först', 'Mina 8-åringar'],
    ['Hennes kusin på 14 jobbar extra i kiosken', 'Hennes kusin på 14'],
    ['Dottern som nyss fyllt 11 vill gå på konstkursen', 'Dottern som nyss fyllt 11'],
    ['Måste min dotter byta skola när hon fyller 18 i november?', 'hon fyller 18'],
    ['syskonen (4 och 9) älskar sagostunden', 'syskonen (4 och 9)'],
    ['Lillen är fem månader och sover bäst i vagnen', 'Lillen är fem månader'],
    ['Tjejen har tränat i F12 sedan hon var sju', 'tränat i F12'],
  ])('%s', (text, span) => expect(of('minor', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each([
    'Min kusin på 40 hyr lokalen',
    'Han fyller 19 på lördag och vill hyra festlokalen',
    'En 6åring hade klarat att boka den här tiden',
    'Lågstadieelever ska få gratis frukt',
    'Du som går i årskurs 8 kan söka till sommarskolan',
    'Arbetet tar tre månader',
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('sensitive data: compound addicts, ALS and CP, in hospital, addiction to a medicine', () => {
  it.each([
    ['Grannen är alkoholmissbrukare och skriker på nätterna', 'alkoholmissbrukare'],
    ['Farfar har ALS och behöver en större hiss', 'har als'],
    ['Hon föddes med CP och använder gåbord', 'med cp'],
    ['Jag ligger på sjukhuset till fredag, skicka beslutet hem', 'ligger på sjukhuset'],
    ['Vi får inte hälsa på honom där han ligger inne.', 'ligger inne'],
    ['Mamma har blivit beroende av sömntabletter och lugnande', 'beroende av sömntabletter'],
    ['Han blev beroende av oxikodon efter operationen', 'beroende av oxikodon'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each([
    'Could you add the opening hours to the post?',
    'Träff för dig som lever med en närstående med diabetes, torsdag kl 18',
    'Nu får politikerna smaka på sin egen medicin',
    'Schemat ligger inne på hemsidan nu',
    'Kan ni lägga till en adress i formuläret?',
  ])('nothing sensitive: %s', (text) => expect(of('sensitive', text)).toEqual([]));
});

describe('political: a ruling bloc named by its colour', () => {
  const political = (text: string) => findPoliticalContent(text).political;
  it.each(['Sedan det borgerliga styret tog över har biblioteket öppet kortare', 'Borgerliga majoriteten röstade ner förslaget', 'Under ett borgerligt styre blir det så här'])(
    '%s',
    (text) => expect(political(text)).toBe(true),
  );
  it.each(['Borgerlig vigsel i rådhuset på lördag', 'Kyrkan och den borgerliga begravningen'])('not political: %s', (text) => expect(political(text)).toBe(false));
});

describe('needs a reply', () => {
  it.each([
    'Jag vill anmäla mina två till simskolan i vår',
    'Fotot från invigningen där min dotter syns måste tas bort.',
    'Har mejlat tre gånger, om någon kan ringa tillbaka vore det bra',
    'Ring min hemtelefon, mobilen är trasig',
    'Bidraget syns inte på kontot. Kolla vad som hänt!',
    'Jag vann tipspromenaden. Sätt in beloppet på Handelsbanken 6123 123 456 789',
    'Anmälan på hemsidan fungerar inte, den laddar bara',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Trängselskatten måste bort!',
    'Sverigedemokraterna talar om trygghet, men var är de när polisen behöver pengar?',
    'Why is it that the bus is always late on Mondays?',
    'Ska man behöva stå i kö i två timmar för ett lånekort?',
    'Ny app för felanmälan. Enkelt, sa ni? 😂',
    'Fyrverkerier hela natten. Vem får städa upp sen då?',
    'Skulle inte de borgerliga satsa på skolan?',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful: a call to occupy an office and burn its things, sending a group "back where they came from"', () => {
  it.each(['Ockupera kontoret i morgon och bränn upp pärmarna', 'Kör tillbaka dom dit dom kom ifrån, hela högen'])('%s', (text) =>
    expect(findUnlawfulCandidates(text).flagged).toBe(true),
  );
  it('names the grounds', () => {
    expect(rulesFired('Ockupera kontoret i morgon och bränn upp pärmarna').has('riot-occupy-burn')).toBe(true);
    expect(rulesFired('Kör tillbaka dom dit dom kom ifrån, hela högen').has('expel-them-all')).toBe(true);
  });
  it.each(['Vi eldar upp löven i trädgården på lördag', 'Bär ut möblerna till containern, de ska slängas', 'Skicka tillbaka dem dit de kom från, paketen var fel'])(
    'not unlawful: %s',
    (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false),
  );
});
