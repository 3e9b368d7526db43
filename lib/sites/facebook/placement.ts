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
  // The comment's own content is what comes before the replies: its avatar link, name, text and its
  // time link. The *last* of these marks the end of that content (the avatar link also carries
  // comment_id, and sits in a column of its own beside the text: climbing to it would put the bar
  // above the commenter's name). The bar goes before the first ancestor of the replies that shares a
  // parent with that end.
  const before = (element: Element) => (element.compareDocumentPosition(nested) & 4) /* FOLLOWING */ !== 0;
  const own = [...article.querySelectorAll('a[href*="comment_id="], [dir="auto"]')].filter(
    (element) => !nested.contains(element) && before(element),
  );
  const end = own[own.length - 1];
  let child: Element = nested;
  while (child.parentElement && child.parentElement !== article && !(end && child.parentElement.contains(end))) {
    child = child.parentElement;
  }
  child.parentElement!.insertBefore(host, child);
}
