/**
 * Rules generalised from test23's and test24's misses once they became tuning sets (stop 37; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { judgeTexts } from '../../lib/checks/text-checks';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors: a class without a colon, several classes, a class in brackets, a name from a class, a bare age, weeks, the little one', () => {
  it.each([
    ['Kan min son i 4an få följa med på utflykten?', 'min son i 4an'],
    ['Skolskjuts för mina döttrar i 2an och 6an, vem beslutar?', 'mina döttrar i 2an och 6an'],
    ['Syskonen (åk 2 och 4) åker samma buss', '(åk 2 och 4)'],
    ['Vi letar efter Liam från 5B, han glömde jackan', 'Liam från 5B'],
    ['Min son 12 har fått en mobil stulen vid hallen', 'Min son 12'],
    ['Dottern 9, hon är rädd för hundarna i parken', 'Dottern 9'],
    ['Alvin 6 veckor sov hela vägen i vagnen', 'Alvin 6 veckor'],
    ['lillen sover äntligen efter en natt med feber', 'lillen'],
    ['Lilleman fick sin första simborgarmärke idag', 'Lilleman'],
    ['our daughter is 9 months and we need a changing table', 'daughter is 9 months'],
    ["found the toddler's shoe by the sandpit", "the toddler's"],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each([
    'Efter 3 månader fick vi äntligen besked om bygglovet',
    'Handläggningstiden 8 veckor är för lång',
    'Min son 2 gånger har fått vänta på bussen',
    'Dottern 25 bor kvar hemma och söker lägenhet',
    'Bussen från 3A-hållplatsen var sen',
    'Klassen från 3A åker till Skansen, sa rektorn',
    'Lägret är för barn (åk 3–6) som gillar friluftsliv',
    'Where can we park the pram during the toddler singalong?',
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('sensitive data: everyday illnesses, injuries, contraception, same-sex couples', () => {
  it.each([
    ['Jag hade feber hela helgen efter vaccinet', 'feber'],
    ['Vår son kräktes på bussen hem', 'kräktes'],
    ['Hon har fått tillbaka magsjukan igen', 'har fått tillbaka magsjukan'],
    ['Min syster självskadade i tonåren', 'självskadade'],
    ['Jag är immunsupprimerad och vågar inte gå dit', 'immunsupprimerad'],
    ['Blodtrycket var 180 när jag mätte', 'Blodtrycket var 180'],
    ['Min dotter vill börja med p-piller', 'p-piller'],
    ['Jag ringde självmordslinjen i våras', 'ringde självmordslinjen'],
    ['Pappa har nedsatt hörsel och hör inte larmet', 'har nedsatt hörsel'],
    ['Hon stukade foten på isen vid skolan', 'stukade foten'],
    ['Jag har fortfarande ont i ryggen efter fallet', 'har fortfarande ont i ryggen'],
    ['Sonen ska opereras för bråck på fredag', 'opereras för bråck'],
    ['Han bröt sin arm i lekparken', 'bröt sin arm'],
    ['Vi är ett samkönat par och vill bli kontaktfamilj', 'samkönat'],
    ['Is there help for my drinking that stays confidential?', 'my drinking'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each([
    'Fyra i gruppen hemma med magsjuka, stäng förskolan',
    'Mät blodtrycket gratis på hälsoveckan',
    'Mår du dåligt? Ring Självmordslinjen dygnet runt',
    'Jag har ont om tid i veckan',
  ])('nothing sensitive: %s', (text) => expect(of('sensitive', text)).toEqual([]));
});

describe("the office's own comment: its contact details are its own", () => {
  it.each([
    'Vår samordnare ringer dig i morgon. Du når henne också på 08-465 004 22.',
    'Ring familjeenheten på 08-465 004 16 vardagar 9–11.',
    'Mejla gärna fragor.parken@example.org så svarar vi inom en vecka.',
  ])('%s', (text) => {
    expect(findPersonalData(text).map((f) => f.kind).some((k) => k === 'phone' || k === 'email')).toBe(true);
    expect(findPersonalData(text, { byOffice: true }).map((f) => f.kind)).toEqual([]);
  });
  it("the reader's own number, or anything else personal, is still found in it", () => {
    expect(findPersonalData('Vi har noterat ditt nummer 070-174 06 33 och ringer dig', { byOffice: true }).map((f) => f.kind)).toEqual(['phone']);
    expect(findPersonalData('Din son i 3B är välkommen på torsdag', { byOffice: true }).map((f) => f.kind)).toEqual(['minor']);
  });
  it('as the background judges it: under the office name only, not for anyone else', () => {
    const text = 'Du kan nå vår enhetschef på 08-465 004 31.';
    const [byName, byResident] = judgeTexts([
      { text, own: 'name' },
      { text, own: false },
    ]);
    expect((byName!['personal-data'] as { kinds: string[] }).kinds).toEqual([]);
    expect((byResident!['personal-data'] as { kinds: string[] }).kinds).toEqual(['phone']);
  });
  it("a function's mailbox named after a job, a festival or a camp is not a person's", () => {
    for (const text of ['Har mejlat sommarjobb.tallbacken@example.org två gånger', 'Anmäl till lovkollo.anmalan@example.org', 'Frågor till matfestival@example.org']) {
      expect(of('email', text)).toEqual([]);
    }
    expect(of('email', 'Mejla mig på sara.lind@example.org')).toEqual(['sara.lind@example.org']);
  });
});

describe('political: the Tidö government in one word, colours and family votes', () => {
  it('finds "Tidöstyret"', () => expect(findPoliticalContent('Så blir det med Tidöstyret i riksdagen').political).toBe(true));
  it.each(['De rödgröna bänkarna i parken är nymålade', 'Vi röstade hemma om vilken film vi skulle se', 'Vi röstade i familjen om semestern'])(
    'not political: %s',
    (text) => expect(findPoliticalContent(text).political).toBe(false),
  );
  it('voting at home in an election still is', () => expect(findPoliticalContent('Kan pappa rösta hemma om han inte kan ta sig till vallokalen?').political).toBe(true));
});

describe('needs a reply', () => {
  it.each([
    'kan ni sätta upp en spegel i korsningen vid skolan',
    'Felanmälan: gatlampan vid busshållplatsen blinkar',
    'Behöver arabisktalande tolk till mötet på måndag',
    'Dnr 2025/88 — ingen har svarat sedan oktober',
    'Jag kan inte logga in i e-tjänsten med mitt samordningsnummer',
    'Bekräfta gärna att anmälan kom fram',
    'Länken i nyhetsbrevet är död och mejladressen finns inte',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Vem tänkte på att lägga loppet samma dag som marknaden? Ingen, uppenbarligen.',
    'Lägg hellre pengarna på fler fritidsledare',
    'Moderaterna ville väl sänka den, eller var det Centern?',
    'Vilken sorts person cyklar på trottoaren i den farten',
    'Någon som vill springa runt sjön på söndagar? Skriv här',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it.each([
    ['Alla föräldrar som är trötta på beslutet: samlas vid depån och punktera däcken på bussarna', 'riot-collective-damage'],
    ['Hela säsongen ligger på piratebay, tanka innan den försvinner', 'piracy-iptv'],
    ['Tell your friend at the depot that he will not walk home tonight', 'threat-veiled'],
  ])('%s', (text, rule) => {
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has(rule)).toBe(true);
  });
  it.each([
    'Sluta dela bilder på andras ungar i gruppen, det är inte okej',
    'Bra att ni skriver om stödlinjen, sprid numret till alla ni känner',
    'Bussen fick punktering och blev en timme sen',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});
