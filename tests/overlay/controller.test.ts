import { LAYOUT_FREE } from '../helpers/overlay';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import type { ActionRequest } from '../../lib/messaging';
import { shadowOf } from '../../lib/overlay/hosts';
import { HOST_TAG, OverlayController, PANEL_TAG, type OverlayDeps } from '../../lib/overlay/controller';
import { checkRegistry } from '../../lib/checks/registry';
import { anonymisedCopy } from '../../lib/sites/anonymise';
import { diagnose } from '../../lib/sites/diagnose';
import { siteRegistry } from '../../lib/sites/registry';

// Virtual time: the controller's frame/timeout batching and the minute re-check run on demand.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const POST_URL = 'https://www.facebook.com/norrbyexempel/posts/123456789';

function commentHtml(id: string, author: string, text: string) {
  return `<div role="article" aria-label="Kommentar av ${author} för 2 dagar sedan">
    <a href="https://www.facebook.com/${author.replace(' ', '.').toLowerCase()}">${author}</a>
    <div dir="auto">${text}</div>
    <a href="${POST_URL}?comment_id=${id}&amp;__cft__[0]=AZX">2 d</a>
  </div>`;
}

function setup(html: string, overrides: Partial<OverlayDeps> = {}) {
  document.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Simhallen stänger.</div></div>${html}</div>`;
  const deps: OverlayDeps = {
    doc: document,
    checks: checkRegistry,
    getUrl: () => POST_URL,
    css: ':host{}',
    render: preactRenderer,
    // happy-dom marks no event as a person's: these tests stand in for the browser's isTrusted, and the
    // hostile-page tests below use the real policy.
    isTrusted: () => true,
    ...LAYOUT_FREE,
    record: vi.fn(async (req: ActionRequest) => ({
      ok: true as const,
      value: {
        status: {
          kinds: [req.kind],
          ...(req.kind === 'archived' ? { archived: { recordId: 'r1', occurredAt: '2026-11-25T14:03:00+01:00' } } : {}),
        },
        alreadyRecorded: false,
      },
    })),
    status: vi.fn(async () => ({ ok: true as const, value: {} })),
    // The content script loads this on the click (lib/overlay/on-demand.ts).
    anonymise: async () => anonymisedCopy,
    sites: siteRegistry,
    ...overrides,
  };
  return { deps, controller: new OverlayController(deps) };
}

const panelRoot = () => { const host = document.querySelector(PANEL_TAG); return host ? shadowOf(host) : null; };
const click = (host: HTMLElement, testid: string) =>
  (shadowOf(host)!.querySelector(`[data-testid=${testid}]`) as HTMLElement).click();
const hosts = () => [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
const panelCount = (key: string) =>
  panelRoot()?.querySelector(`[data-testid=count-${key}]`)?.textContent;
const bar = (host: HTMLElement) => shadowOf(host)!.querySelector('[data-state]')!;
/** Lets a scheduled scan run (one frame or the 250 ms fallback) and pending answers settle. */
const flush = () => vi.advanceTimersByTimeAsync(300);

describe('OverlayController', () => {
  it('mounts one shadow-root overlay beside each comment without touching the comment', async () => {
    const { controller } = setup(commentHtml('11', 'Anna Exempelsson', 'Hej?') + commentHtml('12', 'Bo Prov', 'Tack!'));
    const before = document.querySelector('[role=article]')!.outerHTML;
    controller.scan();
    await flush();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['11', '12']);
    expect(hosts()[0]!.previousElementSibling!.getAttribute('role')).toBe('article');
    expect(document.querySelector('[role=article]')!.outerHTML).toBe(before);
    expect(bar(hosts()[0]!).getAttribute('data-state')).toBe('idle');
  });

  it('archives on click with the comment and post read from the page', async () => {
    const { controller, deps } = setup(commentHtml('11', 'Anna Exempelsson', 'När öppnar ni?'));
    controller.scan();
    await flush();
    (shadowOf(hosts()[0]!)!.querySelector('[data-testid=archive]') as HTMLButtonElement).click();
    await flush();
    const req = vi.mocked(deps.record).mock.calls[0]![0];
    expect(req.kind).toBe('archived');
    expect(req.comment).toMatchObject({ id: '11', authorName: 'Anna Exempelsson', text: 'När öppnar ni?' });
    expect(req.post.text).toBe('Simhallen stänger.');
    expect(bar(hosts()[0]!).getAttribute('data-state')).toBe('archived');
  });

  it('shows comments already archived as archived on load', async () => {
    const status = vi.fn(async () => ({
      ok: true as const,
      value: { '12': { archived: { recordId: 'r', occurredAt: '2026-11-25T14:03:00+01:00' }, kinds: ['archived' as const] } },
    }));
    const { controller } = setup(commentHtml('11', 'A B', 'x') + commentHtml('12', 'C D', 'y'), { status });
    controller.scan();
    await flush();
    expect(hosts().map((h) => bar(h).getAttribute('data-state'))).toEqual(['idle', 'archived']);
    expect(status).toHaveBeenCalledOnce();
  });

  it('shows a plain error and keeps the button when archiving fails', async () => {
    const { controller } = setup(commentHtml('11', 'A B', 'x'), {
      record: async () => ({ ok: false, error: 'storage-failed' }),
    });
    controller.scan();
    await flush();
    (shadowOf(hosts()[0]!)!.querySelector('[data-testid=archive]') as HTMLButtonElement).click();
    await flush();
    const root = shadowOf(hosts()[0]!)!;
    expect(root.querySelector('[role=alert]')?.textContent).toBe('errorStorage');
    expect(root.querySelector('[data-testid=archive]')).not.toBeNull();
  });

  it('renders page text as text: an author name with markup creates no elements', async () => {
    const { controller } = setup(commentHtml('11', '&lt;img src=x onerror=alert(1)&gt;', 'x'));
    controller.scan();
    await flush();
    const root = shadowOf(hosts()[0]!)!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('section')!.getAttribute('aria-label')).toContain('overlayLabel');
  });

  it('follows the page: new comments get overlays, removed ones lose them, nothing doubles', async () => {
    const { controller } = setup(commentHtml('11', 'A B', 'x'));
    const abort = new AbortController();
    controller.start(abort.signal);
    await flush();
    document.querySelector('[role=main]')!.insertAdjacentHTML('beforeend', commentHtml('13', 'E F', 'z'));
    await flush();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['11', '13']);
    document.querySelector('[role=article]')!.remove();
    await flush();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['13']);
    abort.abort();
    expect(hosts()).toHaveLength(0);
  });

  it('does nothing on a page without comments', async () => {
    const { controller, deps } = setup('<div role="article">Ingen kommentar</div>');
    controller.scan();
    await flush();
    expect(hosts()).toHaveLength(0);
    expect(document.querySelector(PANEL_TAG)).toBeNull();
    expect(deps.status).not.toHaveBeenCalled();
  });
});

describe('overlay placement', () => {
  it('keeps the bar with its comment when Facebook nests the replies inside the parent article', async () => {
    const reply = commentHtml('22', 'Eva Svar', 'Svar').replace('comment_id=22', 'comment_id=21&amp;reply_comment_id=22');
    const { controller } = setup(
      `<div role="article" aria-label="Kommentar av Dan Fråga"><a href="https://www.facebook.com/dan.fraga">Dan Fråga</a>
         <div class="body"><div dir="auto">Fråga?</div><a href="${POST_URL}?comment_id=21">1 d</a></div>
         <div class="replies">${reply}</div></div>`,
    );
    controller.scan();
    await flush();
    const parentHost = document.querySelector<HTMLElement>(`${HOST_TAG}[data-comment-id="21"]`)!;
    expect(parentHost.previousElementSibling!.className).toBe('body');
    expect(parentHost.nextElementSibling!.className).toBe('replies');
    const replyHost = document.querySelector<HTMLElement>(`${HOST_TAG}[data-comment-id="22"]`)!;
    expect(replyHost.previousElementSibling!.getAttribute('role')).toBe('article');
  });
});

describe('checklist and page panel', () => {
  const NOW = new Date('2026-11-25T13:00:00Z');

  it('badges a question, personal data and political talk, and counts them in the panel', async () => {
    const { controller } = setup(
      commentHtml('31', 'Ida Fråga', 'När öppnar biblioteket igen?') +
        commentHtml('32', 'Jon Nummer', 'Ring mig på 070-1740605') +
        commentHtml('33', 'Kim Val', 'Moderaterna och Socialdemokraterna borde samarbeta.'),
      { now: () => NOW },
    );
    controller.scan();
    await flush();
    const [q, pd, pol] = hosts();
    expect(shadowOf(q!)!.querySelector('[data-testid=badge-reply]')).not.toBeNull();
    expect(shadowOf(pd!)!.querySelector('[data-testid=badge-personal-data]')).not.toBeNull();
    expect(shadowOf(pol!)!.querySelector('[data-testid=badge-political]')).not.toBeNull();
    expect(shadowOf(pol!)!.querySelector('[data-testid=badge-reply]')).toBeNull();
    // "Ring mig på …" asks the office to call back: a request without "?" needs a reply too (issue 13).
    expect(shadowOf(pd!)!.querySelector('[data-testid=badge-reply]')).not.toBeNull();
    expect(panelCount('replyDue')).toBe('2');
    expect(panelCount('notArchived')).toBe('3');
    expect(panelCount('flagged')).toBe('1');
  });

  it('records "no reply needed" from the checklist and settles the reply badge', async () => {
    const { controller, deps } = setup(commentHtml('41', 'Ida Fråga', 'Hur gör jag för att boka?'), { now: () => NOW });
    controller.scan();
    await flush();
    const host = hosts()[0]!;
    click(host, 'toggle');
    expect(shadowOf(host)!.querySelector('[data-testid=toggle]')!.getAttribute('aria-expanded')).toBe('true');
    click(host, 'action-no-reply-needed');
    await flush();
    expect(vi.mocked(deps.record).mock.calls[0]![0]).toMatchObject({ kind: 'no-reply-needed', checks: expect.arrayContaining(['reply-due']) });
    expect(shadowOf(host)!.querySelector('[data-testid=badge-reply]')).toBeNull();
    expect(panelCount('replyDue')).toBe('0');
  });

  it('documents only after showing the captured picture, and refuses without a legal ground', async () => {
    const capture = vi.fn(async () => ({ input: { html: '<!DOCTYPE html><p>x</p>' }, preview: 'data:image/png;base64,iVBORw0KGgo=' }));
    const { controller, deps } = setup(commentHtml('51', 'Lo Arg', 'Jag ska döda dig'), { now: () => NOW, capture });
    controller.scan();
    await flush();
    const host = hosts()[0]!;
    const root = () => shadowOf(host)!;
    click(host, 'toggle');
    expect(root().querySelector('[data-testid=law-ground]')).toBeNull();
    click(host, 'action-document');
    await flush();
    // The capture is of the comment's own element; nothing is recorded before the moderator confirms.
    expect(capture).toHaveBeenCalledTimes(1);
    expect((capture.mock.calls[0] as unknown[])[0]).toBe(document.querySelector('[role=article]'));
    expect(root().querySelector('[data-testid=document-preview]')!.getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
    expect(deps.record).not.toHaveBeenCalled();
    const select = root().querySelector('[data-testid=law-ground]') as HTMLSelectElement;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await flush();
    click(host, 'action-documented');
    await flush();
    expect(deps.record).not.toHaveBeenCalled();
    expect(root().querySelector('[role=alert]')?.textContent).toBe('lawGroundRequired');
    select.value = 'olaga-hot';
    select.dispatchEvent(new Event('change'));
    await flush();
    click(host, 'action-documented');
    await flush();
    expect(vi.mocked(deps.record).mock.calls[0]![0]).toMatchObject({ kind: 'documented', lawGround: 'olaga-hot', evidence: { html: '<!DOCTYPE html><p>x</p>' } });
    // Then: how to remove it here, and the removal recorded when the moderator says it is done.
    expect(root().querySelector('[data-testid=removal-help]')).not.toBeNull();
    click(host, 'action-removed');
    await flush();
    expect(vi.mocked(deps.record).mock.calls[1]![0]).toMatchObject({ kind: 'removed', lawGround: 'olaga-hot' });
    expect(vi.mocked(deps.record).mock.calls[1]![0].evidence).toBeUndefined();
  });

  it('captures on archive, leaving nested replies and our own hosts out of the capture', async () => {
    const capture = vi.fn(async (_el: Element, _exclude: (el: Element) => boolean) => ({ input: { failure: 'not-shown' as const } }));
    const reply = commentHtml('53', 'Eva Svar', 'Svar').replace('comment_id=53', 'comment_id=52&amp;reply_comment_id=53');
    const { controller, deps } = setup(
      `<div role="article" aria-label="Kommentar av Dan Fråga"><a href="https://www.facebook.com/dan.fraga">Dan Fråga</a>
         <div dir="auto">Fråga?</div><a href="${POST_URL}?comment_id=52">1 d</a><div class="replies">${reply}</div></div>`,
      { capture },
    );
    controller.scan();
    await flush();
    const parent = document.querySelector<HTMLElement>(`${HOST_TAG}[data-comment-id="52"]`)!;
    click(parent, 'archive');
    await flush();
    const [element, exclude] = capture.mock.calls[0]!;
    const nested = document.querySelector('.replies [role=article]')!;
    expect(element).toBe(document.querySelector('[role=article]'));
    expect(exclude(nested)).toBe(true);
    expect(exclude(parent)).toBe(true);
    expect(exclude(document.querySelector('.replies')!)).toBe(false);
    expect(vi.mocked(deps.record).mock.calls[0]![0]).toMatchObject({ kind: 'archived', evidence: { failure: 'not-shown' } });
    // The failure is told beside the comment.
    expect(shadowOf(parent)!.querySelector('[data-testid=evidence-failure]')).not.toBeNull();
  });

  it('tells when an archived comment was edited on the page and archives the new version once', async () => {
    const textSha256 = 'c'.repeat(64);
    const hash = vi.fn(async (text: string) => (text === 'Första texten' ? textSha256 : 'd'.repeat(64)));
    const status = vi.fn(async () => ({ ok: true as const, value: { '54': { kinds: ['archived' as const], archived: { recordId: 'r1', occurredAt: '2026-11-25T14:03:00+01:00', textSha256 } } } }));
    const { controller, deps } = setup(commentHtml('54', 'Ida Ändrar', 'Första texten'), { hash, status });
    controller.start(new AbortController().signal);
    await flush();
    const host = hosts()[0]!;
    expect(shadowOf(host)!.querySelector('[data-testid=edited]')).toBeNull();
    document.querySelector('[role=article] [dir=auto]')!.textContent = 'Ändrad text med hot';
    await flush();
    await flush();
    expect(shadowOf(host)!.querySelector('[data-testid=edited]')).not.toBeNull();
    click(host, 'archive-new-version');
    click(host, 'archive-new-version');
    await flush();
    expect(vi.mocked(deps.record).mock.calls.map((c) => [c[0].kind, c[0].comment.text])).toEqual([['archived', 'Ändrad text med hot']]);
    expect(shadowOf(host)!.querySelector('[data-testid=edited]')).toBeNull();
    controller.stop();
  });

  it('takes back an action with "Ångra" on a person\'s click only, and shows the comment as not archived again', async () => {
    const until = new Date(Date.now() + 600_000).toISOString();
    const retract = vi.fn(async () => ({ ok: true as const, value: { status: { kinds: [] }, retracted: true } }));
    const record = vi.fn(async () => ({ ok: true as const, value: { status: { kinds: ['archived' as const], archived: { recordId: 'r9', occurredAt: '2026-11-25T14:03:00+01:00' }, undo: { recordId: 'r9', kind: 'archived' as const, until } }, alreadyRecorded: false } }));
    let trusted = true;
    const { controller } = setup(commentHtml('57', 'Ida Ångrar', 'Hej'), { retract, record, isTrusted: () => trusted });
    controller.scan();
    await flush();
    const host = hosts()[0]!;
    click(host, 'archive');
    await flush();
    expect(bar(host).getAttribute('data-state')).toBe('archived');
    trusted = false;
    click(host, 'undo');
    await flush();
    expect(retract).not.toHaveBeenCalled();
    trusted = true;
    click(host, 'undo');
    await flush();
    expect(retract).toHaveBeenCalledWith({ recordId: 'r9' });
    expect(bar(host).getAttribute('data-state')).toBe('idle');
    expect(shadowOf(host)!.querySelector('[data-testid=archive]')).not.toBeNull();
    expect(panelCount('notArchived')).toBe('1');
  });

  it('lists an archived comment that left the open post as removed after archiving', async () => {
    const status = vi.fn(async () => ({ ok: true as const, value: { '55': { kinds: ['documented' as const], archived: { recordId: 'r1', occurredAt: '2026-11-25T14:03:00+01:00', kind: 'documented' as const, lawGround: 'olaga-hot' as const } } } }));
    const { controller, deps } = setup(commentHtml('55', 'Lo Arg', 'Jag ska döda dig') + commentHtml('56', 'Bo Prov', 'Tack!'), { status });
    controller.start(new AbortController().signal);
    await flush();
    document.querySelector('[role=article]')!.remove();
    await flush();
    await flush();
    const gone = panelRoot()!.querySelectorAll('[data-testid=gone-item]');
    expect([...gone].map((g) => g.getAttribute('data-comment-id'))).toEqual(['55']);
    (panelRoot()!.querySelector('[data-testid=gone-confirm-removed]') as HTMLButtonElement).click();
    await flush();
    expect(vi.mocked(deps.record).mock.calls[0]![0]).toMatchObject({ kind: 'removed', lawGround: 'olaga-hot', comment: { id: '55' } });
    expect(panelRoot()!.querySelector('[data-testid=gone-item]')).toBeNull();
    controller.stop();
  });

  const PAGE = '<h2><a href="https://www.facebook.com/norrbyexempel">Stadsdelsförvaltning Norrby</a></h2>';
  const replyTo = (parent: string, id: string, author: string, text: string, authorUrl: string) =>
    commentHtml(id, author, text)
      .replace(`comment_id=${id}`, `comment_id=${parent}&amp;reply_comment_id=${id}`)
      .replace(/href="https:\/\/www\.facebook\.com\/[^"?]*"/, `href="${authorUrl}"`);

  it('does not ask for a reply when the office has answered in the thread, known by its address', async () => {
    const reply = replyTo('61', '62', 'Stadsdelsförvaltning Norrby', 'Vi öppnar i januari.', 'https://www.facebook.com/norrbyexempel');
    const { controller } = setup(commentHtml('61', 'Ida Fråga', 'När öppnar ni?') + reply, { now: () => NOW });
    document.querySelector('[role=main]')!.insertAdjacentHTML('afterbegin', PAGE);
    controller.scan();
    await flush();
    const [question, answer] = hosts();
    expect(shadowOf(question!)!.querySelector('[data-testid=badge-reply]')).toBeNull();
    expect(shadowOf(answer!)!.querySelector('[data-testid=badge-office]')?.textContent).toBe('badgeByOffice');
  });

  it('asks no reply for a question between residents in a thread, but does for one under the office', async () => {
    const resident = replyTo('65', '66', 'Olle Granne', 'Vilken lekplats menar du?', 'https://www.facebook.com/olle.granne');
    const office = replyTo('67', '68', 'Stadsdelsförvaltning Norrby', 'Plaskdammen öppnar 1 juni.', 'https://www.facebook.com/norrbyexempel');
    const toOffice = replyTo('67', '69', 'Ida Fråga', 'Vilken tid öppnar den?', 'https://www.facebook.com/ida.fraga');
    const { controller } = setup(
      commentHtml('65', 'Ida Fråga', 'Lekplatsen är fin.') + resident + commentHtml('67', 'Stadsdelsförvaltning Norrby', 'Välkomna!') + office + toOffice,
      { now: () => NOW },
    );
    document.querySelector('[role=main]')!.insertAdjacentHTML('afterbegin', PAGE);
    // The office's own top-level comment is known by its address too.
    document.querySelectorAll('a[href="https://www.facebook.com/stadsdelsförvaltning.norrby"]').forEach((a) => a.setAttribute('href', 'https://www.facebook.com/norrbyexempel'));
    controller.scan();
    await flush();
    const byId = (id: string) => document.querySelector<HTMLElement>(`${HOST_TAG}[data-comment-id="${id}"]`)!;
    expect(shadowOf(byId('66'))!.querySelector('[data-testid=badge-reply]')).toBeNull();
    expect(shadowOf(byId('69'))!.querySelector('[data-testid=badge-reply]')).not.toBeNull();
  });

  it('treats a look-alike Page with the office name as anyone: its text is checked and the question stays open', async () => {
    const fake = replyTo('63', '64', 'Stadsdelsförvaltning Norrby', 'Vi öppnar i januari, ring 070-1740605.', 'https://www.facebook.com/norrby.kundtjanst.fake');
    const { controller } = setup(commentHtml('63', 'Ida Fråga', 'När öppnar ni?') + fake, { now: () => NOW });
    document.querySelector('[role=main]')!.insertAdjacentHTML('afterbegin', PAGE);
    controller.scan();
    await flush();
    const [question, lookAlike] = hosts();
    expect(shadowOf(question!)!.querySelector('[data-testid=badge-reply]')).not.toBeNull();
    expect(shadowOf(lookAlike!)!.querySelector('[data-testid=badge-personal-data]')).not.toBeNull();
    expect(shadowOf(lookAlike!)!.querySelector('[data-testid=badge-office]')).toBeNull();
    expect(panelCount('replyDue')).toBe('1');
  });

  it('says "probably the office" when only the name matches because the post shows no address', async () => {
    const reply = replyTo('65', '66', 'Stadsdelsförvaltning Norrby', 'Vi öppnar i januari.', 'https://www.facebook.com/norrbyexempel');
    const { controller } = setup(commentHtml('65', 'Ida Fråga', 'När öppnar ni?') + reply, { now: () => NOW });
    document.querySelector('[role=main]')!.insertAdjacentHTML('afterbegin', '<h2><span>Stadsdelsförvaltning Norrby</span></h2>');
    document.querySelector('[data-ad-rendering-role="story_message"]')!.insertAdjacentHTML(
      'beforebegin',
      '<div data-ad-rendering-role="profile_name"><a>Stadsdelsförvaltning Norrby</a></div>',
    );
    controller.scan();
    await flush();
    const [question, answer] = hosts();
    expect(shadowOf(answer!)!.querySelector('[data-testid=badge-office]')?.textContent).toBe('badgeProbablyByOffice');
    click(question!, 'toggle');
    expect(shadowOf(question!)!.querySelector('[data-check=reply]')?.textContent).toContain('checkReplyProbablyByOffice');
  });
});

describe('comment identity', () => {
  it('keeps its own id when someone pastes the link of another comment into the text', async () => {
    const pasted = `<div role="article" aria-label="Kommentar av Eve Klister för 1 dag sedan">
      <a href="https://www.facebook.com/eve.klister">Eve Klister</a>
      <div dir="auto">Titta här: <a href="${POST_URL}?comment_id=11">${POST_URL}?comment_id=11</a></div>
      <a href="${POST_URL}?comment_id=12&amp;__cft__[0]=AZX">1 d</a></div>`;
    const { controller } = setup(commentHtml('11', 'Anna Exempelsson', 'När öppnar ni?') + pasted);
    controller.scan();
    await flush();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['11', '12']);
    expect(hosts().map((h) => shadowOf(h)!.querySelector('[data-testid=identity-in-doubt]'))).toEqual([null, null]);
  });

  it('shows both comments that claim one id, and records neither until the moderator has checked it', async () => {
    const impostor = commentHtml('21', 'Eve Klister', 'Jag ska döda dig');
    const { controller, deps } = setup(commentHtml('21', 'Anna Exempelsson', 'När öppnar ni?') + impostor);
    controller.scan();
    await flush();
    const [real, fake] = hosts();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['21', '21']);
    expect(shadowOf(real!)!.querySelector('[data-testid=identity-in-doubt]')).not.toBeNull();
    expect(shadowOf(fake!)!.querySelector('[data-testid=badge-unlawful]')).not.toBeNull();
    expect(panelCount('notArchived')).toBe('2');
    click(fake!, 'archive');
    await flush();
    expect(deps.record).not.toHaveBeenCalled();
    click(real!, 'confirm-identity');
    await flush();
    click(real!, 'archive');
    await flush();
    expect(vi.mocked(deps.record).mock.calls).toHaveLength(1);
    expect(vi.mocked(deps.record).mock.calls[0]![0]).toMatchObject({
      kind: 'archived',
      identityChecked: true,
      comment: { id: '21', authorName: 'Anna Exempelsson', text: 'När öppnar ni?', idCollision: true },
      checks: expect.arrayContaining(['identity-checked']),
    });
  });
});

describe('a hostile page', () => {
  it("records nothing for a script's clicks, and keeps the overlay's roots out of its reach", async () => {
    const { controller, deps } = setup(commentHtml('31', 'Lo Arg', 'Jag ska döda dig'), { isTrusted: undefined });
    controller.scan();
    await flush();
    const host = hosts()[0]!;
    expect(host.shadowRoot).toBeNull();
    // Even with our own reference to the root, a synthetic click (isTrusted false) is refused.
    click(host, 'archive');
    click(host, 'toggle');
    await flush();
    click(host, 'action-document');
    await flush();
    // No capture started, so no step in which a script could pick the legal ground.
    expect(shadowOf(host)!.querySelector('[data-testid=law-ground]')).toBeNull();
    expect(deps.record).not.toHaveBeenCalled();
  });
});

describe('overlay placement inside a shared wrapper', () => {
  it('puts the bar between the comment content and its replies when both sit in one wrapper', async () => {
    const reply = commentHtml('72', 'Eva Svar', 'Svar').replace('comment_id=72', 'comment_id=71&amp;reply_comment_id=72');
    const { controller } = setup(
      `<div role="article" aria-label="Kommentar av Dan Fråga"><div class="wrap">
         <a href="https://www.facebook.com/dan.fraga">Dan Fråga</a>
         <div class="body"><div dir="auto">Fråga?</div><a href="${POST_URL}?comment_id=71">1 d</a></div>
         <div class="replies">${reply}</div></div></div>`,
    );
    controller.scan();
    await flush();
    const parentHost = document.querySelector<HTMLElement>(`${HOST_TAG}[data-comment-id="71"]`)!;
    expect(parentHost.parentElement!.className).toBe('wrap');
    expect(parentHost.previousElementSibling!.className).toBe('body');
    expect(parentHost.nextElementSibling!.className).toBe('replies');
  });
});

describe('page panel states', () => {
  const panel = () => panelRoot()?.querySelector('[data-testid=page-panel]');

  it('stays quiet on a page that is not the office account until asked', async () => {
    const { controller } = setup(commentHtml('81', 'A B', 'Hej?'), { officeAccounts: ['https://www.facebook.com/annatkonto'] });
    controller.scan();
    await flush();
    expect(hosts()).toHaveLength(0);
    expect(panel()?.getAttribute('data-kind')).toBe('quiet');
    (panel()!.querySelector('[data-testid=show-anyway]') as HTMLButtonElement).click();
    await flush();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['81']);
    expect(panel()?.getAttribute('data-kind')).toBe('counts');
  });

  it('before the first setup puts no checklist on any page and names the setup page, opened only by a person', async () => {
    const open = vi.fn();
    let person = false;
    const { controller } = setup(commentHtml('82', 'C D', 'Hej?'), { setup: { awaiting: true, open }, isTrusted: () => person });
    controller.scan();
    await flush();
    expect(hosts()).toHaveLength(0);
    expect(panel()?.getAttribute('data-kind')).toBe('not-set-up');
    expect(panel()!.querySelector('[data-testid=not-set-up]')!.textContent).toBe('panelNotSetUp');
    // A page script's click opens nothing; a person's opens the setup page with this page offered.
    (panel()!.querySelector('[data-testid=open-setup]') as HTMLButtonElement).click();
    expect(open).not.toHaveBeenCalled();
    person = true;
    (panel()!.querySelector('[data-testid=open-setup]') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledWith(POST_URL);
    (panel()!.querySelector('[data-testid=show-anyway]') as HTMLButtonElement).click();
    await flush();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['82']);
  });

  it('is not held back by a setup that is done (or was never started)', async () => {
    const { controller } = setup(commentHtml('83', 'E F', 'Hej?'), { setup: { awaiting: false, open: vi.fn() } });
    controller.scan();
    await flush();
    expect(hosts().map((h) => h.dataset.commentId)).toEqual(['83']);
  });

  it('says plainly when a post page shows nothing it recognises', async () => {
    const { controller } = setup('');
    document.body.innerHTML = '<section><span>Okänd layout</span></section>';
    controller.scan();
    await flush();
    expect(panel()?.getAttribute('data-kind')).toBe('unrecognised');
    expect(panel()!.querySelector('[data-testid=unrecognised]')!.textContent).toBe('panelUnrecognised');
  });

  it('copies a report for IT on the click, with the code that makes it loaded then', async () => {
    const load = vi.fn(async () => diagnose);
    const { controller } = setup('', { diagnose: load, getUrl: () => `${POST_URL}?token=hemligt` });
    document.body.innerHTML = '<section><span>Okänd layout</span></section>';
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    controller.scan();
    await flush();
    expect(load).not.toHaveBeenCalled();
    (panel()!.querySelector('[data-testid=copy-diagnostics]') as HTMLButtonElement).click();
    await flush();
    expect(load).toHaveBeenCalledOnce();
    expect(written).toHaveLength(1);
    const report = JSON.parse(written[0]!);
    expect(report).toMatchObject({ site: 'facebook', recognised: false, posts: 0, comments: 0 });
    // The address without its query, which may carry ids of people or tracking.
    expect(report.url).toBe(POST_URL);
    expect(panel()!.textContent).toContain('panelCopied');
  });
});

describe('time passing', () => {
  it('turns a reply badge overdue after the deadline without a reload', async () => {
    let now = new Date('2026-11-25T09:00:00Z');
    const { controller } = setup(commentHtml('91', 'Ida Fråga', 'När öppnar biblioteket?').replace('>2 d<', '>1 tim<'), {
      now: () => now,
    });
    const abort = new AbortController();
    controller.start(abort.signal);
    await flush();
    const badge = () => shadowOf(hosts()[0]!)!.querySelector('[data-testid=badge-reply]')!;
    expect(badge().className).toBe('badge reply');
    now = new Date('2026-11-27T09:00:00Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(badge().className).toBe('badge overdue');
    abort.abort();
  });
});

describe('"Spara anonymiserad sidkopia" from the page panel (issue 16)', () => {
  /** Catches what the panel hands the browser as a download. */
  function catchDownloads() {
    const saved: Array<{ name: string; blob: Blob }> = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => `blob:test/${saved.push({ name: '', blob: blob as Blob })}`);
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[Number(this.href.split('/').pop()) - 1]!.name = this.download;
    });
    return { saved, restore: () => (create.mockRestore(), clicks.mockRestore()) };
  }

  /** Presses the panel's copy button and expects no download, and the panel to say the copy failed. */
  async function expectNoCopySaved() {
    const downloads = catchDownloads();
    (panelRoot()!.querySelector('[data-testid=save-copy]') as HTMLButtonElement).click();
    await flush();
    downloads.restore();
    expect(downloads.saved).toEqual([]);
    expect(panelRoot()!.querySelector('[data-testid=save-copy-result]')!.textContent).toBe('panelSaveCopyFailed');
  }

  it('saves the copy as a download from the counts panel, with no text or name of the page', async () => {
    const { controller } = setup(commentHtml('51', 'Ida Fråga', 'När öppnar biblioteket igen?') + commentHtml('52', 'Jon Nummer', 'Ring mig på 070-1740605'));
    controller.scan();
    await flush();
    const downloads = catchDownloads();
    (panelRoot()!.querySelector('[data-testid=save-copy]') as HTMLButtonElement).click();
    await flush();
    downloads.restore();
    expect(downloads.saved).toHaveLength(1);
    const { name, blob } = downloads.saved[0]!;
    expect(name).toMatch(/^sidkopia-facebook-\d{4}-\d{2}-\d{2}\.html$/);
    const html = await blob.text();
    expect(html).toContain('<meta name="fixture-url"');
    for (const original of ['Ida Fråga', 'biblioteket', '070-1740605', 'Simhallen', 'ida.fråga', 'norrbyexempel']) expect(html).not.toContain(original);
    // The ids are replaced (invented digits may contain "51" by chance, so the id is looked for where ids stand).
    expect(html).toMatch(/comment_id=\d+/);
    expect(html).not.toMatch(/comment_id=5[12]\b|data-comment-id="5[12]"/);
    expect(panelRoot()!.querySelector('[data-testid=save-copy-result]')!.textContent).toBe('panelSavedCopy');
    // The copy came from a clone: the page and its overlays are untouched.
    expect(hosts()).toHaveLength(2);
    expect(document.body.textContent).toContain('När öppnar biblioteket igen?');
  });

  it('offers no copy without the code that makes it', async () => {
    const { controller } = setup(commentHtml('53', 'Ida Fråga', 'När öppnar biblioteket igen?'), { anonymise: undefined });
    controller.scan();
    await flush();
    expect(panelRoot()!.querySelector('[data-testid=page-panel]')!.getAttribute('data-kind')).toBe('counts');
    expect(panelRoot()!.querySelector('[data-testid=save-copy]')).toBeNull();
  });

  it('says the copy failed when its code cannot be loaded on the click', async () => {
    const failing = setup(commentHtml('54', 'Ida Fråga', 'När öppnar biblioteket igen?'), { anonymise: () => Promise.reject(new Error('extension reloaded')) });
    failing.controller.scan();
    await flush();
    await expectNoCopySaved();
  });

  it('offers it on a page it does not recognise, and saves nothing for a script\'s click', async () => {
    const { controller } = setup('', { isTrusted: (event) => event.isTrusted === true });
    document.body.innerHTML = '<div role="main"><section><span>Okänd layout</span></section></div>';
    controller.scan();
    await flush();
    expect(panelRoot()!.querySelector('[data-testid=page-panel]')!.getAttribute('data-kind')).toBe('unrecognised');
    await expectNoCopySaved();
  });
});
