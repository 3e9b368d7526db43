/**
 * Judges one comment with every check and says which actions are still open. Pure: the clock, the
 * office's names and what the log holds come in as arguments, so the overlay and tests agree.
 */
import type { ActionKind, Comment, LawGroundId } from '../model';
import { findPersonalData, type PersonalDataFinding, type PersonalDataKind } from './personal-data';
import { findPoliticalContent } from './political';
import type { WordLists } from './wordlists';
import { DEFAULT_REPLY, replyDue, type ReplySettings } from './reply-due';
import { findUnlawfulCandidates } from './unlawful';

export interface JudgeContext {
  now: Date;
  /** Names the office posts under (the Page's name): its own comments need no reply. */
  officeNames: string[];
  /** True when the office has replied to this comment in the thread. */
  officeReplied: boolean;
  replySettings?: ReplySettings;
  /** The user's additions and removals; keep the same arrays between calls (compiled once per array). */
  wordLists?: { political?: WordLists; unlawful?: WordLists };
}

export interface Judgement {
  reply: { needed: boolean; dueAt?: string; overdue: boolean; byOffice: boolean };
  personalData: PersonalDataFinding[];
  personalKinds: PersonalDataKind[];
  political: { political: boolean; terms: string[] };
  unlawful: { flagged: boolean; grounds: LawGroundId[]; terms: string[] };
}

/** The only part of a judgement that changes with the clock (a deadline passing). */
export function judgeReply(comment: Comment, ctx: JudgeContext): Judgement['reply'] {
  const reply = replyDue(comment, {
    now: ctx.now,
    settings: ctx.replySettings ?? DEFAULT_REPLY,
    answered: ctx.officeReplied,
    officeNames: ctx.officeNames,
  });
  return { needed: reply.needed, dueAt: reply.dueAt, overdue: reply.overdue, byOffice: ctx.officeReplied };
}

export function judgeComment(comment: Comment, ctx: JudgeContext): Judgement {
  const ownComment = ctx.officeNames.includes(comment.authorName);
  const personalData = ownComment ? [] : findPersonalData(comment.text);
  const unlawful = findUnlawfulCandidates(comment.text, ctx.wordLists?.unlawful);
  return {
    reply: judgeReply(comment, ctx),
    personalData,
    personalKinds: [...new Set(personalData.map((f) => f.kind))],
    political: findPoliticalContent(comment.text, ctx.wordLists?.political),
    unlawful,
  };
}

/** What is still open for a comment once the recorded actions are taken into account. */
export interface OpenItems {
  replyDue: boolean;
  overdue: boolean;
  notArchived: boolean;
  flagged: boolean;
}

export function openItems(j: Judgement, recorded: readonly ActionKind[]): OpenItems {
  const replySettled = recorded.includes('replied') || recorded.includes('no-reply-needed');
  const replyDue = j.reply.needed && !replySettled;
  const dealtWith = recorded.includes('removed') || recorded.includes('hidden');
  const personalOpen = j.personalKinds.length > 0 && !recorded.includes('personal-data-handled') && !dealtWith;
  return {
    replyDue,
    overdue: replyDue && j.reply.overdue,
    notArchived: !recorded.includes('archived'),
    flagged: personalOpen || (j.unlawful.flagged && !dealtWith),
  };
}

/** Short tags stored in a record's `checks`, naming what the checks found when the action was taken. */
export function checkTags(j: Judgement): string[] {
  return [
    'archive',
    ...(j.reply.needed ? ['reply-due'] : []),
    ...j.personalKinds.map((k) => `personal-data:${k}`),
    ...(j.political.political ? ['political'] : []),
    ...j.unlawful.grounds.map((g) => `unlawful:${g}`),
  ].slice(0, 32);
}
