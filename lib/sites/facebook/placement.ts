/**
 * Puts a host right after a comment's own content: after the article, or, when Facebook nests the
 * replies inside the parent's article, just before the nested replies so the bar stays with its comment.
 */
export function placeBeside(article: Element, host: HTMLElement): void {
  const nested = article.querySelector('[role="article"]');
  if (!nested) {
    article.after(host);
    return;
  }
  // The comment's own link (outside the replies) marks its content; the bar goes before the first
  // ancestor of the replies that shares a parent with that content.
  const own =
    [...article.querySelectorAll('a[href*="comment_id="]')].find((a) => !nested.contains(a)) ??
    [...article.querySelectorAll('[dir="auto"]')].find((el) => !nested.contains(el));
  let child: Element = nested;
  while (child.parentElement && child.parentElement !== article && !(own && child.parentElement.contains(own))) {
    child = child.parentElement;
  }
  child.parentElement!.insertBefore(host, child);
}
