/** Comment identity across adapters: one id names one comment, or the moderator is told it does not. */
import type { Comment } from '../../model/page';

/**
 * A site may render one comment twice (the same id, author and text): keep the first. Two *different*
 * comments claiming one id are both kept and marked, never one silently dropped: the moderator must see
 * both and check which is which before either is recorded.
 */
export function settleDuplicates<T extends { comment: Comment }>(located: readonly T[]): T[] {
  const first = new Map<string, T>();
  const kept: T[] = [];
  for (const item of located) {
    const earlier = first.get(item.comment.id);
    if (!earlier) {
      first.set(item.comment.id, item);
      kept.push(item);
      continue;
    }
    if (sameComment(earlier.comment, item.comment)) continue;
    earlier.comment.idCollision = true;
    item.comment.idCollision = true;
    kept.push(item);
  }
  return kept;
}

function sameComment(a: Comment, b: Comment): boolean {
  return a.authorName === b.authorName && a.authorUrl === b.authorUrl && a.text === b.text && a.parentId === b.parentId;
}
