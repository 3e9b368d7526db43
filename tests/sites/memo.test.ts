// Readings kept between scans: a scan in many small slices gives exactly what one plain scan gives, a
// changed comment is read again, and nothing a scan marks on a comment sticks to the kept reading.
import { describe, expect, test } from 'vitest';
import { ReadingMemo } from '../../lib/sites/core/memo';
import { scanPage } from '../../lib/sites/index';
import { fixtureNames, loadFixture, SITES } from './helpers';

/** A memo whose slice ends after `reads` readings: the clock ticks once per question. */
function slicedMemo(reads: number) {
  let tick = 0;
  const memo = new ReadingMemo(() => tick++);
  return { memo, slice: () => (memo.deadline = tick + reads) };
}

/** Scans slice by slice until the scan is complete; the result and how many slices it took. */
function scanToEnd(doc: Document, url: string, memo: ReadingMemo, slice: () => void) {
  let slices = 0;
  let result;
  do {
    slice();
    result = scanPage(doc, url, undefined, memo)!;
    slices += 1;
  } while (result.complete === false && slices < 1_000);
  return { result, slices };
}

const facebookLike = SITES.filter((s) => s !== 'instagram');

describe.each(facebookLike)('%s', (site) => {
  test.each(fixtureNames(site))('%s: scanned three readings at a time, the result is the plain one', (name) => {
    const { doc, url } = loadFixture(site, name);
    const plain = scanPage(doc, url);
    const { memo, slice } = slicedMemo(3);
    let result = null;
    let slices = 0;
    do {
      slice();
      result = scanPage(doc, url, undefined, memo);
      slices += 1;
    } while (result?.complete === false && slices < 1_000);
    expect(result?.snapshot).toEqual(plain?.snapshot);
    expect(result?.found.map((f) => f.element)).toEqual(plain?.found.map((f) => f.element));
  });
});

describe.each(facebookLike)('%s, asked for the comments read so far', (site) => {
  test.each(fixtureNames(site))('%s: each part is whole threads from the top, marked as the whole scan marks them', (name) => {
    const { doc, url } = loadFixture(site, name);
    const plain = scanPage(doc, url)!;
    const { memo, slice } = slicedMemo(3);
    memo.partial = true;
    let result = null;
    let slices = 0;
    do {
      slice();
      result = scanPage(doc, url, undefined, memo)!;
      slices += 1;
      const part = result.found;
      // A prefix of the whole scan's comments, each as the whole scan reads it (office, parent), except
      // that a second claim to a comment's id further down is not known yet (the overlay judges the
      // comment again when the whole scan marks it)…
      const unmarked = (f: (typeof part)[number]) => ({ ...f.comment, idCollision: undefined });
      expect(part.map((f) => f.element)).toEqual(plain.found.slice(0, part.length).map((f) => f.element));
      expect(part.map(unmarked)).toEqual(plain.found.slice(0, part.length).map(unmarked));
      // …and no thread cut in two: every reply to a comment handed out is handed out with it.
      const ids = new Set(part.map((f) => f.comment.id));
      const cut = plain.found.slice(part.length).filter((f) => f.comment.parentId && ids.has(f.comment.parentId));
      if (result.complete === false) expect(cut).toEqual([]);
    } while (result.complete === false && slices < 1_000);
    expect(result.found.map((f) => f.element)).toEqual(plain.found.map((f) => f.element));
    expect(result.found.map((f) => f.comment)).toEqual(plain.found.map((f) => f.comment));
  });
});

test('a page read in parts hands out its first threads before the last is read', () => {
  const { doc, url } = loadFixture('facebook', 'page-post-sv');
  const plain = scanPage(doc, url)!;
  const { memo, slice } = slicedMemo(3);
  memo.partial = true;
  const parts: number[] = [];
  let result = null;
  do {
    slice();
    result = scanPage(doc, url, undefined, memo)!;
    if (result.complete === false) parts.push(result.found.length);
  } while (result.complete === false);
  expect(parts.length).toBeGreaterThan(1);
  expect(parts.some((n) => n > 0 && n < plain.found.length)).toBe(true);
});

test('a comment whose text changes is read again; the others are not', () => {
  const { doc, url } = loadFixture('facebook', 'page-post-sv');
  const memo = new ReadingMemo();
  const first = scanPage(doc, url, undefined, memo)!;
  const target = first.found[0]!;
  const block = target.element.querySelector('div[dir="auto"]')!;
  block.textContent = 'Ändrad text.';
  // Without being told, the memo still has the old reading.
  expect(scanPage(doc, url, undefined, memo)!.found[0]!.comment.text).toBe(target.comment.text);
  memo.changed([block]);
  const again = scanPage(doc, url, undefined, memo)!;
  expect(again.found[0]!.comment.text).toBe('Ändrad text.');
  expect(again.found.slice(1).map((f) => f.comment)).toEqual(first.found.slice(1).map((f) => f.comment));
});

test('a duplicate that goes away leaves no collision mark on the kept reading', () => {
  const { doc, url } = loadFixture('facebook', 'hostile-sv');
  const memo = new ReadingMemo();
  expect(scanPage(doc, url, undefined, memo)!.found.filter((f) => f.comment.idCollision)).toHaveLength(2);
  const impostor = [...doc.querySelectorAll('[role="article"]')].find((a) => a.getAttribute('aria-label')?.includes('Eve Imitatör'))!;
  const parent = impostor.parentElement!;
  impostor.remove();
  memo.changed([parent]);
  expect(scanPage(doc, url, undefined, memo)!.found.filter((f) => f.comment.idCollision)).toHaveLength(0);
});

describe('a scan in slices goes on where the last slice stopped', () => {
  test('the page is queried for comment articles once per scan, not once per slice', () => {
    const { doc, url } = loadFixture('facebook', 'page-post-sv');
    const plain = scanPage(doc, url)!;
    const queried: string[] = [];
    const original = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selector: string) => {
      queried.push(selector);
      return original(selector);
    }) as typeof doc.querySelectorAll;
    const { memo, slice } = slicedMemo(3);
    const { result, slices } = scanToEnd(doc, url, memo, slice);
    expect(slices).toBeGreaterThan(1);
    expect(queried.filter((s) => s === 'div[role="article"]')).toHaveLength(1);
    expect(result.found.map((f) => f.comment)).toEqual(plain.found.map((f) => f.comment));
  });

  test('an article removed during the scan is left out; one added is read by the next scan', () => {
    const { doc, url } = loadFixture('facebook', 'page-post-sv');
    const plain = scanPage(doc, url)!;
    // One comment is off the page when the scan starts and comes back while it is under way; the last
    // comment goes away meanwhile.
    const added = plain.found[1]!.element;
    const place = { parent: added.parentElement!, before: added.nextSibling };
    added.remove();
    const { memo, slice } = slicedMemo(3);
    slice();
    expect(scanPage(doc, url, undefined, memo)!.complete).toBe(false);
    const gone = plain.found[plain.found.length - 1]!.element;
    gone.remove();
    place.parent.insertBefore(added, place.before);
    const { result } = scanToEnd(doc, url, memo, slice);
    expect(result.found.map((f) => f.element)).not.toContain(gone);
    expect(result.found.map((f) => f.element)).not.toContain(added);
    // The change schedules another scan (the overlay's observer does): that one reads the page as it is.
    memo.changed([place.parent]);
    const { result: next } = scanToEnd(doc, url, memo, slice);
    expect(next.found.map((f) => f.element)).toContain(added);
    expect(next.found.map((f) => f.element)).not.toContain(gone);
  });
});
