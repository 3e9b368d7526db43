// Business Suite details beyond the generic fixture run.
import { expect, test } from 'vitest';
import { readPage, scanPage } from '../../lib/sites/index';
import { loadFixture as load } from './helpers';

const loadFixture = (name: string) => load('business-suite', name);

test('inbox: thread-list previews are not comments; truncation and the Page\'s reply are flagged', () => {
  const { doc, url } = loadFixture('inbox-comments-sv');
  const post = readPage(doc, url)?.posts[0];
  expect(doc.querySelectorAll('[role="row"]').length).toBe(2);
  expect(post?.comments.map((c) => c.id)).toEqual([
    '1300000000000001',
    '1300000000000011',
    '1300000000000002',
    '1300000000000003',
  ]);
  expect(post?.truncated).toBe(true);
  expect(post?.comments.find((c) => c.truncated)?.id).toBe('1300000000000002');
  expect(post?.comments.find((c) => c.byOffice)?.id).toBe('1300000000000011');
});

test('a Business Suite view URL is never taken for a post id', () => {
  const { doc, url } = loadFixture('post-details-sv');
  expect(readPage(doc, url)?.posts[0]?.id).toBe('122200000000000301');
});

test('changed markup: list rows with nested replies are read apart, by fallback selectors', () => {
  const { doc, url } = loadFixture('changed-markup');
  const result = scanPage(doc, url);
  expect(result?.selectors).toMatchObject({
    commentArticle: '[role="listitem"]',
    commentText: 'span[dir="auto"]',
    postText: '[data-ad-preview="message"]',
    postAuthor: 'header a',
  });
  expect(result?.found.map((f) => [f.comment.id, f.comment.text])).toEqual([
    ['1300000000000301', 'Hur anmäler man sig? Min mejl är yvonne.exempel@example.org'],
    ['1300000000000311', 'Hej Yvonne! Vi har skickat ett mejl till dig.'],
    ['1300000000000302', 'Jag kan hjälpa till med grillen 🍔'],
  ]);
  expect(result?.found.every((f) => f.element.matches('[role="listitem"]'))).toBe(true);
});

test('the same page on www.facebook.com does not use the Business Suite fallbacks', () => {
  const { doc } = loadFixture('changed-markup');
  const snapshot = readPage(doc, 'https://www.facebook.com/norrbyexempel/posts/122200000000000401');
  expect(snapshot?.posts.flatMap((p) => p.comments)).toEqual([]);
});
