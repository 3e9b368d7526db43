import { vi } from 'vitest';
import { MESSAGE_NAMES, request, type Handlers, type MessageName, type RequestOf, type Result } from '../../lib/messaging';
import { archiveRequest } from './records';

/**
 * A valid payload for every message. Typed over the whole table, so a new message does not compile
 * until it has one here, and the table-walking tests then cover it without further edits.
 */
export const validPayloads: { [K in MessageName]: RequestOf<K> } = {
  recordAction: archiveRequest(),
  getSubjectStatus: { platform: 'facebook', commentIds: ['1001'] },
  getOfficeStatus: { platform: 'facebook', commentIds: ['1001'] },
  reviewPublishing: {
    site: 'facebook',
    pageUrl: 'https://www.facebook.com/norrbyexempel/posts/2001',
    post: { id: '2001', text: 'Grattis Alva, 10 år!', authorName: 'Norrby', authorUrl: 'https://www.facebook.com/norrbyexempel' },
    reminders: ['minor'],
    outcome: 'consent',
  },
  getPublishingStatus: { platform: 'facebook', postIds: ['2001'] },
  accountInfoSeen: { pageUrl: 'https://www.facebook.com/norrbyexempel/about', name: 'Norrby', found: ['sender'], missing: ['public-record'] },
  getAccountInfo: undefined,
  retractAction: { recordId: '00000000-0000-4000-8000-000000000001' },
  getSummary: undefined,
  getOverlaySettings: undefined,
  openSetup: { pageUrl: 'https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123' },
  judgeTexts: { items: [{ text: 'Ring mig på 070-555 12 34', own: false }] },
  pageSeen: {
    pageUrl: 'https://www.facebook.com/norrbyexempel',
    name: 'Norrby',
    counts: { replyDue: 0, overdue: 0, notArchived: 0, flagged: 0 },
  },
  pageCopyFromTab: undefined,
  getSyncStatus: undefined,
  syncNow: undefined,
  saveConnection: { endpoint: 'https://registry.example.org', token: 't' },
  testConnection: { endpoint: 'https://registry.example.org', token: 't' },
  getRounds: undefined,
  completeRound: { scheduledAt: '2026-11-25T08:00:00.000Z' },
  getRecordsStatus: undefined,
  checkChain: {},
  signExport: { manifestSha256: 'a'.repeat(64) },
  markExported: { packageId: 'modereringsstod-2026-11-01-2026-11-30-1a2b3c4d', createdAt: '2026-12-01T08:00:00.000Z', recordIds: ['00000000-0000-4000-8000-000000000001'] },
};

/** Handlers that all answer `ok` and record their calls: what is tested is whether a message reaches one. */
export function spyHandlers() {
  const spies = Object.fromEntries(
    MESSAGE_NAMES.map((name) => [name, vi.fn(async (_data: unknown) => ({ ok: true as const, value: null }))]),
  );
  // Each spy answers `Result<null>` rather than its message's response type; the tests only read `ok`.
  return { handlers: spies as unknown as Handlers, calls: (name: MessageName) => spies[name]?.mock.calls.length ?? 0 };
}

/** Sends any message by name with any payload, as a sender outside the type system (another context) could. */
export const sendRaw = request as (name: string, data?: unknown) => Promise<Result<unknown>>;
