import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromExtension, registerHandlers, removeAllListeners, request, type Handlers } from '../lib/messaging';
import { archiveRequest } from './helpers/records';

function handlers(): Handlers {
  return {
    recordAction: vi.fn(async () => ({
      ok: true as const,
      value: { status: { kinds: ['archived' as const] }, alreadyRecorded: false },
    })),
    getSubjectStatus: vi.fn(async () => ({ ok: true as const, value: {} })),
    getOverlaySettings: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    getSummary: vi.fn(async () => {
      throw new Error('boom');
    }),
  };
}

describe('message protocol', () => {
  afterEach(() => removeAllListeners());

  it('accepts only senders with this extension id', () => {
    const accept = fromExtension('ours');
    expect(accept({ id: 'ours' })).toBe(true);
    expect(accept({ id: 'theirs' })).toBe(false);
    expect(accept({})).toBe(false);
  });

  it('delivers a valid message to its handler', async () => {
    const h = handlers();
    registerHandlers(h, () => true);
    const result = await request('recordAction', archiveRequest());
    expect(result.ok).toBe(true);
    expect(h.recordAction).toHaveBeenCalledOnce();
  });

  it.each([
    ['a comment without id', { ...archiveRequest(), comment: { ...archiveRequest().comment, id: '' } }],
    ['a javascript: permalink', { ...archiveRequest(), comment: { ...archiveRequest().comment, permalink: 'javascript:alert(1)' } }],
    ['an unknown site', { ...archiveRequest(), site: 'myspace' }],
    ['no payload', undefined],
    ['a removal without its legal ground', { ...archiveRequest(), kind: 'removed' }],
    ['an unknown legal ground', { ...archiveRequest(), kind: 'removed', lawGround: 'tyckte-illa-om' }],
    ['an action kind the overlay cannot take', { ...archiveRequest(), kind: 'monitoring-round' }],
  ])('rejects %s without calling the handler', async (_, payload) => {
    const h = handlers();
    registerHandlers(h, () => true);
    const result = await request('recordAction', payload as never);
    expect(result).toEqual({ ok: false, error: 'invalid-message' });
    expect(h.recordAction).not.toHaveBeenCalled();
  });

  it('ignores messages from senders that are refused', async () => {
    const h = handlers();
    registerHandlers(h, () => false);
    expect(await request('getSubjectStatus', { platform: 'facebook', commentIds: ['1'] })).toEqual({
      ok: false,
      error: 'invalid-message',
    });
    expect(h.getSubjectStatus).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error result', async () => {
    registerHandlers(handlers(), () => true);
    expect(await request('getSummary')).toEqual({ ok: false, error: 'internal' });
  });

  it('reports an unreachable background as unavailable instead of throwing', async () => {
    expect(await request('getSummary')).toEqual({ ok: false, error: 'unavailable' });
  });
});
