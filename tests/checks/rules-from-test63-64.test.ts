/**
 * Rules generalised from the misses of test63 and test64 once they became tuning sets (stop 45; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch. (The unlawful pattern rules' own cases are in unlawful-rules.json.)
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { noRuleFlags } from './model-only';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful: counter-speech is not the threat it quotes', () => {
  it.each([
    '@Roger skjuta dem? Du pratar om grannar med barn. Skäms på dig.',
    'Han skriver om att spränga biblioteket. Anmäld, och jag hoppas att fler anmäler.',
    '"Det kommer att brinna i natt" – sådana kommentarer ska polisen läsa.',
    'Somebody posted that the refugees are "rats". I reported it to the police.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it.each([
    '@Roger ja, vi bränner ner deras hus i natt.',
    '@Roger ska jag skjuta dig?',
    'Du pratar om att stänga fritidsgården. Då bränner vi ner ert kontor.',
  ])('still unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
});

describe('unlawful: idioms and lawful intentions', () => {
  it.each([
    'Vi slår ihjäl tiden med kortspel tills bussen kommer',
    'Jag kommer att bomba er inkorg med frågor tills ni svarar om bygglovet',
    'Höll på att spränga något inombords när mötet drog ut på tiden',
    'Någon tände eld på en soptunna bakom hallen i natt, räddningstjänsten släckte snabbt',
    'Jag ska hitta vem det var som körde på staketet och anmäla det till försäkringsbolaget',
    'Skicka tillbaka dem dit de kom ifrån, kartongerna var trasiga redan vid leveransen',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('unlawful: veiled threats', () => {
  it.each([
    'Ni som jobbar på boendet ska inte känna er trygga när ni går till tunnelbanan',
    'Nästa gång blir det inte bara klotter på väggen.',
    'Den där vakten: dina knän kommer inte att klara sig nästa gång du säger till oss.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Barnen ska känna sig trygga när de går till skolan',
    'Mina knän kommer inte klara trapporna till biblioteket, finns det hiss?',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it('no rule flags a next time that is only a bigger room (the word model does: a known false alarm)', () => {
    expect(noRuleFlags('Nästa gång blir det inte lika trångt, vi har bokat större lokal')).toBe(true);
  });
});

describe('needs a reply: residents offering their own help or account, advice to others', () => {
  it.each([
    'Om någon på gården behöver hjälp att skotta fram bilen kan ni ringa mig, jag har snöslunga',
    'Föreningen har en adress men skriv hellre direkt till mig om anmälningarna',
    'Den som hellre vill kan swisha till kören direkt, märk betalningen "julkonsert"',
    'Om någon har filmat bråket: skicka det till polisen, inte till mig.',
    'Är det fel att tänka så? Jag vill bara att barnen är trygga.',
    'Stänger ni simhallen på helgerna blir det fler ungar som hänger på stan.',
  ])('not a request to the office: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each([
    'Ta bort filmen och ge den till polisen',
    'Kan ni ringa mig om bygglovet? 070-174 06 33',
    'Plogar ni cykelbanan på Ekvägen i morgon',
  ])('still a request: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('personal data: addiction nouns that name no one, a figure of speech, a question word', () => {
  it.each([
    'Alla knarkare ska inte behöva bo i samma område',
    'Missbrukare hör inte hemma bredvid en förskola',
    'Innan nästa missbrukaren flyttar in vill vi ha ett möte',
    'Den här diskussionen ger mig huvudvärk',
    'Varför är bara tre av tio gatlampor tända på Björkvägen?',
  ])('%s', (text) => expect(kinds(text)).toEqual([]));
  it.each([
    ['Min bror är missbrukare och har väntat på plats i två år', 'sensitive'],
    ['Jag är före detta knarkare och jobbar i dag som stödperson', 'sensitive'],
    ['Huvudvärken har inte släppt sedan min dotter föll på isen', 'sensitive'],
  ])('still personal data: %s', (text, kind) => expect(kinds(text)).toContain(kind));
});
