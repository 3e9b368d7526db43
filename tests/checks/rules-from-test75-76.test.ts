/**
 * Rules generalised from the personal-data and minor misses of test75 and test76 once they became tuning sets
 * (stop 50; see tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus,
 * with the negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('an identity number asked for in the sentence beats a reference word between', () => {
  it.each([
    'Gymmet kräver personnummer till bokningen, mitt är 781120-9852.',
    'Personnummer behövs för ordern, hans är 781120-9852, räcker det?',
    'De bad om personnummer för fakturan. Nej förresten: personnummer till fakturan, Elsas: 781120-9852',
  ])('%s', (text) => expect(kinds(text)).toContain('personnummer'));
  it.each([
    // The label next to the number is the reference's.
    'Skicka personnummer och bokningsnummer 781120-9852 till oss.',
    // A sentence ended between: the reference word rules.
    'Mitt personnummer skickade jag igår. Bokningsnummer, mitt är 781120-9852.',
    'Fakturan, mitt ärende är 781120-9852.',
  ])('a reference: %s', (text) => expect(kinds(text)).not.toContain('personnummer'));
});

describe("a child's Nordea personkonto (clearing 3300 and the holder's personnummer)", () => {
  it('reads the holder as a minor from the number', () => {
    const found = findPersonalData('Pengarna ska in på hans personkonto hos Nordea 3300-1102089859 tack');
    expect(found.map((f) => f.kind)).toEqual(expect.arrayContaining(['minor', 'bank-account', 'personnummer']));
  });
  it("an adult's personkonto is no minor", () => {
    expect(kinds('Sätt in det på mitt personkonto i Nordea, 3300-7811209852.')).not.toContain('minor');
  });
});

describe('minors: a child with an age between commas, a role of a child\'s age, children born in a year', () => {
  it.each([
    'Grannens flicka, 12, gick hem ensam i mörkret.',
    'Vår kille, 9, har tappat sitt busskort.',
    'Tränaren är 16 år och gör ett fantastiskt jobb med knattarna.',
    'Målvakten är 15 och fick ett skott i ansiktet.',
    'Vi har trillingar födda 2017, får de gå i samma grupp?',
    'Båda våra döttrar är födda 2012.',
  ])('%s', (text) => expect(kinds(text)).toContain('minor'));
  it.each([
    'Min son, 24, har flyttat hemifrån.',
    'Domaren är 45 år och har dömt i tjugo säsonger.',
    'Tränaren är 17 minuter sen varje gång.',
    'Sonen är född 1990 och bor i Malmö.',
  ])('no minor: %s', (text) => expect(kinds(text)).not.toContain('minor'));
});
