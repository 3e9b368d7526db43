/**
 * Rules generalised from test37's and test38's misses once they became tuning sets (stop 39, first round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string, byOffice = false) => findPersonalData(text, { byOffice }).map((f) => f.kind);

describe('needs a reply: asked of nobody at the office', () => {
  it.each([
    'Är det fler än jag som tycker att bänkarna vid dammen är för låga?',
    'Liberalerna lovade en ny sporthall. Var tog löftet vägen?',
    'Trevlig idé med fler sittplatser, men var finns pengarna?',
    'Det här är ju rent slöseri, det förstår väl alla?',
    'Lägg av, personalen gör vad de kan i snöovädret.',
    'Tips: ta bussen till badet på lördagar, parkeringen är full redan kl 10',
    'Billiga hyror för vem, undrar jag.',
    'Hur många nya förskoleplatser blev det? Noll i hela Ängsbacka.',
    'Vänsterpartiet röstade nej till fritidsgården och ja till en ny rondell. Logiken?',
    'Svarar du på frågan i kväll, Sara Lund, eller gömmer du dig bakom pressekreteraren?',
    'när min brorson såg brandbilen dog vi av skratt åt hans min 😂',
    'Anställer ni inte fler snart kommer folk att säga upp sig i protest',
    'nån på gården som vill dela på en släpvagn till tippen?',
    'Tidöpartierna pratar om trygghet men vilken trygghet har man i mörkret på Kvarnstigen 🙃',
    'Ordet är fritt, vilket betyder att alla kan tycka till här.',
    'Ta på dig reflexväst i mörkret, typ.',
    'Lägg skolpengarna på lärare i stället för på skärmar.',
    'Sätt in fler bussar på helgerna, så slipper vi stå som sillar.',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));

  it.each([
    'Hur många förskoleplatser finns kvar i Ängsbacka?',
    'Var tog paketet från biblioteket vägen? Jag har väntat i två veckor.',
    'Kan ni förklara varför badet stängde? Ingen har sagt något.',
    'Råttorna är tillbaka vid soprummet. Förgifta dem innan de sprider sig till källaren.',
    'ni som ansvarar för parken: måla om bänkarna innan sommaren',
    'När min ansökan är inne, hur lång tid tar det?',
  ])('still asks: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('unlawful: idioms and animals are not threats', () => {
  it.each([
    'Bolaget som höjde hyran får gärna ruttna i helvetet, men jag skriver till hyresnämnden.',
    'I vår ska jag slå sönder mitt rekord på 5 km i motionsspåret',
    'Kom gärna och hälsa på hos oss på fritidsgården en eftermiddag',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));

  it.each([
    'Jag vet var du bor, jag ska hälsa på dig en kväll',
    'Du ska brinna, precis som ditt hus',
    'De förökar sig som kaniner och borde skickas tillbaka',
  ])('still unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
});

describe('minors', () => {
  it.each([
    'Min granne Amir, 16, letar sommarjobb',
    'Undrar om lillebror (4 år) kan gå på samma förskola',
    'målvakten i vårt F13-lag slutade efter bråket',
    'killen med nummer 7 i P14 fick rött kort, forwarden i Ängsbackas P12 också',
    'Nattpersonalen tröstade vår då 8 månader gamla när hon inte kunde sova',
  ])('%s', (text) => expect(kinds(text)).toContain('minor'));

  it.each([
    'Väntade 9 år på en lägenhet i Ängsbacka',
    'Min moster Karin, 74, har bott här sedan 60-talet',
    'Port 3, 4 och 5 får nya lås i vår',
  ])('not a minor: %s', (text) => expect(kinds(text)).not.toContain('minor'));
});

describe('sensitive data', () => {
  it.each([
    'Pappa har hemsyrgas och behöver el dygnet runt',
    'Grannen fick svåra brännskador i branden',
    'Farmor vårdas fortfarande på sjukhus efter fallet',
    'jag går på AA-föreningens möten? nej, jag går på Spelberoendes förening varje tisdag',
  ])('%s', (text) => expect(kinds(text)).toContain('sensitive'));

  it.each([
    'Det var två pappor som bråkade vid kiosken',
    'Spelberoendes förening har öppet hus på lördag',
  ])('not sensitive: %s', (text) => expect(kinds(text)).not.toContain('sensitive'));
  it('still a family form', () => expect(kinds('Vi är två pappor med en dotter på förskolan')).toContain('sensitive'));
});

describe('the office’s own comments', () => {
  it('health words in general are not about anyone', () =>
    expect(kinds('Förtur kan ges av medicinska skäl. Bifoga ett intyg från habiliteringen.', true)).not.toContain('sensitive'));
  it('a colleague presented by name still is', () =>
    expect(kinds('Möt Lena! Lena har diabetes och springer Lidingöloppet varje år.', true)).toContain('sensitive'));
  it('premises the office names are not a home', () =>
    expect(kinds('Fritidsgården flyttar till Kvarnvägen 6 från 1 mars.', true)).not.toContain('address'));
  it('an address introduced as the reader’s still is', () =>
    expect(kinds('Vi skickade beslutet till din adress på Kvarnvägen 6.', true)).toContain('address'));
  it('a resident’s comment is read as before', () => expect(kinds('Vi flyttar till Kvarnvägen 6 i mars.')).toContain('address'));
});
