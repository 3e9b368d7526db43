/** When a reply would be due: the comment's posted time plus the office's working hours (./deadline.ts). */
import { defineCheck } from './define';
import { replyDeadline } from './deadline';
import { deadlineView, type ReplyDeadline } from './deadline.view';
import { DEFAULT_REPLY } from './reply-due';

export default defineCheck({
  ...deadlineView,
  run(comment, ctx): ReplyDeadline {
    const dueAt = replyDeadline(comment, ctx.seenAt ?? ctx.now, ctx.replySettings ?? DEFAULT_REPLY);
    return dueAt ? { dueAt } : {};
  },
});
