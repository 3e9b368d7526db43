/**
 * Rules generalised from the misses of test59 and test60 once they became tuning sets (stop 42, second round; see
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
    ['Någon som har bilderna på eleven från omklädningsrummet? Frågar åt en kompis', 'ask-for-pictures'],
    ['Kan någon skicka länken med 13-åringens bilder', 'ask-for-pictures'],
    ['anyone have the pics of that girl lol asking for a friend', 'ask-for-pictures'],
    ['Jag har filmen sparad... har dem sparade om någon vill ha, dm:a mig', 'offer-saved-pictures'],
    ['Rektorn kommer få ångra sig, jag har kvar hagelbössan', 'hunting-licence-regret'],
    ['Han bor på Tallvägen 8. Lite tändvätska i brevlådan kanske', 'petrol-at-home'],
    ['Hon bor på Ekgränd 4, om någon vill säga det till henne personligen', 'doxxing'],
  ])('%s', (text, rule) => {
    expect(rulesFired(text)).toContain(rule);
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
  });
  it.each([
    'Om jag vore rektorn skulle jag inte cykla ensam hem i kväll',
    'Den som ljög om vattnet ska få en tegelsten i huvudet',
    'Han ska få känna hur det är att vara rädd',
    'That councillor should be afraid to walk home alone',
    'Jag kommer personligen hem till dig om du inte tar bort det',
  ])('a veiled threat: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Någon som har bilderna från luciafirandet? Skicka gärna i dm',
    'Har någon kvar bilderna från invigningen?',
    'Jag har bilderna från skolavslutningen sparade, de ligger på skolans sida',
    'Jag ångrar att jag sålde bössan, jakten var det bästa jag visste',
    'Ställ inte bensindunken i förrådet, det är brandfarligt',
    'Bilder på eleverna sprids i en chatt. Radera bilderna, sprid dem inte.',
    'Jag skulle inte gå ensam hem från festen, det är så mörkt på stigen',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('political: voting and the election committee', () => {
  it.each([
    'Hur budröstar man om man ligger på sjukhus?',
    'Kan jag brevrösta från Thailand?',
    'Röstmottagningen i biblioteket öppnar kl. 8',
    'Får jag följa med in bakom valskärmen?',
    'Valnämnden borde ha valt en annan lokal',
    'Räknas rösterna redan på valnatten?',
  ])('%s', (text) => expect(findPoliticalContent(text).political).toBe(true));
});

describe('personal data', () => {
  it.each([
    ['Min permobil kommer inte upp för backen', 'sensitive'],
    ['Pappa har kronisk KOL och orkar inte gå dit', 'sensitive'],
    ['Jag går med kryckor sedan olyckan', 'sensitive'],
    ['Hon är i sjunde månaden och mår illa', 'sensitive'],
    ['Min barnmorska sa att jag skulle ta det lugnt', 'sensitive'],
    ['Min dotter har haft järnbrist i ett år', 'sensitive'],
    ['Our son has sickle cell anemia', 'sensitive'],
    ['My father is in hospital since Monday', 'sensitive'],
    ['Farmor ligger döende på avdelningen', 'sensitive'],
    ['Our son (10 months) sleeps in the pram outside', 'minor'],
    ['Våra barn är 6 och 9 och går själva till skolan', 'minor'],
    ['Sonen är född i mars 2021 och har plats i kön', 'minor'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    'Järnbrist kan man få av för lite kött',
    'Grillen har kol och tändvätska',
    'Hur ska folk med rullator ta sig in?',
    'Platser för väljare med funktionsnedsättning finns vid entrén',
  ])('no sensitive data in: %s', (text) => expect(kinds(text)).not.toContain('sensitive'));
  it.each([
    'Gamingkväll för dig som går i åk 7–9',
    'My son (27) lives in Oslo',
    'Mina söner är 25 och 28 och har flyttat hemifrån',
  ])('no child in: %s', (text) => expect(kinds(text)).not.toContain('minor'));
});

describe('needs a reply', () => {
  it.each([
    'Ordföranden säger ingenting. Var är du, Lena?',
    'Var det inte ni som lovade fler lärare?',
    'Grannen säger en sak och ni en annan. Vem ska man tro på?',
    'Varför skulle vi lita på er efter det här?',
    'Man undrar om någon på kontoret har gått den vägen',
    'Vad har det här med politik att göra?',
    'alla vet ju redan vem det var, vad är grejen',
    'vem ritade den här parken liksom',
    'Vi går runt i kväll. Vem hänger på?',
    'Tänk på varandra och ta hand om varandra nu',
    'Ni lovade en ny simhall förra året. Hur går det?',
    'Vill någon mer förälder starta en läxgrupp, mejla mig',
    'Vill du stötta insamlingen? Swisha till mitt konto 123 456',
    'Fick den, tack.',
    'Varför ska man rösta på någon som aldrig svarar?',
  ])('not a request to the office: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each([
    'Var ligger vallokalen nu?',
    'Fick ni mitt mejl om bygglovet?',
    'Vill någon från förvaltningen komma och titta på taket?',
    'Hur går det med min ansökan om bostadsanpassning?',
  ])('still a request: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});
