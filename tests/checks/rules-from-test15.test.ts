/**
 * Rules generalised from test15's misses once it became a tuning set (tests/checks/corpus/README.md). Each rule
 * has cases written here in other words than the corpus, with the negatives it must not catch.
 */
import { describe, expect, it } from 'vitest';
import { findPoliticalContent, withPoliticians } from '../../lib/checks/political';
import { readQuestion } from '../../lib/checks/question';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { textsOfKind } from './personal-data-texts';

const of = textsOfKind;

describe('minors', () => {
  it.each([
    // A child's identity number with no child named: its label is the minor's span.
    ['Hej, jag vill anmäla mig till simskolan, mitt personnummer är 130415-9815', 'mitt personnummer'],
    ['Sonens personnummer 210622-9814 syntes på listan vid entrén', 'Sonens'],
    ['Vi har en sjuårig son som gärna vill börja på fotbollen', 'sjuårig son'],
    ['hon har en 12-årig kille hemma', '12-årig kille'],
    ['Våra två döttrar går i mellanstadiet och har långt till skolan', 'Våra två döttrar går i mellanstadiet'],
    ['Syskonen ska börja förskoleklass efter sommaren', 'Syskonen ska börja förskoleklass'],
    ['Vår nyfödda dotter sover dåligt när de borrar', 'Vår nyfödda'],
    ['Our son is in year 5 at the school by the lake', 'Our son is in year 5'],
  ])('%s', (text, span) => expect(of('minor', text)).toContain(span));
  it.each([
    'Mitt personnummer är 790211-9812, jag har flyttat',
    // Implausible owners of a child's number: a writer of six, a mother under 18 (a slip in the number).
    'Mitt personnummer är 200315-9817, kan ni kolla min ansökan',
    'Min mammas personnummer 111003-9813 står på blanketten',
    'Barnen på lågstadiet får frukt varje fredag',
    'Nyfödda barn i stadsdelen får en bok i present',
    'en 45-årig man greps vid torget',
    // An adult child, and an age group invited: nobody under 18 in particular.
    'Vår son fyllde 19 i somras och ska flytta hemifrån, vilka bostadsköer finns?',
    'Är du mellan 16 och 19 år? Sök sommarjobb hos stadsdelen senast i mars',
  ])('not a minor: %s', (text) => expect(of('minor', text)).toEqual([]));
});

describe('phone numbers of associations and services', () => {
  it.each([
    'Frågor om loppisen? Ring hembygdsföreningen på 08-465 004 31',
    'Ring vår studie- och yrkesvägledning på 08-465 004 25 så bokar de tid',
    'Schackklubben ses på tisdagar i fritidsgården. Info: 08-465 004 36',
  ])('%s', (text) => expect(of('phone', text)).toEqual([]));
  it('a mobile after "Info:" is still a person’s', () => {
    expect(of('phone', 'Säljer cykel. Info: 070-174 06 27')).toEqual(['070-174 06 27']);
  });
});

describe('sensitive data', () => {
  it.each([
    ['My dad has been on dialysis since spring', 'dialysis'],
    ['Min granne firar eid med hela släkten på söndag', 'firar eid'],
  ])('%s', (text, span) => expect(of('sensitive', text)).toContain(span));
  it.each([
    'Judarna i stan firar chanukka i helgen, fint med ljusen i fönstren',
    'Finns informationen på somaliska och tigrinja?',
    'Can you print the leaflet in Arabic as well',
  ])('about no one: %s', (text) => expect(of('sensitive', text)).toEqual([]));
});

describe('veiled threats', () => {
  it.each([
    'Den där vakten går inte därifrån helskinnad om han rör min bil igen',
    'Nästa möte kommer jag med något annat i handen än en lista med namn',
    'Han ska inte tro att han kan sova i lugn och ro efter det här beslutet',
    'Sätter ni upp den skylten får ni aldrig gå ut utan att se er över axeln',
  ])('%s', (text) => expect(findUnlawfulCandidates(text).grounds).toContain('olaga-hot'));
  it.each([
    'Nu kan vi äntligen sova i lugn och ro när bygget är klart',
    'Man måste se sig över axeln när man svänger ut från busshållplatsen',
    'Vi ska krossa dem i matchen på söndag!',
    'Jag gick därifrån hel och glad efter konserten',
  ])('not a threat: %s', (text) => expect(findUnlawfulCandidates(text).flagged).toBe(false));
});

describe('needs a reply', () => {
  it.each([
    'Bygg en riktig idrottshall i Solgård istället för fler kontor',
    'Jag vill bli medlem i seniorklubben via er, hur går det till',
    'Ni lovade ersättning för cykeln som förstördes. Sätt in pengarna på mitt konto i Nordea',
  ])('%s', (text) => expect(readQuestion(text).asks).toBe(true));
  it.each([
    'Var på föreläsningen i biblioteket igår, mycket intressant',
    'Vilket fyrverkeri i förrgår ✨',
    'Is there anything more beautiful than the park in October',
    'Frågor om julmarknaden? Kontakta föreningen på info@example.org',
    'Mejla mig om du behöver hjälp med flytten, jag har en stor bil',
  ])('nobody is asked: %s', (text) => expect(readQuestion(text).asks).toBe(false));
  it('a notice followed by a real question still asks', () => {
    expect(readQuestion('Frågor om julmarknaden? Kontakta föreningen. Men när börjar den?').asks).toBe(true);
  });
});

describe('political: voting cards and election booths', () => {
  const lists = withPoliticians(undefined, []);
  it.each(['Röstkorten kom aldrig fram till vår port', 'Valstugorna står vid tunnelbanan hela veckan'])('%s', (text) =>
    expect(findPoliticalContent(text, lists).political).toBe(true),
  );
});
