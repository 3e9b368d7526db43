import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerHandlers, senderPolicy, type SenderPolicy, removeAllListeners, request, type Handlers } from '../../lib/messaging';
import { archiveRequest } from '../helpers/records';

const everyone: SenderPolicy = { fromExtension: () => true, fromExtensionPage: () => true };
const nobody: SenderPolicy = { fromExtension: () => false, fromExtensionPage: () => false };
const contentScript: SenderPolicy = { fromExtension: () => true, fromExtensionPage: () => false };

function handlers(): Handlers {
  return {
    recordAction: vi.fn(async () => ({
      ok: true as const,
      value: { status: { kinds: ['archived' as const] }, alreadyRecorded: false },
    })),
    getSubjectStatus: vi.fn(async () => ({ ok: true as const, value: {} })),
    getOfficeStatus: vi.fn(async () => ({ ok: true as const, value: { state: 'off' as const, subjects: {} } })),
    reviewPublishing: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    getPublishingStatus: vi.fn(async () => ({ ok: true as const, value: {} })),
    accountInfoSeen: vi.fn(async () => ({ ok: true as const, value: { officeAccount: false } })),
    getAccountInfo: vi.fn(async () => ({ ok: true as const, value: [] })),
    retractAction: vi.fn(async () => ({ ok: true as const, value: { status: { kinds: [] }, retracted: false } })),
    getSyncStatus: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    syncNow: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    saveConnection: vi.fn(async () => ({ ok: true as const, value: { saved: true as const, localOnly: true } })),
    testConnection: vi.fn(async () => ({ ok: true as const, value: 'ok' as const })),
    pageSeen: vi.fn(async () => ({ ok: true as const, value: { officeAccount: false } })),
    pageCopyFromTab: vi.fn(async () => ({ ok: true as const, value: null })),
    getRounds: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    completeRound: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    getOverlaySettings: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    openSetup: vi.fn(async () => ({ ok: true as const, value: null })),
    judgeTexts: vi.fn(async () => ({ ok: true as const, value: [] })),
    getSummary: vi.fn(async () => {
      throw new Error('boom');
    }),
    getRecordsStatus: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    checkChain: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    signExport: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
    markExported: vi.fn(async () => ({ ok: false as const, error: 'internal' as const })),
  };
}

describe('message protocol', () => {
  afterEach(() => removeAllListeners());

  it('accepts only senders with this extension id, and pages only from its own origin', () => {
    const policy = senderPolicy('ours', 'chrome-extension://ours/');
    expect(policy.fromExtension({ id: 'ours', url: 'https://www.facebook.com/x' })).toBe(true);
    expect(policy.fromExtension({ id: 'theirs' })).toBe(false);
    expect(policy.fromExtension({})).toBe(false);
    expect(policy.fromExtensionPage({ id: 'ours', url: 'chrome-extension://ours/options.html' })).toBe(true);
    expect(policy.fromExtensionPage({ id: 'ours', url: 'https://www.facebook.com/x' })).toBe(false);
  });

  it('refuses registry messages from a content script', async () => {
    const h = handlers();
    registerHandlers(h, contentScript);
    expect(await request('saveConnection', { endpoint: 'https://registry.example.org', token: 't' })).toEqual({
      ok: false,
      error: 'invalid-message',
    });
    expect(h.saveConnection).not.toHaveBeenCalled();
    expect((await request('getSubjectStatus', { platform: 'facebook', commentIds: ['1'] })).ok).toBe(true);
  });

  it('delivers a valid message to its handler', async () => {
    const h = handlers();
    registerHandlers(h, everyone);
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
    registerHandlers(h, everyone);
    const result = await request('recordAction', payload as never);
    expect(result).toEqual({ ok: false, error: 'invalid-message' });
    expect(h.recordAction).not.toHaveBeenCalled();
  });

  it('ignores messages from senders that are refused', async () => {
    const h = handlers();
    registerHandlers(h, nobody);
    expect(await request('getSubjectStatus', { platform: 'facebook', commentIds: ['1'] })).toEqual({
      ok: false,
      error: 'invalid-message',
    });
    expect(h.getSubjectStatus).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into an error result', async () => {
    registerHandlers(handlers(), everyone);
    expect(await request('getSummary')).toEqual({ ok: false, error: 'internal' });
  });

  it('reports an unreachable background as unavailable instead of throwing', async () => {
    expect(await request('getSummary')).toEqual({ ok: false, error: 'unavailable' });
  });
});

describe('what the background accepts as an action', () => {
  it('refuses a record for a comment whose identity is in doubt unless a person has checked it', async () => {
    const { ActionRequestSchema } = await import('../../lib/messaging/protocol');
    const base = archiveRequest();
    const doubtful = { ...base, comment: { ...base.comment, idCollision: true } };
    expect(ActionRequestSchema.safeParse(doubtful).success).toBe(false);
    expect(ActionRequestSchema.safeParse({ ...doubtful, identityChecked: true }).success).toBe(true);
    expect(ActionRequestSchema.safeParse(base).success).toBe(true);
  });
});
