// The senders (lib/messaging/client.ts) speak @webext-core/messaging's wire format without the library;
// the background listens with the library (lib/messaging/listen.ts). These hold the two together.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { request } from '../../lib/messaging/client';
import { onMessage, removeAllListeners } from '../../lib/messaging/listen';

afterEach(() => {
  removeAllListeners();
  vi.restoreAllMocks();
});

describe('the senders and the library\'s listener', () => {
  it('send what the library\'s own sender sends: the same fields, of the same types', async () => {
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { res: { ok: true, value: [] } };
    });
    await defineExtensionMessaging().sendMessage('judgeTexts', { items: [] });
    await request('judgeTexts', { items: [] });
    const shape = (m: unknown) => Object.entries(m as object).map(([k, v]) => `${k}:${typeof v}`).sort();
    expect(sent).toHaveLength(2);
    expect(shape(sent[1])).toEqual(shape(sent[0]));
    expect(sent[1]).toMatchObject({ type: 'judgeTexts', data: { items: [] } });
  });

  it('get the listener\'s answer, and "unavailable" when it fails or nobody answers', async () => {
    onMessage('judgeTexts', async ({ data }) => ({ ok: true, value: [{ echoed: data }] }));
    expect(await request('judgeTexts', { items: [] })).toEqual({ ok: true, value: [{ echoed: { items: [] } }] });
    removeAllListeners();
    onMessage('judgeTexts', async () => {
      throw new Error('the handler broke');
    });
    expect(await request('judgeTexts', { items: [] })).toEqual({ ok: false, error: 'unavailable' });
    removeAllListeners();
    expect(await request('judgeTexts', { items: [] })).toEqual({ ok: false, error: 'unavailable' });
  });
});
