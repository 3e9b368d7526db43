// The evidence fragment is built from a whitelist: whatever a page puts in a comment's nodes, the copy
// can neither run nor load anything. happy-dom has no layout, so boxes are given by a stub here; the
// real sizes and the picture are checked in real browsers (tests/e2e/evidence.e2e.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildFragment, CaptureError, commentBox, fragmentDocument } from '../../lib/evidence/fragment';
import { pngSize } from '../../lib/evidence/png';
import { fittingScale } from '../../lib/evidence/picture';

const rect = (top: number, height: number, width = 400) =>
  ({ top, left: 0, width, height, bottom: top + height, right: width, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.closest('.reply')) return rect(200, 60);
    if (this.matches('img')) return rect(10, 32, 32);
    return rect(100, 160);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const HOSTILE = `<div role="article" class="comment" onclick="steal()" data-secret="x">
  <a href="https://www.facebook.com/lo.arg" onmouseover="steal()"><img src="https://scontent.example.org/avatar.jpg" alt="Lo Arg" onerror="steal()"></a>
  <span style="background-image:url(https://tracker.example.org/pixel.gif);color:rgb(1, 2, 3)">Lo Arg</span>
  <div dir="auto">Jag ska <b>hitta</b> dig<script>steal()</script><style>body{background:url(https://tracker.example.org/x)}</style></div>
  <iframe name="evil"></iframe><object data="https://evil.example.org/x.swf"></object>
  <a href="javascript:steal()">Svara</a><svg onload="steal()"><image href="https://tracker.example.org/svg.png"/></svg>
  <template><img src="https://tracker.example.org/t.png"></template>
  <custom-widget onfocus="steal()">Gilla</custom-widget>
  <div class="reply" role="article"><div dir="auto">Ett svar som inte hör hit</div></div>
</div>`;

describe('buildFragment', () => {
  it('copies text and structure, and nothing that could run or load', () => {
    document.body.innerHTML = HOSTILE;
    const comment = document.querySelector('.comment')!;
    const fragment = buildFragment(comment, { exclude: (el) => el.classList.contains('reply') });
    const html = fragmentDocument(fragment, { url: 'https://www.facebook.com/x', capturedAt: '2026-12-03T09:00:00.000Z' });
    expect(fragment.text.replace(/\s+/g, ' ')).toContain('Jag ska hitta dig');
    expect(fragment.text).toContain('Lo Arg');
    expect(fragment.text).not.toContain('Ett svar som inte hör hit');
    expect(html).not.toMatch(/<script|<style|<iframe|<object|<template|<svg|<image|<img/i);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/url\(|javascript:|data-secret/i);
    expect(html).not.toContain('steal()');
    // Links keep their http(s) address (as evidence); a javascript: link keeps only its text.
    expect(html).toContain('href="https://www.facebook.com/lo.arg"');
    // The image is a grey box that names its source as inert text; nothing loads it.
    expect(html).toContain('data-src="https://scontent.example.org/avatar.jpg"');
    // Unknown elements become plain ones; the safe inline style survives.
    expect(html).not.toContain('custom-widget');
    expect(html).toContain('color:rgb(1, 2, 3)');
    // Opened on its own, the file forbids every load and script.
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('parses back to a document without any executable or loading part', () => {
    document.body.innerHTML = HOSTILE;
    const fragment = buildFragment(document.querySelector('.comment')!, { exclude: (el) => el.classList.contains('reply') });
    const parsed = new DOMParser().parseFromString(fragmentDocument(fragment, { url: 'https://www.facebook.com/x', capturedAt: 'now' }), 'text/html');
    const all = [...parsed.querySelectorAll('*')];
    expect(all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    expect(all.filter((el) => ['script', 'iframe', 'img', 'object', 'embed', 'link', 'style'].includes(el.localName))).toEqual([]);
    expect(all.filter((el) => el.getAttribute('src') !== null)).toEqual([]);
  });

  it('cuts the box above nested replies and refuses what is not shown or too large', () => {
    document.body.innerHTML = HOSTILE;
    const comment = document.querySelector('.comment')!;
    expect(commentBox(comment, (el) => el.classList.contains('reply'))).toMatchObject({ top: 100, height: 100, width: 400 });
    expect(commentBox(comment, () => false)).toMatchObject({ height: 160 });
    expect(() => buildFragment(comment, { maxElements: 3 })).toThrow(CaptureError);
    vi.mocked(Element.prototype.getBoundingClientRect).mockImplementation(() => rect(0, 0, 0));
    try {
      buildFragment(comment);
      expect.unreachable();
    } catch (error) {
      expect((error as CaptureError).code).toBe('not-shown');
    }
  });
});

describe('pictures', () => {
  it('reads a PNG size and refuses what is not a PNG', () => {
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    expect(pngSize(png)).toEqual({ width: 1, height: 1 });
    expect(pngSize(new TextEncoder().encode('GIF89a and then some more bytes to be long enough'))).toBeNull();
  });

  it('draws a tall comment whole at a smaller scale rather than cutting it', () => {
    expect(fittingScale(500, 800, 2)).toBe(2);
    expect(fittingScale(500, 12_000, 2)).toBeCloseTo(16_000 / 12_000);
    expect(fittingScale(8000, 8000, 1)).toBeCloseTo(Math.sqrt(40_000_000 / 64_000_000));
  });
});
