/** One mounted overlay's state, and what is derived from it. */
import type { OverlayState } from '../../components/overlay/CommentOverlay';
import type { Counts } from '../../components/overlay/PagePanel';
import { openItems, type Judgement } from '../checks';
import { postedAtFromLabel } from '../checks/reply-due';
import type { SubjectStatus } from '../messaging/protocol';
import type { Comment, Post, Site } from '../model';

export interface Mounted {
  host: HTMLElement;
  anchor: Element;
  comment: Comment;
  post: Omit<Post, 'comments'>;
  site: Site;
  status: SubjectStatus;
  state: OverlayState;
  judgement: Judgement;
  judgedKey: string;
  expanded: boolean;
  /** From a relative label ("2 d") at first sight: later readings of an unchanged label would drift. */
  estimatedPostedAt?: string;
}

/** The comment with a posted time: the page's own, or the estimate made when it was first seen. */
export function dated(entry: Mounted, now: Date): Comment {
  if (entry.comment.postedAt) return entry.comment;
  if (!entry.estimatedPostedAt && entry.comment.postedLabel) {
    entry.estimatedPostedAt = postedAtFromLabel(entry.comment.postedLabel, now)?.toISOString();
  }
  return entry.estimatedPostedAt ? { ...entry.comment, postedAt: entry.estimatedPostedAt } : entry.comment;
}

/** The page panel's counts over all mounted comments. */
export function countOpen(entries: Iterable<Mounted>): Counts {
  const counts: Counts = { replyDue: 0, overdue: 0, notArchived: 0, flagged: 0 };
  for (const e of entries) {
    const open = openItems(e.judgement, e.status.kinds);
    for (const key of Object.keys(counts) as (keyof Counts)[]) if (open[key]) counts[key] += 1;
  }
  return counts;
}
