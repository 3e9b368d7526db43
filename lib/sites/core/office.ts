/**
 * Which comments the office wrote itself. The office's account is the post's author (its Page or
 * Instagram account), so "reply due" can see that a question already has the office's answer.
 */
import type { Comment } from '../../model/page';

/**
 * Marks `byOffice` on comments by the post's author: by profile URL when both are known (names are
 * not unique), by display name only when the post's author has no URL.
 */
export function markOfficeComments(
  postAuthorName: string | undefined,
  postAuthorUrl: string | undefined,
  comments: readonly Comment[],
): void {
  if (!postAuthorName && !postAuthorUrl) return;
  comments.forEach((comment) => {
    const same =
      postAuthorUrl && comment.authorUrl
        ? sameUrl(postAuthorUrl, comment.authorUrl)
        : !postAuthorUrl && postAuthorName !== undefined && postAuthorName !== '' && comment.authorName === postAuthorName;
    if (same) {
      comment.byOffice = true;
      comment.officeMatch = postAuthorUrl && comment.authorUrl ? 'url' : 'name';
    }
  });
}

function sameUrl(a: string, b: string): boolean {
  const norm = (url: string) => url.toLowerCase().replace(/\/+$/, '');
  return norm(a) === norm(b);
}
