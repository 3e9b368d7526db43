// "Arkivera hela tråden" on a saved Facebook post: every loaded comment not yet archived is archived once
// through the single-archive path (the post itself too), archived ones are skipped and counted, a second
// run archives nothing, a script's click does nothing, and one failed record is counted while the rest go on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { preactRenderer } from '../../components/overlay/render';
import type { ActionRequest, SubjectStatus } from '../../lib/messaging';
import { forgetTexts } from '../../lib/i18n';
import { shadowOf } from '../../lib/overlay/hosts';
import { HOST_TAG, OverlayController, PANEL_TAG, type OverlayDeps } from '../../lib/overlay/controller';
import { LAYOUT_FREE } from '../helpers/overlay';
import { checkRegistry } from '../../lib/checks/registry';
import { siteRegistry } from '../../lib/sites/registry';

/** The Swedish messages as the browser gives them, placeholders filled in: the summary is read as a moderator reads it. */
const SV = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales/sv/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;
function swedish(key: string, subs?: string | string[]): string {
  const m = SV[key];
  if (!m) return '';
  const args = [subs ?? []].flat();
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => args[Number(n) - 1] ?? '');
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  forgetTexts();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(swedish);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  forgetTexts();
});

const FIXTURE = join(import.meta.dirname, '../fixtures/sites/facebook');
const HTML = readFileSync(join(FIXTURE, 'page-post-sv.html'), 'utf8');
const URL_ = /<meta name="fixture-url" content="([^"]+)"/.exec(HTML)![1]!;
const EXPECTED = JSON.parse(readFileSync(join(FIXTURE, 'page-post-sv.expected.json'), 'utf8')) as {
  posts: { id: string; comments: { id: string }[] }[];
};
const POST_ID = EXPECTED.posts[0]!.id;
const COMMENT_IDS = EXPECTED.posts[0]!.comments.map((c) => c.id);

/** A background that records each subject, kind and text once (as lib/background/service.ts does). */
function fakeBackground(fails: (req: ActionRequest) => boolean = () => false) {
  const stored = new Map<string, string>();
  const statusOf = (id: string): SubjectStatus =>
    stored.has(id) ? { kinds: ['archived'], archived: { recordId: `r-${id}`, occurredAt: '2026-11-25T14:03:00+01:00' } } : { kinds: [] };
  const record = vi.fn(async (req: ActionRequest) => {
    if (fails(req)) return { ok: false as const, error: 'storage-failed' as const };
    const already = stored.get(req.comment.id) === req.comment.text;
    stored.set(req.comment.id, req.comment.text);
    return { ok: true as const, value: { status: statusOf(req.comment.id), alreadyRecorded: already } };
  });
  const status = vi.fn(async ({ commentIds }: { commentIds: string[] }) => ({
    ok: true as const,
    value: Object.fromEntries(commentIds.filter((id) => stored.has(id)).map((id) => [id, statusOf(id)])),
  }));
  return { record, status, stored };
}

function setup(background: ReturnType<typeof fakeBackground>, overrides: Partial<OverlayDeps> = {}) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(HTML, 'text/html').documentElement.innerHTML;
  const deps: OverlayDeps = {
    doc: document,
    checks: checkRegistry,
    getUrl: () => URL_,
    css: ':host{}',
    render: preactRenderer,
    // happy-dom marks no event as a person's: the tests stand in for the browser's isTrusted.
    isTrusted: () => true,
    ...LAYOUT_FREE,
    record: background.record,
    status: background.status,
    capture: vi.fn(async () => ({ input: { html: '<p>bild</p>' } })),
    sites: siteRegistry,
    ...overrides,
  };
  return { deps, controller: new OverlayController(deps) };
}

const panel = () => shadowOf(document.querySelector(PANEL_TAG)!)!;
const inPanel = (testid: string) => panel().querySelector<HTMLElement>(`[data-testid=${testid}]`);
const states = () =>
  Object.fromEntries([...document.querySelectorAll<HTMLElement>(HOST_TAG)].map((h) => [h.dataset.commentId, shadowOf(h)!.querySelector('[data-state]')!.getAttribute('data-state')]));
const flush = () => vi.advanceTimersByTimeAsync(300);
const commentRecords = (record: ReturnType<typeof fakeBackground>['record']) =>
  record.mock.calls.map(([req]) => req).filter((req) => req.about !== 'post');

async function runThread() {
  inPanel('archive-thread')!.click();
  await flush();
  await vi.waitFor(() => expect(inPanel('thread-summary')!.textContent).not.toBe(''));
  await flush();
}

describe('"Arkivera hela tråden" in the page panel', () => {
  it('archives every loaded comment once, as single archiving does, and the post itself', async () => {
    const background = fakeBackground();
    const { controller, deps } = setup(background);
    controller.scan();
    await flush();
    expect(panel().querySelectorAll('[data-testid=archive-thread]')).toHaveLength(1);
    await runThread();

    const sent = commentRecords(background.record);
    expect(sent.map((r) => r.comment.id).sort()).toEqual([...COMMENT_IDS].sort());
    // The single "Arkivera" path: kind archived, the checks' tags, evidence captured for each.
    expect(sent.every((r) => r.kind === 'archived' && r.evidence?.html === '<p>bild</p>' && Array.isArray(r.checks))).toBe(true);
    expect(deps.capture).toHaveBeenCalledTimes(COMMENT_IDS.length);
    const post = background.record.mock.calls.map(([r]) => r).filter((r) => r.about === 'post');
    expect(post).toHaveLength(1);
    expect(post[0]).toMatchObject({ kind: 'archived', comment: { id: POST_ID, isReply: false }, post: { id: POST_ID } });
    // Every bar follows, and the panel's count of comments not archived is down to none.
    expect(Object.values(states()).every((s) => s === 'archived')).toBe(true);
    expect(inPanel('count-notArchived')!.textContent).toBe('0');
    expect(inPanel('thread-summary')!.textContent).toBe(`Inlägget arkiverades. ${COMMENT_IDS.length} kommentarer arkiverades.`);
    expect(inPanel('thread-summary')!.getAttribute('aria-live')).toBe('polite');
    expect(inPanel('thread-progress')).toBeNull();
  });

  it('skips and counts comments archived before, and a second run archives nothing', async () => {
    const background = fakeBackground();
    const { controller } = setup(background);
    controller.scan();
    await flush();
    // Two comments archived one by one first.
    for (const id of COMMENT_IDS.slice(0, 2)) {
      const host = [...document.querySelectorAll<HTMLElement>(HOST_TAG)].find((h) => h.dataset.commentId === id)!;
      shadowOf(host)!.querySelector<HTMLElement>('[data-testid=archive]')!.click();
      await flush();
    }
    expect(background.stored.size).toBe(2);
    await runThread();
    expect(commentRecords(background.record).map((r) => r.comment.id).sort()).toEqual([...COMMENT_IDS].sort());
    expect(inPanel('thread-summary')!.textContent).toBe(`Inlägget arkiverades. ${COMMENT_IDS.length - 2} kommentarer arkiverades. 2 var redan arkiverade.`);
    expect(background.stored.size).toBe(COMMENT_IDS.length + 1);

    // The second run sends no comment again; the post is answered "already" by the background.
    const before = commentRecords(background.record).length;
    await vi.advanceTimersByTimeAsync(0);
    inPanel('archive-thread')!.click();
    await flush();
    await vi.waitFor(() => expect(inPanel('thread-progress')).toBeNull());
    await flush();
    expect(commentRecords(background.record)).toHaveLength(before);
    expect(inPanel('thread-summary')!.textContent).toBe(`Inlägget var redan arkiverat. 0 kommentarer arkiverades. ${COMMENT_IDS.length} var redan arkiverade.`);
  });

  it('does nothing on a synthetic click from a page script', async () => {
    const background = fakeBackground();
    const { controller } = setup(background, { isTrusted: (event) => event.isTrusted === true });
    controller.scan();
    await flush();
    inPanel('archive-thread')!.click();
    inPanel('archive-thread')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await flush();
    await flush();
    expect(background.record).not.toHaveBeenCalled();
    expect(inPanel('thread-progress')).toBeNull();
    expect(inPanel('thread-summary')!.textContent).toBe('');
  });

  it('ignores a second click while a run goes on: one run, one record each', async () => {
    const background = fakeBackground();
    const { controller } = setup(background);
    controller.scan();
    await flush();
    inPanel('archive-thread')!.click();
    // Still focusable while it runs (a disabled button would drop the keyboard user's focus), but refused.
    expect(inPanel('archive-thread')!.getAttribute('aria-disabled')).toBe('true');
    inPanel('archive-thread')!.click();
    await flush();
    await vi.waitFor(() => expect(inPanel('thread-summary')!.textContent).not.toBe(''));
    expect(background.record).toHaveBeenCalledTimes(COMMENT_IDS.length + 1);
  });

  it('counts a failed record, goes on with the rest, and a new run retries only the failed one', async () => {
    const failing = new Set([COMMENT_IDS[2]!]);
    const background = fakeBackground((req) => failing.has(req.comment.id));
    const { controller } = setup(background);
    controller.scan();
    await flush();
    await runThread();
    expect(background.stored.size).toBe(COMMENT_IDS.length); // the post and every comment but one
    expect(states()[COMMENT_IDS[2]!]).toBe('error');
    expect(inPanel('thread-summary')!.textContent).toBe(
      `Inlägget arkiverades. ${COMMENT_IDS.length - 1} kommentarer arkiverades. 1 kunde inte arkiveras. Tryck på ”Arkivera hela tråden” igen för att försöka på nytt.`,
    );
    expect(inPanel('count-notArchived')!.textContent).toBe('1');

    failing.clear();
    const before = commentRecords(background.record).length;
    await runThread();
    expect(commentRecords(background.record).slice(before).map((r) => r.comment.id)).toEqual([COMMENT_IDS[2]]);
    expect(states()[COMMENT_IDS[2]!]).toBe('archived');
  });

  it('leaves out a comment whose identity is in doubt until it is checked, and says so', async () => {
    const background = fakeBackground();
    const { controller } = setup(background);
    // A second, different comment claiming the first one's id (an impersonation or a misread page).
    const first = document.querySelector('[role=article]')!;
    const twin = first.cloneNode(true) as Element;
    twin.querySelector('[dir=auto]')!.textContent = 'Jag är också Anna.';
    first.parentElement!.append(twin);
    controller.scan();
    await flush();
    await runThread();
    const sentIds = commentRecords(background.record).map((r) => r.comment.id);
    expect(sentIds).not.toContain(COMMENT_IDS[0]);
    expect(inPanel('thread-summary')!.textContent).toBe(
      `Inlägget arkiverades. ${COMMENT_IDS.length - 1} kommentarer arkiverades. 2 arkiverades inte nu: de behöver kontrolleras och arkiveras var för sig.`,
    );
  });

  it('shows progress while it runs, yielding to the page between comments', async () => {
    const background = fakeBackground();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const record = vi.fn(async (req: ActionRequest) => {
      if (req.comment.id === COMMENT_IDS[3]) await gate;
      return background.record(req);
    });
    const { controller } = setup(background, { record });
    controller.scan();
    await flush();
    inPanel('archive-thread')!.click();
    await flush();
    // The post and three comments are done; the fourth comment is on its way.
    expect(inPanel('thread-progress')!.textContent).toBe(`Arkiverar 5 av ${COMMENT_IDS.length + 1} …`);
    expect(inPanel('archive-thread')!.getAttribute('aria-busy')).toBe('true');
    expect(record).toHaveBeenCalledTimes(5);
    release();
    await vi.waitFor(() => expect(inPanel('thread-progress')).toBeNull());
  });
});
