/**
 * Rules generalised from the misses and false alarms of test83 and test84 once they became tuning sets (stop 51; see
 * tests/checks/corpus/README.md). Cases are written here in other words than the corpus. The new unlawful pattern rules
 * carry their own cases in lib/checks/data/unlawful-rules.json.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);
const flagged = (text: string) => findUnlawfulCandidates(text).flagged;
const political = (text: string) => findPoliticalContent(text).political;

describe('unlawful', () => {
  it.each([
    'Den religionen är en smittohärd mitt i vårt område',
    'Go ahead, build the mosque and watch it burn',
    'Rektorn kommer inte att sova gott efter det här beslutet',
    'Vi vet vid vilken hållplats handläggaren kliver av',
    'Kastar du skräp här igen får du gå därifrån med ansiktet mot asfalten',
    'Jag ska ta något av ditt, precis som du tog mitt',
  ])('%s', (text) => expect(flagged(text)).toBe(true));
  it.each([
    'Kör över dem i nästa val, rösta!',
    'Måsarna borde skjutas allihop, de är en plåga på torget',
    // The veiled phrases need whom they threaten: found in the review of stop 51, each flagged before.
    'Det är inte säkert att det bara är en förkylning, gå till vårdcentralen',
    'Ta inte bakvägen, den är avstängd för grävning',
    'Barnen kommer inte att sova gott om fyrverkerierna fortsätter',
    'He had to leave in an ambulance after the fall',
    'Han låg med ansiktet mot asfalten när ambulansen kom',
  ])('not: %s', (text) => expect(flagged(text)).toBe(false));
});

describe('personal data', () => {
  it.each([
    'Jag är Kommunal-ombud på äldreboendet',
    'Jag är undersköterska och fackligt aktiv i Vision',
    'Jag har en insulinpump och behöver ett kylskåp i omklädningsrummet',
    'Vi väntar vårt första barn i mars, finns det plats i kön?',
    'Min pappa ligger på Karolinska efter olyckan',
    'Jag är själv somalier och har bott här i trettio år',
  ])('sensitive: %s', (text) => expect(kinds(text)).toContain('sensitive'));
  it.each(['Duvorna sprider ju sjukdomar, gör något', 'Skattepengar ska inte gå till religiösa byggnader'])('not sensitive: %s', (text) =>
    expect(kinds(text)).not.toContain('sensitive'),
  );
  it.each(['min bror är 13 och var med när det hände', 'The ref is 16, leave him alone', 'Ring mig om platsen för Vera, född i maj 2024'])(
    'a minor: %s',
    (text) => expect(kinds(text)).toContain('minor'),
  );
  it('a business mailbox is no person\'s', () => expect(kinds('Skicka ordern till order@example.org')).not.toContain('email'));
});

describe('political', () => {
  it.each(['Åtta år av rödgrön politik har gett oss det här', 'Lägg ut hur varje ledamot röstade om budgeten'])('%s', (text) =>
    expect(political(text)).toBe(true),
  );
  it.each([// (A quoted name still reads as a call to vote: the pattern's words do not cross quote marks.)
    'Rösta på Ekbacken i namnomröstningen om parken', 'Sändningen hade SD-kvalitet', 'Ny rödgrön rutschkana i parken'])('not: %s', (text) =>
    expect(political(text)).toBe(false),
  );
});
