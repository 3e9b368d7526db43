/**
 * Rules generalised from the misses of test71 … test74 once they became tuning sets (stop 48; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, judgeHits, rulesFired, unlawfulHits, withoutModelForOwn } from '../../lib/checks/unlawful';
import { noRuleFlags } from './model-only';

const unlawful = (text: string) => findUnlawfulCandidates(text).flagged;
const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful: veiled threats', () => {
  it.each([
    'Stänger ni fritids i sommar så kommer jag och hämtar dig, Kerstin.',
    'Den handläggaren ska få ångra sig resten av sitt liv för det där beslutet.',
    'Take my parking spot one more time and see what happens to your car.',
    'Vi har listan på hela styrelsen. Vi ses när ni minst anar det.',
    'Spelar de musik efter tolv en gång till slänger jag in en molotov genom rutan.',
    'Låt oss se hur länge det där tältet står kvar när det blir mörkt.',
    'Nästa cyklist på trottoaren får en smäll han aldrig glömmer.',
    'Ser jag honom vid lekplatsen igen ska han få en käftsmäll.',
    'Först punkterar jag däcken på släpet, sen är det ägarens tur.',
    'Förrådet brinner i natt om ni inte tar bort containrarna.',
    'Chefen lämnar jobbet halv fem varje dag och går genom parken. Bara så du vet att vi vet.',
  ])('%s', (text) => expect(unlawful(text)).toBe(true));
  it.each([
    'Först åker barnen rutschkanan, sen är det din tur.',
    'Brasan brinner i kväll från klockan 20, välkomna till Valborg!',
    'Låt oss se hur det blir med vädret på lördag.',
  ])('not unlawful: %s', (text) => expect(unlawful(text)).toBe(false));
  it('no rule flags regret over a missed concert (the word model does: a known false alarm)', () => {
    expect(noRuleFlags('Den som missar konserten får ångra sig resten av livet!')).toBe(true);
  });
});

describe('unlawful: doxxing calls, a staff member\'s children, an unlocked TV stick, poison left out', () => {
  it.each([
    'Han som äger bilen bor på Ekvägen 7. Ni vet var ni hittar honom.',
    'The owner lives at Björkgatan 3, go knock on his door.',
    'Läraren Berg har två ungar på Solrosens förskola. Bara så ni vet.',
    'Säljer tv-boxar upplåsta med alla betalkanaler, swisha 400 kr.',
    'Vi har lagt korvbitar med lite extra i vid bollplanen, hundägare.',
  ])('%s', (text) => expect(unlawful(text)).toBe(true));
  it.each([
    'Köp ingen upplåst tv-box av en främling, se matchen lagligt på SVT Play.',
    'Någon har lagt ut korv med spik i vid hundrastgården, ta bort det!',
  ])('not unlawful: %s', (text) => expect(unlawful(text)).toBe(false));
});

describe("unlawful: a parent's own children are no staff member's", () => {
  it('the staff-family rule needs a title before the children', () => {
    expect(rulesFired('Rektorn har två barn på förskolan vid torget. Bara så ni vet.').has('threat-staff-family')).toBe(true);
    expect(rulesFired('Jag har två barn på förskolan vid torget, bara så ni vet att jag vet vad jag pratar om.').has('threat-staff-family')).toBe(false);
  });
});

describe('unlawful: hate likening a group to pests, internment, a crowd breaking in', () => {
  it.each([
    'Somalierna på gården förökar sig precis som kaninerna i parken.',
    'Mata inte råttorna, och inte romerna vid Konsum heller.',
    'Internera alla invandrarna tills de lärt sig svenska.',
    'Alla grannar, på lördag drar vi ner stängslet, de kan inte stoppa oss alla.',
    'Apor överallt på torget 🐒🐒 välkommen till Sverige',
  ])('%s', (text) => expect(unlawful(text)).toBe(true));
  it.each([
    'Sluta mata duvorna vid förskolan, det blir råttor av brödet.',
    'Invandrarna i föreningen har byggt holkar så att duvorna slutar skita ner balkongerna.',
  ])('not unlawful: %s', (text) => expect(unlawful(text)).toBe(false));
});

describe('unlawful: words quoted or told to condemn them, slang, third-person damage, a warning not to spread', () => {
  it.each([
    'Att skriva "vi vet var din dotter går i skolan" till en busschaufför. Skäms.',
    '"Släng ut hela patrasket" för att några cyklar på trottoaren? Du pratar om dina grannar.',
    '"Jag vet var du parkerar" till en lärare. Det är inte okej.',
    'Att kalla romer för ohyra är hets mot folkgrupp, punkt.',
    'Det där är piratkopiering. Ta bort länken till matcherna.',
    'Hon som skrev att de ska tända eld på förrådet borde skämmas.',
    'Vi ska döda den på tävlingen i helgen, nya rampen är perfekt 🛹',
    'Vi ska bränna ner hela dansgolvet på skoldansen!',
    'Några ungdomar slår sönder lamporna varje helg, kan ni sätta upp en kamera?',
    'Vad han än har gjort ska ingen sprida hans bild. Anmäl kontot.',
  ])('%s', (text) => expect(unlawful(text)).toBe(false));
  it.each(['Vi slår sönder hela kontoret om ni inte lyssnar.', 'Sprid bilden på killen som gjorde det, alla ska se honom.'])(
    'still unlawful: %s',
    (text) => expect(unlawful(text)).toBe(true),
  );
});

describe("unlawful: the office's own notice with its numbers is no doxxing", () => {
  it('the doxxing rule is left out for the office, a threat rule is not', () => {
    const notice = 'Hittad: en nyckelknippa vid torget. Den som äger den kan ringa oss på 08-465 004 20, dela gärna.';
    expect(judgeHits(withoutModelForOwn(unlawfulHits(notice), true)).flagged).toBe(false);
    const dox = 'Han bor på Granvägen 4. Ring honom på 070-174 06 33 och säg vad ni tycker, dela!';
    expect(judgeHits(withoutModelForOwn(unlawfulHits(dox), false)).flagged).toBe(true);
    expect(judgeHits(withoutModelForOwn(unlawfulHits(dox), true)).flagged).toBe(false);
    expect(judgeHits(withoutModelForOwn(unlawfulHits('Jag vet var du bor'), true)).flagged).toBe(true);
  });
});

describe('needs a reply: rhetorical questions and asks to other readers; a live stream asked for', () => {
  it.each([
    'Vem tyckte att det var en bra idé att stänga simhallen i juli?',
    'Vem har kommit på att ha marknad mitt på cykelbanan?',
    'Vem gör så mot en förskola?',
    'Varför kom ingen på att salta backen innan?',
    'Vad mer har de lovat som aldrig blev av?',
    'Har ni redan glömt olyckan i mars?',
    'Hur länge till ska han sitta kvar som ordförande?',
    'Hur kan en budget spricka så? Typiskt den här nämnden.',
    'Hur kunde ingen se det? Det säger allt om hur de sköter sitt jobb.',
    'Vem läste remissvaren? Ingen, gissar jag.',
    'Vem mer hör bilarmet varje natt?',
    'Finns det en mysigare park i hela stan? 🌷',
    'Why do we always get the roadworks in July?',
    'Vill någon sälja en begagnad cykelkärra?',
    'Böter för en utgången p-skiva? Det är ju galet.',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each(['Sänd invigningen live, alla kan inte komma.', 'Snälla agera nu, hålet i staketet är livsfarligt.'])('%s', (text) =>
    expect(readQuestion(text).asks).toBe(true),
  );
});

describe('personal data: origin by birthplace, health, a wedding, a faith', () => {
  it.each([
    'Jag är född i Damaskus och har bott i stadsdelen i tio år.',
    'Min svärmor är uppvuxen i Kabul och lagar den bästa maten.',
    'My husband was born in Lagos and loves the winters here.',
    'Jag har fibromyalgi och klarar inte trapporna till biblioteket.',
    'Han har inte druckit sedan påsk och mår mycket bättre.',
    'Fick min andra dos igår, armen är öm.',
    'Personalen på min farfars demensboende har fått nya rutiner.',
    'Som same tycker jag att det här är viktigt.',
    'Hon är höggravid och behöver en plats närmare dörren.',
    'Vi hade vår nikah i föreningslokalen och det var fullsatt.',
    'Vi är två brudar som gifte oss i rådhuset i maj.',
    'Min son har hundfobi och vågar inte gå förbi rastgården.',
  ])('%s', (text) => expect(kinds(text)).toContain('sensitive'));
  it.each([
    'Staden lovade fler platser på demensboende före valet.',
    'We just moved here from Manila and look forward to the winter.',
    'Jag är född i Sundsvall och flyttade hit 1998.',
  ])('not sensitive: %s', (text) => expect(kinds(text)).not.toContain('sensitive'));
});
