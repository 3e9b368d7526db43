// The content script's checks are the product's checks: same ids, order, counts and word lists, the
// same views of the same results; only the text checks' `run` is absent (judged in the background).
import { describe, expect, it } from 'vitest';
import { PAGE_CHECKS, pageCheckRegistry, TEXT_CHECK_IDS } from '../../lib/checks/page-checks';
import { CHECKS, checkRegistry } from '../../lib/checks/registry';
import type { Comment } from '../../lib/model';

const comment: Comment = {
  id: 'c1',
  authorName: 'Testa Testsson',
  text: 'Hej! Min dotter är 12 år, ring 070-555 12 34. Ska Socialdemokraterna verkligen bestämma? Jag ska döda dig.',
  isReply: false,
  postedAt: '2026-12-01T09:00:00Z',
};
const ctx = { now: new Date('2026-12-02T09:00:00Z'), own: false as const, officeReplied: false as const };

describe('the content script check list', () => {
  it('matches CHECKS one to one', () => {
    expect(PAGE_CHECKS.map((c) => c.id)).toEqual(CHECKS.map((c) => c.id));
    expect(PAGE_CHECKS.map((c) => [c.timed, c.counts, c.wordList])).toEqual(CHECKS.map((c) => [c.timed, c.counts, c.wordList]));
    expect(pageCheckRegistry.countKeys).toEqual(checkRegistry.countKeys);
    expect(pageCheckRegistry.wordLists).toEqual(checkRegistry.wordLists);
  });

  it('shows a judgement made with the whole registry exactly as that registry does', () => {
    const judgement = checkRegistry.judge(comment, ctx);
    // The comment trips every text check, so every view is exercised.
    expect(checkRegistry.tags(judgement)).toEqual(expect.arrayContaining(['political', 'personal-data:phone', 'unlawful:olaga-hot']));
    for (const recorded of [[], ['archived'], ['hidden', 'personal-data-handled']] as const) {
      expect(pageCheckRegistry.badges(judgement, recorded)).toEqual(checkRegistry.badges(judgement, recorded));
      expect(pageCheckRegistry.checklist(judgement, recorded)).toEqual(checkRegistry.checklist(judgement, recorded));
      expect([...pageCheckRegistry.open(judgement, recorded)]).toEqual([...checkRegistry.open(judgement, recorded)]);
    }
    expect(pageCheckRegistry.tags(judgement)).toEqual(checkRegistry.tags(judgement));
  });

  it('never runs a text check on the page', () => {
    for (const check of PAGE_CHECKS) {
      if (TEXT_CHECK_IDS.includes(check.id)) expect(() => check.run(comment, ctx)).toThrow(/background/);
      else expect(check.run(comment, ctx)).toEqual(CHECKS.find((c) => c.id === check.id)!.run(comment, ctx));
    }
  });
});
