/**
 * Rules generalised from test51's and test52's misses once they became tuning sets (stop 40, second round; see
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
    ['Grabben som krossade rutan ska få armarna brutna', 'body-punish'],
    ['Ses vid skolan i natt och sprejar över väggen, ta med sprayfärg', 'vandal-call'],
    ['Rektorn borde få smaka på sin egen medicin. Vi vet var han parkerar.', 'own-medicine-menace'],
  ])('%s', (text, rule) => {
    expect(rulesFired(text)).toContain(rule);
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
  });
  it.each([
    'Ordföranden ska nog inte gå ensam hem efter mötet, säger bara det',
    'Vi tar honom när vi får tag på honom, lova det',
    // A simile or a group beside pests is about people, not pest control.
    'Tiggarna utanför Coop är som råttor, kasta ut dem ur landet',
    'Those invaders breed like rats, send them all back',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Råttorna i källaren måste utrotas, ring saneraren',
    'Han bröt benet i fotbollen och ska få gipset borttaget',
    'Varför lägger ni pengar på konst när containrarna brinner varje helg?',
    'Kan ni måla över klottret på skolans gavel?',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('needs a reply', () => {
  it.each([
    'Tar ni emot gamla möbler eller bara el-avfall',
    'Kommer biblioteket också stänga eller bara simhallen',
    'Kostar det något att parkera där',
    'Tänker förvaltningen göra något åt hålen i vägen',
    'Räknas min ansökan fast den kom en dag sent',
    'Ljuset från skylten lyser in hos oss. Vinkla om den.',
    'Anmäl den där hatiska kommentaren till polisen',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Klart de satte skylten mitt i cykelbanan, vem planerade det här 🙄',
    'Vem behöver gym när man har trapporna vid kyrkan',
    'De lovade billigare hyror. Var det bara valfläsk?',
    'Vem ska betala det här? 😂 Vi, som vanligt.',
    'Varför ska allt byggas om? Det funkar som det är. Punkt.',
    'Hon ställer upp i valet? Klart hon gör, hon vill ha makt.',
    'Parkeringen är full, ta bussen i stället.',
    'Det var bara barn som busade. Gör inte så stor sak av det.',
    'Pengarna var väl använda. Lägg lika mycket nästa år.',
    'Har ingen aning om vem som bestämde det men bra gjort',
    'Går i sjuan på Ekbacksskolan och älskar den nya gymnastiksalen',
    'Blir det mer buller så är det vi som flyttar',
  ])('not asking: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('personal data', () => {
  it.each([
    ['Min granne har samlarsyndrom och hör aldrig av sig', 'sensitive'],
    ['Pappa har Parkinson och kan inte gå i trappor', 'sensitive'],
    ['Lillan fick feberkramp i natt', 'sensitive'],
    ['Min man fick en bruten arm när han halkade', 'sensitive'],
    ['Jag fick en allvarlig reaktion på sprutan förra året', 'sensitive'],
    ['Jag är ickebinär och vill kunna byta om i fred', 'sensitive'],
    ['Our kids (9) loved the library', 'minor'],
    ['Vi träffade killarna som spelade, 12 till 15 år gamla', 'minor'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    ['Är biblioteket tillgängligt med rullstol?', 'sensitive'],
    ['Går det att komma in med rullator i lokalen?', 'sensitive'],
  ])('not: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
});

describe('political', () => {
  it.each(['Regionstyrelsen måste ta ansvar för vårdcentralen', 'Det här är vänsterns pengar i rullning'])('political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(true),
  );
  it.each(['Eleverna röstade själva fram namnet på klassrummet', 'Röstningen bland barnen avgjorde färgen'])('not political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(false),
  );
});

describe("an address in the office's own comment", () => {
  const kindsByOffice = (text: string) => findPersonalData(text, { byOffice: true }).map((f) => f.kind);
  it('is the office\'s premises after "hos oss" (the named-home rule keeps its capital letter)', () => {
    expect(kindsByOffice('Välkommen till öppet hus hos oss på Storgatan 12 på lördag')).not.toContain('address');
  });
  it('is a home after a name or "bor på"', () => {
    expect(kindsByOffice('Lämna nycklarna hos Karin på Storgatan 12')).toContain('address');
    expect(kindsByOffice('Vi vet att du bor på Storgatan 12 och skickar beslutet dit')).toContain('address');
  });
});
