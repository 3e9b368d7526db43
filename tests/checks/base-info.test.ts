// The account's base information: the four pieces the policy asks for, read from about/intro text and
// links. The corpus was labelled before the detector was written (one dev item added after, marked).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_CHECKS } from '../../lib/checks';
import { checkBaseInfo, type BaseInfoPiece } from '../../lib/checks/base-info';
import baseInfo from '../../lib/checks/base-info.check';

describe('checkBaseInfo', () => {
  it('finds each piece by its words, and personal-data handling also by a link', () => {
    expect(checkBaseInfo('Stockholms stad ansvarar för kontot.').found).toEqual(['sender']);
    expect(checkBaseInfo('Så behandlar vi personuppgifter.').found).toEqual(['personal-data']);
    expect(checkBaseInfo('Läs mer', ['https://norrby.example.org/personuppgifter']).found).toEqual(['personal-data']);
    expect(checkBaseInfo('Vi tar bort kommentarer som är olagliga.').found).toEqual(['participation']);
    expect(checkBaseInfo('Kommentarer kan bli allmänna handlingar.').missing).not.toContain('public-record');
    expect(checkBaseInfo('Välkommen till oss!').missing).toEqual(['sender', 'personal-data', 'participation', 'public-record']);
  });

  it('is registered as an account check that suggests a text for each missing piece', () => {
    expect(ACCOUNT_CHECKS.map((c) => c.id)).toEqual(['base-info']);
    const pieces = baseInfo.run({ text: 'Stockholms stads konto för Norrby.', links: [] });
    expect(pieces.map((p) => [p.id, p.found, p.suggestion ?? null])).toEqual([
      ['sender', true, null],
      ['personal-data', false, 'baseSuggestPersonalData'],
      ['participation', false, 'baseSuggestParticipation'],
      ['public-record', false, 'baseSuggestPublicRecord'],
    ]);
  });
});

interface Item {
  id: string;
  split: 'dev' | 'test';
  text: string;
  links: string[];
  expected: BaseInfoPiece[];
}
const corpus = readFileSync(join(import.meta.dirname, '../fixtures/texts/base-info/about.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Item);

describe('the base-information corpus', () => {
  it('has both splits, every piece, and texts with none', () => {
    expect(corpus.filter((i) => i.split === 'test').length).toBeGreaterThanOrEqual(8);
    for (const piece of ['sender', 'personal-data', 'participation', 'public-record']) expect(corpus.some((i) => i.expected.includes(piece as BaseInfoPiece))).toBe(true);
    expect(corpus.some((i) => i.expected.length === 0)).toBe(true);
  });

  // Measured: every item of both splits agrees (dev 9, test 8); a small corpus, so this says little
  // about texts written by other offices.
  it.each(['dev', 'test'] as const)('%s split: every item gets exactly its labelled pieces', (split) => {
    const wrong = corpus
      .filter((i) => i.split === split)
      .filter((i) => [...checkBaseInfo(i.text, i.links).found].sort().join() !== [...i.expected].sort().join())
      .map((i) => i.id);
    expect(wrong).toEqual([]);
  });
});
