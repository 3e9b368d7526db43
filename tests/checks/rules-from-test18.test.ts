/**
 * Rules generalised from test18's misses once it became a tuning set (stop 34; see tests/checks/corpus/README.md).
 * Each rule has cases written here in other words than the corpus, with the negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: the eldest, counted children, ages in words, relatives with an age, school years', () => {
  it.each([
    ['Min yngsta är sex och vill också börja på simskolan', 'Min yngsta är sex'],
    ['Vår mellersta fyllde elva i helgen', 'Vår mellersta fyllde elva'],
    ['Mina två är 4 och 9 år och älskar biblioteket', 'Mina två är 4 och 9 år'],
    ['Killen på andra sidan gatan, han fyllde tretton i våras, cyklar utan hjälm', 'han fyllde tretton'],
    ['Vi firade kusinen Saga, 12, med tårta i parken', 'kusinen Saga, 12,'],
    ['Insamlingen är till familjen (hon som skadades på övergångsstället, 9 år)', '(hon som skadades på övergångsstället, 9 år)'],
    ['Sonen går andra året på gymnasiet och behöver busskort', 'Sonen går andra året på gymnasiet'],
    ['I fjol när jag gick i nian fick vi aldrig prao', 'I fjol när jag gick i nian'],
    ['Fråga gärna åt min brorson som är 16 om jobbet', 'brorson som är 16'],
    ['Min styvson är tolv och har aldrig åkt tunnelbana själv', 'styvson är tolv'],
    ['Our grandson is 7 and loves the dinosaur exhibition', 'Our grandson is 7'],
    // One child with an owner is still a child after the change above ("barn som är 12 år" in general is not).
    ['Vårt barn är sju och har aldrig varit på teater', 'barn är sju'],
    ['Grannens barn som är 12 spelar trummor varje kväll', 'barn som är 12'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each([
    'Vår äldsta medlem är 94 och kommer varje tisdag',
    'Min äldsta är 26 och bor i Umeå',
    'Våra två är 31 och 35 år nu',
    'Föreningen fyllde tio år i fjol',
    'Han fyllde sjuttio i somras och fick en cykel',
    'Storgatan 12, 3 tr, ring på',
    'Min son Lukas, 29, flyttade hem igen',
    'När jag gick i nian på åttiotalet fanns det ingen fritidsgård',
    'Jag gick första året på gymnasiet 1997 och minns den skolan',
    'Platserna är för barn som är 10 år och äldre',
    'Dottern är 5 minuter sen till bussen varje morgon',
    'Our son is 24 and works at the library',
    'The pool is 15 minutes from the station',
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('sensitive data', () => {
  it.each([
    ['Mamma har fått en ny knäled och behöver färdtjänst', 'har fått en ny knäled'],
    ['Pappa bröt bäckenet i halkan förra vintern', 'bröt bäckenet'],
    ['I twisted my ankle on the broken step by the pool', 'twisted my ankle'],
    ['We came here from Vietnam in the nineties and still love this area', 'came here from Vietnam'],
    ['My parents arrived from Sudan last spring', 'arrived from Sudan'],
    ['Hon flydde med sin bror från Syrien och bor nu på Ekvägen', 'flydde med sin bror från Syrien'],
    ['Vi som fastar under ramadan önskar att träffen var efter solnedgången', 'Vi som fastar under ramadan'],
  ])('%s', (text, span) => expect(of('sensitive', text)).toContain(span));
  it.each(['Vi firar påsk hos mormor i år', 'Judarna i staden firar sabbat', 'Hon kom hit från jobbet direkt'])('about no one or nothing sensitive: %s', (text) =>
    expect(of('sensitive', text)).toEqual([]),
  );
});

describe('a notice’s sign-up mailbox', () => {
  it('one word before the @ is a project’s box', () => {
    expect(of('email', 'Vi söker läsombud! Anmäl dig till lasombud@example.org')).toEqual([]);
  });
  it('a person’s address stays a person’s', () => {
    expect(of('email', 'Anmäl dig till karin.holm@example.org senast fredag')).toEqual(['karin.holm@example.org']);
  });
});

describe('needs a reply', () => {
  it.each([
    'Mitt barn har fått plats på Ekbacken men vi har flyttat. Behåller han platsen ändå',
    'Min ansökan skickades i maj. Var i kön står jag nu',
    'Jag väntar på att ni skickar beslutet som utlovat',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Vem mer har sett att belysningen i tunneln är trasig igen?',
    'Varför ska bilisterna alltid prioriteras? Vi som går får vänta',
    'Varför måste allt vara så krångligt? Ingen hittar något',
    'Så vem bär ansvaret egentligen när ingen gör något?',
    'Varför pratar ingen om att bussarna är överfulla?',
    'Gå med i kören, du kommer inte ångra dig!',
    'Om förskolan behöver en tolk så ring mig på 070-174 06 33',
    'Vi i huset samlar in pengar till familjen som brann ut, sätt in på mitt konto',
    'Vaknar han tidigt så går vi till parken.',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it.each([
    'Klippet från misshandeln finns på Flashback, sök på centrumbråket',
    'Dom är som kackerlackor, tar man hit en så följer hela släkten med',
    'Alla till förläggningen på lördag, blockera infarten och låt ingen komma in',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Farthindren finns så att ingen ska köra över ett barn',
    'Min moster tolkar och hjälper gärna till, ring henne på 070-174 06 22',
    'Festivalen i helgen var en bomb! 🎉',
    'Polisen vill ha filmen från olyckan, mejla den till dem',
    'Duvorna vid torget är som råttor med vingar',
    'Polisen blockerade infarten till förläggningen under natten',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});
