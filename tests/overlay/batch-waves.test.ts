// A batch of new comments ("Visa fler kommentarer") on a page whose counts are shown: its counts wait for its comments'
// status, and they change on the page together with its overlays, so that the page is laid out and painted once for
// both (issue 12: the panel had changed a frame before the overlays, a second layout and paint of the whole page).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import { pageCheckRegistry } from '../../lib/checks/page-checks';
import { judgeTexts, TEXT_CHECK_IDS } from '../../lib/checks/text-checks';
import { HOST_TAG, OverlayController, PANEL_TAG, type RemoteTextChecks } from '../../lib/overlay/controller';
import type { OverlayRenderer, PanelState } from '../../lib/overlay/types';
import type { StatusRequest, SubjectStatus, Result } from '../../lib/messaging/protocol';
import { shadowOf } from '../../lib/overlay/hosts';
import { LAYOUT_FREE } from '../helpers/overlay';
import { siteRegistry } from '../../lib/sites/registry';

const POST_URL = 'https://www.facebook.com/norrbyexempel/posts/123456789';
const comment = (i: number) => `<div role="article" aria-label="Kommentar av Person ${i} för 2 dagar sedan">
  <a href="https://www.facebook.com/person.${i}">Person ${i}</a>
  <div dir="auto">Kommentar nummer ${i}${i % 10 === 0 ? ', när öppnar ni?' : '.'}</div>
  <a href="${POST_URL}?comment_id=${100_000 + i}">2 d</a></div>`;
const comments = (from: number, n: number) => Array.from({ length: n }, (_, k) => comment(from + k)).join('');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
const running: AbortController[] = [];
afterEach(() => {
  running.splice(0).forEach((a) => a.abort());
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const remote: RemoteTextChecks = {
  ids: TEXT_CHECK_IDS,
  judge: async (items) => {
    await Promise.resolve();
    return { ok: true, value: structuredClone(judgeTexts(items)) };
  },
};

const ARCHIVED: SubjectStatus = { kinds: ['archived'], archived: { recordId: 'r-205', occurredAt: '2026-11-25T14:03:00+01:00' } };

/** A 200-comment page; `status` answers at once for its comments, and for the batch's when the test says. */
function start(render: OverlayRenderer = preactRenderer) {
  document.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Inlägget.</div></div>${comments(0, 200)}</div>`;
  const later: (() => void)[] = [];
  const status = (req: StatusRequest) => {
    if (!req.commentIds.some((id) => Number(id) >= 100_200)) return Promise.resolve({ ok: true as const, value: {} });
    const value: Record<string, SubjectStatus> = req.commentIds.includes('100205') ? { '100205': ARCHIVED } : {};
    return new Promise<Result<Record<string, SubjectStatus>>>((resolve) => later.push(() => resolve({ ok: true, value })));
  };
  const controller = new OverlayController({
    doc: document,
    getUrl: () => POST_URL,
    css: '',
    render,
    record: async () => ({ ok: false, error: 'internal' }),
    status,
    isTrusted: () => true,
    checks: pageCheckRegistry,
    remote,
    ...LAYOUT_FREE,
    sites: siteRegistry,
  });
  const abort = new AbortController();
  controller.start(abort.signal);
  running.push(abort);
  const answerStatus = () => later.splice(0).forEach((answer) => answer());
  return { controller, answerStatus };
}

const notArchived = () => {
  const host = document.querySelector(PANEL_TAG);
  return host ? shadowOf(host)?.querySelector('[data-testid=count-notArchived]')?.textContent : undefined;
};

const addBatch = () => document.querySelector('[role=main]')!.insertAdjacentHTML('beforeend', comments(200, 50));

describe('a batch of new comments', () => {
  it('is counted once its comments\' status is known: an archived one is never counted as still to archive', async () => {
    const { controller, answerStatus } = start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(notArchived()).toBe('200');
    addBatch();
    await vi.advanceTimersByTimeAsync(1_000);
    // Judged, status not known yet: the panel keeps the counts it had, no overlay of the batch is drawn.
    expect(notArchived()).toBe('200');
    expect(controller.count).toBe(200);
    answerStatus();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(250);
    expect(notArchived()).toBe('249');
  });

  it('changes the counts in the same task that puts its overlays on the page', async () => {
    // What was on the page each time the panel was drawn with counts.
    const seen: { overlays: number; notArchived: number | undefined }[] = [];
    const render: OverlayRenderer = {
      ...preactRenderer,
      panel: (target, state: PanelState) => {
        if (state.kind === 'counts') {
          const value = state.counts.find((c) => c.key === 'notArchived')?.value;
          seen.push({ overlays: document.querySelectorAll(HOST_TAG).length, notArchived: value });
        }
        preactRenderer.panel(target, state);
      },
    };
    const { answerStatus } = start(render);
    await vi.advanceTimersByTimeAsync(1_000);
    seen.length = 0;
    addBatch();
    await vi.advanceTimersByTimeAsync(1_000);
    answerStatus();
    await vi.advanceTimersByTimeAsync(1_000);
    const counted = seen.filter((s) => s.notArchived === 249);
    expect(counted.length).toBeGreaterThan(0);
    // Never the batch's counts without its overlays, nor the overlays placed in a later task than the counts.
    expect(seen.every((s) => s.notArchived === 200 || s.overlays === 250)).toBe(true);
  });
});
