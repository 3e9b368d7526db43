/**
 * Rules generalised from the misses of test61 and test62 once they became tuning sets (stop 44; see
 * tests/checks/corpus/README.md). Each rule has cases written here in other words than the corpus, with the
 * negatives it must not catch. (The unlawful pattern rules' own cases are in unlawful-rules.json.)
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';

const minors = (text: string) => findPersonalData(text).filter((f) => f.kind === 'minor');

describe('unlawful: veiled threats and people called rats', () => {
  it.each([
    'Det här kommer inte att sluta bra för henne, lova mig det',
    'Skulle inte vilja vara du när hans kusiner får veta vem som skrev',
    'Jag skulle inte vilja vara i hans kläder efter det här',
    'Tvåbenta råttor i vartenda trapphus nu för tiden',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(true));
  it.each([
    'Det här kommer inte att sluta bra för budgeten, det vet alla',
    'Jag skulle inte vilja vara utan biblioteket',
    'Råttorna har fyra ben och en lång svans, det syns på filmen',
  ])('not unlawful: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('needs a reply: residents reaching residents', () => {
  it.each([
    'Behöver någon hjälp att bära hem julgranen kan ni ringa mig, jag har kärra',
    'Vill du spela i korpenlaget på torsdagar, sms:a mig',
    'Vi har startat en promenadgrupp för nyblivna föräldrar, ses vid fontänen kl 10',
    'Har ni sett en grå katt vid tvättstugan? Skicka en bild till mig',
    'Bostadsrättsföreningens styrelse sitter i källaren, kontakta dem om ni vill ha en parkeringsplats',
  ])('not a request to the office: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it.each([
    'När öppnar återvinningscentralen igen? Ring mig på 070-174 06 44',
    'Kan ni komma och titta på lekplatsen? Ring mig så bestämmer vi tid',
    'Skicka beslutet till mig, tack',
  ])('still a request: %s', (text) => expect(readQuestion(text).asks).toBe(true));
});

describe('minors: a team or class between name and age, two children of one age', () => {
  it.each(['Alice i F12, 11 år, blev knuffad i kön', 'Tvillingarna Leo och Sam, bägge 13, går i 7B', 'Omar från 4B, 10 år, hittade nyckeln'])(
    '%s',
    (text) => expect(minors(text).length).toBeGreaterThan(0),
  );
  it.each(['Vi är båda 52 och har bott här sedan nittiotalet', 'Båda tvättstugorna var stängda i 16 timmar', 'Lisa i P19, 24 år, tränar laget'])(
    'not a minor: %s',
    (text) => expect(minors(text)).toEqual([]),
  );
});
