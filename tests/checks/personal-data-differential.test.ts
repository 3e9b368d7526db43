/**
 * findPersonalData against the implementation it replaced (tests/checks/reference/personal-data.ts):
 * identical findings on every corpus text, on generated comments dense in every finder's shapes, and on
 * one long text made of them all (the benchmark's kind of input, where state carried along a scan shows).
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../lib/checks/personal-data';
import { corpusTexts } from './match-samples';
import { personalDataTexts } from './personal-data-samples';
import { findPersonalData as findBefore } from './reference/personal-data';

const corpus = corpusTexts();
const generated = personalDataTexts(6000, 0xda7a);

describe('findPersonalData vs the pre-change reference', () => {
  it('finds the same in every corpus and generated text', () => {
    const kinds = new Map<string, number>();
    for (const text of [...corpus, ...generated]) {
      const expected = findBefore(text);
      for (const f of expected) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
      const got = findPersonalData(text);
      if (JSON.stringify(got) !== JSON.stringify(expected)) expect({ text, got }).toEqual({ text, got: expected });
    }
    // Every finder must be exercised, not only the common ones.
    for (const kind of ['personnummer', 'samordningsnummer', 'phone', 'email', 'address', 'postal-code', 'bank-account', 'sensitive', 'minor']) {
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(40);
    }
  }, 120_000);

  it('finds the same in one long text', () => {
    const long = [...generated, ...corpus].join('\n');
    const expected = findBefore(long);
    expect(expected.length).toBeGreaterThan(4000);
    expect(findPersonalData(long)).toEqual(expected);
  }, 60_000);
});
