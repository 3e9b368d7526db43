/**
 * Rules generalised from test31's and test32's misses once they became tuning sets (stop 38, fourth round; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates, rulesFired } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('identity numbers: a case named earlier in the clause, its number after', () => {
  it('is a reference, not a personnummer', () => expect(of('personnummer', 'Mitt ärende om färdtjänst har nummer 240917-9807, ingen svarar')).toEqual([]));
  it('a personnummer named as such still is', () => expect(of('personnummer', 'Jag har ett ärende hos er. Mitt personnummer är 240917-9807')).toEqual(['240917-9807']));
});

describe('addresses and numbers of organisations', () => {
  it.each(['Stambytet gäller husen på Granvägen 2–16 under våren', 'Årsmötet hålls i föreningslokalen på Granvägen 9'])('no address: %s', (text) =>
    expect(of('address', text)).toEqual([]),
  );
  it('someone who lives in a range of numbers still has one', () => expect(of('address', 'Han bor på Granvägen 2-4, andra våningen')).toEqual(['Granvägen 2']));
  it.each(['Ring fackets medlemsservice på 08-465 004 33', 'Teaterns bokning: 08-465 004 34'])('no phone number of a person: %s', (text) =>
    expect(of('phone', text)).toEqual([]),
  );
});

describe('minors and sensitive data', () => {
  it('an English age in brackets', () => expect(of('minor', 'Our son (4 yrs) loved the Lucia train')).toEqual(['son (4 yrs)']));
  it('a neighbour in the house numbered 3 is no pupil', () => expect(of('minor', 'Grannen Bertil i 3:an har bott här i 40 år')).toEqual([]));
  it.each([
    ['Pappa har fått pacemaker i veckan', 'pacemaker'],
    ['Som 80-åring med ny höftled går jag långsamt', 'med ny höftled'],
    ['Som kvinna i hijab får jag höra mycket', 'kvinna i hijab'],
    ['Vi är aktiva i församlingen sedan länge', 'aktiva i församlingen'],
    ['Han är alkoholiserad och bor i parken', 'alkoholiserad'],
    ['Min jordnötsallergiska son fick en kaka', 'jordnötsallergiska'],
    ['Han har fortfarande ont.', 'har fortfarande ont'],
    ['Han kom till Sverige från Eritrea som barn', 'kom till Sverige från Eritrea'],
  ])('%s', (text, span) => expect(of('sensitive', text).map((s) => s.toLowerCase())).toContain(span.toLowerCase()));
  it.each(['Vi behöver tolk som pratar arabiska eller tigrinja', 'Informationen översätts till arabiska, somaliska och dari'])('a language, not an origin: %s', (text) =>
    expect(of('sensitive', text)).toEqual([]),
  );
});

describe('political: a best-of vote, the rent tribunal and a tenants’ meeting are not; red and blue governments are', () => {
  it.each(['Rösta på bästa pepparkakshuset!', 'Vi röstade på mötet: 80 för och 4 emot, nu tar hyresnämnden över'])('not political: %s', (text) =>
    expect(findPoliticalContent(text).political).toBe(false),
  );
  it('röda som blå', () => expect(findPoliticalContent('Alla har svikit oss, röda som blå').political).toBe(true));
});

describe('needs a reply', () => {
  it.each(['@norrbysdf ta bort kontot ovan, det är spam', 'anmäl kommentaren ovan'])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Hyran höjs med 40 procent. Vem har råd med det',
    'Likvärdig med vad? Ett förråd?',
    'Vad ska man ens säga till barnen',
    'Var är politikerna när det gäller hyrorna?',
    'Vi minns det här i valet, var så säkra.',
    'Centerpartiet? Liberalerna? Hallå?',
    'Vilken fruktansvärd olycka. Tankar till familjen',
    'Vem orkar stå i kö en timme',
    'Köttbullar igen, skjut mig',
    'De lovade pengar till skolan. Var tog de vägen?',
    'Var är nämndens ordförande i allt detta?',
    'Great post! More please',
  ])('nobody at the office is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
});

describe('unlawful', () => {
  it.each([
    ['Han kommer inte gå på egna ben när vi är klara med honom', 'threat-veiled'],
    ['Kom ihåg att era kontor har fönster', 'threat-veiled'],
    ['Dyk upp vid fabriken och dra ut dem med våld', 'riot-call'],
  ])('%s', (text, rule) => {
    expect(findUnlawfulCandidates(text).flagged).toBe(true);
    expect(rulesFired(text).has(rule)).toBe(true);
  });
  it.each([
    'Snälla, sprid inte bilder på barnen i gruppen',
    'Chefen borde sparkas, hon sköter ingenting',
    'Det nya schemat kommer att döda engagemanget',
    'Sprid gärna inbjudan till festen på Granvägen 9!',
    'Hon är rädd att hemtjänsten inte hittar henne efter flytten',
    'Polisen bar ut honom med våld på fredag',
  ])('not unlawful: %s', (text) => expect(rulesFired(text).size).toBe(0));
});
