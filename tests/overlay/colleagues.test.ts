// The office's view in the overlay: colleagues' actions (from the registry, through the background)
// are merged into the bars and the counts, a second archive is asked first and is not made by default,
// and a registry that cannot be reached leaves local state and a plain notice in the panel.
import { LAYOUT_FREE } from '../helpers/overlay';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import type { ActionRequest } from '../../lib/messaging';
import { shadowOf } from '../../lib/overlay/hosts';
import { HOST_TAG, OverlayController, PANEL_TAG, type OverlayDeps } from '../../lib/overlay/controller';
import type { OfficeStatus } from '../../lib/sync/office';
import { checkRegistry } from '../../lib/checks/registry';
import { siteRegistry } from '../../lib/sites/registry';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const POST_URL = 'https://www.facebook.com/norrbyexempel/posts/123456789';
const comment = (id: string, author: string, text: string) => `<div role="article" aria-label="Kommentar av ${author} för 2 dagar sedan">
    <a href="https://www.facebook.com/${author.replace(' ', '.').toLowerCase()}">${author}</a>
    <div dir="auto">${text}</div>
    <a href="${POST_URL}?comment_id=${id}">2 d</a>
  </div>`;

const ANNA: OfficeStatus = {
  state: 'ok',
  subjects: {
    '11': [{ recordId: 'a-1', kind: 'archived', occurredAt: '2026-11-25T14:03:00+01:00', moderatorName: 'Anna Exempel', registrationNumber: 'HÄ 2026/12' }],
    '12': [{ recordId: 'b-1', kind: 'replied', occurredAt: '2026-11-25T14:05:00+01:00', moderatorName: 'Bertil Exempel', registrationNumber: 'HÄ 2026/13' }],
  },
};

function setup(office: OverlayDeps['office']) {
  document.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Simhallen stänger.</div></div>${
    comment('11', 'Ida Exempel', 'Tack för infon.') + comment('12', 'Bo Prov', 'När öppnar simhallen?') + comment('13', 'Cia Test', 'Bra!')
  }</div>`;
  const record = vi.fn(async (req: ActionRequest) => ({
    ok: true as const,
    value: { status: { kinds: [req.kind], archived: { recordId: 'mine', occurredAt: '2026-11-25T15:00:00+01:00' } }, alreadyRecorded: false },
  }));
  const deps: OverlayDeps = {
    doc: document,
    checks: checkRegistry,
      sites: siteRegistry,
    getUrl: () => POST_URL,
    css: ':host{}',
    render: preactRenderer,
    isTrusted: () => true,
    ...LAYOUT_FREE,
    record,
    status: vi.fn(async () => ({ ok: true as const, value: {} })),
    office,
  };
  return { controller: new OverlayController(deps), record };
}

const hosts = () => [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
const root = (id: string) => shadowOf(hosts().find((h) => h.dataset.commentId === id)!)!;
const text = (id: string, testid: string) => root(id).querySelector(`[data-testid=${testid}]`)?.textContent ?? null;
const click = (id: string, testid: string) => (root(id).querySelector(`[data-testid=${testid}]`) as HTMLElement).click();
const panel = () => shadowOf(document.querySelector(PANEL_TAG)!)!;
const flush = () => vi.advanceTimersByTimeAsync(300);

describe("the overlay with colleagues' actions", () => {
  it('shows who archived or answered a comment, with the number, and counts them as done', async () => {
    const office = vi.fn(async () => ({ ok: true as const, value: ANNA }));
    const { controller } = setup(office);
    controller.scan();
    await flush();
    expect(office).toHaveBeenCalledWith({ platform: 'facebook', commentIds: ['11', '12', '13'] });
    expect(text('11', 'colleague-archived')).toContain('colleagueArchived');
    expect(root('11').querySelector('[data-testid=colleague-archived]')).not.toBeNull();
    expect(text('11', 'archive')).toBe('archiveAnyway');
    expect(root('12').querySelector('[data-testid=colleague-action]')?.getAttribute('data-kind')).toBe('replied');
    expect(text('13', 'archive')).toBe('archiveButton');
    // Two of three are not archived here, but one is archived by Anna: the office has two left.
    expect(panel().querySelector('[data-testid=count-notArchived]')?.textContent).toBe('2');
    expect(panel().querySelector('[data-testid=office-unavailable]')).toBeNull();
  });

  it('asks before archiving a comment a colleague archived, and archives nothing unless told to', async () => {
    const { controller, record } = setup(async () => ({ ok: true as const, value: ANNA }));
    controller.scan();
    await flush();
    click('11', 'archive');
    await flush();
    expect(record).not.toHaveBeenCalled();
    expect(text('11', 'confirm-double')).toContain('doubleQuestion');
    // The safe answer has the focus: Enter keeps the office from archiving it twice.
    expect(root('11').activeElement?.getAttribute('data-testid')).toBe('double-no');
    click('11', 'double-no');
    await flush();
    expect(record).not.toHaveBeenCalled();
    expect(root('11').querySelector('[data-testid=confirm-double]')).toBeNull();

    click('11', 'archive');
    await flush();
    click('11', 'double-yes');
    await flush();
    expect(record).toHaveBeenCalledOnce();
    expect(record.mock.calls[0]![0]).toMatchObject({ kind: 'archived', comment: { id: '11' } });
    // A comment nobody archived is archived at once.
    click('13', 'archive');
    await flush();
    expect(record).toHaveBeenCalledTimes(2);
  });

  it('says in the panel when colleagues\' actions could not be fetched, and keeps the local state', async () => {
    const { controller } = setup(async () => ({ ok: true as const, value: { state: 'unavailable', subjects: {} } }));
    controller.scan();
    await flush();
    expect(panel().querySelector('[data-testid=office-unavailable]')?.textContent).toBe('officeUnavailable');
    expect(text('11', 'archive')).toBe('archiveButton');
    expect(panel().querySelector('[data-testid=count-notArchived]')?.textContent).toBe('3');
  });

  it('says nothing of colleagues without a registry that can tell (v1 or none)', async () => {
    const { controller } = setup(async () => ({ ok: true as const, value: { state: 'off', subjects: {} } }));
    controller.scan();
    await flush();
    expect(panel().querySelector('[data-testid=office-unavailable]')).toBeNull();
    expect(hosts()).toHaveLength(3);
  });

  it('asks again every few minutes while the post is open and shows what changed', async () => {
    let answer: OfficeStatus = { state: 'ok', subjects: {} };
    const office = vi.fn(async () => ({ ok: true as const, value: answer }));
    const { controller } = setup(office);
    controller.start(new AbortController().signal);
    await flush();
    expect(root('11').querySelector('[data-testid=colleague-archived]')).toBeNull();
    answer = ANNA;
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(root('11').querySelector('[data-testid=colleague-archived]')).not.toBeNull();
    expect(office.mock.calls.length).toBeGreaterThanOrEqual(2);
  });
});
