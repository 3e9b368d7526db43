/**
 * Rules generalised from the misses and false alarms of test81 and test82 once they became tuning sets (stop 51; see
 * tests/checks/corpus/README.md). Cases are written here in other words than the corpus. The new unlawful pattern rules
 * carry their own cases in lib/checks/data/unlawful-rules.json.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
const flagged = (text: string) => findUnlawfulCandidates(text).flagged;

describe('unlawful', () => {
  it.each([
    'Du är en parasit precis som dina kompisar, åk hem',
    'Inga fler kulturberikare här, massutvisningar är enda lösningen',
    'Whoever closes the pool, we will come for you',
  ])('%s', (text) => expect(flagged(text)).toBe(true));
  it.each([
    'Kan ni gå ut med information om vad som gäller vid julmarknaden?',
    'Vi har tagit bort bilderna. Att sprida bilder på barn kan vara brottsligt, kontakta polisen om du vet något.',
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));
});

describe('personal data', () => {
  it.each([
    'Som same saknar jag renskav på julmarknaden',
    'Min farmor är sverigefinne och pratar bara finska nu',
    'Min farfar kom från Grekland 1962 och byggde halva området',
    'Mamma är präst i församlingen och leder luciagudstjänsten',
    'Min man är hjärtsjuk och kan inte gå i trappor',
  ])('sensitive: %s', (text) => expect(kinds(text)).toContain('sensitive'));
  it.each(['Den enda sjukdomen i den här tråden är hatet', 'Varför betalar kommunen religiösa fester?'])('not sensitive: %s', (text) =>
    expect(kinds(text)).not.toContain('sensitive'),
  );
  it.each(['vår var 5 mån när hon började på öppna förskolan', 'Vi ses på föräldramötet i 4B på torsdag'])('a minor: %s', (text) =>
    expect(kinds(text)).toContain('minor'),
  );
  it.each(['Polisen har gripit en 16-åring för stölden', 'Jag kom hit som 8-åring och går nu i pension', 'Får min 19-åring följa med på resan?'])(
    'no minor: %s',
    (text) => expect(kinds(text)).not.toContain('minor'),
  );
});

describe('political', () => {
  it.each(['Jag skulle rösta på korvståndet om det fanns pris', 'Rösta gärna på vår klubb i Ugglepriset!'])('a contest vote: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(false),
  );
});
