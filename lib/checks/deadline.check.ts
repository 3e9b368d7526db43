/** When a reply would be due: the comment's posted time plus the office's working hours (./deadline.ts). */
import { defineCheck } from './define';
import { replyDeadline } from './deadline';
import { deadlineView, type ReplyDeadline } from './deadline.view';
import { DEFAULT_REPLY } from './reply-decision';

export default defineCheck({
  ...deadlineView,
  run(comment, ctx): ReplyDeadline {
    // Only a comment that asks the office something gets a deadline (told by the question check, judged before this one);
    // working it out for every comment cost the background about 30 µs each.
    if (ctx.removal || !ctx.question?.asks || ctx.question.byModel) return {};
    const dueAt = replyDeadline(comment, ctx.seenAt ?? ctx.now, ctx.replySettings ?? DEFAULT_REPLY);
    return dueAt ? { dueAt } : {};
  },
});
