// The Facebook adapter against saved pages: every fixture, read with two DOM libraries, must give
// exactly the hand-checked snapshot beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, test } from 'vitest';
import { PageSnapshotSchema, type PageSnapshot } from '../../lib/model';
import { readPage, scanPage } from '../../lib/sites/index';

const FIXTURES = join(__dirname, '../fixtures/sites/facebook');
const fixtureNames = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length))
  .sort();

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((window) => window.happyDOM.close()));
});

type Parse = (html: string) => Document;
const parsers: Array<[string, Parse]> = [
  [
    'happy-dom',
    (html) => {
      const window = new Window();
      windows.push(window);
      return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    },
  ],
  ['linkedom', (html) => parseHTML(html).document as unknown as Document],
];

function loadFixture(name: string, parse: Parse) {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const doc = parse(html);
  // The URL lives in the page itself so unit tests and e2e routes serve it at the same address.
  const url = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content') ?? '';
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as PageSnapshot;
  return { doc, url, expected };
}

test('the fixture folder has the expected pages', () => {
  expect(fixtureNames).toEqual(['checks-sv', 'no-comments', 'page-post-en', 'page-post-sv']);
});

describe.each(parsers)('fixtures parsed with %s', (_parser, parse) => {
  describe.each(fixtureNames)('%s', (name) => {
    const { doc, url, expected } = loadFixture(name, parse);

    test('has a fixture URL on a supported Facebook host', () => {
      expect(url).toMatch(/^https:\/\/www\.facebook\.com\//);
    });

    test('readPage gives the expected snapshot, field by field', () => {
      const snapshot = readPage(doc, url);
      expect(snapshot).not.toBeNull();
      if (!snapshot) return;
      expect(snapshot.site).toBe(expected.site);
      expect(snapshot.posts).toHaveLength(expected.posts.length);
      expected.posts.forEach((expectedPost, p) => {
        const { comments: expectedComments, ...expectedMeta } = expectedPost;
        const post = snapshot.posts[p];
        const { comments = [], ...meta } = post ?? { comments: [] };
        expect(meta, `post ${p}`).toEqual(expectedMeta);
        expect(comments.map((c) => c.id), `comment ids of post ${p}`).toEqual(expectedComments.map((c) => c.id));
        expectedComments.forEach((expectedComment, c) => {
          expect(comments[c], `post ${p} comment ${expectedComment.id}`).toEqual(expectedComment);
        });
      });
      expect(snapshot).toEqual(expected);
    });

    test('the snapshot validates against PageSnapshotSchema', () => {
      expect(() => PageSnapshotSchema.parse(readPage(doc, url))).not.toThrow();
    });

    test('found[] lists every comment in order with its article element and post', () => {
      const result = scanPage(doc, url);
      expect(result).not.toBeNull();
      if (!result) return;
      const comments = result.snapshot.posts.flatMap((post) => post.comments);
      expect(result.found.map((f) => f.comment)).toEqual(comments);
      result.found.forEach((found) => {
        expect(found.element.matches('[role="article"]')).toBe(true);
        const post = result.snapshot.posts.find((p) => p.comments.includes(found.comment));
        const { comments: _comments, ...meta } = post ?? { comments: [] };
        expect(found.post).toEqual(meta);
      });
    });
  });
});

describe('page-post-sv details', () => {
  const { doc, url } = loadFixture('page-post-sv', parsers[0]![1]);
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
  const { doc, url } = loadFixture('no-comments', parsers[0]![1]);
  const result = scanPage(doc, url);
  expect(doc.querySelectorAll('[role="article"]').length).toBeGreaterThan(0);
  expect(result?.found).toEqual([]);
  expect(result?.selectors['commentArticle']).toBeNull();
});
