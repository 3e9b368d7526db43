// Facebook details the generic fixture run (fixtures.test.ts) does not show: which element is
// found, nesting, selector reports, and the generated 200+ comment page.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPage, scanPage } from '../../lib/sites/index';
import { generate, OUTPUT } from '../fixtures/sites/generate/many-comments';
import { loadFixture as load } from './helpers';

const loadFixture = (name: string) => load('facebook', name);

describe('page-post-sv details', () => {
  const { doc, url } = loadFixture('page-post-sv');
  const result = scanPage(doc, url)!;
  const byId = (id: string) => result.found.find((f) => f.comment.id === id);

  test('markup typed by a commenter stays literal text, and is not markup in the page', () => {
    const found = byId('1100000000000002');
    expect(found?.comment.text).toBe(
      "Testar om sidan är säker: <img src=x onerror=alert(1)> <script>alert('x')</script>",
    );
    expect(found?.element.querySelector('img[onerror], script')).toBeNull();
  });

  test('a parent comment does not take in its replies, nested in its wrapper or in its article', () => {
    expect(byId('1100000000000001')?.comment.text).toBe('När öppnar simhallen igen?');
    const david = byId('1100000000000004');
    expect(david?.element.querySelector('[role="article"]')).not.toBeNull();
    expect(david?.comment.text).not.toContain('skräpposten');
    expect(david?.comment.postedLabel).toBe('1 v');
  });

  test('a base64 comment id is decoded to the numeric id, for the comment and as a reply parent', () => {
    expect(byId('1100000000000004')?.comment.isReply).toBe(false);
    expect(byId('1100000000000014')?.comment).toMatchObject({ isReply: true, parentId: '1100000000000004' });
  });

  test('the selector report names the first-choice selectors', () => {
    expect(result.selectors).toMatchObject({
      commentArticle: 'div[role="article"]',
      commentText: 'div[dir="auto"]',
      absoluteTime: 'abbr[data-utime]',
      postText: '[data-ad-rendering-role="story_message"]',
      postAuthor: '[data-ad-rendering-role="profile_name"] a',
    });
  });

  test('business.facebook.com reads the same markup as site business-suite', () => {
    const snapshot = readPage(doc, 'https://business.facebook.com/latest/inbox/facebook');
    expect(snapshot?.site).toBe('business-suite');
    expect(snapshot?.posts.flatMap((p) => p.comments)).toHaveLength(8);
  });
});

test('no-comments: unrelated articles are not comments and the report says so', () => {
  const { doc, url } = loadFixture('no-comments');
  const result = scanPage(doc, url);
  expect(doc.querySelectorAll('[role="article"]').length).toBeGreaterThan(0);
  expect(result?.found).toEqual([]);
  expect(result?.selectors['commentArticle']).toBeNull();
});

test('found elements are the comment articles', () => {
  ['page-post-sv', 'page-post-en', 'checks-sv', 'group-post-sv', 'photo-viewer-en'].forEach((name) => {
    const { doc, url } = loadFixture(name);
    scanPage(doc, url)?.found.forEach((found) => expect(found.element.matches('[role="article"]')).toBe(true));
  });
});

describe('truncation and the office\'s own replies', () => {
  test('group post: "Visa mer" marks the post and the comment as truncated, not the rest', () => {
    const { doc, url } = loadFixture('group-post-sv');
    const post = readPage(doc, url)?.posts[0];
    expect(post?.truncated).toBe(true);
    expect(post?.comments.filter((c) => c.truncated).map((c) => c.id)).toEqual(['1400000000000002']);
    expect(post?.text).not.toContain('Visa mer');
  });

  test.each([
    ['page-post-sv', ['1100000000000011']],
    ['checks-sv', ['1200000000000011']],
    ['group-post-sv', ['1400000000000011']],
    ['photo-viewer-en', ['1400000000000111']],
    ['changed-markup-sv', ['1400000000000211']],
  ])('%s: byOffice only on the Page\'s own comments', (name, ids) => {
    const { doc, url } = loadFixture(name);
    const comments = readPage(doc, url)?.posts.flatMap((p) => p.comments) ?? [];
    expect(comments.filter((c) => c.byOffice).map((c) => c.id)).toEqual(ids);
  });
});

test('changed markup: only fallback selectors match, and every comment is still found', () => {
  const { doc, url } = loadFixture('changed-markup-sv');
  const result = scanPage(doc, url);
  expect(result?.found).toHaveLength(3);
  expect(result?.selectors).toMatchObject({
    commentArticle: 'article',
    commentText: 'span[dir="auto"][lang]',
    absoluteTime: 'time[datetime]',
    postText: '[data-ad-preview="message"]',
    postAuthor: 'h3 a',
  });
});

describe('many-comments-sv (generated)', () => {
  const generated = generate();

  test('the checked-in files are exactly the generator output', () => {
    expect(readFileSync(`${OUTPUT}.html`, 'utf8')).toBe(generated.html);
    expect(JSON.parse(readFileSync(`${OUTPUT}.expected.json`, 'utf8'))).toEqual(generated.expected);
  });

  test('200+ comments, read exactly as the generator made them', () => {
    const { doc, url } = loadFixture('many-comments-sv');
    const snapshot = readPage(doc, url);
    const comments = snapshot?.posts[0]?.comments ?? [];
    expect(comments.length).toBeGreaterThanOrEqual(200);
    expect(comments.filter((c) => c.isReply)).toHaveLength(40);
    expect(comments.filter((c) => c.byOffice)).toHaveLength(20);
    expect(comments.filter((c) => c.truncated)).toHaveLength(11);
    expect(snapshot).toEqual(generated.expected);
  });
});
