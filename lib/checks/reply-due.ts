/**
 * Reply due in one call: whether a comment awaits the office's reply, and by when. The stable API (DESIGN.md: tests
 * outside the repo call `replyDue(comment, { now, settings })` and `isQuestion(text)` here). It reads what the text asks
 * (./question.ts) and the deadline from the posted time or label (./deadline.ts) unless `ctx` already holds them, then
 * decides as the content script's reply check does (./reply-decision.ts). The extension itself reads the two in the
 * background and gives them to the check on the page.
 */
import type { Comment } from '../model';
import { replyDeadline } from './deadline';
import { readQuestion } from './question';
import { replyDecision, type ReplyDueContext, type ReplyDueResult } from './reply-decision';

export { DEFAULT_REPLY, replyDecision, type ReplyDueContext, type ReplyDueResult, type ReplySettings } from './reply-decision';
export { isQuestion } from './question';
export { postedAtFromLabel } from './deadline';

export type ReplyDueComment = Pick<Comment, 'text' | 'postedAt' | 'postedLabel' | 'isReply' | 'authorName'>;

export function replyDue(comment: ReplyDueComment, ctx: ReplyDueContext): ReplyDueResult {
  const question = ctx.question ?? readQuestion(comment.text);
  const dueAt = ctx.dueAt ?? replyDeadline(comment, ctx.now, ctx.settings);
  return replyDecision(comment, { ...ctx, question, ...(dueAt ? { dueAt } : {}) });
}
