// The overlay passes on, beside the comment acted on, the background's news that earlier local records
// were wiped, and drops it with the next answer that does not carry it.
import { LAYOUT_FREE } from '../helpers/overlay';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResponseOf, Result, StoreWipe } from '../../lib/messaging/protocol';
import { OverlayController, type OverlayDeps } from '../../lib/overlay/controller';
import type { CommentView } from '../../lib/overlay/types';
import { checkRegistry } from '../../lib/checks/registry';
import { siteRegistry } from '../../lib/sites/registry';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const POST_URL = 'https://www.facebook.com/norrbyexempel/posts/123456789';
const wipe: StoreWipe = { lostCount: 3, lastOccurredAt: '2026-11-25T16:45:00+01:00', detectedAt: '2026-11-26T08:00:00.000Z' };

describe('OverlayController and a wiped store', () => {
  it('shows the notice with the action that found it, once', async () => {
    document.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Simhallen stänger.</div></div>
      <div role="article" aria-label="Kommentar av Anna Exempelsson för 2 dagar sedan">
        <a href="https://www.facebook.com/anna.exempelsson">Anna Exempelsson</a>
        <div dir="auto">När öppnar ni?</div>
        <a href="${POST_URL}?comment_id=11">2 d</a>
      </div></div>`;
    const views: CommentView[] = [];
    const answers: Result<ResponseOf<'recordAction'>>[] = [
      { ok: true, value: { status: { kinds: ['replied'] }, alreadyRecorded: false, wiped: wipe } },
      { ok: true, value: { status: { kinds: ['replied', 'no-reply-needed'] }, alreadyRecorded: false } },
    ];
    const deps: OverlayDeps = {
      doc: document,
      checks: checkRegistry,
      sites: siteRegistry,
      getUrl: () => POST_URL,
      css: '',
      render: { comment: (_, view) => void views.push(view), panel: () => undefined, clear: () => undefined },
      record: async () => answers.shift()!,
      status: async () => ({ ok: true, value: {} }),
      // happy-dom marks no event as a person's; the controller's own trust test stands in for isTrusted.
      isTrusted: () => true,
      ...LAYOUT_FREE,
    };
    new OverlayController(deps).scan();
    await vi.advanceTimersByTimeAsync(300);
    expect(views.at(-1)!.wiped).toBeUndefined();
    views.at(-1)!.onAction(new Event('click'), 'replied');
    await vi.advanceTimersByTimeAsync(300);
    expect(views.at(-1)!.wiped).toEqual(wipe);
    views.at(-1)!.onAction(new Event('click'), 'no-reply-needed');
    await vi.advanceTimersByTimeAsync(300);
    expect(views.at(-1)!.wiped).toBeUndefined();
  });
});
