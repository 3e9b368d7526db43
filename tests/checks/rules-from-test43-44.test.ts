/**
 * Rules generalised from test43's and test44's misses once they became tuning sets (stop 39, fourth round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { useWordModels } from '../../lib/checks/models';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful', () => {
  it.each([
    'Säljer piratkopior av julfilmerna, swisha 50 kr',
    'Chefen för bolaget bor på Tallvägen 4. Vi borde alla köra dit på lördag.',
    'Ta en skärmdump av Mayas bild och sprid den i klassens chatt',
    'Jag vet vilken bil han har. Får se hur han gillar punkteringar',
    'Nu får det vara nog, beväpna oss och ta tillbaka gatorna',
    'Muslimska svin ska inte få bygga här',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));

  it.each([
    'Ståndet med piratkopierade dvd:er borde stängas',
    'Vi har tagit bort ett inlägg som uppmanade till att sprida en elevs bild.',
    'Hon fick höra att hon skulle "åka hem till sitt land" på rasten, vi har anmält det.',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('political: a vote in a contest', () => {
  it.each(['Röstade på Alva, hon sjunger som en ängel', 'Hela klassen röstar på dig!', 'Voting for the Lucia is such fun'])(
    'not political: %s',
    (text) => expect(findPoliticalContent(text).political).toBe(false),
  );
  it.each(['Rösta på Liberalerna i september', 'Gå och rösta på söndag'])('still political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(true),
  );
});

describe('needs a reply', () => {
  it.each([
    'Fattar ni hur pinsamt det här är',
    'Ett tekniskt fel, säger ni. Det sa ni förra året också.',
    'Hur kan en hel buss försvinna ur tidtabellen liksom',
    'Hon ville stänga biblioteket för två år sedan, minns ni det?',
    'Vad gjorde vakten? Stod och tittade.',
    'Vad ska en affisch göra åt klottret på riktigt',
    'Kan vi inte bara vara glada att isbanan är öppen',
    'Vem tror hon på egentligen',
    'Och deras skyltar får stå kvar? Dubbelmoral.',
    'Blir det någon förändring efter valet? Jag tvivlar.',
    'Nu kommer de hit när det är val. Var var de i somras?',
    'Att sno barnens cyklar, vad är det för värld vi lever i',
    'Den som hittar min nyckel får gärna höra av sig',
    'Någon som vill ställa en fråga om skolan till borgarrådet?',
    'Kommunfullmäktige röstade nej i våras. Kolla protokollet.',
    'Vi i föreningen tar emot beställningar på lussekatter hela veckan',
    'Personalen, Sara och Omar, var lugna och hjälpsamma hela kvällen.',
    'Sluta prata om trygghet när ni stänger allt som gör området tryggt.',
    'Fuskpengar på en skolgård, hur lågt kan man sjunka',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));

  it.each([
    'Det vore ju toppen om någon kunde skotta trappan vid förskolan',
    'Sluta lägga snön på cykelbanan när ni plogar',
    'Jag mejlade i november och har inte hört något.',
    'Om någon från förvaltningen kan höra av sig vore jag tacksam',
    'Hej, var ligger den nya återvinningen',
  ])('still asks: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('personal data', () => {
  it.each([
    ['Min dotter spelade där förra året när hon var 9', 'minor'],
    ['Sprid bilden, hon i 7C vet vad hon gjort', 'minor'],
    ['Mina tvillingar i F12 har match i morgon', 'minor'],
    ['Our son plays for Ekhagen P13', 'minor'],
    ['Hon får bidraget så länge hon går på gymnasiet', 'minor'],
    ['Mamma har fått en ny höft och kan inte gå i trappor', 'sensitive'],
    ['Farfar fick en tandskada när han ramlade', 'sensitive'],
    ['Han kommer inte kunna gå på flera veckor', 'sensitive'],
    ['Alla visste att min familj från kyrkan hjälpte till', 'sensitive'],
    ['Jag är född här men min mamma från Eritrea pratar inte svenska', 'sensitive'],
    ['She fractured her wrist on the ice outside the library', 'sensitive'],
    ['My father fled to Sweden in 1990 from Iran', 'sensitive'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));

  it('not sensitive: a group', () => expect(kinds('Alla barn är inte muslimer')).not.toContain('sensitive'));
  it('an age long past is no child now (the rules; the word model reads "min son … laget" on its own)', () => {
    useWordModels(false);
    try {
      expect(kinds('Min son var med i laget när han var 17 år, för länge sedan')).not.toContain('minor');
      expect(kinds('Min son var med i laget när han var 12')).toContain('minor');
    } finally {
      useWordModels(true);
    }
  });
});
