import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromExtension, registerHandlers, removeAllListeners, request, type Handlers } from '../lib/messaging';
import { archiveRequest } from './helpers/records';

function handlers(): Handlers {
  return {
    archiveComment: vi.fn(async () => ({
      ok: true as const,
      value: { status: { recordId: 'r', occurredAt: '2026-11-25T14:03:00+01:00' }, alreadyArchived: false },
    })),
    getArchiveStatus: vi.fn(async () => ({ ok: true as const, value: {} })),
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
    const result = await request('archiveComment', archiveRequest());
    expect(result.ok).toBe(true);
    expect(h.archiveComment).toHaveBeenCalledOnce();
  });

  it.each([
    ['a comment without id', { ...archiveRequest(), comment: { ...archiveRequest().comment, id: '' } }],
    ['a javascript: permalink', { ...archiveRequest(), comment: { ...archiveRequest().comment, permalink: 'javascript:alert(1)' } }],
    ['an unknown site', { ...archiveRequest(), site: 'myspace' }],
    ['no payload', undefined],
  ])('rejects %s without calling the handler', async (_, payload) => {
    const h = handlers();
    registerHandlers(h, () => true);
    const result = await request('archiveComment', payload as never);
    expect(result).toEqual({ ok: false, error: 'invalid-message' });
    expect(h.archiveComment).not.toHaveBeenCalled();
  });

  it('ignores messages from senders that are refused', async () => {
    const h = handlers();
    registerHandlers(h, () => false);
    expect(await request('getArchiveStatus', { platform: 'facebook', commentIds: ['1'] })).toEqual({
      ok: false,
      error: 'invalid-message',
    });
    expect(h.getArchiveStatus).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error result', async () => {
    registerHandlers(handlers(), () => true);
    expect(await request('getSummary')).toEqual({ ok: false, error: 'internal' });
  });

  it('reports an unreachable background as unavailable instead of throwing', async () => {
    expect(await request('getSummary')).toEqual({ ok: false, error: 'unavailable' });
  });
});
