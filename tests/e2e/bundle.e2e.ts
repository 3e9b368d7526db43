// The built content scripts, one per platform (the ones the browsers load on Facebook and Instagram): the text checks'
// vocabularies, patterns and detectors stay in the background (lib/checks/page-checks.ts), each script carries only its
// own platform's reader, and each stays within the size budget (≤ 30 KB gzip). The code a person's click needs
// (evidence capture, the anonymised page copy, the report for IT) is a module of its own, loaded on the click, and so are
// the expanded checklist and the seldom-shown parts of the bar and the page panel, fetched as the page starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtExtension } from './support/build';

const DATA = join(import.meta.dirname, '../../lib/checks/data');
const BUDGET_GZIP_KB = 30;

const NOT_TERMS = new Set(['$comment', 'id', 'ground', 'scope', 'hit', 'miss']);

/** Every multi-word term of the built-in vocabularies: none may be found in a content script. */
function vocabularyTerms(): string[] {
  const terms = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      // Plain ASCII words: a minifier may write å, ä and ö as escapes.
      if (/^[a-z ]{12,}$/.test(value)) terms.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    // A rule's id, legal ground (shown on the page) and its test sentences are not vocabulary.
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, v]) => !NOT_TERMS.has(key) && walk(v));
  };
  for (const name of ['unlawful-sv.json', 'political-sv.json', 'sensitive-sv.json', 'unlawful-rules.json']) walk(JSON.parse(readFileSync(join(DATA, name), 'utf8')));
  return [...terms];
}

type Manifest = { content_scripts: { matches: string[]; js: string[] }[]; web_accessible_resources: unknown[] };
const manifestOf = (target: 'chrome-mv3' | 'firefox-mv2'): Manifest => JSON.parse(readFileSync(join(builtExtension(target), 'manifest.json'), 'utf8'));

/** What only one platform's reader holds: Facebook's reply-id parameter, Instagram's host. */
const READER_MARKERS: Record<string, string> = { facebook: 'reply_comment_id', instagram: 'instagram.com' };

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the content scripts built for %s', (target) => {
  it('are one per platform, each on its own hosts, with its own reader only', () => {
    const scripts = manifestOf(target).content_scripts;
    expect(scripts.map((c) => c.js)).toEqual([['content-scripts/facebook.js'], ['content-scripts/instagram.js']]);
    expect(scripts[0]!.matches.every((m) => m.includes('facebook.com'))).toBe(true);
    expect(scripts[1]!.matches).toEqual(['https://www.instagram.com/*']);
    const facebook = readFileSync(join(builtExtension(target), 'content-scripts/facebook.js'), 'utf8');
    const instagram = readFileSync(join(builtExtension(target), 'content-scripts/instagram.js'), 'utf8');
    expect(facebook.includes(READER_MARKERS.facebook!)).toBe(true);
    expect(instagram.includes(READER_MARKERS.facebook!)).toBe(false);
    expect(instagram.includes(READER_MARKERS.instagram!)).toBe(true);
    expect(facebook.includes(READER_MARKERS.instagram!)).toBe(false);
  });
});

describe.each((['chrome-mv3', 'firefox-mv2'] as const).flatMap((target) => ['facebook', 'instagram'].map((name) => [target, name] as const)))('the content script built for %s: %s', (target, name) => {
  const script = readFileSync(join(builtExtension(target), `content-scripts/${name}.js`), 'utf8');

  it('carries none of the text checks’ vocabularies (they are judged in the background)', () => {
    const terms = vocabularyTerms();
    expect(terms.length).toBeGreaterThan(30);
    expect(terms.filter((term) => script.includes(term))).toEqual([]);
    // The same words are in the background's script: the test would notice a build that lost them.
    const background = readFileSync(join(builtExtension(target), 'background.js'), 'utf8');
    expect(terms.filter((term) => background.includes(term)).length).toBe(terms.length);
  });

  it('is built without webextension-polyfill; the background keeps it (lib/browser/native.ts)', () => {
    // The polyfill's own message, a string literal that survives minification.
    const POLYFILL = 'This script should only be loaded in a browser extension.';
    expect(script.includes(POLYFILL)).toBe(false);
    expect(readFileSync(join(builtExtension(target), 'background.js'), 'utf8').includes(POLYFILL)).toBe(true);
  });

  it('leaves the click-only code to the on-demand module, which only the supported sites may load', () => {
    const onDemand = readFileSync(join(builtExtension(target), 'on-demand.js'), 'utf8');
    // The evidence fragment's allowed elements, the copy's file name and its fixture address, a PNG drawn from a canvas.
    // The report for IT on a page not recognised (lib/sites/diagnose.ts) is made on its click too.
    const CLICK_ONLY = ['a abbr article', 'sidkopia-', 'fixture-url', 'toDataURL', 'idCollisions'];
    expect(CLICK_ONLY.filter((marker) => script.includes(marker))).toEqual([]);
    expect(CLICK_ONLY.filter((marker) => onDemand.includes(marker))).toEqual(CLICK_ONLY);
    // An ES module whose default export is what the content script calls (lib/overlay/on-demand.ts).
    expect(onDemand).toMatch(/export\s*\{\s*\w+ as default\s*\}/);
    const manifest = JSON.parse(readFileSync(join(builtExtension(target), 'manifest.json'), 'utf8'));
    if (target === 'chrome-mv3') {
      const [resource, ...others] = manifest.web_accessible_resources;
      expect(others).toEqual([]);
      const matches = (manifest as Manifest).content_scripts.flatMap((c) => c.matches);
      expect({ ...resource, matches: [...resource.matches].sort() }).toEqual({ resources: ['on-demand.js', 'on-demand-ui.js'], matches: matches.sort(), use_dynamic_url: true });
    } else {
      expect(manifest.web_accessible_resources).toEqual(['on-demand.js', 'on-demand-ui.js']);
    }
  });

  it('leaves the expanded checklist to its own module, which draws with the content script\'s Preact', () => {
    const views = readFileSync(join(builtExtension(target), 'on-demand-ui.js'), 'utf8');
    // RemovalControl's law-ground help, its "removed" line and the grounds' statutes, the why-excerpt's label; the page
    // panel's seldom-shown parts (base information, own-post reminders, thread archive, comments gone); the bar's notices
    // after a click (evidence missing, "archive again?").
    const VIEWS_ONLY = [
      'law-ground-help', 'done-removed', 'BrB 16 kap. 8', 'why-label',
      'base-suggestion', 'publish-fixed', 'thread-summary', 'gone-confirm-removed',
      'evidence-failure', 'double-yes',
    ];
    expect(VIEWS_ONLY.filter((marker) => script.includes(marker))).toEqual([]);
    expect(VIEWS_ONLY.filter((marker) => views.includes(marker))).toEqual(VIEWS_ONLY);
    // Preact's hook list (`__H`) and its `diffed` option are in the content script only: a second Preact in
    // the module would draw the views with hooks the content script's Preact never calls.
    expect(['__H', 'diffed'].filter((marker) => views.includes(marker))).toEqual([]);
    expect(['__H', 'diffed'].filter((marker) => script.includes(marker))).toEqual(['__H', 'diffed']);
    expect(views).toMatch(/export\s*\{\s*\w+ as default\s*\}/);
  });

  it('carries no calendar: the reply deadline is worked out in the background (lib/checks/deadline.ts)', () => {
    // A holiday's name, the working-time guard and a posted label the parser reads: in the background only.
    const markers = ['Trettondedag jul', 'Working hours must', 'alldeles nyss'];
    expect(markers.filter((m) => script.includes(m))).toEqual([]);
    const background = readFileSync(join(builtExtension(target), 'background.js'), 'utf8');
    expect(markers.filter((m) => background.includes(m))).toEqual(markers);
  });

  it('starts with the overlay’s own context, not WXT’s (lib/browser/content-context.ts): no message posted into the page', () => {
    // WXT's context posts this into the page as it starts, and watches the page's location.
    expect(['wxt:content-script-started', 'wxt:locationchange'].filter((m) => script.includes(m))).toEqual([]);
    expect(script.includes(':started')).toBe(true);
  });

  it(`stays within ${BUDGET_GZIP_KB} KB gzip`, () => {
    const kb = gzipSync(Buffer.from(script), { level: 9 }).length / 1024;
    expect(kb).toBeLessThanOrEqual(BUDGET_GZIP_KB);
  });
});
