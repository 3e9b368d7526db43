/**
 * The request model (lib/checks/request-model.ts): it only takes away the question rules' "asks", never from a
 * comment that opens a sentence with a request, never with the word models off, and the reply check says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { packWeights, readWithModel, type WordModelData } from '../../lib/checks/word-model';
import { MODELS, useWordModels } from '../../lib/checks/models';
import { readQuestion } from '../../lib/checks/question';
import { requestExtras, requestScore } from '../../lib/checks/request-model';
import { pageCheckRegistry } from '../../lib/checks/page-checks';
import type { Comment } from '../../lib/model';

afterEach(() => useWordModels(true));

describe('the features of the whole text', () => {
  it('names a question mark, a doubled one, whom it speaks to, a number and an exclamation mark', () => {
    expect(requestExtras('Kan ni ringa mig?? 070-174 06 55!')).toEqual(['x:q', 'x:qq', 'x:ni', 'x:mig', 'x:num', 'x:excl']);
    expect(requestExtras('@Anna har du sett katten')).toEqual(['x:du', 'x:at']);
    expect(requestExtras('Tack för en fin dag')).toEqual([]);
  });

  it('weigh in a model that has them, and mark no span', () => {
    const tiny: WordModelData = {
      about: { trainedOn: [], items: 0, positives: 0, features: 2, stemLength: 5 },
      threshold: 0.5,
      bias: 0,
      ...packWeights({ 'x:q': 2, 'w:hej': 0.5 }),
    };
    const r = readWithModel('hej', tiny, ['x:q', 'x:q', 'x:unknown']);
    expect(r.score).toBeCloseTo(1 / (1 + Math.exp(-2.5)), 10);
    expect(r.why).toEqual([{ start: 0, end: 3 }]);
  });
});

describe('the request model beside the question rules', () => {
  it.each([
    'Sossarna har lovat nya bostäder i tre val nu. Var är de?',
    'De rödgröna lovade gratis simskola i valrörelsen. Var är den nu?',
  ])('takes the rules’ question away from a rhetorical complaint about politicians: %s', (text) => {
    expect(requestScore(text)).toBeLessThan(MODELS.request.threshold);
    expect(readQuestion(text)).toMatchObject({ asks: false, byModel: true });
  });

  it.each([
    'När öppnar simhallen igen efter renoveringen?',
    'Kan ni ploga gångvägen vid skolan i morgon bitti?',
    'Hej! Ta bort bilden på min dotter från er sida.',
    'Snälla töm papperskorgarna vid lekplatsen, det luktar hemskt.',
  ])('leaves a request to the office alone: %s', (text) => {
    expect(readQuestion(text)).toMatchObject({ asks: true });
    expect(readQuestion(text).byModel).toBeUndefined();
  });

  it('never takes away what opens a sentence with a request verb, however it scores', () => {
    const text = 'Ställ in konserten med Vargen K. Det är fel signal efter allt som hänt.';
    expect(readQuestion(text)).toMatchObject({ asks: true });
  });

  it('is not asked with the word models off', () => {
    const text = 'Sossarna har lovat nya bostäder i tre val nu. Var är de?';
    useWordModels(false);
    expect(readQuestion(text)).toMatchObject({ asks: true });
    expect(readQuestion(text).byModel).toBeUndefined();
  });

  it('is what the reply check says in the checklist, and answering can still be recorded', () => {
    const text = 'Sossarna har lovat nya bostäder i tre val nu. Var är de?';
    const comment = { id: 'c1', authorName: 'Invånare', text, isReply: false, postedAt: '2026-03-10T08:00:00+01:00' } as Comment;
    const ctx = { now: new Date('2026-03-10T10:00:00+01:00'), own: false as const, officeReplied: false as const, question: readQuestion(text) };
    const reply = pageCheckRegistry.checks.find((c) => c.id === 'reply')!;
    const judged = reply.run(comment, ctx) as { needed: boolean; byModel?: true };
    expect(judged).toMatchObject({ needed: false, byModel: true });
    const item = reply.checklistItem!(judged as never, []);
    expect(item?.lines).toEqual([t('checkReplyByModel')]);
    expect(item?.actions?.map((a) => a.kind)).toEqual(['replied']);
  });
});
