/**
 * The checks' scores on the held-out test split of the issue-13 corpus (tests/checks/corpus/README.md).
 * Each floor is what the checks reach today, rounded down: a change that loses hits or adds false alarms
 * fails here. Where a floor is below issue 13's target, the target is named beside it; do not raise a
 * floor by tuning on the test split, only by improving the checks on dev.
 */
import { describe, expect, it } from 'vitest';
import { readSplit, scoreSplit, type LabelKind } from './corpus/score';

const test = readSplit('test');
const test2 = readSplit('test2');
const test3 = readSplit('test3');
const dev = readSplit('dev');
const scores = scoreSplit(test);
const scores2 = scoreSplit(test2);
const scores3 = scoreSplit(test3);

// [precision, recall] floors on the test split; issue 13's "done when" targets in the comments.
const FLOORS: Record<LabelKind, [number, number]> = {
  unlawful: [0.96, 0.84], // target: recall ≥ 0.90 at precision ≥ 0.90
  political: [0.86, 0.89], // target: recall ≥ 0.90 at precision ≥ 0.95
  needsReply: [0.9, 0.92], // target: both ≥ 0.90
  anyPersonalData: [0.98, 0.94], // target: both ≥ 0.92
  minor: [1, 0.83], // target: recall ≥ 0.90
  sensitive: [0.95, 0.95],
  personnummer: [0.98, 1], // target: precision ≥ 0.98
  bankAccount: [1, 0.75],
  phone: [1, 1],
  email: [1, 1],
  address: [0.85, 1],
};

describe('issue-13 corpus, test split', () => {
  it('is the corpus the README describes', () => {
    expect(dev.length + test.length).toBeGreaterThanOrEqual(600);
    expect(test.length / (dev.length + test.length)).toBeCloseTo(0.4, 1);
    expect(new Set([...dev, ...test].map((c) => c.id)).size).toBe(dev.length + test.length);
    // Every kind has positives to score on, or its precision and recall would be 1 by default.
    for (const kind of Object.keys(FLOORS) as LabelKind[]) expect(scores[kind].tp + scores[kind].fn, kind).toBeGreaterThan(3);
  });

  it.each(Object.entries(FLOORS))('%s reaches its precision and recall floors', (kind, [precision, recall]) => {
    const s = scores[kind as LabelKind];
    // The whole score is in the message when a floor is missed, false positives and negatives by id.
    expect({ ...s, kind, precisionReached: s.precision >= precision, recallReached: s.recall >= recall }).toMatchObject({
      precisionReached: true,
      recallReached: true,
    });
  });
});

// [precision, recall] floors on test2: 226 comments written and committed before any detector ran on them
// (tests/checks/corpus/README.md), scored after the dev-only tuning of 2026-12-03. Same targets as above.
const FLOORS2: Record<LabelKind, [number, number]> = {
  unlawful: [0.85, 0.6], // target: recall ≥ 0.90 at precision ≥ 0.90 — far below
  political: [0.84, 1], // target: recall ≥ 0.90 at precision ≥ 0.95
  needsReply: [0.8, 0.97], // target: both ≥ 0.90
  anyPersonalData: [0.97, 0.95], // target: both ≥ 0.92
  minor: [1, 1], // target: recall ≥ 0.90
  sensitive: [1, 0.94],
  personnummer: [1, 1], // target: precision ≥ 0.98
  bankAccount: [1, 0.5],
  phone: [0.87, 1],
  email: [1, 1],
  address: [1, 1],
};

describe('issue-13 corpus, test2 split (written before any detector ran on it)', () => {
  it('is a second held-out set of at least 200 comments, disjoint from dev and test', () => {
    expect(test2.length).toBeGreaterThanOrEqual(200);
    const texts = new Set([...dev, ...test].map((c) => c.text));
    expect(test2.filter((c) => texts.has(c.text))).toEqual([]);
    for (const kind of ['unlawful', 'political', 'needsReply', 'anyPersonalData', 'minor', 'sensitive'] as LabelKind[]) {
      expect(scores2[kind].tp + scores2[kind].fn, kind).toBeGreaterThan(3);
    }
  });

  it.each(Object.entries(FLOORS2))('%s reaches its precision and recall floors', (kind, [precision, recall]) => {
    const s = scores2[kind as LabelKind];
    expect({ ...s, kind, precisionReached: s.precision >= precision, recallReached: s.recall >= recall }).toMatchObject({
      precisionReached: true,
      recallReached: true,
    });
  });
});

// [precision, recall] floors on test3: 182 comments by a second writer, written and committed before any
// detector ran on them, independently of test2; scored once, nothing tuned on it. Same targets as above.
const FLOORS3: Record<LabelKind, [number, number]> = {
  unlawful: [0.94, 0.53], // target: recall ≥ 0.90 at precision ≥ 0.90 — far below
  political: [0.83, 0.75], // target: recall ≥ 0.90 at precision ≥ 0.95
  needsReply: [0.69, 0.91], // target: both ≥ 0.90
  anyPersonalData: [0.9, 0.87], // target: both ≥ 0.92
  minor: [1, 0.66], // target: recall ≥ 0.90 (6 positives)
  sensitive: [0.81, 1],
  personnummer: [1, 1], // target: precision ≥ 0.98
  bankAccount: [1, 0.5],
  phone: [0.85, 1],
  email: [1, 0.75],
  address: [1, 1],
};

describe('issue-13 corpus, test3 split (a second writer, written before any detector ran on it)', () => {
  it('is a third held-out set of at least 150 comments, disjoint from dev, test and test2', () => {
    expect(test3.length).toBeGreaterThanOrEqual(150);
    const texts = new Set([...dev, ...test, ...test2].map((c) => c.text));
    expect(test3.filter((c) => texts.has(c.text))).toEqual([]);
  });

  it.each(Object.entries(FLOORS3))('%s reaches its precision and recall floors', (kind, [precision, recall]) => {
    const s = scores3[kind as LabelKind];
    expect({ ...s, kind, precisionReached: s.precision >= precision, recallReached: s.recall >= recall }).toMatchObject({
      precisionReached: true,
      recallReached: true,
    });
  });
});
