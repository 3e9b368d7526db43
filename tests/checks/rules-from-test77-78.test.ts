/**
 * Rules generalised from the misses and false alarms of test77 and test78 once they became tuning sets (stop 51; see
 * tests/checks/corpus/README.md). Cases are written here in other words than the corpus, with the negatives each rule
 * must not catch. The new unlawful pattern rules carry their own cases in lib/checks/data/unlawful-rules.json
 * (tests/checks/unlawful-rules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string, removal = false) => findPersonalData(text, { removal }).map((f) => f.kind);
const flagged = (text: string) => findUnlawfulCandidates(text).flagged;

describe("a person's own number after an organisation's word", () => {
  it.each([
    'Han jobbar i växeln, hans privata mobil är 070-174 06 52.',
    'Hon sitter i receptionen men hennes eget nummer: 070-174 06 52',
  ])('is a phone number: %s', (text) => expect(kinds(text)).toContain('phone'));
  it.each(['Ring receptionen, numret är 08-508 010 00', 'Kundtjänst nås på 0771-17 40 00 vardagar'])(
    "the organisation's is not: %s",
    (text) => expect(kinds(text)).not.toContain('phone'),
  );
});

describe('sexual orientation said without a subject', () => {
  it.each(['Jobbar själv på skolan och är själv bi, så det här gör ont.', 'Jag är också bi och tycker flaggan är fin'])('%s', (text) =>
    expect(kinds(text)).toContain('sensitive'),
  );
  it.each(['Det surrar av bi i rabatten', 'Vi bor vid bi-odlingen'])('not: %s', (text) => expect(kinds(text)).not.toContain('sensitive'));
});

describe('minors', () => {
  it("an identity number asked for and given as someone's, of someone under 18", () => {
    expect(kinds('Kortet kräver personnummer, hans är 150830-9885. Går det fort?')).toEqual(expect.arrayContaining(['minor', 'personnummer']));
  });
  it("an adult's number given the same way is no minor", () => {
    expect(kinds('Kortet kräver personnummer, hans är 781120-9852. Går det fort?')).not.toContain('minor');
  });
  it.each(['Mitt är också 9, de kan gå ihop!', 'Min blir med 13 i vår.'])("one's own, the child left unsaid: %s", (text) =>
    expect(kinds(text)).toContain('minor'),
  );
  it.each(['Min är också 45 år', 'Mitt är också 12 kr dyrare', 'Min är också 2,5 meter lång'])('not an adult, a price or a length: %s', (text) =>
    expect(kinds(text)).not.toContain('minor'),
  );
  it.each(['Loppisen blir 14–15 mars i år', 'Fritidsgården blir 7 september stängd'])('a date is no age: %s', (text) =>
    expect(kinds(text)).not.toContain('minor'),
  );
  it('a name that turns an age still is', () => expect(kinds('Lilla Vera blir 7 i juni')).toContain('minor'));
});

describe('group words', () => {
  it('"kristna" is a group, like "muslimer"', () => {
    expect(kinds('Kristna och judar firar olika högtider i december.')).not.toContain('sensitive');
    expect(kinds('Vi är kristna och firar jul i församlingen.')).toContain('sensitive');
  });
  it("the writer's family among the group, later in the sentence, is someone's", () => {
    expect(kinds('Förföljelsen av kristna i hemlandet gjorde att min familj kom hit.')).toContain('sensitive');
  });
  it('a disease word said of a group in hate speech is no one\'s health', () => {
    expect(kinds('Judar är en sjukdom i samhället, ut med dem', true)).not.toContain('sensitive');
    expect(kinds('Min bror har en allvarlig sjukdom')).toContain('sensitive');
  });
});

describe('requests', () => {
  it.each(['Fakturera mig i stället för min mamma.', 'Reparera gungan vid förskolan, den är trasig.', 'Dra av avgiften för de inställda passen.'])(
    'an imperative opening a sentence: %s',
    (text) => expect(readQuestion(text).asks).toBe(true),
  );
  it.each(['Respektera varandra i kommentarerna.', 'Dra era egna slutsatser.', 'Flera av oss var där i går.', 'Lägg pengar på skolan i stället för på konst.'])(
    'advice to other readers, or no verb: %s',
    (text) => expect(readQuestion(text).asks).toBe(false),
  );
});

describe('unlawful: pests and counter-speech', () => {
  it('asking whether one may shoot pests is pest control', () => {
    expect(flagged('Måsarna vid torget är rena ohyran. Får man skjuta dem eller ska man ringa någon?')).toBe(false);
  });
  it('a threat to a person beside pests is still a threat', () => {
    expect(flagged('Råttorna i källaren är ditt fel. Jag ska skjuta dig.')).toBe(true);
  });
  it('hate speech quoted and called racism is counter-speech', () => {
    expect(flagged('"De lever som råttor" skrev någon här. Det där är rasism och inget annat.')).toBe(false);
  });
  it('"Om det är rasism att … så är jag rasist" owns the words', () => {
    expect(flagged('Om det är rasism att vilja skicka hem alla afghaner så är jag rasist.')).toBe(true);
  });
  it.each([
    'Samma som med kackerlackor, släpp in en så kommer fler. Stäng moskén och skicka hem dem.',
    'Folk från vissa länder är som råttor och ska inte bo här.',
  ])('pests named beside a group or a place of worship are about people: %s', (text) => expect(flagged(text)).toBe(true));
});
