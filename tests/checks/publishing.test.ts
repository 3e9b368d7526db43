// The office's own posts are read with the publishing rules; residents' comments with the moderation
// rules; other accounts' posts with neither. The corpus was labelled before the detector was written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistry, POST_CHECKS, type CheckContext } from '../../lib/checks';
import { publishingKinds, type PublishingKind } from '../../lib/checks/publishing';
import { findPublishingReminders } from '../../lib/checks/publishing-text';
import { findPersonalData } from '../../lib/checks/personal-data';
import publishing from '../../lib/checks/publishing.check';
import type { Comment } from '../../lib/model';

const CHILD = 'Grattis till Alva, 10 år, i klass 4B på Norrbyskolan som vann stadsdelens teckningstävling!';
const ART9 = 'Vi träffade Karin Lund som berättade öppet om sin depression och vägen tillbaka.';
const PHONE = 'Vill du veta mer om fältgruppen? Ring Per Nilsson på 070-555 12 34.';

const post = (text: string) => ({ id: '2001', text, authorName: 'Stadsdelsförvaltning Norrby (exempel)' });
const comment = (text: string): Comment => ({ id: '1001', authorName: 'Anna Exempelsson', authorUrl: 'https://www.facebook.com/anna.exempelsson', text, isReply: false });
const residentCtx: CheckContext = { now: new Date('2026-11-25T10:00:00Z'), own: false, officeReplied: false };
const moderationKinds = (text: string) => {
  const judgement = checkRegistry.judge(comment(text), residentCtx);
  return (judgement['personal-data'] as { kinds: string[] }).kinds;
};

describe('publishing reminders on the office\'s own posts', () => {
  it('is registered as a post check', () => {
    expect(POST_CHECKS.map((c) => c.id)).toEqual(['publishing']);
  });

  it.each([
    ['a child with age and school', CHILD, 'minor', 'publishMinor', 'Alva, 10 år'],
    ['an art. 9 mention about a named person', ART9, 'sensitive', 'publishSensitive', 'depression'],
    ['a phone number', PHONE, 'phone', 'publishPhone', '070-555 12 34'],
  ])('an own post with %s gets its reminder', (_, text, kind, message, words) => {
    const reminders = publishing.run(post(text), { own: 'url', findings: findPersonalData(text) });
    expect(reminders).toEqual([{ kind, text: message, excerpt: expect.stringContaining(words) }]);
    expect(publishing.tags(reminders)).toEqual([`publishing:${kind}`]);
  });

  it('the same texts in a resident\'s comment get the moderation flags, and no publishing reminder', () => {
    expect(moderationKinds(CHILD)).toContain('minor');
    expect(moderationKinds(ART9)).toContain('sensitive');
    expect(moderationKinds(PHONE)).toContain('phone');
    // Publishing reminders are a post check: nothing in the comment checks' judgement is one.
    expect(Object.keys(checkRegistry.judge(comment(CHILD), residentCtx))).not.toContain('publishing');
  });

  it('a post by another account, or by a look-alike with the office\'s name only, gets no reminder', () => {
    for (const text of [CHILD, ART9, PHONE]) {
      expect(publishing.run(post(text), { own: false, findings: findPersonalData(text) })).toEqual([]);
      expect(publishing.run(post(text), { own: 'name', findings: findPersonalData(text) })).toEqual([]);
    }
  });

  it('an art. 9 word about a topic rather than a named person is no reminder', () => {
    expect(findPublishingReminders('Temakväll om depression och ångest på biblioteket i Norrby.')).toEqual([]);
    expect(publishingKinds(findPublishingReminders('Karin Lund berättar om sin depression.'))).toEqual(['sensitive']);
  });

  it('a personnummer in a post gets the personnummer reminder', () => {
    expect(publishingKinds(findPublishingReminders('Vinnaren har personnummer 19121212-1212.'))).toEqual(['personnummer']);
  });
});

interface Item {
  id: string;
  split: 'dev' | 'test';
  text: string;
  expected: PublishingKind[];
}
const corpus = readFileSync(join(import.meta.dirname, '../fixtures/texts/publishing/posts.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Item);

function score(split: Item['split']) {
  let tp = 0, fp = 0, fn = 0;
  const wrong: string[] = [];
  for (const item of corpus.filter((i) => i.split === split)) {
    const got = new Set(publishingKinds(findPublishingReminders(item.text)));
    const want = new Set(item.expected);
    for (const k of got) want.has(k) ? tp++ : fp++;
    for (const k of want) if (!got.has(k)) fn++;
    if ([...got].sort().join() !== [...want].sort().join()) wrong.push(item.id);
  }
  return { tp, fp, fn, precision: tp / (tp + fp), recall: tp / (tp + fn), wrong };
}

describe('the publishing corpus (labelled before the detector ran)', () => {
  it('has both splits, positives of every kind and hard negatives', () => {
    expect(corpus.filter((i) => i.split === 'dev').length).toBeGreaterThanOrEqual(12);
    expect(corpus.filter((i) => i.split === 'test').length).toBeGreaterThanOrEqual(12);
    for (const kind of ['minor', 'sensitive', 'personnummer', 'phone']) expect(corpus.some((i) => i.expected.includes(kind as PublishingKind))).toBe(true);
    expect(corpus.filter((i) => i.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  // The misses are an organisation's own number ("kundtjänst", "växel"), which the comment detector
  // deliberately does not count as a person's: the labels say a reminder, the detector says no.
  // Measured: dev 8 of 9 reminders found, none wrong; test 7 of 8, none wrong.
  it.each([
    ['dev', { precision: 1, recall: 8 / 9, wrong: ['p-004'] }],
    ['test', { precision: 1, recall: 7 / 8, wrong: ['p-103'] }],
  ] as const)('%s split: measured precision and recall, and which items disagree', (split, floor) => {
    const s = score(split);
    expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(s.wrong).toEqual(floor.wrong);
  });
});
