/**
 * The reply deadline's view: it shows nothing of its own. When a reply would be due (./deadline.ts) is told to the other
 * checks (`tells`), and the reply-due check shows it when the comment asks the office something. Its `run` is in
 * deadline.check.ts (the background's): the calendar and the label parser are not on Facebook's page.
 */
import type { ReplyDeadline } from './deadline';
import { checkView } from './define';

export type { ReplyDeadline };

export const deadlineView = checkView<ReplyDeadline>()({
  id: 'deadline',
  tags: () => [],
  counts: {},
  open: () => [],
  tells: (r) => ({ deadline: r }),
});
