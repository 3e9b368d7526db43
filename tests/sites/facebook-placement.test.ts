// Where each Facebook comment's bar goes, on every saved Facebook page (issue 16): directly after its own
// text (never between the avatar and the name), before the next comment, and no Facebook node moves.
import { describe, expect, test } from 'vitest';
import { scanPage } from '../../lib/sites/index';
import { siteRegistry } from '../../lib/sites/registry';
import { fixtureNames, loadFixture, parsers } from './helpers';

const FOLLOWING = 4;
const follows = (a: Node, b: Node) => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/** The comment's last own text block: a dir=auto block outside nested replies holding its last line. */
function lastTextBlock(article: Element, text: string): Element | undefined {
  const lastLine = text.split('\n').pop() ?? '';
  const nested = [...article.querySelectorAll('[role="article"]')];
  return [...article.querySelectorAll('[dir="auto"]')]
    .filter((block) => !nested.some((reply) => reply.contains(block)))
    .filter((block) => (block.textContent ?? '').replace(/\s+/g, ' ').includes(lastLine.slice(0, 20)))
    .pop();
}

describe.each(parsers.filter(([name]) => name === 'happy-dom'))('parsed with %s', (_name, parse) => {
  const pages = fixtureNames('facebook').filter((name) => loadFixture('facebook', name).expected.posts.some((p) => p.comments.length > 0));

  test.each(pages)('%s: each bar follows its own text and precedes the next comment', (name) => {
    const { doc, url } = loadFixture('facebook', name, parse);
    const result = scanPage(doc, url)!;
    const site = siteRegistry.byId('facebook');
    const before = [...doc.body.querySelectorAll('*')].map((element) => [element, element.parentElement] as const);
    const hosts = result.found.map((found) => {
      const host = doc.createElement('modereringsstod-overlay');
      host.dataset.commentId = found.comment.id;
      site.place(found.element, host);
      return host;
    });
    result.found.forEach((found, i) => {
      const text = lastTextBlock(found.element, found.comment.text);
      const host = hosts[i]!;
      if (text) expect(follows(text, host), `${found.comment.id}: after its text`).toBe(true);
      expect(follows(found.element.querySelector('a[href*="comment_id="]') ?? found.element, host), `${found.comment.id}: after its first link`).toBe(true);
      const next = result.found[i + 1];
      if (next) expect(follows(host, next.element), `${found.comment.id}: before ${next.comment.id}`).toBe(true);
    });
    // Facebook's own nodes stay where they were.
    for (const [element, parent] of before) expect(element.parentElement).toBe(parent);
  });
});

test('thread-2025-sv: the bar of a comment with nested replies sits in its content column, before the replies', () => {
  const { doc, url } = loadFixture('facebook', 'thread-2025-sv');
  const result = scanPage(doc, url)!;
  const lisa = result.found.find((f) => f.comment.id === '1700000000000001')!;
  const host = doc.createElement('modereringsstod-overlay');
  siteRegistry.byId('facebook').place(lisa.element, host);
  expect(host.previousElementSibling?.tagName.toLowerCase()).toBe('ul');
  expect(host.nextElementSibling?.querySelector('[role="article"]')).not.toBeNull();
  expect(host.parentElement?.parentElement).toBe(lisa.element);
});
