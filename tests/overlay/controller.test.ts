import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import type { ActionRequest } from '../../lib/messaging';
import { HOST_TAG, OverlayController, PANEL_TAG, type OverlayDeps } from '../../lib/overlay/controller';

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
    getUrl: () => POST_URL,
    css: ':host{}',
    render: preactRenderer,
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
    ...overrides,
  };
  return { deps, controller: new OverlayController(deps) };
}

const hosts = () => [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
const panelCount = (key: string) =>
  document.querySelector(PANEL_TAG)?.shadowRoot?.querySelector(`[data-testid=count-${key}]`)?.textContent;
const bar = (host: HTMLElement) => host.shadowRoot!.querySelector('[data-state]')!;
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
    (hosts()[0]!.shadowRoot!.querySelector('[data-testid=archive]') as HTMLButtonElement).click();
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
    (hosts()[0]!.shadowRoot!.querySelector('[data-testid=archive]') as HTMLButtonElement).click();
    await flush();
    const root = hosts()[0]!.shadowRoot!;
    expect(root.querySelector('[role=alert]')?.textContent).toBe('errorStorage');
    expect(root.querySelector('[data-testid=archive]')).not.toBeNull();
  });

  it('renders page text as text: an author name with markup creates no elements', async () => {
    const { controller } = setup(commentHtml('11', '&lt;img src=x onerror=alert(1)&gt;', 'x'));
    controller.scan();
    await flush();
    const root = hosts()[0]!.shadowRoot!;
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
  const click = (host: HTMLElement, testid: string) =>
    (host.shadowRoot!.querySelector(`[data-testid=${testid}]`) as HTMLElement).click();

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
    expect(q!.shadowRoot!.querySelector('[data-testid=badge-reply]')).not.toBeNull();
    expect(pd!.shadowRoot!.querySelector('[data-testid=badge-personal-data]')).not.toBeNull();
    expect(pol!.shadowRoot!.querySelector('[data-testid=badge-political]')).not.toBeNull();
    expect(pol!.shadowRoot!.querySelector('[data-testid=badge-reply]')).toBeNull();
    expect(panelCount('replyDue')).toBe('1');
    expect(panelCount('notArchived')).toBe('3');
    expect(panelCount('flagged')).toBe('1');
  });

  it('records "no reply needed" from the checklist and settles the reply badge', async () => {
    const { controller, deps } = setup(commentHtml('41', 'Ida Fråga', 'Hur gör jag för att boka?'), { now: () => NOW });
    controller.scan();
    await flush();
    const host = hosts()[0]!;
    click(host, 'toggle');
    expect(host.shadowRoot!.querySelector('[data-testid=toggle]')!.getAttribute('aria-expanded')).toBe('true');
    click(host, 'action-no-reply-needed');
    await flush();
    expect(vi.mocked(deps.record).mock.calls[0]![0]).toMatchObject({ kind: 'no-reply-needed', checks: expect.arrayContaining(['reply-due']) });
    expect(host.shadowRoot!.querySelector('[data-testid=badge-reply]')).toBeNull();
    expect(panelCount('replyDue')).toBe('0');
  });

  it('refuses "document and remove" until a legal ground is chosen', async () => {
    const { controller, deps } = setup(commentHtml('51', 'Lo Arg', 'Jag ska döda dig'), { now: () => NOW });
    controller.scan();
    await flush();
    const host = hosts()[0]!;
    click(host, 'toggle');
    const select = host.shadowRoot!.querySelector('[data-testid=law-ground]') as HTMLSelectElement;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await flush();
    click(host, 'action-removed');
    await flush();
    expect(deps.record).not.toHaveBeenCalled();
    expect(host.shadowRoot!.querySelector('[role=alert]')?.textContent).toBe('lawGroundRequired');
    select.value = 'olaga-hot';
    select.dispatchEvent(new Event('change'));
    await flush();
    click(host, 'action-removed');
    await flush();
    expect(vi.mocked(deps.record).mock.calls[0]![0]).toMatchObject({ kind: 'removed', lawGround: 'olaga-hot' });
  });

  it("does not ask for a reply when the office has answered in the thread", async () => {
    const reply = commentHtml('62', 'Stadsdelsförvaltning Norrby', 'Vi öppnar i januari.').replace(
      'comment_id=62',
      'comment_id=61&amp;reply_comment_id=62',
    );
    document.body.innerHTML = '';
    const { controller } = setup(commentHtml('61', 'Ida Fråga', 'När öppnar ni?') + reply, { now: () => NOW });
    document.querySelector('[role=main]')!.insertAdjacentHTML(
      'afterbegin',
      '<h2><a href="https://www.facebook.com/norrbyexempel">Stadsdelsförvaltning Norrby</a></h2>',
    );
    controller.scan();
    await flush();
    const question = hosts().find((h) => h.dataset.commentId === '61')!;
    expect(question.shadowRoot!.querySelector('[data-testid=badge-reply]')).toBeNull();
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
  const panel = () => document.querySelector(PANEL_TAG)?.shadowRoot?.querySelector('[data-testid=page-panel]');

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

  it('says plainly when a post page shows nothing it recognises', async () => {
    const { controller } = setup('');
    document.body.innerHTML = '<section><span>Okänd layout</span></section>';
    controller.scan();
    await flush();
    expect(panel()?.getAttribute('data-kind')).toBe('unrecognised');
    expect(panel()!.querySelector('[data-testid=unrecognised]')!.textContent).toBe('panelUnrecognised');
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
    const badge = () => hosts()[0]!.shadowRoot!.querySelector('[data-testid=badge-reply]')!;
    expect(badge().className).toBe('badge reply');
    now = new Date('2026-11-27T09:00:00Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(badge().className).toBe('badge overdue');
    abort.abort();
  });
});
