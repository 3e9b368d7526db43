/**
 * Rules generalised from test22's misses once it became a tuning set (stop 36, second round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch. test22's writer also labelled as minors comments that name one's own child beside a
 * school or preschool with no age, class or baby's months ("min son … på lekplatsen"); the labelling rule (an age, a
 * school class or year, a baby's months) and earlier writers do not, so no rule was written for them (see the README).
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: a birthday, a banner, a pronoun or an initial with an age in brackets, twins in months, a youth team, identity numbers', () => {
  it.each([
    ['Vi bakade tårta till Hugos 9-årskalas i parken', 'Hugos 9-årskalas'],
    ['Skylten "GRATTIS ELSA 7 ÅR" hänger kvar på staketet', 'ELSA 7 ÅR'],
    ['Han (11) har tappat sin cykelhjälm vid badet', 'Han (11)'],
    ['lilla M (3) somnade i vagnen efter sagostunden', 'lilla M (3)'],
    ['Tvillingarna är 7 månader och behöver en plats för dubbelvagn', 'Tvillingarna är 7 månader'],
    ['vår grabb i F13 fick ingen tid i hallen', 'vår grabb i F13'],
    ['Anmälan kollo: Sara Lind, personnummer 150312-9809, fick ingen bekräftelse', 'Lind'],
    ['Samordningsnummer för dottern: 170973-9815, kan ni kolla?', 'för dottern'],
    ['Vårt fosterbarn har samordningsnummer 170973-9815 men kommer inte in i appen', 'Vårt fosterbarn'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each([
    'Bibliotekets 50-årsdag firas med tårta',
    'FRITIDSGÅRDEN FIRAR 10 ÅR PÅ LÖRDAG',
    'Han (på kontoret) svarade aldrig',
    'Vi har väntat sex veckor idag på beslutet',
    'Anmälan: Per Lind, personnummer 650312-9808',
    'Simskolan är för elever i årskurs 2–4 som inte kan simma',
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('sensitive data: more illnesses and aids', () => {
  it.each([
    ['Sonen fick en astmaattack på träningen', 'astmaattack'],
    ['Jag fick borrelia i fjol och är fortfarande trött', 'borrelia'],
    ['Mamma har syrgas dygnet runt', 'syrgas'],
    ['Morfar fick värmeslag i bussen', 'värmeslag'],
    ['Min sambo har ny höft och klarar inte trapporna', 'har ny höft'],
    ['Grannen är rullstolsburen och kommer inte ut', 'rullstolsburen'],
    ['Hon fick ett epileptiskt anfall i kön', 'epileptiskt'],
    ['Vår dotter har skolios och får inte bära tungt', 'skolios'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each(['Ingen har blivit sjuk av maten enligt kommunen', 'Rullstolar och rullatorer kan lånas i entrén'])('nothing sensitive: %s', (text) =>
    expect(of('sensitive', text)).toEqual([]),
  );
});

describe('needs a reply', () => {
  it.each([
    'Sopa gångvägen vid skolan, det är grus överallt',
    'Bjud in oss till nästa möte!',
    'Ingen har hört av sig om bygglovet på en månad',
    'Jag anmälde hålet i maj och har aldrig fått återkoppling',
    'Ersättningen ska till mitt konto, inte till min exmans',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Insamling till klassresan, swisha eller sätt in på mitt konto',
    'Ledare sökes till fotbollsskolan, kontakta mig på 070-174 06 41',
    'Vi har en odlargrupp, mejla mig om du vill vara med',
    'Min katt är borta sedan i går. Ring 070-174 06 45 om ni sett honom',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it.each([
    ['Alla som är arga på nedläggningen: samlas vid skolan i kväll och riv stängslet', 'riot-collective-damage'],
    ['Alla föräldrar, vi blockerar ingången på fredag morgon. Ta med kedjor', 'riot-collective-damage'],
    ['Gallerian kryllar av kackerlackor, och då menar jag inte djuren', 'vermin-wink'],
    ['Stäng gränsen och kasta ut patrasket', 'expel-phrase'],
  ])('%s', (text, rule) => {
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has(rule)).toBe(true);
  });
  it.each([
    'Ska utrota alla mördarsniglar i rabatten i år',
    'Hittade en nyckelknippa vid dammen. Kan ni dela detta? Ägaren kan ringa mig på 070-174 06 59',
    'Föreningen streamar alla matcher gratis, länken finns på hemsidan',
    'Samlas vid entrén så går vi en runda med kommunens trädexpert',
    'Det finns råttor vid soprummet, ring värden',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it('a threat quoted with the reporting verb after it is not the writer\'s', () => {
    expect(findUnlawfulCandidates('"Jag ska döda dig" skrek någon på läktaren. Vi gick därifrån').flagged).toBe(false);
    expect(findUnlawfulCandidates('Jag ska döda dig, skrev han inte. Jag skriver det').flagged).toBe(true);
  });
});
