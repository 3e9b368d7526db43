/**
 * Rules generalised from test47's and test48's misses once they became tuning sets (stop 39, sixth round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful', () => {
  it.each([
    'If he comes back to our street he is going home in an ambulance',
    'Show up here again and you leave the square on a stretcher',
    'Vi vet vem som sprejade. Det löses på vårt sätt.',
    'Kommer han till mötet får han en sten i huvudet',
    'Rektorn har en son på Ekbacksskolan. Bara så ni vet.',
    'Säljer ni tomten så blir träden inte det enda som brinner.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each(['Motionen sköts i sank redan i nämnden', 'Hon har en son på Ekbacksskolan och trivs jättebra'])('not unlawful: %s', (text) =>
    expect(findUnlawfulCandidates(text).flagged).toBe(false),
  );
});

describe('needs a reply', () => {
  it.each([
    'Kan inte fler mejla nämnden? Mejla, ring, tjata!',
    'Han lovade att biblioteket skulle vara kvar. Vad var det värt?',
    'Bara reklam för ett parti på torget, ska det verkligen vara så?',
    'Hon säger att hon är snickare. Jaha, och?',
    'Hyran har gått upp igen. Hur ska man gå runt.',
    'ISBANAN ÄR ÖPPEN 😍😍 jag dör',
    'Hon lovade nya lekplatser i valet. Var är hon nu?',
    'Hur länge ska vi vänta innan någon gör något',
    'Har två biljetter över till lördag, swisha 200 så får du biljetterna',
    'Vi har tappat bort vår son, 5 år, blå jacka. Ring 070-174 06 44 om ni ser honom!',
    'Lägg budgeten på skolorna i stället för på nya kontor',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each([
    'Vill anmäla att lampan i tunneln vid skolan är trasig',
    'Här är min ansökan: Lena Ek, Ekbacksvägen 4, vill ha en odlingslott',
    'Ställ in loppet på söndag, isen är för tunn',
    'Han lovade en ny skola. Var är han nu? Och när kommer svaret på vårt brev?',
  ])('still asks: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('personal data', () => {
  it.each([
    ['Ingen svarar i växeln. Ring mig på 070-174 06 28 i stället', 'phone'],
    ['We were there with the kids, the youngest is 3', 'minor'],
    ['Hoppas armen läker fort, Sigge!', 'sensitive'],
    ['Min bror har en utvecklingsstörning och bor på gruppboende', 'sensitive'],
    ['Lillan har fått bronkit igen och en inhalator', 'sensitive'],
    ['Hälsningar från sjukhussängen på Danderyd', 'sensitive'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    ['Kundtjänsten nås på 08-465 004 10 dygnet runt', 'phone'],
    ['Ensamhet är en folksjukdom bland äldre', 'sensitive'],
  ])('not: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
});
