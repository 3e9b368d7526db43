// The options page's "Spara anonymiserad sidkopia" (issue 16): the background asks the open tabs, most
// recent first, takes the first valid copy, and a content script answers only this extension's background.
import { describe, expect, it, vi } from 'vitest';
import { createPageCopyHandlers, type TabsApi } from '../../lib/background/page-copy';
import { PAGE_COPY_REQUEST, pageCopyListener, type PageCopy } from '../../lib/messaging/page-copy';

const copy: PageCopy = { html: '<!DOCTYPE html><p>x</p>', fileName: 'sidkopia-facebook-2026-12-03.html', site: 'facebook', url: 'https://www.facebook.com/a/posts/1' };

function tabs(answers: Record<number, unknown>, order: Array<{ id: number; lastAccessed: number }>): TabsApi & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    query: async () => order,
    sendMessage: vi.fn(async (id: number) => {
      asked.push(id);
      if (!(id in answers)) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answers[id];
    }),
  };
}

describe('pageCopyFromTab', () => {
  it('asks the most recently used tab first and returns its copy', async () => {
    const api = tabs({ 2: copy, 3: { ...copy, fileName: 'sidkopia-instagram-2026-12-03.html', site: 'instagram' } }, [
      { id: 1, lastAccessed: 10 },
      { id: 2, lastAccessed: 30 },
      { id: 3, lastAccessed: 20 },
    ]);
    expect(await createPageCopyHandlers(api).pageCopyFromTab(undefined)).toEqual({ ok: true, value: copy });
    expect(api.asked).toEqual([2]);
  });

  it('skips tabs without our content script, pages it cannot copy and malformed answers; null when none', async () => {
    const api = tabs({ 1: null, 2: { ...copy, fileName: '../../etc/passwd' }, 3: { ...copy, extra: 1 } }, [
      { id: 1, lastAccessed: 3 },
      { id: 2, lastAccessed: 2 },
      { id: 3, lastAccessed: 1 },
      { id: 4, lastAccessed: 0 },
    ]);
    expect(await createPageCopyHandlers(api).pageCopyFromTab(undefined)).toEqual({ ok: true, value: null });
    expect(api.asked).toEqual([1, 2, 3, 4]);
  });
});

describe('the content script side', () => {
  const listener = pageCopyListener('our-id', () => copy);

  it('answers our background\'s request with the copy, through sendResponse', async () => {
    const answers: unknown[] = [];
    expect(listener({ type: PAGE_COPY_REQUEST }, { id: 'our-id' }, (a) => answers.push(a))).toBe(true);
    await vi.waitFor(() => expect(answers).toEqual([copy]));
  });

  it('answers once the copy\'s code has loaded (it is loaded on demand)', async () => {
    let load!: () => void;
    const loaded = new Promise<void>((resolve) => (load = resolve));
    const answers: unknown[] = [];
    const later = pageCopyListener('our-id', async () => (await loaded, copy));
    expect(later({ type: PAGE_COPY_REQUEST }, { id: 'our-id' }, (a) => answers.push(a))).toBe(true);
    await Promise.resolve();
    expect(answers).toEqual([]);
    load();
    await vi.waitFor(() => expect(answers).toEqual([copy]));
  });

  it.each([
    ['throws', () => {
      throw new Error('no comments');
    }],
    ['fails to load', () => Promise.reject(new Error('extension reloaded'))],
  ])('answers null when the copy %s', async (_what, make) => {
    const answers: unknown[] = [];
    const failing = pageCopyListener('our-id', make);
    expect(failing({ type: PAGE_COPY_REQUEST }, { id: 'our-id' }, (a) => answers.push(a))).toBe(true);
    await vi.waitFor(() => expect(answers).toEqual([null]));
  });

  it.each([
    ['another extension', { type: PAGE_COPY_REQUEST }, { id: 'other-id' }],
    ['a content script of ours in another tab', { type: PAGE_COPY_REQUEST }, { id: 'our-id', tab: { id: 4 } }],
    ['another message', { type: 'something-else' }, { id: 'our-id' }],
    ['not an object', 'modereringsstod:page-copy', { id: 'our-id' }],
  ])('leaves %s unanswered', (_what, message, sender) => {
    const answers: unknown[] = [];
    expect(listener(message, sender, (a) => answers.push(a))).toBeUndefined();
    expect(answers).toEqual([]);
  });
});
