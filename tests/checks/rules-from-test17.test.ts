/**
 * Rules generalised from test17's misses once it became a tuning set (stop 33's third round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: nicknames, the little one, teenagers and groups of children', () => {
  it.each([
    ['Lilltjejen somnade i vagnen innan vi ens kom fram till parken', 'Lilltjejen'],
    ['Vår lilla har precis börjat krypa och vill åt allt', 'Vår lilla'],
    ['Thanks for the story hour, my toddler loved the puppets', 'my toddler'],
    ['Lilla Otto skrattar fortfarande åt clownen från i lördags', 'Lilla Otto'],
    ['Noah är sju och har aldrig åkt tunnelbana själv', 'Noah är sju'],
    ['Våra döttrar på 9 och 11 vill båda börja på dansen', 'Våra döttrar på 9 och 11'],
    ['Tjejerna i trapphuset, 8 och 9 år, sålde lotter till alla grannar', 'Tjejerna i trapphuset, 8 och 9 år'],
    ['Min tonårsdotter vill jobba på kolonin i sommar', 'Min tonårsdotter'],
    ['vår fjärdeklassare har fått en ny mentor igen', 'vår fjärdeklassare'],
    ['Grannens pojkar i högstadiet har startat ett band', 'Grannens pojkar i högstadiet'],
    ['Mina barn i låg- och mellanstadiet har olika lovdagar', 'Mina barn i låg- och mellanstadiet'],
    ['Vår anfallare Elsa, bara 11 år, gjorde tre mål', 'Elsa, bara 11 år'],
    ['Sonen i F14 har ingen tränare längre', 'Sonen i F14'],
    ['My son who started year 2 in August loves the new school', 'My son who started year 2'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each([
    'Vi är tre i familjen och söker en större lägenhet',
    'Klockan är sju när bussen går',
    'Priset är fem kronor per lott',
    'Budgeten är 12 miljoner i år',
    'Kassan är tolv kronor kort',
    'Lilla Essingen är fin på våren',
    'Vår lilla stadsdel förtjänar bättre',
    'Anmälan till lägret gäller barn som går i åk 4–6',
    'Loppisen i Solgård är 12–14 maj',
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('sensitive data', () => {
  it.each([
    ['Jag är en av få kvinnor från Somalia i styrelsen', 'Jag är en av få kvinnor från Somalia'],
    ['Vi i Vårdförbundet har varnat länge för bemanningen', 'Vi i Vårdförbundet'],
    ['Min syster bär hijab och får ofta höra kommentarer på bussen', 'bär hijab'],
    ['Farfar har levt med sin MS i tjugo år', 'sin MS'],
    ['Jag har haft huvudvärk i en månad av bullret', 'huvudvärk'],
  ])('%s', (text, span) => expect(of('sensitive', text)).toContain(span));
  it.each(['Skolan har slöjan som tema på bildlektionen', 'Ms Berg from the library called'])('about no one: %s', (text) =>
    expect(of('sensitive', text)).toEqual([]),
  );
});

describe('contact details of services and associations', () => {
  it.each(['Fastighetsjouren nås på 08-465 004 48 på nätterna', 'Ring socialjouren på 08-465 004 49'])('a service’s landline: %s', (text) =>
    expect(of('phone', text)).toEqual([]),
  );
  it('a person’s direct number is hers', () => {
    expect(of('phone', 'Handläggaren var så bra, hennes direktnummer 070-174 06 51 fick jag direkt')).toEqual(['070-174 06 51']);
  });
  it.each(['Kontakta klubben på p14.solgard@example.org', 'Frågor? Mejla lovaktiviteter@example.org'])('an association’s or a notice’s address: %s', (text) =>
    expect(of('email', text)).toEqual([]),
  );
});

describe('needs a reply', () => {
  it.each([
    'Det ligger krossat glas vid lekplatsen, någon måste röja innan barnen kommer',
    'Jag vill ha en kopia av beslutet om bostadsanpassning',
    'Jag vill att handläggaren ringer mig före fredag',
    'Räcker det med ett mejl för att säga upp platsen',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Vem orkar ens cykla dit när vägen är avstängd?',
    'Har någon en stege att låna ut till helgen? Jag hämtar',
    'Är det någon mer på gården som vill dela på en container?',
    'Ni som undrar var bilen står: den är hos verkstaden',
    'Anmälan till boulen skickar ni direkt till Gunnar',
    'Vår hund är borta sedan igår, ring mig om ni ser honom',
    'Lost: black bike near the library, please call if seen',
    'Ge inte upp, ni som väntar på plats, den kommer',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful: animals and sport', () => {
  it.each(['Kråkorna vid återvinningen är rena ohyran', 'Snyggt mål! Skjut mer från distans nästa match'])('%s', (text) =>
    expect(findUnlawfulCandidates(text).flagged).toBe(false),
  );
  it('a threat to shoot a person is still one', () => {
    expect(findUnlawfulCandidates('Jag ska skjuta honom när han kommer ut').flagged).toBe(true);
  });
});
