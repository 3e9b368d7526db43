// diagnose(): what the page panel shows and copies into support tickets.
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../lib/sites/index';
import { fixtureNames, loadFixture, SITES } from './helpers';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('recognised pages', () => {
  test.each(SITES.flatMap((site) => fixtureNames(site).map((name) => [site, name] as const)))(
    '%s/%s: counts match the snapshot, no page text in the report',
    (site, name) => {
      const { doc, url, expected, html } = loadFixture(site, name);
      const report = diagnose(doc, url);
      const comments = expected.posts.reduce((sum, post) => sum + post.comments.length, 0);
      // A fixture with nothing readable is the "not recognised" case; every other one is recognised.
      const recognised = expected.posts.length > 0;
      expect(report).toMatchObject({ site, recognised, posts: expected.posts.length, comments });
      expect(report.url).toBe(url.replace(/[?#].*$/, ''));
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      const copied = JSON.stringify(report);
      // The page URL may name the office's own account (/ACCOUNT/p/CODE/); commenters never appear.
      expected.posts.forEach((post) => {
        if (post.text) expect(copied).not.toContain(post.text);
        post.comments.forEach((comment) => {
          if (comment.byOffice) return;
          expect(copied).not.toContain(comment.text);
          expect(copied).not.toContain(comment.authorName);
        });
      });
      expect(html).toContain('fixture-url');
    },
  );
});

describe('not recognised', () => {
  test('an unsupported URL', () => {
    expect(diagnose(parse('<p>Hej</p>'), 'https://example.org/page?token=secret#x')).toEqual({
      site: null,
      recognised: false,
      posts: 0,
      comments: 0,
      idCollisions: 0,
      selectors: {},
      url: 'https://example.org/page',
    });
  });

  test('not a URL at all', () => {
    expect(diagnose(parse(''), 'not a url')).toMatchObject({ site: null, recognised: false, url: '' });
  });

  test.each([
    ['facebook', 'https://www.facebook.com/norrbyexempel/posts/pfbid0X?comment_id=1', 'commentArticle'],
    ['business-suite', 'https://business.facebook.com/latest/inbox/facebook?asset_id=1', 'commentArticle'],
    ['instagram', 'https://www.instagram.com/p/CODE/?igsh=abc', 'commentLink'],
  ])('a %s page with markup the adapter does not know: every selector null', (site, url, key) => {
    const report = diagnose(parse('<div><span>Något helt annat</span></div>'), url);
    expect(report).toMatchObject({ site, recognised: false, posts: 0, comments: 0 });
    expect(report.selectors[key]).toBeNull();
    expect(Object.values(report.selectors).every((value) => value === null)).toBe(true);
    expect(report.url).not.toContain('?');
  });
});

test.each([
  ['facebook', 'changed-markup-sv', 'commentArticle', 'article'],
  ['business-suite', 'changed-markup', 'commentArticle', '[role="listitem"]'],
  ['instagram', 'changed-markup', 'commentLink', 'a[href*="/c/"]'],
])('%s/%s: the fallback that matched is in the report', (site, name, key, selector) => {
  const { doc, url } = loadFixture(site, name);
  const report = diagnose(doc, url);
  expect(report.recognised).toBe(true);
  expect(report.selectors[key]).toBe(selector);
});

test('no-comments: recognised (a post) with 0 comments and the comment selector reported null', () => {
  const { doc, url } = loadFixture('facebook', 'no-comments');
  expect(diagnose(doc, url)).toMatchObject({ recognised: true, posts: 1, comments: 0 });
  expect(diagnose(doc, url).selectors['commentArticle']).toBeNull();
});

test('hostile-sv: counts the comments whose identity is in doubt', () => {
  const { doc, url } = loadFixture('facebook', 'hostile-sv');
  expect(diagnose(doc, url)).toMatchObject({ recognised: true, comments: 7, idCollisions: 2 });
});
