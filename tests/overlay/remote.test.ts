// The text checks judged elsewhere (the background): the overlay sends each new or changed comment's
// text once, in bounded batches, shows with the content script's registry (the text checks only as
// views) the same badges and counts as when it judges everything itself, and when no answer comes asks
// again after a pause instead of judging on the page (their rules are not in the content script).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import { pageCheckRegistry } from '../../lib/checks/page-checks';
import { checkRegistry } from '../../lib/checks/registry';
import { judgeTexts, TEXT_CHECK_IDS, TEXT_BATCH_MAX, type TextItem } from '../../lib/checks/text-checks';
import { HOST_TAG, OverlayController, PANEL_TAG, type RemoteTextChecks } from '../../lib/overlay/controller';
import { shadowOf } from '../../lib/overlay/hosts';
import type { Result, StatusRequest, SubjectStatus } from '../../lib/messaging/protocol';
import type { OverlayRenderer, PanelState } from '../../lib/overlay/types';
import { ReadingMemo } from '../../lib/sites/core/memo';
import { LAYOUT_FREE } from '../helpers/overlay';
import { siteRegistry } from '../../lib/sites/registry';

const POST_URL = 'https://www.facebook.com/norrbyexempel/posts/123456789';
const text = (i: number) =>
  i % 7 === 0 ? `Ring mig på 070-555 12 ${String(i % 100).padStart(2, '0')}.` : i % 10 === 0 ? `Kommentar ${i}, när öppnar ni?` : `Kommentar nummer ${i}.`;
const comment = (i: number) => `<div role="article" aria-label="Kommentar av Person ${i} för 2 dagar sedan">
  <a href="https://www.facebook.com/person.${i}">Person ${i}</a>
  <div dir="auto">${text(i)}</div>
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

/** A background that judges with the real batch API, answering after a turn of the event loop; while `down`, every request fails. */
function background(down = false) {
  const state = { down };
  const batches: TextItem[][] = [];
  const asked: number[] = [];
  const remote: RemoteTextChecks = {
    ids: TEXT_CHECK_IDS,
    judge: async (items): Promise<Result<Record<string, unknown>[]>> => {
      batches.push(items);
      asked.push(items.length);
      await Promise.resolve();
      return state.down ? { ok: false, error: 'unavailable' } : { ok: true, value: structuredClone(judgeTexts(items)) };
    },
  };
  return { remote, batches, asked, up: () => void (state.down = false) };
}

function start(remote?: RemoteTextChecks, body = comments(0, 200), overrides: Partial<ConstructorParameters<typeof OverlayController>[0]> = {}) {
  document.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Inlägget.</div></div>${body}</div>`;
  const controller = new OverlayController({
    doc: document,
    getUrl: () => POST_URL,
    css: '',
    render: preactRenderer,
    record: async () => ({ ok: false, error: 'internal' }),
    status: async () => ({ ok: true, value: {} }),
    isTrusted: () => true,
    // As the content script: the text checks only as views (their `run` throws), judged through `remote`.
    checks: remote ? pageCheckRegistry : checkRegistry,
    ...LAYOUT_FREE,
    ...(remote ? { remote } : {}),
    sites: siteRegistry,
    ...overrides,
  });
  const abort = new AbortController();
  controller.start(abort.signal);
  running.push(abort);
  return { controller };
}

const panel = () => {
  const host = document.querySelector(PANEL_TAG);
  const root = host ? shadowOf(host) : null;
  return Object.fromEntries(['replyDue', 'overdue', 'notArchived', 'flagged'].map((k) => [k, root?.querySelector(`[data-testid=count-${k}]`)?.textContent]));
};

const badges = () =>
  [...document.querySelectorAll(HOST_TAG)].map((host) => shadowOf(host)?.textContent ?? '').join('\n');

describe('text checks judged in the background', () => {
  it('shows the same counts and badges as judging on the page', async () => {
    start();
    await vi.advanceTimersByTimeAsync(1_000);
    const here = { counts: panel(), badges: badges() };
    expect(here.counts.flagged).toBe('29');
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(200);
    running.splice(0).forEach((a) => a.abort());

    const { remote } = background();
    const { controller } = start(remote);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(200);
    expect(panel()).toEqual(here.counts);
    expect(badges()).toBe(here.badges);
  });

  it('sends exactly the 50 texts a batch adds, in batches no larger than the message allows', async () => {
    const { remote, batches } = background();
    const { controller } = start(remote);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(batches.flat()).toHaveLength(200);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(TEXT_BATCH_MAX);
    batches.length = 0;
    document.querySelector('[role=main]')!.insertAdjacentHTML('beforeend', comments(200, 50));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(250);
    expect(batches.flat().map((item) => item.text)).toEqual(Array.from({ length: 50 }, (_, k) => text(200 + k)));
    expect(panel().flagged).toBe('36');
    expect(panel().notArchived).toBe('250');
  });

  it('keeps the page panel and its last counts while a batch of new comments is being judged', async () => {
    const { remote } = background();
    // The background holds its answers to the next batch until the test lets them go.
    let release = () => {};
    let hold = false;
    const judge = remote.judge;
    remote.judge = async (items) => {
      if (hold) await new Promise<void>((resolve) => (release = resolve));
      return judge(items);
    };
    const { controller } = start(remote);
    await vi.advanceTimersByTimeAsync(1_000);
    const before = panel();
    expect(before.notArchived).toBe('200');
    const host = document.querySelector(PANEL_TAG);
    hold = true;
    document.querySelector('[role=main]')!.insertAdjacentHTML('beforeend', comments(200, 50));
    await vi.advanceTimersByTimeAsync(1_000);
    // The new comments' statuses are in, their judgements not: the panel is the same element, with the counts of
    // the comments judged so far (it neither vanishes nor counts the new ones half-judged).
    expect(controller.count).toBe(200);
    expect(document.querySelector(PANEL_TAG)).toBe(host);
    expect(panel()).toEqual(before);
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(250);
    expect(document.querySelector(PANEL_TAG)).toBe(host);
    expect(panel().notArchived).toBe('250');
    expect(panel().flagged).toBe('36');
  });

  it('asks again, after a growing pause, when the background does not answer; nothing is shown half-judged', async () => {
    const { remote, asked, up } = background(true);
    const { controller } = start(remote);
    await vi.advanceTimersByTimeAsync(500);
    // Every text was sent once and every answer failed: no bars, no counts, no second try yet.
    // Counted in texts, not requests: how many requests a round takes depends on how the machine's clock
    // cuts the scan into slices, which differs between rounds on a busy machine.
    const sent = () => asked.reduce((a, b) => a + b, 0);
    expect(sent()).toBe(200);
    expect(asked.length).toBeGreaterThan(0);
    expect(controller.count).toBe(0);
    expect(panel().flagged).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent()).toBe(400);
    // The second pause is longer (2 s): nothing is asked in the first second of it.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent()).toBe(400);
    up();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(sent()).toBe(600);
    expect(controller.count).toBe(200);
    expect(panel().flagged).toBe('29');
  });
});

describe('a long page', () => {
  it('judges and shows its first screen before the rest is read, and sends each text once', async () => {
    const remembered = vi.spyOn(ReadingMemo.prototype, 'remember');
    const { remote, batches } = background();
    let now = 0;
    // A clock that moves 0.5 ms per look: a slice of 8 ms reads a handful of comments, then yields.
    const { controller } = start(remote, comments(0, 600), {
      clock: () => (now += 0.5),
      yieldToPage: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    });
    let readWhenFirstShown: number | null = null;
    while (readWhenFirstShown === null && now < 1e6) {
      await vi.advanceTimersByTimeAsync(1);
      if (document.querySelector(HOST_TAG)) readWhenFirstShown = remembered.mock.calls.length;
    }
    // The first overlays were on the page when only the first threads had been read, not all 600.
    expect(readWhenFirstShown).not.toBeNull();
    expect(readWhenFirstShown).toBeLessThan(300);
    expect(panel().notArchived).toBeUndefined();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(controller.count).toBe(600);
    expect(panel().notArchived).toBe('600');
    const sent = batches.flat().map((item) => item.text);
    expect(sent).toHaveLength(600);
    expect(new Set(sent).size).toBe(600);
    expect(remembered).toHaveBeenCalledTimes(600);
    remembered.mockRestore();
  }, 30_000);

  it('sends its first screen once in a round even when the background does not answer, and again after the pause', async () => {
    const { remote, batches, up } = background(true);
    let now = 0;
    const { controller } = start(remote, comments(0, 600), {
      clock: () => (now += 0.5),
      yieldToPage: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    });
    await vi.advanceTimersByTimeAsync(500);
    const first = batches.flat().map((item) => item.text);
    expect(first).toHaveLength(600);
    expect(new Set(first).size).toBe(600);
    expect(controller.count).toBe(0);
    up();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(batches.flat()).toHaveLength(1_200);
    expect(controller.count).toBe(600);
    expect(panel().notArchived).toBe('600');
  }, 30_000);
});

describe('a comment to be removed is not one to answer', () => {
  const THREAT = 'Ska vi elda upp stadsdelskontoret så ni lyssnar?';
  const QUESTION = 'När öppnar simhallen efter renoveringen?';
  const page = [THREAT, QUESTION]
    .map(
      (t, i) => `<div role="article" aria-label="Kommentar av Person ${i} för 2 timmar sedan">
  <a href="https://www.facebook.com/person.${i}">Person ${i}</a><div dir="auto">${t}</div>
  <a href="${POST_URL}?comment_id=${200_000 + i}">2 h</a></div>`,
    )
    .join('');

  it.each([
    ['judged on the page', false],
    ['judged in the background', true],
  ])('%s: the threat put as a question is flagged and needs no reply; the real question does', async (_name, inBackground) => {
    const { controller } = start(inBackground ? background().remote : undefined, page);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(2);
    expect(panel()).toMatchObject({ flagged: '1', replyDue: '1' });
    const [threat, question] = [...document.querySelectorAll(HOST_TAG)].map((host) => shadowOf(host)?.textContent ?? '');
    // The test build shows message keys: the badges by name.
    expect(question).toContain('badgeReplyDue');
    expect(threat).toContain('badgeUnlawful');
    expect(threat).not.toContain('badgeReply');
  });
});

describe('the reply deadline is worked out in the background', () => {
  const QUESTION_ID = 300_000;
  const article = (t: string, label: string) => `<div role="article" aria-label="Kommentar av Person 1">
  <a href="https://www.facebook.com/person.1">Person 1</a><div dir="auto">${t}</div>
  <a href="${POST_URL}?comment_id=${QUESTION_ID}">${label}</a></div>`;

  it('sends the posted label as first read, and when; an edited comment is sent again with the same', async () => {
    let now = new Date('2026-03-10T10:00:00+01:00');
    const { remote, batches } = background();
    const { controller } = start(remote, article('När öppnar simhallen efter renoveringen?', '2 tim'), { now: () => now });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(1);
    expect(batches.flat()).toEqual([
      { text: 'När öppnar simhallen efter renoveringen?', own: false, postedLabel: '2 tim', seenAt: '2026-03-10T09:00:00.000Z' },
    ]);
    const host = () => shadowOf(document.querySelector(HOST_TAG)!)?.textContent ?? '';
    // A time was read: the badge names the deadline (the test build shows message keys).
    expect(host()).toContain('badgeReplyDue');
    expect(host()).not.toContain('badgeReplyDueNoTime');
    // An hour later the comment is edited and its label reads "3 tim": sent again with the label as first read, and when.
    now = new Date('2026-03-10T11:00:00+01:00');
    batches.length = 0;
    document.querySelector('[role=article]')!.outerHTML = article('När öppnar simhallen efter renoveringen i vår?', '3 tim');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(batches.flat()).toEqual([
      { text: 'När öppnar simhallen efter renoveringen i vår?', own: false, postedLabel: '2 tim', seenAt: '2026-03-10T09:00:00.000Z' },
    ]);
  });

  it('a label that is no time: the badge says a reply is due, without a time', async () => {
    const { remote, batches } = background();
    start(remote, article('När öppnar simhallen efter renoveringen?', 'Svara'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(batches.flat()).toHaveLength(1);
    expect(batches.flat()[0]).toMatchObject({ postedLabel: 'Svara' });
    expect(shadowOf(document.querySelector(HOST_TAG)!)?.textContent).toContain('badgeReplyDueNoTime');
  });
});

// A batch of new comments ("Visa fler kommentarer") on a page whose counts are shown: its counts wait for its comments'
// status, and they change on the page together with its overlays, so that the page is laid out and painted once for
// both (issue 12: the panel had changed a frame before the overlays, a second layout and paint of the whole page).
describe('a batch of new comments on a counted page', () => {
  const ARCHIVED: SubjectStatus = { kinds: ['archived'], archived: { recordId: 'r-205', occurredAt: '2026-11-25T14:03:00+01:00' } };

  /** The log answers at once for the first 200 comments, and for the batch's (comment 205 archived) when the test says. */
  const slowLog = () => {
    const later: (() => void)[] = [];
    const status = (req: StatusRequest) => {
      if (!req.commentIds.some((id) => Number(id) >= 100_200)) return Promise.resolve({ ok: true as const, value: {} });
      const value: Record<string, SubjectStatus> = req.commentIds.includes('100205') ? { '100205': ARCHIVED } : {};
      return new Promise<Result<Record<string, SubjectStatus>>>((resolve) => later.push(() => resolve({ ok: true, value })));
    };
    return { status, answer: () => later.splice(0).forEach((answer) => answer()) };
  };
  const addBatch = () => document.querySelector('[role=main]')!.insertAdjacentHTML('beforeend', comments(200, 50));

  it("is counted once its comments' status is known: an archived one is never counted as still to archive", async () => {
    const log = slowLog();
    const { controller } = start(background().remote, comments(0, 200), { status: log.status });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(panel().notArchived).toBe('200');
    addBatch();
    await vi.advanceTimersByTimeAsync(1_000);
    // Judged, status not known yet: the panel keeps the counts it had, no overlay of the batch is drawn.
    expect(panel().notArchived).toBe('200');
    expect(controller.count).toBe(200);
    log.answer();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(250);
    expect(panel().notArchived).toBe('249');
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
    const log = slowLog();
    start(background().remote, comments(0, 200), { status: log.status, render });
    await vi.advanceTimersByTimeAsync(1_000);
    seen.length = 0;
    addBatch();
    await vi.advanceTimersByTimeAsync(1_000);
    log.answer();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.some((s) => s.notArchived === 249)).toBe(true);
    // Never the batch's counts without its overlays, nor its overlays placed in a later task than its counts.
    expect(seen.every((s) => s.notArchived === 200 || s.overlays === 250)).toBe(true);
  });
});
