// Every adapter over every saved page of its site, read with two DOM libraries: the snapshot must be
// exactly the hand-checked JSON beside the page, field by field.
import { describe, expect, test } from 'vitest';
import { PageSnapshotSchema } from '../../lib/model';
import { readPage, scanPage } from '../../lib/sites/index';
import { siteRegistry } from '../../lib/sites/registry';
import { fixtureNames, loadFixture, parsers, SITES } from './helpers';


test('each site folder has the expected pages', () => {
  expect(Object.fromEntries(SITES.map((site) => [site, fixtureNames(site)]))).toEqual({
    facebook: [
      'changed-markup-sv',
      'checks-sv',
      'group-post-sv',
      'hostile-sv',
      'many-comments-sv',
      'no-comments',
      'page-post-en',
      'page-post-sv',
      'photo-viewer-en',
      'thread-2025-sv',
      'unrecognised-sv',
    ],
    'business-suite': ['changed-markup', 'inbox-comments-en', 'inbox-comments-sv', 'post-details-sv'],
    instagram: ['account-post-sv', 'changed-markup', 'post-2023-en', 'post-2023-sv', 'post-sv', 'reel-2023-en', 'reel-en'],
  });
});

test('every fixture has its own URL (the e2e tests serve each page at its URL)', () => {
  const urls = SITES.flatMap((site) => fixtureNames(site).map((name) => loadFixture(site, name).url));
  expect(new Set(urls).size).toBe(urls.length);
});

test('comment ids are unique within each fixture, except where two comments are marked as claiming one', () => {
  SITES.forEach((site) =>
    fixtureNames(site).forEach((name) => {
      const comments = loadFixture(site, name).expected.posts.flatMap((p) => p.comments);
      const ids = comments.filter((c) => !c.idCollision).map((c) => c.id);
      expect(new Set(ids).size, `${site}/${name}`).toBe(ids.length);
      const claimed = comments.filter((c) => c.idCollision).map((c) => c.id);
      for (const id of claimed) expect(claimed.filter((c) => c === id).length, `${site}/${name} ${id}`).toBeGreaterThan(1);
    }),
  );
});

describe.each(SITES)('%s', (site) => {
  describe.each(parsers)('parsed with %s', (_parser, parse) => {
    describe.each(fixtureNames(site))('%s', (name) => {
      const { doc, url, expected } = loadFixture(site, name, parse);

      test('has a fixture URL on the site', () => {
        expect(siteRegistry.siteForUrl(url)?.id).toBe(site);
      });

      test('readPage gives the expected snapshot, field by field', () => {
        const snapshot = readPage(doc, url);
        expect(snapshot).not.toBeNull();
        if (!snapshot) return;
        expect(snapshot.site).toBe(site);
        expect(snapshot.posts).toHaveLength(expected.posts.length);
        expected.posts.forEach((expectedPost, p) => {
          const { comments: expectedComments, ...expectedMeta } = expectedPost;
          const { comments = [], ...meta } = snapshot.posts[p] ?? { comments: [] };
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

      test('found[] lists every comment in order, with an element in the page and its post', () => {
        const result = scanPage(doc, url);
        expect(result).not.toBeNull();
        if (!result) return;
        const comments = result.snapshot.posts.flatMap((post) => post.comments);
        expect(result.found.map((f) => f.comment)).toEqual(comments);
        const elements = result.found.map((f) => f.element);
        expect(new Set(elements).size).toBe(elements.length);
        result.found.forEach((found) => {
          expect(doc.documentElement.contains(found.element)).toBe(true);
          const post = result.snapshot.posts.find((p) => p.comments.includes(found.comment));
          const { comments: _comments, ...meta } = post ?? { comments: [] };
          expect(found.post).toEqual(meta);
        });
      });
    });
  });
});
