/** Reply due (FL 6 §): a question to the office gets a badge with its deadline in working hours. */
import { formatDateTime, t } from '../i18n';
import { defineCheck, type OfficeMatch } from './define';
import { DEFAULT_REPLY, replyDecision } from './reply-decision';

export interface ReplyJudgement {
  needed: boolean;
  dueAt?: string;
  overdue: boolean;
  /** The office has already answered in the thread (`name`: probably, by a reply under its name). */
  byOffice: OfficeMatch;
  /** No reply is due because the comment is possibly unlawful: document and remove it instead. */
  removal?: true;
  /** The question rules read a question, but the request model is nearly sure it asks the office nothing. */
  byModel?: true;
}

export default defineCheck({
  id: 'reply',
  timed: true,
  run(comment, ctx): ReplyJudgement {
    const reply = replyDecision(comment, {
      now: ctx.now,
      settings: ctx.replySettings ?? DEFAULT_REPLY,
      answered: ctx.officeReplied !== false,
      own: ctx.own !== false,
      parentByOffice: ctx.parentByOffice,
      removal: ctx.removal === true,
      question: ctx.question,
      dueAt: ctx.deadline?.dueAt,
    });
    return {
      needed: reply.needed,
      dueAt: reply.dueAt,
      overdue: reply.overdue,
      byOffice: ctx.officeReplied,
      ...(reply.reason === 'removal' ? { removal: true as const } : {}),
      ...(reply.reason === 'model-not-a-request' ? { byModel: true as const } : {}),
    };
  },
  tags: (r) => (r.needed ? ['reply-due'] : []),
  counts: { replyDue: 'panelReplyDue', overdue: 'panelOverdue' },
  open(r, recorded) {
    const settled = recorded.includes('replied') || recorded.includes('no-reply-needed');
    if (!r.needed || settled) return [];
    return r.overdue ? ['replyDue', 'overdue'] : ['replyDue'];
  },
  badge(r, open) {
    if (!open.includes('replyDue')) return null;
    const overdue = open.includes('overdue');
    if (!r.dueAt) return { tone: 'reply', text: t('badgeReplyDueNoTime') };
    return { tone: overdue ? 'overdue' : 'reply', text: t(overdue ? 'badgeReplyOverdue' : 'badgeReplyDue', formatDateTime(r.dueAt)) };
  },
  checklistItem(r, recorded) {
    const line = lineOf(r);
    // Answered or settled; or, where the request model took the question away, still recordable as answered (it may be wrong).
    const actions = r.needed
      ? [
          ...(recorded.includes('no-reply-needed') ? [] : [{ kind: 'replied' as const, label: t('actionReplied') }]),
          ...(recorded.includes('replied') ? [] : [{ kind: 'no-reply-needed' as const, label: t('actionNoReplyNeeded') }]),
        ]
      : r.byModel && !recorded.includes('replied')
        ? [{ kind: 'replied' as const, label: t('actionReplied') }]
        : [];
    return { title: t('checkReplyTitle'), lines: [line], actions };
  },
});

/** The checklist's one line: who answered, or why no answer is asked for, or that one is. */
function lineOf(r: ReplyJudgement): string {
  if (r.byOffice === 'url') return t('checkReplyByOffice');
  if (r.byOffice === 'name') return t('checkReplyProbablyByOffice');
  if (r.removal) return t('checkReplyRemoval');
  if (r.byModel) return t('checkReplyByModel');
  return r.needed ? t('checkReplyNeeded') : t('checkReplyNotNeeded');
}
