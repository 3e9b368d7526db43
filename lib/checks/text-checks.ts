/**
 * A thin batch API over the checks that read a comment's text (personal data, political, unlawful):
 * the background runs them for the content script, so their vocabularies and patterns are compiled
 * and run off the page's main thread. Only how they are called lives here; their rules are theirs.
 */
import type { Comment } from '../model';
import type { OfficeMatch } from './define';
import { createCheckRegistry } from './check-registry';
import { CHECKS } from './registry';
import type { WordLists } from './wordlists';

import { TEXT_CHECK_IDS } from './page-checks';

export { TEXT_CHECK_IDS } from './page-checks';

/** At most this many comments in one request: a batch stays a short task in the background too. */
export const TEXT_BATCH_MAX = 100;

export interface TextItem {
  text: string;
  own: OfficeMatch;
  /** When the comment was posted, for its reply deadline: the page's time, or its label as first read and when (`seenAt`). */
  postedAt?: string;
  postedLabel?: string;
  seenAt?: string;
}

// One registry, so the checks that may suggest removal are judged first and the others are told; made on the first batch
// and kept (until stop 49 it was made again for every batch of up to 100 texts).
let registry: ReturnType<typeof createCheckRegistry> | undefined;
const textRegistry = () => (registry ??= createCheckRegistry(CHECKS.filter((c) => TEXT_CHECK_IDS.includes(c.id))));

/** Each item's text-check results, keyed by check id, in the order given. */
export function judgeTexts(
  items: readonly TextItem[],
  wordLists?: Readonly<Partial<Record<string, WordLists>>>,
  now: Date = new Date(),
): Record<string, unknown>[] {
  const registry = textRegistry();
  // Only the deadline reads the clock (a relative label is counted back from when it was read); the other context fields
  // belong to the checks judged on the page.
  return items.map((item) => {
    const seenAt = item.seenAt === undefined ? undefined : new Date(item.seenAt);
    const ctx = { now, ...(seenAt ? { seenAt } : {}), own: item.own, officeReplied: false as const, wordLists };
    const comment: Comment = { id: 'batch', authorName: '', text: item.text, isReply: false, postedAt: item.postedAt, postedLabel: item.postedLabel };
    return registry.judge(comment, ctx) as Record<string, unknown>;
  });
}
