/**
 * Rules generalised from test45's and test46's misses once they became tuning sets (stop 39, fifth round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string, byOffice = false) => findPersonalData(text, { byOffice }).map((f) => f.kind);

describe('unlawful', () => {
  it.each([
    'Jag sparkar hunden nästa gång, och ägaren får samma behandling.',
    'Next time your dog jumps at my kid you are getting a kicking. Final warning.',
    'Grannarna kan vara glada att det inte hamnade i deras brunn.',
    'Nästa gång är det inte bilen som får sig en omgång.',
    'Kanske hans barn ska få uppleva lite oväsen, eller något värre.',
    'Alla polacker borde interneras tills de lär sig reglerna',
    'hbtq-personer borde skickas till en ö',
    'Gör om skolan till förvar för alla afghaner',
    'Vi vet vilket hus du bor i, tänk på det',
    'Vi häller sand i tanken på lastbilarna i natt',
    'Streama hela säsongen gratis här, inga konton behövs',
    'Tjejen i 8B som blev filmad när hon ramlade, dela klippet',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));

  it.each([
    'Måsarna är ett elände, skjut dem med vattenpistol',
    'Vi spränger berg vid torget klockan tio, håll er borta från avspärrningen',
    'Att sprida bilder på barn utan lov kan vara olagligt',
    'Programmet finns som pdf, det går att ladda ner och skriva ut',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it('a call to shoot a person beside pests still flags', () =>
    expect(findUnlawfulCandidates('Råttorna är överallt, skjut honom som hyr ut källaren').flagged).toBe(true));
});

describe('political', () => {
  it.each(['Nästa sammanträde i nämnden är den 3 mars', 'Allmänhetens frågestund börjar kl 18', 'The committee chair refused to answer'])(
    '%s',
    (text) => expect(findPoliticalContent(text).political).toBe(true),
  );
});

describe('needs a reply', () => {
  it.each([
    'They spent a fortune on signs. Vote them out.',
    'Finns det inget viktigare att göra än att klaga på flaggor?',
    'Undrar vem som trodde att trä är halkfritt i november',
    'Hur kan det vara så svårt att sätta upp en skylt',
    'Han höjde rösten mot en pensionär. Är det så en ledamot ska bete sig?',
    'Anmäl kontot och scrolla vidare, kära grannar.',
    'Jag har anmält stölden, polisen kan nå mig på 070-174 06 21.',
    'Hon lovade ett nytt bibliotek. Vilket bibliotek?',
    'Varna era barn för den vita bilen!',
    'Mer sånt här, tack!',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));

  it.each([
    'Varför stängde ni hållplatsen? Stod och frös i en halvtimme i morse',
    'Fler bänkar vid dammen tack, det finns ingenstans att sitta',
    'Sätt in återbetalningen på Swedbank 8327-9 914 203 558-1, tack',
    'Anmäl Leo Ek, 9 år, till simskolan i vår',
    'Varna oss innan ni stänger av vattnet nästa gång!',
  ])('still asks: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('personal data', () => {
  it.each([
    ['Hon fick sys med tre stygn i pannan', 'sensitive'],
    ['Jag har reumatoid artrit och kan inte stå länge', 'sensitive'],
    ['My aunt just arrived from Kabul and wants to learn Swedish', 'sensitive'],
    ['Min dotter stammar när hon är nervös', 'sensitive'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    ['Släkten stammar från Värmland', 'sensitive'],
  ])('not: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
  it('the office’s notice to visitors with wheelchairs is about no one', () =>
    expect(kinds('Besökare som använder rullstol kan ta entrén på baksidan. Vi ber om ursäkt.', true)).not.toContain('sensitive'));
});
