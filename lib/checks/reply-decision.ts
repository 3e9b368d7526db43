/**
 * Reply due, as the content script's reply check decides it: questions to the office must be answered "utan onödigt
 * dröjsmål" (FL 6 §); the municipal norm is 24 working hours. Heuristic on purpose: a missed question costs more than a
 * spare reminder, but thank-yous and praise must stay quiet or moderators learn to ignore the badge. What the text asks
 * (./question.ts) and when a reply is due (./deadline.ts) are read in the background and given here; this only decides
 * and compares the deadline with the clock, so neither the word lists nor the calendar are on Facebook's page.
 * ./reply-due.ts is the whole check in one call (the stable API).
 */
import type { Comment } from '../model';
import type { QuestionReading } from './question';

export type ReplySettings = { replyWithinWorkingHours: number };
export const DEFAULT_REPLY: ReplySettings = Object.freeze({ replyWithinWorkingHours: 24 });

export type ReplyDueComment = Pick<Comment, 'text' | 'isReply' | 'authorName'>;
export type ReplyDueContext = {
  now: Date;
  settings: ReplySettings;
  answered?: boolean;
  /** The office wrote the comment itself (by its account's address). */
  own?: boolean;
  /** Names the office posts under: a fallback for callers that know no addresses. */
  officeNames?: string[];
  /**
   * For a reply: whether the comment it answers is the office's (true) or a resident's (false); undefined
   * when unknown. Residents talking to each other in a thread are not asking the office.
   */
  parentByOffice?: boolean;
  /** Another check suggests removing the comment (BBS-lagen 5 §): it is documented and removed, not answered. */
  removal?: boolean;
  /**
   * What the comment's text asks, read by the question check (./question.ts) in the background, so its
   * word lists stay off the page; undefined while the text is not judged yet (then no reply is due).
   */
  question?: QuestionReading;
  /**
   * When the reply is due (ISO 8601), worked out in the background from the posted time and the working-hours calendar
   * (./deadline.ts); undefined when the page gave no readable time.
   */
  dueAt?: string;
};
export type ReplyDueResult = { needed: boolean; dueAt?: string; overdue: boolean; reason?: string };

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), 'sv', { sensitivity: 'accent' }) === 0;

/** Whether a comment awaits the office's reply, and by when, from what the text asks and the deadline given in `ctx`. */
export function replyDecision(comment: ReplyDueComment, ctx: ReplyDueContext): ReplyDueResult {
  if (ctx.own || ctx.officeNames?.some((name) => sameName(name, comment.authorName))) {
    return { needed: false, overdue: false, reason: 'office-author' };
  }
  if (ctx.answered) return { needed: false, overdue: false, reason: 'answered' };
  // A comment to document and remove (a threat, a piracy offer) is not a question to answer.
  if (ctx.removal) return { needed: false, overdue: false, reason: 'removal' };
  const question = ctx.question;
  // The request model took the rules' question away (request-model.ts): said so in the checklist.
  if (question?.byModel) return { needed: false, overdue: false, reason: 'model-not-a-request' };
  if (!question?.asks) return { needed: false, overdue: false, reason: 'not-a-question' };
  if ((comment.isReply && ctx.parentByOffice === false && !question.namesOffice) || question.toSomeone) {
    return { needed: false, overdue: false, reason: 'between-residents' };
  }
  const dueAt = ctx.dueAt;
  if (!dueAt) return { needed: true, overdue: false, reason: 'question-time-unknown' };
  return { needed: true, dueAt, overdue: ctx.now.getTime() > Date.parse(dueAt), reason: 'question' };
}
