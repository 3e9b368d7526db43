// "Spara anonymiserad sidkopia" (issue 16) on every saved page, built by two DOM libraries: the copy reads
// back to the same posts, comments and reply structure, and no original text, name, id or image URL survives.
import { describe, expect, test } from 'vitest';
import { anonymisedCopy } from '../../lib/sites/anonymise';
import { placeholderText, seededRandom } from '../../lib/sites/anonymise/placeholders';
import { readPage } from '../../lib/sites/index';
import { leaks, originals, shape } from './anonymise-shape';
import { fixtureNames, loadFixture, parsers, SITES } from './helpers';

describe.each(parsers)('parsed with %s', (_parser, parse) => {
  describe.each(SITES.flatMap((site) => fixtureNames(site).map((name) => [`${site}/${name}`, site, name] as const)))('%s', (_label, site, name) => {
    const { doc, url, expected } = loadFixture(site, name, parse);
    const copy = anonymisedCopy(doc, url, { seed: 16, now: new Date('2026-12-03T10:00:00Z') })!;
    const readBack = readPage(parse(copy.html), copy.url);

    test('reads back to the same posts, comments and reply structure', () => {
      expect(copy.site).toBe(site);
      expect(readBack?.site).toBe(site);
      expect(shape(readBack)).toEqual(shape(expected));
    });

    test('no original text, name or id survives', () => {
      // The file's own note and the words that say what an element is ("Comment by", "Svar av") are ours.
      expect(leaks(copy.html, copy.url, originals(doc, expected))).toEqual([]);
      // Comment ids changed, consistently: none equals its original.
      const before = expected.posts.flatMap((p) => p.comments.map((c) => c.id));
      const after = readBack?.posts.flatMap((p) => p.comments.map((c) => c.id)) ?? [];
      after.forEach((id, i) => expect(id).not.toBe(before[i]));
    });

    test('no image URL, script or style survives', () => {
      expect(copy.html).not.toMatch(/data:image|\bsrc=|srcset=|xlink:href=|<script|<style|<img[^>]+src|url\((?!#)/i);
      expect(copy.html).not.toMatch(/modereringsstod-overlay/);
    });

    test('the same page and seed give the same copy; the page itself is unchanged', () => {
      const again = anonymisedCopy(doc, url, { seed: 16, now: new Date('2026-12-03T10:00:00Z') })!;
      expect(again.html).toBe(copy.html);
      expect(readPage(doc, url)).toEqual(expected);
    });
  });
});

test('the fixtures do carry images, scripts and styles for the copy to drop', () => {
  const all = SITES.flatMap((site) => fixtureNames(site).map((name) => loadFixture(site, name).html));
  expect(all.filter((html) => /data:image/.test(html)).length).toBeGreaterThan(10);
  expect(all.filter((html) => /<script/.test(html)).length).toBeGreaterThan(5);
  expect(all.filter((html) => /<style/.test(html)).length).toBeGreaterThan(0);
});

describe('placeholder text', () => {
  test.each([
    ['Hej Anna! Ring 070-1740605 🙂', /^[A-Za-z]{3} [A-Za-z]{4}! [A-Za-z]{4} \d{3}-\d{7} 🔹$/u],
    ['متى يفتح؟', /^\p{Script=Arabic}{3} \p{Script=Arabic}{4}؟$/u],
    ['שלום', /^\p{Script=Hebrew}{4}$/u],
    ['👩‍👩‍👧 och 🏊‍♀️', /^🔹 [a-z]{3} 🔹$/u],
    ['ÅSA', /^[A-Z]{3}$/],
  ])('%s keeps its length, script and shape', (text, shapeOf) => {
    const out = placeholderText(text, seededRandom(1));
    expect(out).toMatch(shapeOf);
    // No letter or digit stays where it was.
    [...text].forEach((char, i) => {
      if (/[\p{L}\p{N}]/u.test(char) && !/\p{Extended_Pictographic}/u.test(char)) expect([...out][i]).not.toBe(char);
    });
  });
});
