/**
 * Rules generalised from the misses of test67 and test68 once they became tuning sets (stop 46; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful: veiled threats and similes of vermin for a group', () => {
  it.each([
    'Ni som sitter i nämnden: hoppas ni har ögon i nacken när ni går hem i mörkret.',
    'Kommunens folk ska vara glada att jag är en lugn person.',
    'Nästa kontrollant som kliver in här åker ut fortare än han kom upp för trappan.',
    'De eritreanska gängen i centrum är som ohyra, de förstör allt de rör.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Med tre barn under fem måste man ha ögon i nacken på lekplatsen.',
    'De somaliska familjerna på gården bjöd alla på mat i helgen, så fint.',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('unlawful: hyperbole about exercise and inventors, and counter-speech calling the words racism', () => {
  it.each([
    'I kväll ska jag mörda benpasset på utegymmet 💪',
    'Jag ska döda den som hittade på självscanning i kassan.',
    'Kommentaren här ovan är ren rasism: "de är som råttor". Ta bort den.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it.each([
    'Jag ska döda den som tog min cykel.',
    'Det är inte rasism att säga att "invandrarna förökar sig som kaniner", det är sanningen.',
  ])('still unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
});

describe('needs a reply: a moderation asked of the office', () => {
  it.each(['Blocka kontot som hänger ut barnet!', 'Dölj kommentaren med numret, snälla.', 'Spärra den där användaren.'])('%s', (text) =>
    expect(readQuestion(text).asks).toBe(true),
  );
  it.each(['Anmäl till IVO i stället för att hänga ut folk här.'])('advice to others: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('political: a party letter that said no, the whole majority', () => {
  it.each(['Förslaget kom från förvaltningen och S har sagt nej i remissen.', 'Det var hela majoriteten som drev igenom det.'])('%s', (text) =>
    expect(findPoliticalContent(text).political).toBe(true),
  );
  it.each(['Storlek M sa nej till mig, den var för liten.', 'Majoriteten av barnen vill ha längre rast.'])('not political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(false),
  );
});

describe('personal data: ages in English, a child\'s number labelled "hennes nummer", health and faith', () => {
  it.each([
    ['Do the kids need a card? They are 8 and 11.', 'minor'],
    ['Dottern har fått fel besked. Hennes nummer är 150311-9826.', 'minor'],
    ['Jag är nyopererad i knät och kommer inte upp för backen.', 'sensitive'],
    ['We are Jehovah’s Witnesses and would like to help at the food bank.', 'sensitive'],
  ])('%s', (text, kind) => expect(kinds(text)).toContain(kind));
  it.each([
    ['They are 45 and 50 and still play every Sunday.', 'minor'],
    ['Han borde få smaka samma medicin som han ger andra.', 'sensitive'],
  ])('not %s: %s', (text, kind) => expect(kinds(text)).not.toContain(kind));
});
