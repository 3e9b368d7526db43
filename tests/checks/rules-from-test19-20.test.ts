/**
 * Rules generalised from test19's and test20's misses once they became tuning sets (stop 35; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: babies by name or pronoun, nicknames, several ages, relatives between commas, a school', () => {
  it.each([
    ['Elvin är sju månader och har fått sin första tand', 'Elvin är sju månader'],
    ['Hon är bara tre och en halv månad men sover hela nätter', 'Hon är bara tre och en halv månad'],
    ['Vi kommer med trillingarna som är åtta veckor', 'trillingarna som är åtta veckor'],
    ['Minstingen är nio veckor gammal och vill bara bli buren', 'Minstingen är nio veckor gammal'],
    ['Lillgrabben fyller sex i maj och vill ha kalas på fritidsgården', 'Lillgrabben fyller sex'],
    ['Vår knodd på 4 pratar bara om brandbilen', 'Vår knodd på 4'],
    ['Lillasyster (5) dansade för första gången', 'Lillasyster (5)'],
    ['Killarna 7 och 11 har byggt koja hela lovet', 'Killarna 7 och 11'],
    ['Mina två döttrar 6, 9 och en bonusson följer med', 'Mina två döttrar 6, 9'],
    ['Min brorsdotter, 13, vill börja på kulturskolan', 'Min brorsdotter, 13,'],
    ['Vårt bonusbarn, snart fem år, har fått plats', 'Vårt bonusbarn, snart fem år,'],
    ['Min dotter har fortfarande inte fått plats på Ekbackaskolan', 'Min dotter har fortfarande inte fått plats på Ekbackaskolan'],
    ['Vår son började i tredje klass i höstas', 'började i tredje klass'],
    ['16 år, och ingen sommarjobbsplats än. Hur söker man?', '16 år,'],
    ['Can my 9yo borrow a laptop at the library?', 'my 9yo'],
    ['We brought our grandson, who just turned four, to story time', 'our grandson, who just turned four'],
    // A question about children in general names a child of one's own in the same comment.
    ['Får barn som är sex vara med i kören? Vår Tilde sjunger hela dagarna', 'barn som är sex'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each([
    'Uppsägningstiden är tre månader',
    'Bygget är två månader försenat igen',
    'Hon är tre veckor sen med hyran',
    'Jonas är två veckor i Thailand',
    'Hyran är två månader efter',
    'Mina 3 och 4 rum i huset är kalla',
    'Bussarna 4 och 11 går inte i helgen',
    'Min mamma, 84, har inte fått någon hemtjänst',
    'Min son jobbar på Ekbackaskolan som vaktmästare',
    'Någon hotade min son vid skolan igår',
    'Om 2 år, när bygget är klart, flyttar vi',
    'Får barn som är sex vara med i kören?',
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('sensitive data', () => {
  it.each([
    ['Farmor har KOL och behöver syrgas hemma', 'har kol'],
    ['Morfar med sin kol orkar inte gå till affären', 'med sin kol'],
    ['Mormor har grå starr och kan inte läsa tidningen', 'grå starr'],
    ['Ingen byter hans inkontinensskydd på natten', 'inkontinensskydd'],
    ['Min bror dricker för mycket och vi vet inte vad vi ska göra', 'dricker för mycket'],
    ['Det var efter skilsmässan som han började dricka.', 'började dricka'],
    ['Tvillingarna föddes i vecka 29 och ligger fortfarande på neo', 'föddes i vecka 29'],
    ['Han säger att han inte vill leva längre', 'inte vill leva längre'],
    ['Som medlem i Målareförbundet vet jag hur det är', 'Som medlem i Målareförbundet'],
    ['My dad has Alzheimers and gets lost in the stairwell', 'Alzheimers'],
    ['Our toddler has had a fever since Sunday', 'had a fever'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each([
    'Jag började dricka kaffe på jobbet',
    'Kolet i grillen tog slut',
    'Bussen föddes inte i går, den är gammal',
    'Medlem i Friluftsfrämjandet sedan tio år',
    'Spring fever in the park today!',
  ])('nothing sensitive: %s', (text) => expect(of('sensitive', text)).toEqual([]));
});

describe('political: the district council and its members, a party letter that governed', () => {
  const political = (text: string) => findPoliticalContent(text).political;
  it.each([
    'Varför har nämnden inte svarat på vår skrivelse?',
    'Socialnämnden borde skämmas över beslutet',
    'Lägg ut voteringen från mötet',
    'Is the district council meeting open to the public?',
    'Det var ju M som satt och styrde när skolan stängdes',
    'Valdeltagandet i området är lägst i staden',
  ])('%s', (text) => expect(political(text)).toBe(true));
  it.each(['Hyresnämnden gav oss rätt mot värden', 'Hon omnämndes i tidningen', 'Arrendenämnden har inte hört av sig'])(
    'not political: %s',
    (text) => expect(political(text)).toBe(false),
  );
});

describe('needs a reply', () => {
  it.each([
    'Jag vill gå med i syjuntan men vet inte hur.',
    'Musiken på träffpunkten är för hög. Sänk gärna lite',
    'Vi vill att någon från parkenheten tittar på gungan',
    'Jag vill bara att någon plogar gångvägen',
    'Ni är ju myndigheten. Kan inte ni prata med hyresvärden',
    'Skolmaten innehåller nötter. Märk den tydligare',
    'Klottret är kvar. Sanera det före helgen',
    '070-174 06 31 är mitt nummer, ring om bygglovet',
    'Det står 3 maj på ett ställe och 5 maj på ett annat, vilket stämmer',
    'Vi betalade avgiften men fick aldrig något kvitto',
    'Boka om mitt besök, jag är sjuk på torsdag',
    'Jag vill ändra adressen på fakturan',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Fick beskedet idag att mamma får plats. Äntligen!',
    'Var med på städdagen i fjol. Trevligt folk',
    'Alla pratar om parken. Var är ni nu när det behövs?',
    'Nya skyltar för två miljoner. Vem räknar här',
    'Skräp överallt igen. Vad är det för fel på folk',
    'Vilka människor gör så mot en lekplats',
    'Är hela kvarteret blint eller 😂',
    'Vi skriver ett upprop till nämnden, vem är med?',
    'Vilken klippa hon är 💛',
    'Skicka hem dem så blir det lugnt',
    'Sänk skatten och satsa på skolan',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it.each([
    'Stänger ni fritidsgården så räcker det med en tändsticka',
    'Someone should put a bullet through that councillor',
    'Kasta ut hela patrasket, de förstör allt',
    'Åk tillbaka dit ni kom ifrån, ni är en pest',
    'Har hela säsongen av serien, skicka din mejl så delar jag',
    'Det blir blod på golvet nästa gång. Det är ett löfte',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Ungarna ville aldrig gå hem från badet 😊',
    'Ta saken i egna händer? Nej, ring polisen',
    'Läste om skottlossningen vid torget, hoppas personalen på caféet mår bra',
    'Getingarna är en pest i år',
    'Låna e-böcker gratis med ditt lånekort',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  // A promise is a threat only beside harm (the word model reads such comments on its own).
  it('"det är ett löfte" beside a protest is not the promise rule', () => {
    expect(rulesFired('Vi kommer på varje möte tills ni lyssnar. Det är ett löfte').has('threat-promise')).toBe(false);
    expect(rulesFired('Nästa gång tar jag med kniven. Det är ett löfte').has('threat-promise')).toBe(true);
  });
});
