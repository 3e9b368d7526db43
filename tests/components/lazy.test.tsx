// The overlay's on-demand views (components/overlay/lazy.tsx): the content script draws them once their
// module has arrived, loads it once however many ask, and says so in plain words when it cannot load it.
// Every other unit test gets them preloaded (tests/setup.ts); this one starts each case without them.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checklist, loadViews, setViewsLoader } from '../../components/overlay/lazy';
import PagePanel from '../../components/overlay/PagePanel';
import { createViews, type ViewsFactory } from '../../components/overlay/on-demand-views';

const props = { items: [], recorded: [], busy: false, onAction: () => {}, accept: () => true, removal: { removalHelp: 'removalHowFacebook' as const, onStartDocument: () => {}, onCancelDocument: () => {} } };
const root = () => document.body.appendChild(document.createElement('div'));
const flush = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
});

afterEach(async () => {
  document.body.innerHTML = '';
  setViewsLoader(() => Promise.resolve(createViews));
  await loadViews();
});

describe('the on-demand views', () => {
  it('draw nothing until their module is there, then the view; the module is loaded once for all', async () => {
    let arrive: (factory: ViewsFactory) => void = () => {};
    const loader = vi.fn(() => new Promise<ViewsFactory>((resolve) => (arrive = resolve)));
    setViewsLoader(loader);
    const [a, b] = [root(), root()];
    await act(() => {
      render(<Checklist {...props} />, a);
      render(<Checklist {...props} />, b);
    });
    expect(a.querySelector('[data-testid="checklist"]')).toBeNull();
    arrive(createViews);
    await flush();
    expect(a.querySelector('[data-testid="checklist"]')).not.toBeNull();
    expect(b.querySelector('[data-testid="checklist"]')).not.toBeNull();
    expect(loader).toHaveBeenCalledTimes(1);
    // Once there, a view draws in the same render.
    const c = root();
    await act(() => render(<Checklist {...props} />, c));
    expect(c.querySelector('[data-testid="checklist"]')).not.toBeNull();
  });

  it('say so when the module cannot be loaded, and try again the next time a view is shown', async () => {
    const loader = vi.fn<() => Promise<ViewsFactory>>().mockRejectedValueOnce(new Error('extension reloaded')).mockResolvedValue(createViews);
    setViewsLoader(loader);
    const first = root();
    await act(() => render(<Checklist {...props} />, first));
    await flush();
    expect(first.querySelector('[data-testid="view-load-failed"]')?.getAttribute('role')).toBe('alert');
    expect(first.textContent).toContain('viewLoadFailed');
    expect(first.querySelector('[data-testid="checklist"]')).toBeNull();
    const second = root();
    await act(() => render(<Checklist {...props} />, second));
    await flush();
    expect(second.querySelector('[data-testid="checklist"]')).not.toBeNull();
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it('keep the page panel back while a part of it from the module is not there, so no part moves its buttons later', async () => {
    let arrive: (factory: ViewsFactory) => void = () => {};
    setViewsLoader(() => new Promise<ViewsFactory>((resolve) => (arrive = resolve)));
    const counts = [{ key: 'replyDue', label: 'panelReplyDue' as const, value: 1 }];
    const threads = [{ key: 'p1', text: 'Simhallen stänger', onArchive: () => {} }];
    const saveCopy = async () => null;
    // Counts and buttons alone: shown at once.
    const plain = root();
    await act(() => render(<PagePanel state={{ kind: 'counts', counts, saveCopy }} />, plain));
    expect(plain.querySelector('[data-testid=save-copy]')).not.toBeNull();
    // With the thread archive, nothing until the module is here; then the panel with its part and its button together.
    const withThreads = root();
    await act(() => render(<PagePanel state={{ kind: 'counts', counts, threads, saveCopy }} />, withThreads));
    expect(withThreads.querySelector('[data-testid=page-panel]')).toBeNull();
    arrive(createViews);
    await flush();
    expect(withThreads.querySelector('[data-testid=threads]')).not.toBeNull();
    expect(withThreads.querySelector('[data-testid=save-copy]')).not.toBeNull();
  });

  it('show the page panel when the module cannot be loaded, its parts saying so', async () => {
    setViewsLoader(() => Promise.reject(new Error('extension reloaded')));
    const el = root();
    const counts = [{ key: 'replyDue', label: 'panelReplyDue' as const, value: 0 }];
    await act(() => render(<PagePanel state={{ kind: 'counts', counts, threads: [{ key: 'p1', text: 'Inlägg', onArchive: () => {} }] }} />, el));
    // The panel learns the module failed, then its part tries once more and says so.
    await flush();
    await flush();
    expect(el.querySelector('[data-testid=page-panel]')).not.toBeNull();
    expect(el.querySelector('[data-testid=view-load-failed]')).not.toBeNull();
  });
});
