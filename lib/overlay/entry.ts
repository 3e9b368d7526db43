/** One comment the overlay keeps track of (mounted beside its comment or not yet), and what is derived from it. */
import type { Judgement, OfficeMatch } from '../checks';
import type { EvidenceInput, StoreWipe, SubjectStatus } from '../messaging/protocol';
import type { Comment, EvidenceFailure, Post } from '../model';
import type { OverlayState } from './types';
import type { ColleagueAction } from '../sync/office';

export interface Tracked {
  /** The overlay's own key: the comment id, `#2` … for a second comment claiming the same id. */
  key: string;
  /** The comment is near the viewport (or has been): it gets its overlay once judged. */
  near?: boolean;
  /**
   * Near only because a comment of its chunk came near (see the controller's CHUNK): drawn and placed with
   * its chunk, but the first screenful never waits for it.
   */
  neighbour?: boolean;
  /** Its place in the order the controller first met the comments (the page's order, mostly). */
  seq?: number;
  /**
   * Watched for coming near on behalf of the comments that follow it on the page (see the controller's
   * WATCH_EVERY), and the watched comment before it in the same run, whose followers precede it.
   */
  followers?: Tracked[];
  before?: Tracked;
  /** Not watched itself: the comment before it on the page watches for it. */
  watchedBy?: Tracked;
  /** Its overlay is queued to be drawn (the controller draws a slice at a time). */
  mountQueued?: boolean;
  /** Our host beside the comment; none until the comment comes near the viewport. */
  host: HTMLElement | null;
  anchor: Element;
  comment: Comment;
  post: Omit<Post, 'comments'>;
  site: string;
  status: SubjectStatus;
  state: OverlayState;
  /** Null until the checks have run (they run a slice at a time on a long page). */
  judgement: Judgement | null;
  /** What the judgement was made from (text, office, answered): judged again only when it changes. */
  judgedKey: string;
  /** The `judgedKey` whose texts are away being judged: not sent a second time meanwhile. */
  judging?: string;
  own: OfficeMatch;
  officeReplied: OfficeMatch;
  /** For a reply: whether it answers the office's comment (undefined when the parent is not on the page). */
  parentByOffice?: boolean;
  expanded: boolean;
  /** The moderator has checked a comment whose identity was in doubt (see Comment.idCollision). */
  identityChecked: boolean;
  /** Its posted label ("2 d") as first read, and when: later readings of an unchanged label would drift. */
  labelSeen?: { label: string; at: string };
  /** The background said, with this comment's last action, that earlier local records were wiped. */
  wiped?: StoreWipe;
  /** The comment's text on the page differs from the text last archived ("Ändrad sedan arkivering"). */
  edited?: boolean;
  /** "Document and remove" under way: capturing, or captured and waiting for the moderator's confirmation. */
  documenting?: { phase: 'capturing' } | { phase: 'confirm'; evidence: EvidenceInput; preview?: string };
  /** Why the last capture has no picture or fragment (the record was made with the text). */
  evidenceFailure?: EvidenceFailure;
  /** What colleagues recorded about the comment (the office's registry); none when it cannot tell. */
  colleagues?: ColleagueAction[];
  /** "Arkivera" on a comment a colleague archived: the question whether to archive it twice is shown. */
  confirmDouble?: boolean;
  /** The moderator answered that question with "Arkivera ändå". */
  doubleConfirmed?: boolean;
  /** The page panel's count keys for this judgement and these recorded kinds, kept until either changes. */
  counted?: { judgement: Judgement; kinds: string; keys: readonly string[] };
}

export type PostedAsSeen = { postedAt?: string; postedLabel?: string; seenAt?: string };

/**
 * When the comment was posted, as the reply deadline is worked out from it (in the background, lib/checks/deadline.ts):
 * the page's own time, or its label ("2 d") as first read with when it was read, so the label is counted back from then.
 */
export function postedAsSeen(entry: Pick<Tracked, 'comment' | 'labelSeen'>, now: Date): PostedAsSeen {
  if (entry.comment.postedAt) return { postedAt: entry.comment.postedAt };
  if (!entry.labelSeen && entry.comment.postedLabel) entry.labelSeen = { label: entry.comment.postedLabel, at: now.toISOString() };
  return entry.labelSeen ? { postedLabel: entry.labelSeen.label, seenAt: entry.labelSeen.at } : {};
}
