// The text checks judged elsewhere (the background): the overlay sends each new or changed comment's
// text once, in bounded batches, shows the same badges and counts as when it judges everything itself,
// and judges on the page after all when no answer comes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import { createCheckRegistry, CHECKS } from '../../lib/checks/registry';
import { judgeTexts, TEXT_CHECK_IDS, TEXT_BATCH_MAX, type TextItem } from '../../lib/checks/text-checks';
import { HOST_TAG, OverlayController, PANEL_TAG, type RemoteTextChecks } from '../../lib/overlay/controller';
import { shadowOf } from '../../lib/overlay/hosts';
import type { Result } from '../../lib/messaging/protocol';
import { LAYOUT_FREE } from '../helpers/overlay';

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

/** A background that judges with the real batch API, answering after a turn of the event loop. */
function background(fail = false) {
  const batches: TextItem[][] = [];
  const remote: RemoteTextChecks = {
    ids: TEXT_CHECK_IDS,
    judge: async (items): Promise<Result<Record<string, unknown>[]>> => {
      batches.push(items);
      await Promise.resolve();
      return fail ? { ok: false, error: 'unavailable' } : { ok: true, value: structuredClone(judgeTexts(items)) };
    },
  };
  return { remote, batches };
}

function start(remote?: RemoteTextChecks) {
  document.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Inlägget.</div></div>${comments(0, 200)}</div>`;
  const checks = createCheckRegistry(CHECKS);
  const ran = vi.fn();
  // Counts how often the page itself runs a text check.
  const local = createCheckRegistry(
    CHECKS.map((c) => (TEXT_CHECK_IDS.includes(c.id) ? { ...c, run: (...args: Parameters<typeof c.run>) => (ran(), c.run(...args)) } : c)),
  );
  const controller = new OverlayController({
    doc: document,
    getUrl: () => POST_URL,
    css: '',
    render: preactRenderer,
    record: async () => ({ ok: false, error: 'internal' }),
    status: async () => ({ ok: true, value: {} }),
    isTrusted: () => true,
    checks: remote ? local : checks,
    ...LAYOUT_FREE,
    ...(remote ? { remote } : {}),
  });
  const abort = new AbortController();
  controller.start(abort.signal);
  running.push(abort);
  return { controller, ran };
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
    const { controller, ran } = start(remote);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(200);
    expect(panel()).toEqual(here.counts);
    expect(badges()).toBe(here.badges);
    expect(ran).not.toHaveBeenCalled();
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

  it('judges on the page when the background does not answer', async () => {
    const { remote } = background(true);
    const { controller, ran } = start(remote);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(200);
    expect(panel().flagged).toBe('29');
    expect(ran).toHaveBeenCalledTimes(200 * TEXT_CHECK_IDS.length);
  });
});
