// The office's own post on a saved Facebook page: its publishing reminders in the page panel, the answer
// logged on a person's click only, shown as handled when the log already has one; the same text in a
// resident's comment is flagged for moderation; a post by another account gets no reminder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import type { RequestOf } from '../../lib/messaging';
import { shadowOf } from '../../lib/overlay/hosts';
import { HOST_TAG, OverlayController, PANEL_TAG, type OverlayDeps } from '../../lib/overlay/controller';
import { LAYOUT_FREE } from '../helpers/overlay';
import { checkRegistry } from '../../lib/checks/registry';
import { pageCheckRegistry, TEXT_CHECK_IDS } from '../../lib/checks/page-checks';
import { judgeTexts } from '../../lib/checks/text-checks';
import { siteRegistry } from '../../lib/sites/registry';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const HTML = readFileSync(join(import.meta.dirname, '../fixtures/own-account/own-post-sv.html'), 'utf8');
const URL_ = /<meta name="fixture-url" content="([^"]+)"/.exec(HTML)![1]!;
const OFFICE = 'https://www.facebook.com/norrbyexempel';
const ANNA = '1100000000000001';

function setup(html: string, overrides: Partial<OverlayDeps> = {}) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  const reviewPublishing = vi.fn(async (req: RequestOf<'reviewPublishing'>) => ({
    ok: true as const,
    value: { status: { recordId: 'r1', occurredAt: '2026-11-25T14:03:00+01:00', outcome: req.outcome }, alreadyRecorded: false },
  }));
  const deps: OverlayDeps = {
    doc: document,
    checks: checkRegistry,
    getUrl: () => URL_,
    css: ':host{}',
    render: preactRenderer,
    isTrusted: () => true,
    ...LAYOUT_FREE,
    officeAccounts: [OFFICE],
    record: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    status: vi.fn(async () => ({ ok: true as const, value: {} })),
    reviewPublishing,
    publishingStatus: vi.fn(async () => ({ ok: true as const, value: {} })),
    sites: siteRegistry,
    ...overrides,
  };
  return { deps, reviewPublishing, controller: new OverlayController(deps) };
}

const panel = () => shadowOf(document.querySelector(PANEL_TAG)!)!;
const ownPosts = () => [...panel().querySelectorAll<HTMLElement>('[data-testid=own-post]')];
const reminderKinds = () => [...panel().querySelectorAll('[data-testid=publish-reminder]')].map((li) => li.getAttribute('data-kind'));
const badgesOf = (id: string) => {
  const host = [...document.querySelectorAll<HTMLElement>(HOST_TAG)].find((h) => h.dataset.commentId === id)!;
  return [...shadowOf(host)!.querySelectorAll('.badge')].map((b) => b.getAttribute('data-testid'));
};
const flush = () => vi.advanceTimersByTimeAsync(300);

describe('the office\'s own post in the page panel', () => {
  it('shows the consent reminder for the post, while the same text in a resident\'s comment is flagged for moderation', async () => {
    const { controller } = setup(HTML);
    controller.scan();
    await flush();
    expect(ownPosts().map((p) => p.dataset.postId)).toEqual(['pfbid0Exempel419']);
    expect(reminderKinds()).toEqual(['minor']);
    expect(panel().textContent).toContain('publishMinor');
    expect(badgesOf(ANNA)).toContain('badge-personal-data');
    controller.stop();
  });

  it('reads the post\'s reminders from the background\'s findings, as the content script does, and asks again when that one answer failed', async () => {
    // The background judges every comment, but its answer about the post's own text fails once.
    let postFailures = 1;
    const { controller } = setup(HTML, {
      checks: pageCheckRegistry,
      remote: {
        ids: TEXT_CHECK_IDS,
        judge: async (items) => {
          if (items.some((item) => item.text.includes('Alva, 10 år')) && postFailures-- > 0) return { ok: false, error: 'unavailable' };
          return { ok: true, value: structuredClone(judgeTexts(items)) };
        },
      },
    });
    controller.scan();
    await flush();
    // Comments judged; no reminder made up on the page for the post.
    expect(badgesOf(ANNA)).toContain('badge-personal-data');
    expect(ownPosts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(ownPosts().map((p) => p.dataset.postId)).toEqual(['pfbid0Exempel419']);
    expect(reminderKinds()).toEqual(['minor']);
    controller.stop();
  });

  it('"Samtycke finns" logs the answer with the post and its reminders, and the post shows as handled', async () => {
    const { controller, reviewPublishing } = setup(HTML);
    controller.scan();
    await flush();
    (panel().querySelector('[data-testid=publish-consent]') as HTMLButtonElement).click();
    await flush();
    expect(reviewPublishing).toHaveBeenCalledOnce();
    const req = reviewPublishing.mock.calls[0]![0];
    expect(req).toMatchObject({ site: 'facebook', pageUrl: URL_, outcome: 'consent', reminders: ['minor'] });
    expect(req.post).toMatchObject({ id: 'pfbid0Exempel419', authorUrl: OFFICE, text: expect.stringContaining('Alva, 10 år') });
    expect(ownPosts()[0]!.dataset.handled).toBe('consent');
    expect(panel().querySelector('[data-testid=publish-consent]')).toBeNull();
    controller.stop();
  });

  it('a script\'s click records nothing', async () => {
    const { controller, reviewPublishing } = setup(HTML, { isTrusted: () => false });
    controller.scan();
    await flush();
    (panel().querySelector('[data-testid=publish-fixed]') as HTMLButtonElement).click();
    await flush();
    expect(reviewPublishing).not.toHaveBeenCalled();
    expect(ownPosts()[0]!.dataset.handled).toBeUndefined();
    controller.stop();
  });

  it('a post the log has an answer for shows as handled when the page is opened again', async () => {
    const publishingStatus = vi.fn(async () => ({
      ok: true as const,
      value: { pfbid0Exempel419: { recordId: 'r1', occurredAt: '2026-11-25T14:03:00+01:00', outcome: 'fixed' as const } },
    }));
    const { controller } = setup(HTML, { publishingStatus });
    controller.scan();
    await flush();
    expect(publishingStatus).toHaveBeenCalledWith({ platform: 'facebook', postIds: ['pfbid0Exempel419'] });
    expect(ownPosts()[0]!.dataset.handled).toBe('fixed');
    expect(panel().querySelector('[data-testid=publish-done]')?.textContent).toContain('publishDoneFixed');
    controller.stop();
  });

  it('a post by another account on the office\'s page gets no reminder; its comments are still checked', async () => {
    // A visitor's post: the header names another account; the page is still the office's.
    const visitor = HTML.replaceAll('href="https://www.facebook.com/norrbyexempel?__cft__[0]=AZdMVETHK0Ux', 'href="https://www.facebook.com/annan.forening.exempel?__cft__[0]=AZdMVETHK0Ux');
    expect(visitor).not.toBe(HTML);
    const { controller, reviewPublishing } = setup(visitor);
    controller.scan();
    await flush();
    expect(panel().querySelector('[data-testid=own-posts]')).toBeNull();
    expect(badgesOf(ANNA)).toContain('badge-personal-data');
    expect(reviewPublishing).not.toHaveBeenCalled();
    controller.stop();
  });

  it('renders the post\'s words as text: markup in the post creates no element in the panel', async () => {
    const hostile = HTML.replace('>Grattis till Alva, 10 år,', '>&lt;img src=x onerror=alert(1)&gt; Grattis till Alva, 10 år,');
    expect(hostile).not.toBe(HTML);
    const { controller } = setup(hostile);
    controller.scan();
    await flush();
    // (Unit tests' t() gives the message key only; the e2e tests show the real texts.)
    expect(reminderKinds()).toEqual(['minor']);
    expect(panel().querySelector('img')).toBeNull();
    controller.stop();
  });

  it('with no office accounts set, no post is the office\'s', async () => {
    const { controller } = setup(HTML, { officeAccounts: [] });
    controller.scan();
    await flush();
    expect(panel().querySelector('[data-testid=own-posts]')).toBeNull();
    controller.stop();
  });
});
