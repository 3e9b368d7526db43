/**
 * Rules generalised from test35's and test36's misses once they became tuning sets (stop 38, sixth round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';

describe('political: what a party letter has done; not a newspaper’s award', () => {
  it('"vad M har gjort med skolan"', () => expect(findPoliticalContent('Titta vad M har gjort med skolan').political).toBe(true));
  it('"Årets eldsjäl"', () => expect(findPoliticalContent('Rösta på Leila som Årets eldsjäl i lokaltidningen!').political).toBe(false));
});

describe('needs a reply', () => {
  it('money to be paid in, with the amount between', () =>
    expect(readQuestion('Sätt in de 500 kronorna på mitt konto i Nordea, tack').asks).toBe(true));
  it.each([
    'Fem år med samma rektor, var är resultaten?',
    'Varför händer det alltid oss? Seriöst.',
    'Är det verkligen så svårt att tömma en soptunna',
    'Vem var ens han på statyn?',
    'Sol, glass och gratis bad, kan det bli bättre?',
    'Kommer parkeringshuset så flyttar jag härifrån',
    'Säg till om någon granne behöver skjuts till vallokalen',
    'Please stop arguing in the comments',
    'Varför ska vi skattebetalare stå för festen?',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it('a question about where a new thing is still asks', () => expect(readQuestion('Var är den nya lekplatsen?').asks).toBe(true));
});

describe('unlawful', () => {
  it.each([
    ['Står de på vägen igen så kör jag rakt igenom', 'threat-veiled'],
    ['Tänd på lokalen när de har möte, enklast så', 'threat-veiled'],
  ])('%s', (text, rule) => {
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has(rule)).toBe(true);
  });
  it.each([
    'Nån kommer dö i den korsningen, ni måste sätta upp ett övergångsställe',
    'Kommer någon ringa honom om tiden? Hans nummer är 070-174 06 83',
    'Huvudlöss igen, må de brinna i helvetet 🔥',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});
