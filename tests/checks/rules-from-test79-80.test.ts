/**
 * Rules generalised from the misses and false alarms of test79 and test80 once they became tuning sets (stop 51; see
 * tests/checks/corpus/README.md). Cases are written here in other words than the corpus, with the negatives each rule
 * must not catch. The new unlawful pattern rules carry their own cases in lib/checks/data/unlawful-rules.json.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { noRuleFlags } from './model-only';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
const flagged = (text: string) => findUnlawfulCandidates(text).flagged;

describe('unlawful: everyday words that are no threat', () => {
  it.each([
    'Grannen kan köra över den med traktorn om ni vill, soffan alltså',
    'Killarna på verkstan hade pumpat däcken och smort kedjan, så snällt',
    'Den som hittade på lövblåsaren borde skjutas upp i rymden 🚀',
    'Slå ihjäl fisken direkt med en klubba, det är snällast',
    'Isarna vid badplatsen är inte säkra än, vänta till januari',
  ])('%s', (text) => expect(flagged(text)).toBe(false));
  it('a threat to a person is still one', () => {
    expect(flagged('Jag ska köra över dig med bilen nästa gång')).toBe(true);
    expect(flagged('Du är inte säker här längre, vi vet var du bor')).toBe(true);
  });
  it('a group named beside pests to shoot is about people', () => {
    expect(flagged('Det är inte måsarna, det är polackerna. Skjut skadedjuren.')).toBe(true);
  });
  it('a threat of where a group meets, with a warning', () => {
    expect(flagged('Tar de en plats i rådet så vet vi var deras möten hålls. Säger bara det.')).toBe(true);
    // No rule flags going to listen; the word model does at 0.25 (a known false alarm, shown without a ground).
    expect(noRuleFlags('Vet ni var deras möten hålls? Jag vill gå dit och lyssna.')).toBe(true);
  });
});

describe('personal data', () => {
  it.each([
    'Min pappa har en pacemaker och en ICD sedan förra året.',
    'Grannen fick hjärtstopp i tvättstugan i somras.',
    'Hjärtstartaren räddade livet på min bror förra vintern.',
    'Farmor darrar så på händerna att hon inte kan knäppa jackan.',
  ])('health: %s', (text) => expect(kinds(text)).toContain('sensitive'));
  it.each(['Kioskägaren går till kyrkan varje söndag och har med sig bullar.', 'Min kompis Sara är första tjejen med hijab i laget.'])(
    'religion: %s',
    (text) => expect(kinds(text)).toContain('sensitive'),
  );
  it.each(['Du är sjuk. Läs vad det står.', 'Ni är ju sjuka i huvudet allihop'])('an insult is no health fact: %s', (text) =>
    expect(kinds(text)).not.toContain('sensitive'),
  );
  it('an illness said of the reader in earnest still counts', () => {
    expect(kinds('Du är sjuk och har feber, stanna hemma från dagis i morgon')).toContain('sensitive');
  });
});

describe('minors', () => {
  it.each(['Jag har tre barn, 4, 7 och 11, och alla vill åka pulka', 'Vi har två ungar, 3 och 6, går det bra?'])('children counted with ages: %s', (text) =>
    expect(kinds(text)).toContain('minor'),
  );
  it('a name said to be a child age, then a full stop', () => expect(kinds('Nora är 12. Hon cyklar själv.')).toContain('minor'));
  it('"Klockan är 12." is no child', () => expect(kinds('Klockan är 12. Var är bussen?')).not.toContain('minor'));
  it.each(['Min tjej i Rävbacka IF:s F14 vann i helgen', 'Leo i Storängens BK P15 gjorde två mål'])('a youth team: %s', (text) =>
    expect(kinds(text)).toContain('minor'),
  );
  it.each(['Här är jag i 4B på Björkskolan 1981, längst bak', 'Jag sommarjobbade där som 15-åring 1988'])('a class or an age told of long ago: %s', (text) =>
    expect(kinds(text)).not.toContain('minor'),
  );
  it('a class with a recent year still is one', () => expect(kinds('Min dotter går i 2A sedan 2024')).toContain('minor'));
  it.each(['Ingen sjuåring borde cykla där', 'Backen är för brant för en treåring'])('any child of that age: %s', (text) =>
    expect(kinds(text)).not.toContain('minor'),
  );
});

describe('requests', () => {
  it.each(['Anmäl min dotter till skridskokursen, hon är 8.', 'Fyll på sandlådan vid hållplatsen', 'Flytta det närmare entrén'])('%s', (text) =>
    expect(readQuestion(text).asks).toBe(true),
  );
  it.each(['Anmäl honom till polisen!', 'Fyll salen på torsdag så de ser oss'])('words to other readers: %s', (text) =>
    expect(readQuestion(text).asks).toBe(false),
  );
});

describe('political', () => {
  it('a vote on a proposal is not party politics', () => {
    expect(findPoliticalContent('Rösta på förslaget om belysning i parken!').political).toBe(false);
    expect(findPoliticalContent('Rösta på Moderaterna i valet').political).toBe(true);
  });
});
