// What saved fixtures do not cover: hostile or broken documents, duplicates, and the parsing helpers.
import { describe, expect, test } from 'vitest';
import { PageSnapshotSchema } from '../../lib/model';
import { nameFromAriaLabel } from '../../lib/sites/facebook/comment';
import {
  cleanProfileUrl,
  cleanUrl,
  decodeCommentId,
  isProfileUrl,
  postIdFromUrl,
} from '../../lib/sites/facebook/urls';
import { readPage, scanPage } from '../../lib/sites/index';

const POST_URL = 'https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function comment(id: string, text: string, inner = ''): string {
  return `<div role="article" aria-label="Kommentar av Test Exempel för 1 dag sedan">
    <a href="https://www.facebook.com/test.exempel?__tn__=R]-R">Test Exempel</a>
    <div dir="auto">${text}</div>${inner}
    <a href="${POST_URL}?comment_id=${id}&amp;__cft__[0]=AZ1&amp;__tn__=R]-R">1 d</a>
  </div>`;
}

const comments = (html: string, url = POST_URL) => readPage(parse(html), url)?.posts.flatMap((p) => p.comments);

describe('documents that are not Facebook pages', () => {
  test.each([
    ['empty', ''],
    ['plain text', 'not html at all <<<>>> &&& </div></div>'],
    ['control characters', '\u0000\u0001\uFFFF\uD800'],
    ['javascript: comment link', '<div role="article"><a href="javascript:alert(1)//?comment_id=1">1 d</a></div>'],
    ['http comment link', '<div role="article"><a href="http://www.facebook.com/x/posts/1?comment_id=1">1 d</a></div>'],
    ['empty comment_id', '<div role="article"><a href="https://www.facebook.com/x/posts/1?comment_id=">1 d</a></div>'],
    ['comment link outside any article', `<a href="${POST_URL}?comment_id=1">1 d</a>`],
    ['deep nesting', '<div>'.repeat(500) + 'x' + '</div>'.repeat(500)],
    ['broken JSON block', '<script type="application/json">{"created_time": 1, </script>'],
  ])('%s: no throw, no comments', (_name, html) => {
    const snapshot = readPage(parse(html), POST_URL);
    expect(snapshot?.posts.flatMap((p) => p.comments)).toEqual([]);
    expect(() => PageSnapshotSchema.parse(snapshot)).not.toThrow();
  });
});

describe('odd but real values', () => {
  test('bad base64, bad times and huge text still give a valid snapshot', () => {
    const html =
      comment('%%%not-base64', 'x'.repeat(150_000), '<abbr data-utime="NaN">?</abbr>') +
      comment('2', 'ok', '<time datetime="yesterday">igår</time>') +
      '<script type="application/json">{"created_time":"soon","id":"2"}</script>';
    const snapshot = readPage(parse(html), POST_URL);
    expect(() => PageSnapshotSchema.parse(snapshot)).not.toThrow();
    const [first, second] = snapshot?.posts[0]?.comments ?? [];
    expect(first?.id).toBe('%%%not-base64');
    expect(first?.text).toHaveLength(100_000);
    expect(first?.postedAt).toBeUndefined();
    expect(second?.postedAt).toBeUndefined();
  });

  test('a time[datetime] with a zone is used as the absolute time', () => {
    const html = comment('3', 'ok', '<time datetime="2025-05-15T12:00:00+02:00">1 v</time>');
    expect(comments(html)?.[0]?.postedAt).toBe('2025-05-15T10:00:00.000Z');
  });
});

test('a comment Facebook renders twice is reported once, at its first element', () => {
  const html = `<div role="main">${comment('7', 'Hej')}<div>${comment('7', 'Hej')}</div>${comment('8', 'Då')}</div>`;
  const doc = parse(html);
  const result = scanPage(doc, POST_URL);
  expect(result?.found.map((f) => f.comment.id)).toEqual(['7', '8']);
  expect(result?.found[0]?.element).toBe(doc.querySelectorAll('[role="article"]')[0]);
});

test('a reply nested in its parent article is read apart from it', () => {
  const reply = `<div role="article" aria-label="Svar av Bo Exempel för 1 dag sedan">
    <div dir="auto">Svaret</div>
    <a href="${POST_URL}?comment_id=1&amp;reply_comment_id=2">1 d</a></div>`;
  const result = comments(comment('1', 'Frågan', reply));
  expect(result?.map((c) => [c.id, c.text, c.authorName, c.parentId])).toEqual([
    ['1', 'Frågan', 'Test Exempel', undefined],
    ['2', 'Svaret', 'Bo Exempel', '1'],
  ]);
});

test('comments outside every feed post belong to the page post (a post dialog over a feed)', () => {
  const html = `<div role="main"><div aria-posinset="1"><div data-ad-rendering-role="story_message">
    <div dir="auto">Ett annat inlägg</div></div></div></div>
    <div role="dialog"><div data-ad-rendering-role="story_message"><div dir="auto">Det öppnade inlägget</div></div>
    ${comment('9', 'I dialogen')}</div>`;
  const snapshot = readPage(parse(html), POST_URL);
  expect(snapshot?.posts.map((p) => [p.id, p.text, p.comments.map((c) => c.id)])).toEqual([
    [undefined, 'Ett annat inlägg', []],
    ['pfbid0Exempel123', 'Det öppnade inlägget', ['9']],
  ]);
});

describe('readPage routing', () => {
  test.each([['https://example.org/'], ['not a url'], ['http://www.facebook.com/x']])('%s → null', (url) => {
    expect(readPage(parse(comment('1', 'x')), url)).toBeNull();
  });

  test('an empty Instagram page is recognised as Instagram, with nothing on it', () => {
    const result = scanPage(parse(''), 'https://www.instagram.com/p/CODE/');
    expect(result?.snapshot).toEqual({ site: 'instagram', posts: [] });
    expect(result?.found).toEqual([]);
    expect(result?.selectors['commentLink']).toBeNull();
  });
});

test.each([
  ['Kommentar av Anna Exempelsson för 2 dagar sedan', 'Anna Exempelsson'],
  ['Kommentar av Anna Exempelsson för en vecka sedan', 'Anna Exempelsson'],
  ['Svar av Stadsdelsförvaltning Norrby (exempel) för 1 dag sedan', 'Stadsdelsförvaltning Norrby (exempel)'],
  ['Kommentar av Bo Exempel 1 v', 'Bo Exempel'],
  ['Comment by Jane Example a week ago', 'Jane Example'],
  ['Comment by Jane Example 2 days ago', 'Jane Example'],
  ["Reply by Karin Exempelqvist to Ingrid Exempelberg's comment 6 days ago", 'Karin Exempelqvist'],
  ['Reply by Leo Testberg just now', 'Leo Testberg'],
  ['Evenemang', ''],
  ['', ''],
])('nameFromAriaLabel(%j) → %j', (label, name) => {
  expect(nameFromAriaLabel(label)).toBe(name);
});

describe('Facebook URLs', () => {
  test.each([
    ['1100000000000004', '1100000000000004', undefined],
    ['Y29tbWVudDoxMjIxOTAwMDAwMDAwMDAxMDFfMTEwMDAwMDAwMDAwMDAwNA==', '1100000000000004', '122190000000000101'],
    ['Y29tbWVudDoxMjIxOTAwMDAwMDAwMDAxMDFfMTEwMDAwMDAwMDAwMDAwNA', '1100000000000004', '122190000000000101'],
    ['aGVsbG8=', 'aGVsbG8=', undefined],
    ['%%%', '%%%', undefined],
  ])('decodeCommentId(%s)', (raw, id, postId) => {
    expect(decodeCommentId(raw)).toEqual(postId ? { id, postId } : { id });
  });

  test.each([
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123/?comment_id=1', 'pfbid0Exempel123'],
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid0X&id=615', 'pfbid0X'],
    ['https://www.facebook.com/groups/123/permalink/456/', '456'],
    ['https://www.facebook.com/photo.php?fbid=789&set=a.1', '789'],
    ['https://www.facebook.com/photo/?fbid=790&set=a.1', '790'],
    ['https://www.facebook.com/groups/123/posts/457/', '457'],
    ['https://www.facebook.com/watch/?v=791', '791'],
    ['https://www.facebook.com/reel/792', '792'],
    ['https://www.facebook.com/norrbyexempel/videos/793/', '793'],
    ['https://www.facebook.com/watch/live/?v=794', null],
    ['https://business.facebook.com/latest/posts/published_posts?asset_id=1', null],
    ['https://www.facebook.com/norrbyexempel', null],
    ['https://example.org/posts/1', null],
  ])('postIdFromUrl(%s) → %s', (url, id) => {
    expect(postIdFromUrl(new URL(url))).toBe(id);
  });

  test.each([
    ['https://www.facebook.com/anna.exempelsson?comment_id=1', true],
    ['https://www.facebook.com/profile.php?id=100090000000002', true],
    ['https://www.facebook.com/people/Anna-Exempelsson/100090000000001/', true],
    ['https://www.facebook.com/groups/123/user/100090000000001/', true],
    ['https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123', false],
    ['https://www.facebook.com/hashtag/sommarlov', false],
    ['https://www.facebook.com/photo.php?fbid=1', false],
    ['https://www.facebook.com/profile.php', false],
    ['https://example.org/anna', false],
  ])('isProfileUrl(%s) → %s', (url, profile) => {
    expect(isProfileUrl(new URL(url))).toBe(profile);
  });

  test('permalinks lose tracking but keep what identifies the target', () => {
    const url = new URL(
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0X&id=615&comment_id=1&reply_comment_id=2&__cft__[0]=AZ&__tn__=R]-R&ref=notif#x',
    );
    expect(cleanUrl(url)).toBe(
      'https://www.facebook.com/permalink.php?story_fbid=pfbid0X&id=615&comment_id=1&reply_comment_id=2',
    );
    expect(cleanUrl(url, { dropComment: true })).toBe('https://www.facebook.com/permalink.php?story_fbid=pfbid0X&id=615');
    expect(cleanProfileUrl(new URL('https://www.facebook.com/profile.php?id=42&comment_id=1&__tn__=R'))).toBe(
      'https://www.facebook.com/profile.php?id=42',
    );
  });
});

describe('comment identity (a hostile or careless page)', () => {
  test("a link to another comment pasted into the text never becomes the comment's id", () => {
    const pasted = comment('21', `Se här: <a href="${POST_URL}?comment_id=20">${POST_URL}?comment_id=20</a>`);
    expect(comments(comment('20', 'Först') + pasted)?.map((c) => [c.id, c.idCollision])).toEqual([
      ['20', undefined],
      ['21', undefined],
    ]);
  });

  test('a comment whose only comment link sits in its text is not taken for that comment', () => {
    const fake = `<div role="article"><a href="https://www.facebook.com/eve">Eve</a>
      <div dir="auto"><a href="${POST_URL}?comment_id=20">1 d</a></div></div>`;
    expect(comments(comment('20', 'Först') + fake)?.map((c) => c.id)).toEqual(['20']);
  });

  test('two different comments claiming one id are both kept and both marked', () => {
    const found = comments(comment('30', 'Riktig fråga?') + comment('30', 'Något helt annat'));
    expect(found?.map((c) => [c.id, c.text, c.idCollision])).toEqual([
      ['30', 'Riktig fråga?', true],
      ['30', 'Något helt annat', true],
    ]);
  });

  test('header and timestamp links that name different comments put the identity in doubt', () => {
    const html = `<div role="article" aria-label="Kommentar av Test Exempel för 1 dag sedan">
      <a href="https://www.facebook.com/test.exempel?comment_id=41">Test Exempel</a>
      <div dir="auto">Vem är jag?</div>
      <a href="${POST_URL}?comment_id=40">1 d</a></div>`;
    expect(comments(html)?.map((c) => [c.id, c.idCollision])).toEqual([['40', true]]);
  });
});
