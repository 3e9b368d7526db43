// Shared by the unit and e2e tests of the anonymised page copy: a reading's shape without its words, and
// the original strings that must not survive.
import type { PageSnapshot } from '../../lib/model';

/** What a reading says about the page's shape, without its words or ids. */
export function shape(snapshot: PageSnapshot | null) {
  return snapshot?.posts.map((post) => ({
    hasText: post.text !== '',
    comments: post.comments.map((c) => ({
      isReply: c.isReply,
      parent: c.parentId === undefined ? null : post.comments.findIndex((p) => p.id === c.parentId),
      byOffice: c.byOffice ?? false,
      idCollision: c.idCollision ?? false,
      hasAuthor: c.authorName !== '',
    })),
  }));
}

/** Every original string that must not survive: texts, names, ids, account names, text nodes. */
export function originals(doc: Document, expected: PageSnapshot): string[] {
  const strings = new Set<string>();
  const add = (value: string | undefined, min = 4) => {
    for (const line of (value ?? '').split('\n')) if ([...line.matchAll(/[\p{L}\p{N}]/gu)].length >= min) strings.add(line.trim());
  };
  for (const post of expected.posts) {
    add(post.text);
    add(post.authorName, 3);
    add(post.id);
    for (const c of post.comments) {
      add(c.text);
      add(c.authorName, 3);
      add(c.id);
      add(c.parentId);
      const account = c.authorUrl ? new URL(c.authorUrl).pathname.split('/').filter(Boolean)[0] : undefined;
      if (account && !/^(profile\.php|groups)$/.test(account)) add(account, 3);
      if (c.authorUrl) add(new URL(c.authorUrl).searchParams.get('id') ?? undefined);
    }
  }
  // Exact times could find a comment again: they move too.
  for (const element of Array.from(doc.querySelectorAll('[datetime], [data-utime]'))) {
    strings.add(element.getAttribute('datetime') ?? `"${element.getAttribute('data-utime')}"`);
  }
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) add(node.nodeValue?.replace(/\s+/g, ' '), 5);
  return [...strings];
}

/** Originals found in a copy, leaving out the file's own note and the words that say what an element is. */
export function leaks(html: string, url: string, strings: readonly string[]): string[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, '');
  const kept = /^(?:comment|reply|kommentar|svar)$/i;
  return strings.filter((s) => !kept.test(s) && (body.includes(s) || url.includes(s)));
}
