import { describe, expect, it } from 'vitest';
import { findUnlawfulCandidates, LAW_GROUNDS, type LawGround } from '../../lib/checks/unlawful';
import { readLabelled, scoreBinary } from './binary-score';

const FLAGGED: [string, LawGround][] = [
  ['Jag ska döda dig', 'olaga-hot'],
  ['Bomba moskén', 'olaga-hot'],
  ['Han som klottrade bor här: Ringvägen 12. Åk dit och säg ifrån!', 'olaga-integritetsintrang'],
  ['Judarna är råttor och borde utrotas', 'hets-mot-folkgrupp'],
  ['Jag skrev till er förut. Nu ska jag döda dig', 'olaga-hot'],
  ['Sätt eld på flyktingboendet', 'olaga-hot'],
  ['Ni ska alla dö', 'olaga-hot'],
  ['We know where your kids go to school', 'olaga-hot'],
  ['Let us burn the synagogue', 'olaga-hot'],
  ['Streama nya säsongen gratis på min sajt', 'upphovsratt'],
  ['jag ska fan döda honom', 'olaga-hot'],
  ['Jag kommer att döda er alla', 'olaga-hot'],
  ['Du ska dö', 'olaga-hot'],
  ['Du kommer att dö snart', 'olaga-hot'],
  ['Vi vet var du bor', 'olaga-hot'],
  ['Jag vet var du bor, tjänsteman', 'olaga-hot'],
  ['Spräng kommunhuset', 'olaga-hot'],
  ['Någon borde bränna ner stadshuset', 'olaga-hot'],
  ['Bränn ner hela förvaltningen', 'olaga-hot'],
  ['Skjut dem allihop', 'olaga-hot'],
  ['Han borde skjutas', 'olaga-hot'],
  ['Hoppas du dör', 'olaga-hot'],
  ['Vi ska tända eld på ditt hus', 'olaga-hot'],
  ['En kula i skallen på dig', 'olaga-hot'],
  ['Dina dagar är räknade', 'olaga-hot'],
  ['I will find you', 'olaga-hot'],
  ["I'm going to kill you", 'olaga-hot'],
  ['We know where you live', 'olaga-hot'],
  ['De där är ohyra', 'hets-mot-folkgrupp'],
  ['De är parasiter allihop', 'hets-mot-folkgrupp'],
  ['De borde utrotas', 'hets-mot-folkgrupp'],
  ['Deportera alla', 'hets-mot-folkgrupp'],
  ['Alla sådana är djur', 'hets-mot-folkgrupp'],
  ['De är inte människor', 'hets-mot-folkgrupp'],
  ['They are vermin', 'hets-mot-folkgrupp'],
  ['Säljer barnporr', 'barnpornografibrott'],
  ['Har nakenbilder på små barn', 'barnpornografibrott'],
  ['Halshuggningsvideon finns här', 'olaga-valdsskildring'],
  ['Se tortyrfilmen', 'olaga-valdsskildring'],
  ['Beheading video in the comments', 'olaga-valdsskildring'],
  ['Ta till vapen!', 'uppvigling'],
  ['Storma rådhuset i morgon', 'uppvigling'],
  ['Nakenbilder på min granne', 'olaga-integritetsintrang'],
  ['Läckta bilder från hennes mobil', 'olaga-integritetsintrang'],
  ['Leaked nudes here', 'olaga-integritetsintrang'],
  ['Anslut er till kalifatet', 'terrorism-uppmaning'],
  ['Heligt krig mot dem', 'terrorism-uppmaning'],
  ['Död åt förrädarna', 'terrorism-uppmaning'],
  ['Join the jihad', 'terrorism-uppmaning'],
  ['Piratkopia av filmen', 'upphovsratt'],
  ['Ladda ner gratis här, hela filmen', 'upphovsratt'],
  ['Torrent till säsong 3', 'upphovsratt'],
  ['Free download of the whole movie', 'upphovsratt'],
];

const NOT_FLAGGED: string[] = [
  'Råttorna i soprummet måste utrotas, ring saneringen',
  'Vi har fått kackerlackor, de borde utrotas allihop',
  'Någon skrev "jag ska döda dig" på väggen i tunneln, kan ni ta bort det?',
  'Är det olaga hot om någon skriver "jag ska skjuta dig" här?',

  'Han hotade att slå ihjäl mig, jag har polisanmält',
  'Kyrkan bränner ljus för offren i kväll',

  'Kan vi skjuta upp mötet?',
  'Skjut upp mötet till tisdag',
  'Skjut fram beslutet',
  'Kan kommunen skjuta till pengar?',
  'Det dödar mig hur bra det här är',
  'Du dödar mig, haha',
  'Bränn ner kalorier i utegymmet',
  'Bränna ner fett på spinningen',
  'Nu spränger de budgeten',
  'Sprängningsarbeten pågår',
  'Värmen spräckte rekordet',
  'Anslut er till mötet via Teams',
  'Anslut dig till föreningen',
  'Ladda ner appen gratis',
  'Ladda ner broschyren gratis här',
  'Filmen på bion var bra',
  'Fästingar är parasiter',
  'Vi har ohyra i källaren',
  'Hundar är djur som behöver motion',
  'Död åt måndagar',
  'Jag ska döda ogräset',
  'Jag dör av skratt',
  'Du kommer att dö av skratt',
  'Vi laddade ner kartan',
  'Bion visar filmen gratis på torget',
  'Slå ihjäl tiden på biblioteket',
  'Akta dig noga för halkan',
  'Politikerna är inkompetenta',
  'Jag ska anmäla er till JO',
  'Era handläggare borde skämmas',
  'Jag hatar vägarbeten',
  'Jag blir tokig på grannens hund',
  'Vet du var jag bor? Jag har flyttat',
  'Barnen badade i sjön',
  'Skjuts till skolan behövs',
  'Vi skjutsar barnen',
  'Kan ni släcka ljuset?',
  'This heat is killing me',
  'Blow up the balloons for the party',
  'Download the city app for free',
  'I was bored to death to be honest',
];

describe('findUnlawfulCandidates', () => {
  it.each(FLAGGED)('%s → %s', (text, ground) => {
    const result = findUnlawfulCandidates(text);
    expect(result.flagged).toBe(true);
    expect(result.grounds).toContain(ground);
    expect(result.terms.length).toBeGreaterThan(0);
  });

  it.each(NOT_FLAGGED)('%s → not flagged', (text) => {
    expect(findUnlawfulCandidates(text)).toEqual({ flagged: false, grounds: [], terms: [] });
  });

  it('lists grounds and terms in order of appearance, deduplicated', () => {
    const result = findUnlawfulCandidates('Du ska dö. De är ohyra. DU SKA DÖ. Vi vet var du bor.');
    expect(result.grounds).toEqual(['olaga-hot', 'hets-mot-folkgrupp']);
    expect(result.terms).toEqual(['Du ska dö', 'är ohyra', 'Vi vet var du bor']);
  });

  it('needs a media word next to a free-download phrase', () => {
    expect(findUnlawfulCandidates('Ladda ner gratis här').flagged).toBe(false);
    expect(findUnlawfulCandidates('Ladda ner gratis här: nya albumet').terms).toEqual(['Ladda ner gratis', 'albumet']);
  });
});

describe('findUnlawfulCandidates with extra word lists', () => {
  it('flags user terms without guessing a ground', () => {
    expect(findUnlawfulCandidates('Du är en hemsk person', { add: ['hemsk person'] })).toEqual({
      flagged: true, grounds: [], terms: ['hemsk person'],
    });
  });

  it('attaches a ground to terms added per ground', () => {
    const result = findUnlawfulCandidates('Vi ses vid porten', { byGround: { 'olaga-hot': ['vi ses vid porten'] } });
    expect(result.grounds).toEqual(['olaga-hot']);
  });

  it('treats regex metacharacters in user terms literally', () => {
    const extra = { add: ['k.i.l.l', '$$$', '(hot)'] };
    expect(findUnlawfulCandidates('kxixlxl', extra).flagged).toBe(false);
    expect(findUnlawfulCandidates('k.i.l.l dig', extra).terms).toEqual(['k.i.l.l']);
    expect(findUnlawfulCandidates('tjäna $$$ snabbt', extra).terms).toEqual(['$$$']);
    expect(findUnlawfulCandidates('ett (hot)', extra).terms).toEqual(['(hot)']);
  });

  it('removes built-in terms', () => {
    expect(findUnlawfulCandidates('Skjut honom', { remove: ['skjut'] }).flagged).toBe(false);
    expect(findUnlawfulCandidates('Piratkopia', { remove: ['piratkopi'] }).flagged).toBe(false);
  });

  it('still applies idiom exceptions to user terms', () => {
    expect(findUnlawfulCandidates('Skjut upp mötet', { add: ['skjut'] }).flagged).toBe(false);
  });
});

describe('LAW_GROUNDS', () => {
  it('covers every ground of BBS-lagen 5 § once, with names and a statute', () => {
    const ids = LAW_GROUNDS.map((g) => g.id);
    expect(new Set(ids).size).toBe(8);
    for (const g of LAW_GROUNDS) expect(g.sv && g.en && g.statute).toBeTruthy();
    expect(LAW_GROUNDS.find((g) => g.id === 'hets-mot-folkgrupp')?.statute).toBe('BrB 16 kap. 8 §');
  });
});

describe('unlawful labelled set', () => {
  const items = readLabelled('unlawful');

  it('has at least 60 invented items', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
  });

  it('reaches precision ≥ 0.9 and recall ≥ 0.9', () => {
    const score = scoreBinary(items, (text) => findUnlawfulCandidates(text).flagged);
    const why = `false positives ${score.falsePositives.join(', ')}; false negatives ${score.falseNegatives.join(', ')}`;
    expect(score.precision, why).toBeGreaterThanOrEqual(0.9);
    expect(score.recall, why).toBeGreaterThanOrEqual(0.9);
  });

  it('suggests the labelled ground for flagged items', () => {
    for (const item of items.filter((i) => i.expected && i.grounds)) {
      expect(findUnlawfulCandidates(item.text).grounds, item.id).toEqual(expect.arrayContaining(item.grounds ?? []));
    }
  });
});
