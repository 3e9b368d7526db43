/**
 * Rules generalised from test41's and test42's misses once they became tuning sets (stop 39, third round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful', () => {
  it.each([
    'Någon filmade när de slog ner vakten vid kiosken, kolla: example.org/v1',
    'Alla som kör på gångbanan ska få däcken sönderskurna. Jag har en kniv i bilen.',
    'Klipp kablarna till alla kameror vid torget',
    'Det är alltid de där invandrarna som skräpar ner. Skicka tillbaka dem så blir det lugnt.',
    'Han fick bara en varning den här gången. Och det kan fortfarande hända.',
    'Stäng in dem i ett läger, då slipper vi dem',
    'Möt upp vid skolan på fredag och häll ut maten i diket',
    'En bod brann i natt. Nästa gång tar vi alla.',
    'Samling vid bygget i natt. River vi staketet hinner de aldrig klart.',
    'ni är som kackerlackor, först en lägenhet och sen tar ni över hela huset',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));

  it.each([
    'Den där boken är piratkopierad, köp den hellre i bokhandeln',
    'Myrorna i köket är som kackerlackor, de tar över allt',
    'Vi rev staketet runt vår egen tomt i helgen',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('political', () => {
  it('which party is responsible', () => expect(findPoliticalContent('Vilket parti bestämde att biblioteket ska stänga?').political).toBe(true));
  it.each([
    'Vi lämnar in namninsamlingen om gatlamporna på fredag',
    'Fler röstade i styrelsevalet i bostadsrättsföreningen än någonsin',
    'Jag är förtroendevald i facket på mitt jobb',
  ])('not political: %s', (text) => expect(findPoliticalContent(text).political).toBe(false));
});

describe('needs a reply', () => {
  it.each([
    'Vet någon en bra elektriker i området?',
    'Förr hade biblioteket öppet till nio. Bara så ni vet.',
    'Det var alltså så det gick till, annars hade ni väl rättat det?',
    'Om han inte kan sköta en budget hur ska han kunna sköta stadsdelen?',
    'Partiet säger ja i nämnden och nej på Facebook. Vilket är det?',
    'Hon lovade fler lärare i valrörelsen. Hur gick det?',
    'Först tar ni bort bussen och sen stänger ni affären. Vad trodde ni skulle hända?',
    'Kan vi prata sakligt om det här?',
    'Han sa att det är ”ett nödvändigt steg”. Vad betyder det ens?',
    'Min dotter frågade varför lekplatsen är stängd. Vad svarar man på det?',
    'min lillebror ville äta broccoli?? vem är han ens',
    'Sms:a mig på 070-174 06 19 om du vill vara med och städa parken',
    'Bokningen gick smidigt via webben, för den som undrar',
    'Ni som vill bidra till julmaten kan swisha till mig',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));

  it.each([
    'Sluta skriva ursäkter och fixa hissen på Kvarnvägen',
    'Ni har fortfarande inte svarat på mitt mejl om bygglovet',
    'Mitt kundnummer står här om ni behöver det för att hitta ärendet',
    'Min son är 16 och har inget BankID. Hur ska han kunna logga in?',
    'Hissen är trasig igen. Hjälp!',
  ])('still asks: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('personal data', () => {
  it.each([
    ['Jag tar med mina två på 4 och 9 till sagostunden', 'minor'],
    ['Jag går andra året på samhäll och behöver läxhjälp', 'minor'],
    ['Asking for my son, he’s 8', 'minor'],
    ['My daughter is in 3C at Ekbacken', 'minor'],
    ['Hon har dyskalkyli och behöver extra tid', 'sensitive'],
    ['Pappa äter antidepressiva sedan mamma dog', 'sensitive'],
    ['Jag kör dig om höften krånglar', 'sensitive'],
    ['Han har inte gått ut sen knäoperationen', 'sensitive'],
    ['Min man har en elrullstol som måste laddas', 'sensitive'],
    ['Hon går på AA-möten varje vecka', 'sensitive'],
    ['Vår son har dysfagi och måste ha mosad mat', 'sensitive'],
    ['Själv kom jag hit som flykting från Syrien', 'sensitive'],
    ['uppvuxen i Eritrea och nu bor jag här', 'sensitive'],
    ['Lisa är vårt fackombud och har koll på avtalet', 'sensitive'],
    ['Min son på 9 har ångest sedan branden', 'sensitive'],
    ['Our daughter only eats halal food', 'sensitive'],
    ['den som märkte att jag hade ätstörning räddade mig', 'sensitive'],
    ['Chefen heter Tobias och bor på Ekbrinken 7', 'address'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));

  it.each([
    ['Hur vet personalen vilka barn som är allergiska?', 'sensitive'],
    ['Jag har svårt att prata inför folk, kan jag skriva i stället?', 'sensitive'],
    ['Klippet från matchen är så sjukt, se själva', 'sensitive'],
    ['för dig som har diabetes finns en träff på torsdag', 'sensitive'],
    ['mina två på 36 och 38 år har flyttat hemifrån', 'minor'],
  ])('not: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
});
