// Messages that use the store answer with what happened to it, and keep working after it was wiped.
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetRecordFactory } from '../../lib/background/log-reset';
import { createService } from '../../lib/background/service';
import { guardStore, STORE_ERROR_CODES } from '../../lib/background/store-guard';
import { ModerationRecordSchema } from '../../lib/model';
import { DEFAULT_MONITORING_SETTINGS, type Settings } from '../../lib/settings';
import { StoreConnection } from '../../lib/store/connection';
import { STORE_PROBLEMS, StoreError } from '../../lib/store/errors';
import { ActionLog } from '../../lib/store/log';
import { DB_NAME, DB_VERSION } from '../../lib/store/schema';
import { memoryChainStore } from '../helpers/chain-memory';
import { archiveRequest } from '../helpers/records';

const settings: Settings = {
  moderatorId: 'mod-1',
  moderatorName: 'Moderator Exempel',
  office: 'Norrby (exempel)',
  wordLists: { political: { add: [], remove: [] }, unlawful: { add: [], remove: [] } },
  monitoring: DEFAULT_MONITORING_SETTINGS,
  officeAccounts: ['https://www.facebook.com/norrbyexempel'],
  exportReminderDays: 30,
  retentionDays: 0,
};

let store: StoreConnection | undefined;
afterEach(() => store?.close());

function setup(clock = { now: new Date('2026-11-25T13:03:00Z') }) {
  let n = 0;
  const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const memory = memoryChainStore();
  const now = () => clock.now;
  const s = new StoreConnection({ afterOpen: async () => void (await log.reconcile()) });
  store = s;
  const log: ActionLog = new ActionLog(s.db, { memory, now, resetRecord: resetRecordFactory({ settings: async () => settings, now, uuid }) });
  const service = guardStore(createService({ db: s.db, log, now, uuid, settings: async () => settings, moderatorId: async () => settings.moderatorId }), s);
  return { store: s, log, memory, service, clock };
}

describe('store guard', () => {
  it('gives every store problem its own error code', () => {
    const codes = STORE_PROBLEMS.map((p) => STORE_ERROR_CODES[p]);
    expect(new Set(codes).size).toBe(STORE_PROBLEMS.length);
    expect(STORE_ERROR_CODES).toMatchObject({ full: 'storage-full', closed: 'storage-wiped', 'newer-version': 'storage-newer-version', blocked: 'storage-blocked', timeout: 'storage-timeout', failed: 'storage-failed' });
  });

  it('turns each store failure into its code, and lets a bug through to the message server', async () => {
    for (const problem of STORE_PROBLEMS) {
      const guarded = guardStore({ recordAction: async (_: unknown) => Promise.reject(new StoreError(problem)) }, { run: (work) => work() });
      expect(await guarded.recordAction(undefined as never)).toEqual({ ok: false, error: STORE_ERROR_CODES[problem] });
    }
    const buggy = guardStore({ getSummary: async (_: unknown) => Promise.reject(new TypeError('bug')) }, { run: (work) => work() });
    await expect(buggy.getSummary(undefined as never)).rejects.toBeInstanceOf(TypeError);
  });

  it('answers "newer version" when the database on disk is newer, and changes nothing', async () => {
    (await openDB(DB_NAME, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('log') })).close();
    const { service } = setup();
    expect(await service.recordAction(archiveRequest('1001'))).toEqual({ ok: false, error: 'storage-newer-version' });
    expect(await service.getSummary(undefined)).toEqual({ ok: false, error: 'storage-newer-version' });
  });

  it('answers "disk full" for a QuotaExceededError, and the action is not in the log', async () => {
    const { service, log } = setup();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await service.recordAction(archiveRequest('1001'))).toEqual({ ok: false, error: 'storage-full' });
    expect(await log.all()).toEqual([]);
  });

  it('works again after the database was deleted underneath, and tells the next action and the popup', async () => {
    const { service, log, clock } = setup();
    await service.recordAction(archiveRequest('1001'));
    await service.recordAction(archiveRequest('1002'));
    await deleteDB(DB_NAME);

    const next = await service.recordAction(archiveRequest('1003'));
    expect(next).toMatchObject({ ok: true, value: { alreadyRecorded: false, wiped: { lostCount: 2, lastOccurredAt: '2026-11-25T14:03:00+01:00' } } });
    const after = await service.recordAction(archiveRequest('1004'));
    expect(after.ok && 'wiped' in after.value).toBe(false);

    const records = await log.all();
    expect(records.map((r) => r.kind)).toEqual(['log-reset', 'archived', 'archived']);
    expect(ModerationRecordSchema.parse(records[0])).toMatchObject({
      moderator: { id: 'mod-1' },
      account: { url: 'https://www.facebook.com/norrbyexempel' },
      checks: expect.arrayContaining(['lost-records:2', 'found-records:0']),
    });
    expect(records[0]!.note).toContain('hade 2 poster');

    const summary = await service.getSummary(undefined);
    expect(summary.ok && summary.value.wiped).toMatchObject({ lostCount: 2 });
    clock.now = new Date('2026-12-10T13:03:00Z');
    const later = await service.getSummary(undefined);
    expect(later.ok && 'wiped' in later.value).toBe(false);
  });
});
