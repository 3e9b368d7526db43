import { describe, expect, it, vi } from 'vitest';
import type { ArchiveRequest } from '../../lib/messaging';
import { HOST_TAG, OverlayController, type OverlayDeps } from '../../lib/overlay/controller';

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
    archive: vi.fn(async () => ({
      ok: true as const,
      value: { status: { recordId: 'r1', occurredAt: '2026-11-25T14:03:00+01:00' }, alreadyArchived: false },
    })),
    status: vi.fn(async () => ({ ok: true as const, value: {} })),
    ...overrides,
  };
  return { deps, controller: new OverlayController(deps) };
}

const hosts = () => [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
const bar = (host: HTMLElement) => host.shadowRoot!.querySelector('[data-state]')!;
const flush = () => new Promise((r) => setTimeout(r, 300));

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
    const req = vi.mocked(deps.archive).mock.calls[0]![0] as ArchiveRequest;
    expect(req.comment).toMatchObject({ id: '11', authorName: 'Anna Exempelsson', text: 'När öppnar ni?' });
    expect(req.post.text).toBe('Simhallen stänger.');
    expect(bar(hosts()[0]!).getAttribute('data-state')).toBe('archived');
  });

  it('shows comments already archived as archived on load', async () => {
    const status = vi.fn(async () => ({
      ok: true as const,
      value: { '12': { recordId: 'r', occurredAt: '2026-11-25T14:03:00+01:00' } },
    }));
    const { controller } = setup(commentHtml('11', 'A B', 'x') + commentHtml('12', 'C D', 'y'), { status });
    controller.scan();
    await flush();
    expect(hosts().map((h) => bar(h).getAttribute('data-state'))).toEqual(['idle', 'archived']);
    expect(status).toHaveBeenCalledOnce();
  });

  it('shows a plain error and keeps the button when archiving fails', async () => {
    const { controller } = setup(commentHtml('11', 'A B', 'x'), {
      archive: async () => ({ ok: false, error: 'storage-failed' }),
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
