// A new site is one folder and a new check one file: both are registered here through the same
// registry factories the product uses, and get overlays, badges, checklist items and counts without
// any other source file knowing about them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LAYOUT_FREE } from '../helpers/overlay';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import { CHECKS, createCheckRegistry } from '../../lib/checks/registry';
import type { ActionRequest } from '../../lib/messaging';
import { shadowOf } from '../../lib/overlay/hosts';
import { HOST_TAG, OverlayController, PANEL_TAG } from '../../lib/overlay/controller';
import { createSiteRegistry, SITES } from '../../lib/sites/registry';
import exampleSite from './example-site';
import shouting from './shouting.check';
import { checkRegistry } from '../../lib/checks/registry';

const THREAD = readFileSync(join(import.meta.dirname, 'example-site/thread.html'), 'utf8');
const THREAD_URL = 'https://forum.example.org/t/simhallen-101';
const sites = createSiteRegistry([...SITES, exampleSite]);
const checks = createCheckRegistry([...CHECKS, shouting]);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame'] });
  document.documentElement.innerHTML = new DOMParser().parseFromString(THREAD, 'text/html').documentElement.innerHTML;
});
afterEach(() => {
  vi.useRealTimers();
});

function start(overrides: { checks?: typeof checks } = {}) {
  const record = vi.fn(async (req: ActionRequest) => ({
    ok: true as const,
    value: { status: { kinds: [req.kind] }, alreadyRecorded: false },
  }));
  const onScanned = vi.fn();
  const controller = new OverlayController({
    doc: document,
    checks: checkRegistry,
    getUrl: () => THREAD_URL,
    css: '',
    render: preactRenderer,
    record,
    status: async () => ({ ok: true, value: {} }),
    onScanned,
    sites,
    isTrusted: () => true,
    ...LAYOUT_FREE,
    now: () => new Date('2026-11-25T09:00:00Z'),
    ...overrides,
  });
  controller.scan();
  return { record, onScanned };
}

const panelRoot = () => { const host = document.querySelector(PANEL_TAG); return host ? shadowOf(host) : null; };
const hosts = () => [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
const inHost = (host: HTMLElement, selector: string) => shadowOf(host)!.querySelector<HTMLElement>(selector);
const panelCount = (key: string) => panelRoot()?.querySelector(`[data-testid=count-${key}]`)?.textContent;

describe('a fifth site, registered only in the test', () => {
  it('is recognised by its host and gets one overlay beside each of its comments', async () => {
    const { record } = start();
    await vi.advanceTimersByTimeAsync(300);
    expect(sites.siteForUrl(THREAD_URL)?.id).toBe('example-forum');
    expect(sites.matches).toContain('https://forum.example.org/*');
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['r-1', 'r-2']);
    expect(hosts()[0]!.previousElementSibling?.getAttribute('data-reply-id')).toBe('r-1');
    // The built-in checks run on it like on any site: the question gets its reply badge.
    expect(inHost(hosts()[0]!, '[data-testid=badge-reply]')).not.toBeNull();
    expect(panelCount('notArchived')).toBe('2');

    inHost(hosts()[0]!, '[data-testid=archive]')!.click();
    await vi.advanceTimersByTimeAsync(300);
    expect(record.mock.calls[0]![0]).toMatchObject({
      kind: 'archived',
      site: 'example-forum',
      comment: { id: 'r-1', authorName: 'Anna Exempelsson', text: 'När öppnar simhallen igen?' },
      post: { text: 'Simhallen i Norrby stänger för renovering i december.' },
    });
  });

  it('is unknown to the product registry, so nothing runs on it there', () => {
    expect(createSiteRegistry(SITES).siteForUrl(THREAD_URL)).toBeNull();
  });
});

describe('a new check, registered only in the test', () => {
  it('shows its badge and checklist item, feeds the counts and tags the record', async () => {
    const { record, onScanned } = start({ checks });
    await vi.advanceTimersByTimeAsync(300);
    const [question, loud] = hosts();
    expect(inHost(question!, '[data-testid=badge-shouting]')).toBeNull();
    expect(inHost(loud!, '[data-testid=badge-shouting]')?.textContent).toBe('VERSALER');
    expect(panelCount('shouting')).toBe('1');
    expect(onScanned.mock.calls.at(-1)![0]).toMatchObject({ shouting: 1, notArchived: 2 });

    inHost(loud!, '[data-testid=toggle]')!.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(inHost(loud!, '[data-check=shouting]')?.textContent).toContain('Kommentaren är skriven med versaler.');
    inHost(loud!, '[data-check=shouting] [data-testid=action-hidden]')!.click();
    await vi.advanceTimersByTimeAsync(300);
    expect(record.mock.calls[0]![0]).toMatchObject({ kind: 'hidden', checks: expect.arrayContaining(['shouting', 'archive']) });
    expect(panelCount('shouting')).toBe('0');
  });

  it('leaves the product registry as it was', () => {
    expect(createCheckRegistry(CHECKS).checks.map((c) => c.id)).not.toContain('shouting');
  });
});
