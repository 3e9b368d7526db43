/** A comment the unlawful check flags is documented and removed, not answered: the reply check is told. */
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { pageCheckRegistry } from '../../lib/checks/page-checks';
import { readQuestion } from '../../lib/checks/question';
import { DEFAULT_REPLY, replyDue } from '../../lib/checks/reply-due';
import { checkRegistry } from '../../lib/checks/registry';
import type { Comment } from '../../lib/model';

const NOW = new Date('2026-03-10T10:00:00+01:00');
const comment = (text: string): Comment =>
  ({ id: 'c1', authorName: 'Invånare', text, isReply: false, postedAt: '2026-03-10T08:00:00+01:00' }) as Comment;
const ctx = { now: NOW, own: false as const, officeReplied: false as const };
const reply = (j: Record<string, unknown>) => j.reply as { needed: boolean; removal?: true };

describe('removal instead of a reply', () => {
  it('replyDue: a question that is to be removed needs no reply', () => {
    const c = { text: 'Ska vi elda upp kontoret så ni lyssnar?', isReply: false, authorName: 'A', postedAt: '2026-03-10T08:00:00+01:00' };
    // What the question rules read in it (the request model, which would take a threat's "?" away, aside: here the
    // point is that removal alone is reason enough).
    const base = { now: NOW, settings: DEFAULT_REPLY, question: { ...readQuestion(c.text), asks: true, byModel: undefined } };
    expect(replyDue(c, base).needed).toBe(true);
    expect(replyDue(c, { ...base, removal: true })).toMatchObject({ needed: false, reason: 'removal' });
  });

  it('the registry judges the unlawful check first and tells the reply check', () => {
    const threat = checkRegistry.judge(comment('Ska vi elda upp stadsdelskontoret så ni lyssnar?'), ctx);
    expect((threat.unlawful as { flagged: boolean }).flagged).toBe(true);
    expect(reply(threat)).toMatchObject({ needed: false, removal: true });
    expect(checkRegistry.open(threat, []).has('replyDue')).toBe(false);
    const line = checkRegistry.checklist(threat, []).find((i) => i.check === 'reply')?.lines[0];
    expect(line).toBe(t('checkReplyRemoval'));

    const question = checkRegistry.judge(comment('När öppnar simhallen efter renoveringen?'), ctx);
    expect(reply(question)).toMatchObject({ needed: true });
    expect(reply(question).removal).toBeUndefined();
  });

  it('keeps the removal when the deadline is judged again', () => {
    const threat = checkRegistry.judge(comment('Ska vi elda upp stadsdelskontoret så ni lyssnar?'), ctx);
    const again = checkRegistry.rejudgeTimed(threat, comment('Ska vi elda upp stadsdelskontoret så ni lyssnar?'), ctx);
    expect(reply(again).needed).toBe(false);
  });

  it("the content script's registry reads removal from the background's results alone", () => {
    expect(pageCheckRegistry.removal({ unlawful: { flagged: true, grounds: [], terms: ['x'], excerpt: null } })).toBe(true);
    expect(pageCheckRegistry.removal({ unlawful: { flagged: true, grounds: [], terms: ['x'], excerpt: null, own: true } })).toBe(false);
    expect(pageCheckRegistry.removal({ unlawful: { flagged: false, grounds: [], terms: [], excerpt: null } })).toBe(false);
    expect(pageCheckRegistry.removal({})).toBe(false);
  });
  it("the content script's reply check decides from what the background read in the text", async () => {
    const { judgeTexts } = await import('../../lib/checks/text-checks');
    const replyCheck = pageCheckRegistry.checks.find((c) => c.id === 'reply')!;
    const ask = comment('Har simhallen öppet på juldagen');
    const [texts] = judgeTexts([{ text: ask.text, own: false }]);
    expect(texts!.question).toEqual({ asks: true, toSomeone: false, namesOffice: false });
    const told = pageCheckRegistry.context(texts!);
    // No posted time sent: no deadline (the badge then says a reply is due, without a time).
    expect(told).toEqual({ removal: false, question: { asks: true, toSomeone: false, namesOffice: false }, deadline: {} });
    expect(replyCheck.run(ask, { ...ctx, ...told })).toMatchObject({ needed: true, dueAt: undefined });
    // With the posted label as first read, and when: the background works out the deadline (24 working hours on).
    const [dated] = judgeTexts([{ text: ask.text, own: false, postedLabel: '2 tim', seenAt: '2026-03-10T10:00:00+01:00' }], undefined, new Date('2026-03-10T15:00:00+01:00'));
    expect(dated!.deadline).toEqual({ dueAt: '2026-03-11T08:00:00+01:00' });
    expect(replyCheck.run(ask, { ...ctx, ...pageCheckRegistry.context(dated!) })).toMatchObject({ needed: true, dueAt: '2026-03-11T08:00:00+01:00' });
    // Not judged yet: no reply badge before the background has read the text.
    expect(replyCheck.run(ask, ctx)).toMatchObject({ needed: false });
    // Only a comment that asks something gets a deadline: not thanks, not a threat put as a question.
    const posted = { own: false as const, postedAt: '2026-03-10T08:00:00+01:00' };
    const [thanked, threat] = judgeTexts([{ text: 'Tack för hjälpen!', ...posted }, { text: 'Ska vi elda upp stadsdelskontoret så ni lyssnar?', ...posted }]);
    expect([thanked!.deadline, threat!.deadline]).toEqual([{}, {}]);
    expect(judgeTexts([{ text: ask.text, ...posted }])[0]!.deadline).toEqual({ dueAt: '2026-03-11T08:00:00+01:00' });
    const thanks = judgeTexts([{ text: 'Tack för hjälpen!', own: false }])[0]!;
    expect(replyCheck.run(comment('Tack för hjälpen!'), { ...ctx, ...pageCheckRegistry.context(thanks) })).toMatchObject({ needed: false });
  });
});

describe('group nouns in hate speech are not personal data', () => {
  it('drops a plural group noun from the sensitive findings when the comment is to be removed', async () => {
    const { findPersonalData } = await import('../../lib/checks/personal-data');
    const hate = 'These Afghans are parasites, deport them';
    expect(findPersonalData(hate).map((f) => f.kind)).toContain('sensitive');
    expect(findPersonalData(hate, { removal: true }).map((f) => f.kind)).not.toContain('sensitive');
    // A person's own data, or a described person's, stays, removal or not.
    expect(findPersonalData('Lägger ut journalen så alla ser att han är psykiskt sjuk. Sprid.', { removal: true }).map((f) => f.kind)).toContain('sensitive');
    expect(findPersonalData('Jag är muslim och ni ska få se vad som händer', { removal: true }).map((f) => f.kind)).toContain('sensitive');
  });

  it('the background judges the unlawful check first and tells the personal-data check', async () => {
    const { judgeTexts } = await import('../../lib/checks/text-checks');
    const [hate, own] = judgeTexts([
      { text: 'Those Eritreans are vermin, deport them all', own: false },
      { text: 'Som muslim vill jag fråga om bönerummet', own: false },
    ]);
    expect((hate!.unlawful as { flagged: boolean }).flagged).toBe(true);
    expect((hate!['personal-data'] as { kinds: string[] }).kinds).not.toContain('sensitive');
    expect((own!['personal-data'] as { kinds: string[] }).kinds).toContain('sensitive');
  });
});
