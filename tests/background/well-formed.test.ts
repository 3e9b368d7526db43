// Every string in a record is well-formed before it is sealed (RFC 8785 / I-JSON forbid lone surrogates),
// and the excerpts the popup shows are cut without splitting an emoji.
import { describe, expect, it } from 'vitest';
import { createService } from '../../lib/background/service';
import { createSyncHandlers } from '../../lib/background/sync-handlers';
import { DEFAULT_MONITORING_SETTINGS } from '../../lib/settings';
import { openLogDb } from '../../lib/store/db';
import { verifyChain } from '../../lib/store/integrity';
import { ActionLog } from '../../lib/store/log';
import type { SyncEngine } from '../../lib/sync/engine';
import { markRejected } from '../../lib/sync/outbox';
import { archiveRequest } from '../helpers/records';

const HALF_EMOJI = '\uD83D';

/** Every string anywhere in a value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

async function setup() {
  const db = await openLogDb();
  const log = new ActionLog(db);
  const service = createService({
    db,
    log,
    now: () => new Date('2026-11-25T13:03:00Z'),
    moderatorId: async () => 'mod-1',
    settings: async () => ({
      moderatorName: `Moa ${HALF_EMOJI}`,
      office: 'Norrby',
      wordLists: { political: { add: [], remove: [] }, unlawful: { add: [], remove: [] } },
      monitoring: DEFAULT_MONITORING_SETTINGS,
      officeAccounts: [],
      exportReminderDays: 30,
      retentionDays: 0,
    }),
  });
  return { db, log, service };
}

describe('records are well-formed', () => {
  it('replaces lone surrogates in every string before sealing, and the chain verifies', async () => {
    const { log, service } = await setup();
    const request = archiveRequest(`1001${HALF_EMOJI}`, { authorName: `Eve ${HALF_EMOJI}`, text: `Hej ${HALF_EMOJI}` });
    request.post.text = `Inlägg \uDE00`;
    expect((await service.recordAction(request)).ok).toBe(true);
    const [record] = await log.all();
    expect(strings(record).filter((s) => !s.isWellFormed())).toEqual([]);
    expect(record!.subject).toMatchObject({ authorName: 'Eve \uFFFD', text: 'Hej \uFFFD', post: { text: 'Inlägg \uFFFD' } });
    expect(record!.moderator.name).toBe('Moa \uFFFD');
    expect(await verifyChain([record!])).toBeNull();
    // The same comment asked about or clicked again is still found under its cleaned id.
    const again = await service.recordAction(request);
    expect(again.ok && again.value.alreadyRecorded).toBe(true);
    const status = await service.getSubjectStatus({ platform: 'facebook', commentIds: [`1001${HALF_EMOJI}`] });
    expect(status.ok && Object.keys(status.value)).toEqual([`1001${HALF_EMOJI}`]);
  });

  it("cuts the popup's excerpt without splitting an emoji", async () => {
    const { service } = await setup();
    // 279 letters and an emoji: a cut after 280 UTF-16 units lands between the emoji's halves.
    await service.recordAction(archiveRequest('1001', { text: `${'a'.repeat(279)}😀 och mer` }));
    const summary = await service.getSummary(undefined);
    const text = summary.ok ? summary.value.latest[0]!.text : '';
    expect(text.isWellFormed()).toBe(true);
    expect(text).toBe('a'.repeat(279));
  });

  it("cuts a refused record's excerpt without splitting an emoji", async () => {
    const { db, log, service } = await setup();
    await service.recordAction(archiveRequest('1001', { text: `${'a'.repeat(159)}😀 och mer` }));
    const [record] = await log.all();
    await markRejected(db, record!.id, 'bad');
    const handlers = createSyncHandlers({ db, log, engine: {} as SyncEngine, policyEndpoint: async () => undefined, hasAccess: async () => true });
    const status = await handlers.getSyncStatus(undefined);
    const text = status.ok ? status.value.rejectedItems[0]!.text : '';
    expect(text.isWellFormed()).toBe(true);
    expect(text).toBe('a'.repeat(159));
  });
});
