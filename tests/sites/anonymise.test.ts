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

describe('attributes', () => {
  const parse = parsers[0]![1];
  const page = (body: string) =>
    parse(`<html><body><div role="main"><div role="article" aria-label="Kommentar av Anna Ex för 2 dagar sedan" data-ad-rendering-role="comment" data-store='{"name":"Anna Ex"}' data-owner="anna.ex"><a href="https://www.facebook.com/anna.ex">Anna Ex</a><div dir="auto">Hej</div><a href="https://www.facebook.com/x/posts/1?comment_id=1234567">1 d</a>${body}</div></div></body></html>`);

  test('times move by the same whole number of days; their order and form stay', () => {
    const doc = page('<time datetime="2025-05-12T07:15:00.000Z">a</time><time datetime="2025-05-13T07:15:00Z">b</time><abbr data-utime="1747034100">c</abbr>');
    const copy = parse(anonymisedCopy(doc, 'https://www.facebook.com/x/posts/1', { seed: 5 })!.html);
    const [a, b] = [...copy.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
    expect(a).toMatch(/^\d{4}-\d{2}-\d{2}T07:15:00\.000Z$/);
    expect(b).toMatch(/^\d{4}-\d{2}-\d{2}T07:15:00Z$/);
    expect(a).not.toBe('2025-05-12T07:15:00.000Z');
    expect(Date.parse(b!) - Date.parse(a!)).toBe(86_400_000);
    const shift = Date.parse(a!) - Date.parse('2025-05-12T07:15:00.000Z');
    expect(Math.abs(shift % 86_400_000)).toBe(0);
    expect(shift).toBeLessThan(0);
    expect(Number(copy.querySelector('abbr')!.getAttribute('data-utime')) * 1000).toBe(1747034100_000 + shift);
  });

  test('data-* keeps role words, replaces names and rewrites free text', () => {
    const copy = anonymisedCopy(page(''), 'https://www.facebook.com/x/posts/1', { seed: 5 })!.html;
    expect(copy).toContain('data-ad-rendering-role="comment"');
    expect(copy).not.toMatch(/anna\.ex"|Anna Ex/);
    expect(copy).toMatch(/aria-label="Kommentar av [A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+ [a-zåäö]{3} \d [a-zåäö]{5} [a-zåäö]{5}"/);
  });
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
