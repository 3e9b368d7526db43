/**
 * Rules generalised from the misses of test69 and test70 once they became tuning sets (stop 46; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('unlawful: words told or quoted to condemn them', () => {
  it.each([
    'Den som skriver att någon ska "bränna ner fritidsgården" har inte varit där en fredag. Anmält.',
    'Ni som pratar om att ta saken i egna händer: så blir fel person misshandlad.',
    'Att skriva "vi vet var du bor" är inte yttrandefrihet, det är ett hot.',
    '"Vi ses när ingen ser", vad tänker man när man skriver så till en busschaufför?',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
  it.each(['Vi vet var du bor. Vi ses en natt när ingen ser.', 'Den där chauffören ska vi ta hand om själva, vi vet var han bor.'])(
    'still unlawful: %s',
    (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true),
  );
});

describe('unlawful: a drowning promised, a doxxing call to drive there, vermin for "sånt folk"', () => {
  it.each([
    'Får jag tag på den som öppnade slussen så dränker jag honom.',
    'Han bor på Ekbacksvägen 12. Kör dit och säg vad ni tycker, alla!',
    'De kommer över gränsen som kackerlackor. Sånt folk ska sättas i läger.',
    'Nästa gång blir det inte färg på väggen, då kommer vi med brandfackla.',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Kackerlackorna i tvättstugan måste saneras, ring värden.',
    'Råttorna i källaren måste utrotas, det här har gått över gränsen.',
    'Jag tar med kaffe och bullar till städdagen på lördag.',
    'Jag ska mörda kundtjänsten med klagomål tills de svarar.',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('needs a reply: a booking asked for, a certificate wanted sent', () => {
  it.each(['Boka torsdag kl 18 åt mig, tack.', 'Vill ha beslutet skickat till min adress, tack på förhand.'])('%s', (text) =>
    expect(readQuestion(text).asks).toBe(true),
  );
});

describe('personal data: health, an LSS home, origin, a union; an association\'s bankgiro is not', () => {
  it.each([
    'Jag har förmaksflimmer och undrar om bastun är för varm för mig.',
    'Promenaderna har hjälpt mot min ångest mer än något annat.',
    'Min bror bor på en gruppbostad i Farsta och trivs jättebra.',
    'Jag kom själv hit från Somalia 2012 och känner igen mig i pjäsen.',
    'My neighbour from Syria helped us bail out the basement.',
    'Min fru är finsk och har jobbat i hemtjänsten i tjugo år.',
    'Jag är med i Scen & Film sedan länge.',
  ])('%s', (text) => expect(kinds(text)).toContain('sensitive'));
  it.each(['Swisha inte, ge via bankgiro 5050-1055, Idrottsföreningen Kvarnen.'])('%s', (text) => expect(kinds(text)).not.toContain('bank-account'));
  // Until stop 53 a bankgiro with no organisation named was read as a private one; a bankgiro is a business's or an association's.
  it.each(['Betala till bankgiro 5050-1055 så skickar jag biljetterna.'])('any bankgiro: %s', (text) => expect(kinds(text)).not.toContain('bank-account'));
  it.each(['Betala till mitt konto 8327-9, 914 205 338-6 så skickar jag biljetterna.'])('a private account: %s', (text) => expect(kinds(text)).toContain('bank-account'));
});
