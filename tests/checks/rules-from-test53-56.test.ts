/**
 * Rules generalised from the misses of test53 … test56 once they became tuning sets (stop 41; see
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
    ['Gör inte vaktbolaget något så löser jag det själv med ett slagträ', 'weapon-solve-it'],
    ['Ser jag honom i porten igen flyger han ut med huvudet före', 'head-first-out'],
    ['Säger hon ja på mötet kan hon räkna med att folk väntar på henne vid bilen', 'waits-for-you'],
    ['Somebody should set their shed on fire with them inside', 'en-set-fire-people'],
    ['Det kommer att ligga köttbitar med stryknin vid lekplatsen tills ägarna lär sig', 'poison-bait'],
    ['Det här får man när politikerna släpper in ohyran', 'vermin-let-in'],
    ['Döp om det till Parasitboendet', 'parasite-institution'],
    ['Jag lägger ut hans adress och foto på Flashback', 'flashback-expose'],
    ['Inga fler kackerlackor på vår gata, håll dem borta från våra ungar', 'vermin-keep-away'],
    ['Filmen från torget finns, man ser när kniven går in. DM så skickar jag', 'violent-video'],
    ['Alla NHL-matcher gratis, ingen registrering, bara klicka', 'live-sport-free'],
  ])('%s', (text, rule) => {
    expect(rulesFired(text)).toContain(rule);
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
  });
  // A group likened to breeding vermin is about people: the pest filter no longer drops it.
  it('keeps "förökar sig som råttor" about people', () => {
    expect(findUnlawfulCandidates('Dom förökar sig som råttor i de där husen').flagged).toBe(true);
  });
  it.each([
    // "skjut inte på" is to postpone; a lost pet found; a sermon about knives; sharing a cost.
    'Skjut inte på renoveringen ett år till, barnen behöver lokalen nu',
    'Katten heter Doris, ring mig om någon hittar henne vid dammen',
    'Prästen har talat om våldet i två predikningar nu och fler ska gå med i nattvandringen',
    'Vi köpte kaffe för 600 kr, den som vill dela på kostnaden kan swisha mig 070-174 06 44',
    // Reporting, warning against or removing a call to spread pictures is not the call.
    'Du skrev om att sprida bilder på en tolvåring. Anmäld till polisen.',
    'Vi har tagit bort en uppmaning att dela bilder på den skadade. Dela inte sådant.',
    // A gift sent home; the cake knife; poison warnings and pests let in by a hole.
    'Grattis till vinsten! Vi skickar biljetterna hem till dig i veckan.',
    'Ingen fixar tårtan så jag gör det själv, med kniven från köket',
    'Varning: någon har hittat korv med rakblad vid dammen, polisen är kontaktad',
    'Springan under dörren släpper in råttorna från gården',
    'Läste en tråd på Flashback om bygget, mycket rykten',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('political', () => {
  it.each([
    'Det är ett personligt val om man vill skänka pengar',
    'Skriv inte politik här, det handlar om barnen',
    'Jag skiter i partierna, jag vill ha en fungerande hiss',
    'Vi har tagit bort ett inlägg med en politikers hemadress.',
  ])('not political: %s', (text) => expect(findPoliticalContent(text).political).toBe(false));
  it('still finds a party named beside them', () => {
    expect(findPoliticalContent('Jag skiter i partierna men Moderaterna lovade en ny hiss').political).toBe(true);
  });
});

describe('identity numbers', () => {
  it('reads a number after "OCR-numret på …," as a reference', () => {
    // 261203-9806 is Luhn-valid and date-shaped, as a reference number may be by chance.
    expect(kinds('Gäller OCR-numret på föreningens inbetalningskort, 261203-9806, även för hyran?')).not.toContain('personnummer');
    expect(kinds('Mitt personnummer är 261203-9806')).toContain('personnummer');
  });
});

describe('personal data', () => {
  it.each([
    ['Jag levde på gatan när jag var som djupast inne i heroinet', 'sensitive'],
    ['Grannen är dålig i hjärtat och kan inte gå i trappor', 'sensitive'],
    ['Sonen fick utslag på hela ryggen efter bassängen', 'sensitive'],
    ['Han har ärr i ansiktet sedan olyckan', 'sensitive'],
    ['Jag är också same och känner igen det där', 'sensitive'],
    ['Pappa kom hit som kvotflykting 1989', 'sensitive'],
    ['Morfar var krigsbarn från Finland', 'sensitive'],
    ['Hon blev stoppad i sin hijab vid entrén', 'sensitive'],
    ['Nu kan farfar be i moskén igen', 'sensitive'],
    ['Jag och min sambo, vi är två tjejer, fick frågan om vem som var mamma', 'sensitive'],
    ['Mina tvillingar är sju år och cyklar själva', 'minor'],
    ['Min systerdotter har personnummer 100914-9814', 'minor'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'Rom och cola är inget för mig',
    'Vi är två killar som driver pizzerian på hörnet',
    'Min brorson har personnummer 750314-9812',
  ])('no sensitive data or child in: %s', (text) => {
    expect(kinds(text)).not.toContain('sensitive');
    expect(kinds(text)).not.toContain('minor');
  });
});

describe('needs a reply', () => {
  it.each([
    'Vill du följa med på lördag? Sms:a mig så lägger jag till dig i gruppen',
    'Någon som glömt en svart paraply i biblioteket? Den står i entrén',
    'Anyone up for a walk on Sunday? We meet by the church',
    'Varför ska skattebetalarna betala för en ny skylt?',
  ])('not a request to the office: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each([
    'Mejla mig på lina.berg@example.org så skickar jag bilderna på skadan',
    'Har ni öppet på juldagen?',
  ])('still a request: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});
