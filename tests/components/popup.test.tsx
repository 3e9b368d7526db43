// The popup on its own, with happy-dom: what it shows for the background's answers.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PopupApp, { type Props } from '../../components/popup/PopupApp';
import type { Summary, SyncStatus } from '../../lib/messaging/protocol';

afterEach(() => {
  document.body.innerHTML = '';
});

const summary: Summary = {
  day: '2026-11-25',
  archivedToday: 2,
  latest: [
    { recordId: 'r2', occurredAt: '2026-11-25T10:00:00+01:00', authorName: '‮Eve', text: '<b>inte fet</b>', registrationNumber: 'HÄ 2026/9', permalink: 'https://www.facebook.com/norrbyexempel/posts/1?comment_id=2' },
    { recordId: 'r1', occurredAt: '2026-11-25T09:00:00+01:00', authorName: '', text: 'Tack!', permalink: 'javascript:alert(1)' },
  ],
};
const sync: SyncStatus = {
  mode: 'registry',
  endpoint: 'https://diarium.example.org/api',
  access: true,
  endpointLocked: false,
  pending: 3,
  rejected: 0,
  registered: 10,
  stoppedForAuth: false,
      held: 0,
  rejectedItems: [],
};

async function show(overrides: Partial<Props> = {}) {
  const el = document.body.appendChild(document.createElement('div'));
  const props: Props = {
    loadSummary: vi.fn(async () => ({ ok: true as const, value: summary })),
    loadSync: vi.fn(async () => ({ ok: true as const, value: sync })),
    syncNow: vi.fn(async () => ({ ok: true as const, value: { ...sync, pending: 0, registered: 13 } })),
    requestAccess: vi.fn(async () => true),
    openOptions: vi.fn(),
    openWeek: vi.fn(),
    ...overrides,
  };
  await act(async () => {
    render(<PopupApp {...props} />, el);
  });
  return { el, props };
}

describe('PopupApp', () => {
  it("shows today's count, the latest archived comments as text, and where sync stands", async () => {
    const { el } = await show();
    expect(el.querySelector('[data-testid=archived-today]')!.textContent).toBe('2');
    const items = [...el.querySelectorAll('[data-testid=latest] li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('HÄ 2026/9');
    expect(items[0]!.querySelector('b')).toBeNull();
    expect(items[1]!.textContent).toContain('popupNoAuthor');
    // Each archived comment links back to where it was; an address that is not a web address is no link.
    expect(items[0]!.querySelector<HTMLAnchorElement>('[data-testid=latest-link]')!.href).toBe('https://www.facebook.com/norrbyexempel/posts/1?comment_id=2');
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(el.querySelector('[data-testid=sync-pending]')!.textContent).toBe('3');
  });

  it('sends on "send now" and shows the new counts', async () => {
    const { el, props } = await show();
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'syncNow')!;
    await act(async () => button.click());
    expect(props.syncNow).toHaveBeenCalledOnce();
    expect(el.querySelector('[data-testid=sync-pending]')!.textContent).toBe('0');
  });

  it('says plainly when the background cannot answer', async () => {
    const { el } = await show({ loadSummary: async () => ({ ok: false, error: 'unavailable' }) });
    expect(el.querySelector('[role=alert]')!.textContent).toBe('errorUnavailable');
    expect(el.querySelector('[data-testid=archived-today]')).toBeNull();
  });
});

describe('PopupApp before the first setup', () => {
  it('says first that it is not set up and opens the setup page; says nothing once it is', async () => {
    const open = vi.fn();
    const { el } = await show({ setup: { awaiting: async () => true, open } });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(el.querySelector('[data-testid=popup-not-set-up]')!.textContent).toContain('panelNotSetUp');
    (el.querySelector('[data-testid=popup-open-setup]') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledOnce();
    document.body.innerHTML = '';
    const done = await show({ setup: { awaiting: async () => false, open } });
    expect(done.el.querySelector('[data-testid=popup-not-set-up]')).toBeNull();
  });
});
