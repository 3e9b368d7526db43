/**
 * Rules generalised from the misses of test65 and test66 once they became tuning sets (stop 46; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const sensitive = (text: string) => findPersonalData(text).filter((f) => f.kind === 'sensitive').map((f) => f.text);

describe('unlawful: a sentence that states the law or reports the act names a crime without committing it', () => {
  it.each([
    'Att dela bilder på någon annans barn utan lov är olagligt. Vi tar bort sådana kommentarer.',
    'Att sprida nakenbilder på en kollega är ett brott, oavsett vad hon har gjort.',
    '@kenta_99 det där är barnporr och du blir polisanmäld nu.',
    'Spreading nude pictures of a classmate is a crime. We have reported the post.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it.each([
    'Har nakenbilder på tjejen i kassan, skriv DM så skickar jag. Sprid vidare.',
    'Jag vet att det är olagligt. Sprid bilden på hon i 7A ändå, hon förtjänar det.',
    'Du blir anmäld, men först ska jag skjuta dig.',
  ])('still unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
});

describe('unlawful: "det är inget hot" after a complaint to an authority is a promise to complain', () => {
  it.each([
    'Jag anmäler hela nämnden till JO om ni inte svarar. Det är inget hot, det är ett löfte.',
    'Om hissen inte lagas överklagar jag beslutet. Det är inget hot, bara ett besked.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it.each([
    'Fritidsgården kommer att brinna om ni stänger den. Det är inget hot, det är ett löfte.',
    'Det kommer att sluta illa för någon på kontoret. Det är inget hot, bara en varning.',
  ])('still unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
});

describe('unlawful: a bullet deserved, fire carried to tents and site huts', () => {
  it.each([
    'Nämndordföranden förtjänar en kula för det där.',
    'Den som tog beslutet borde få en kula.',
    'Tre dunkar bensin så är tältlägret i parken borta till helgen.',
    'Någon borde kasta en molotov mot byggbodarna innan de fäller fler träd.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Laget förtjänar en medalj efter den säsongen.',
    'Tälten på festivalen stod kvar efter stormen, bra jobbat!',
    'Byggbodarna står i vägen för cykelbanan, kan de flyttas?',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('personal data: a union, an injury, two dads, an hbtq person who lives here', () => {
  it.each([
    ['Jag är med i DIK och fick beskedet samma dag som alla andra.', 'är med i DIK'],
    ['Har en knäskada sedan i våras och kan inte gå i trapporna.', 'knäskada'],
    ['We are two dads and our daughter loves the library.', 'two dads'],
    ['Som transperson boende i området vill jag tacka för utställningen.', 'transperson'],
  ])('%s', (text, found) => expect(sensitive(text).map((t) => t.toLowerCase())).toContain(found.toLowerCase()));
  it.each([
    'DIK-priset delas ut i maj.',
    'Two dads who started shouting at the referee should be banned from the hall.',
    'Personalen på LSS-boendet har gjort ett fint jobb.',
  ])('no sensitive data: %s', (text) => expect(sensitive(text)).toEqual([]));
});
