// @vitest-environment node
// Two moderators of one office, each with their own browser store, and one registry on 127.0.0.1
// (the test registry, contract v1.1): what A records, B sees; a round A does counts for B; a round both
// miss is registered once; a v1 registry is never asked for more than /health; a registry that is down
// loses and doubles nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createService } from '../../lib/background/service';
import { MonitoringService } from '../../lib/monitoring/service';
import { readRounds } from '../../lib/monitoring/store';
import { DEFAULT_MONITORING_SETTINGS, EMPTY_WORD_LISTS, type Settings } from '../../lib/settings';
import { openLogDb, type Db } from '../../lib/store/db';
import { ActionLog } from '../../lib/store/log';
import { readConnection, saveConnection } from '../../lib/sync/connection-store';
import { SyncEngine } from '../../lib/sync/engine';
import { OfficeView, SUBJECT_TTL_MS } from '../../lib/sync/office';
import { registrationsFor } from '../../lib/sync/outbox';
import { archiveRequest } from '../helpers/records';
import { startRegistry, type TestRegistry } from '../registry/server';

const ACCOUNTS = ['https://www.facebook.com/norrbyexempel'];

interface Moderator {
  name: string;
  id: string;
  db: Db;
  log: ActionLog;
  engine: SyncEngine;
  office: OfficeView;
  rounds: MonitoringService;
  service: ReturnType<typeof createService>;
  withdrawn: string[];
  notices: string[];
}

let registry: TestRegistry;
let clock: number;
const team: Moderator[] = [];

async function moderator(name: string, id: string): Promise<Moderator> {
  const db = await openLogDb(`team-${id}-${Math.random()}`);
  const log = new ActionLog(db);
  expect(await saveConnection(db, { endpoint: registry.url, token: registry.token })).toMatchObject({ saved: true });
  const settings: Settings = {
    moderatorId: id,
    moderatorName: name,
    office: 'Stadsdelsförvaltning Norrby (exempel)',
    wordLists: EMPTY_WORD_LISTS,
    monitoring: DEFAULT_MONITORING_SETTINGS,
    officeAccounts: ACCOUNTS,
    exportReminderDays: 30,
    retentionDays: 0,
  };
  const now = () => clock;
  const engine = new SyncEngine({ db, log, connection: () => readConnection(db), schedule: () => {}, now, random: () => 0.5, timeoutMs: 2_000 });
  const office = new OfficeView({ db, log, connection: () => readConnection(db), hasAccess: async () => true, moderatorId: async () => id, now, timeoutMs: 2_000 });
  const withdrawn: string[] = [];
  const notices: string[] = [];
  let n = 0;
  const rounds = new MonitoringService({
    db,
    log,
    settings: async () => settings,
    notify: async (notice) => void notices.push(notice.scheduledAt),
    setAlarms: async () => {},
    now: () => new Date(clock),
    uuid: () => `00000000-0000-4000-8000-${id.padStart(4, '0')}${String(++n).padStart(8, '0')}`,
    office,
    withdraw: async (at) => void withdrawn.push(at),
  });
  const service = createService({
    db,
    log,
    settings: async () => settings,
    moderatorId: async () => id,
    now: () => new Date(clock),
  });
  const m = { name, id, db, log, engine, office, rounds, service, withdrawn, notices };
  team.push(m);
  return m;
}

const requests = (path: string) => registry.requests().filter((r) => r.path.endsWith(path)).length;

afterEach(async () => {
  for (const m of team.splice(0)) m.db.close();
  await registry.close();
});

describe('an office with a v1.1 registry', () => {
  beforeEach(async () => {
    registry = await startRegistry();
    clock = Date.parse('2026-11-25T10:00:00Z');
  });

  it("shows A's archive to B with its number, and a second archive is registered once", async () => {
    const a = await moderator('Anna Exempel', '1');
    const b = await moderator('Bertil Exempel', '2');
    expect((await a.service.recordAction(archiveRequest('1001'))).ok).toBe(true);
    expect((await a.service.recordAction(archiveRequest('1002', {}, 'replied'))).ok).toBe(true);
    await a.engine.flush();
    expect(registry.registered()).toHaveLength(2);

    const seen = await b.office.subjects('facebook', ['1001', '1002', '1003']);
    expect(seen.state).toBe('ok');
    expect(seen.subjects['1001']).toEqual([
      expect.objectContaining({ kind: 'archived', moderatorName: 'Anna Exempel', registrationNumber: 'HÄ 2026/1' }),
    ]);
    expect(seen.subjects['1002']).toEqual([expect.objectContaining({ kind: 'replied', moderatorName: 'Anna Exempel' })]);
    expect(seen.subjects['1003']).toBeUndefined();
    // A's own records are never shown to A as a colleague's.
    expect((await a.office.subjects('facebook', ['1001'])).subjects).toEqual({});

    // B archives anyway (the overlay asks first): the registry keeps B's record but registers it as a
    // doubling of A's, with A's number, and it is no new registration.
    expect((await b.service.recordAction(archiveRequest('1001'))).ok).toBe(true);
    await b.engine.flush();
    expect(registry.registered().filter((r) => (r.record as { kind: string }).kind === 'archived')).toHaveLength(1);
    expect(registry.sameSubjectAnswers()).toEqual([expect.objectContaining({ status: 'duplicate-subject', registrationNumber: 'HÄ 2026/1' })]);
    const bRecord = (await b.log.all()).find((r) => r.kind === 'archived')!;
    const registration = (await registrationsFor(b.db, [bRecord.id])).get(bRecord.id);
    expect(registration).toMatchObject({ registrationNumber: 'HÄ 2026/1', sameSubjectAs: expect.any(String) });
  });

  it('asks the registry again only after a while, and drops actions taken back', async () => {
    const a = await moderator('Anna Exempel', '1');
    const b = await moderator('Bertil Exempel', '2');
    const first = await a.service.recordAction(archiveRequest('1001', {}, 'hidden'));
    await a.engine.flush();
    expect((await b.office.subjects('facebook', ['1001'])).subjects['1001']).toHaveLength(1);
    // "Ångra" within ten minutes: the retraction reaches the registry and B no longer sees the action.
    const recordId = first.ok ? first.value.status.undo!.recordId : '';
    expect((await a.service.retractAction({ recordId })).ok).toBe(true);
    await a.engine.flush();
    const before = requests('/subjects');
    expect((await b.office.subjects('facebook', ['1001'])).subjects['1001']).toHaveLength(1); // kept answer, not asked
    expect(requests('/subjects')).toBe(before);
    clock += SUBJECT_TTL_MS;
    expect((await b.office.subjects('facebook', ['1001'])).subjects).toEqual({});
    expect(requests('/subjects')).toBe(before + 1);
    expect(requests('/health')).toBe(1);
  });

  it("withdraws B's reminder when A completes the round, and B's week shows it done by A", async () => {
    const a = await moderator('Anna Exempel', '1');
    const b = await moderator('Bertil Exempel', '2');
    clock = Date.parse('2026-11-25T10:30:00Z');
    await a.rounds.reconcile();
    await b.rounds.reconcile();
    clock = Date.parse('2026-11-25T11:00:20Z'); // 12:00 in Stockholm
    await a.rounds.reconcile();
    await b.rounds.reconcile();
    expect(b.notices).toEqual(['2026-11-25T11:00:00.000Z']);
    clock += 5 * 60_000;
    await a.rounds.complete('2026-11-25T11:00:00.000Z');
    await a.engine.flush();

    await b.rounds.refreshOffice();
    expect(b.withdrawn).toEqual(['2026-11-25T11:00:00.000Z']);
    const round = (await readRounds(b.db)).rounds['2026-11-25T11:00:00.000Z'];
    expect(round).toMatchObject({ status: 'done', by: 'Anna Exempel', byColleague: true });
    const snap = await b.rounds.snapshot();
    expect(snap.today.find((r) => r.scheduledAt === '2026-11-25T11:00:00.000Z')).toMatchObject({ status: 'done', by: 'Anna Exempel', byColleague: true });
    expect(snap.week.at(-1)?.rounds).toEqual([{ scheduledAt: '2026-11-25T11:00:00.000Z', status: 'done', by: 'Anna Exempel' }]);
    // B made no record of a round B did not do; when the next round starts it is not logged as missed.
    clock = Date.parse('2026-11-25T14:00:20Z');
    await b.rounds.reconcile();
    expect((await b.log.all()).filter((r) => r.kind === 'monitoring-round')).toHaveLength(0);
    expect((await readRounds(b.db)).rounds['2026-11-25T11:00:00.000Z']?.status).toBe('done');
  });

  it('logs a round the whole office missed once in the registry, whoever sees it first', async () => {
    const a = await moderator('Anna Exempel', '1');
    const b = await moderator('Bertil Exempel', '2');
    clock = Date.parse('2026-11-25T07:30:00Z');
    await a.rounds.reconcile();
    await b.rounds.reconcile();
    clock = Date.parse('2026-11-25T08:00:20Z');
    await a.rounds.reconcile();
    await b.rounds.reconcile();
    clock = Date.parse('2026-11-25T11:00:20Z'); // the 09:00 round was not done by anyone
    await a.rounds.reconcile();
    await a.engine.flush();
    await b.rounds.reconcile();
    await b.engine.flush();
    const missed = registry.registered().filter((r) => (r.record as { checks: string[] }).checks.includes('round:missed'));
    expect(missed).toHaveLength(1);
    // B saw A's record of it and made none of its own.
    expect((await b.log.all()).filter((r) => r.kind === 'monitoring-round')).toHaveLength(0);
    expect((await readRounds(b.db)).rounds['2026-11-25T08:00:00.000Z']).toMatchObject({ status: 'missed', by: 'Anna Exempel', byColleague: true });
  });

  it('keeps a missed round under one id in every browser when the registry is down, and registers it once later', async () => {
    const a = await moderator('Anna Exempel', '1');
    const b = await moderator('Bertil Exempel', '2');
    registry.setFaults({ mode: 'down' });
    clock = Date.parse('2026-11-25T07:30:00Z');
    await a.rounds.reconcile();
    await b.rounds.reconcile();
    clock = Date.parse('2026-11-25T08:00:20Z');
    await a.rounds.reconcile();
    await b.rounds.reconcile();
    clock = Date.parse('2026-11-25T11:00:20Z');
    await a.rounds.reconcile();
    await b.rounds.reconcile();
    expect(await b.office.subjects('facebook', ['1001'])).toEqual({ state: 'unavailable', subjects: {} });
    const idA = (await a.log.all()).find((r) => r.kind === 'monitoring-round')!.id;
    const idB = (await b.log.all()).find((r) => r.kind === 'monitoring-round')!.id;
    expect(idA).toBe(idB);
    registry.resetFaults();
    await a.engine.flush({ force: true });
    await b.engine.flush({ force: true });
    expect(registry.registered().filter((r) => r.id === idA)).toHaveLength(1);
    expect(registry.registrationsOf(idA)).toBe(1);
    expect(registry.duplicateAnswers()).toBe(1);
  });

  it('loses and doubles nothing when the registry is down for the whole scenario and then comes back', async () => {
    const a = await moderator('Anna Exempel', '1');
    const b = await moderator('Bertil Exempel', '2');
    registry.setFaults({ mode: 'down' });
    for (const id of ['2001', '2002', '2003']) await a.service.recordAction(archiveRequest(id));
    await a.engine.flush();
    expect((await b.office.subjects('facebook', ['2001'])).state).toBe('unavailable');
    await b.service.recordAction(archiveRequest('2004'));
    await b.engine.flush();
    expect(registry.registered()).toHaveLength(0);

    registry.resetFaults();
    clock += 10 * 60_000;
    await a.engine.flush({ force: true });
    await b.engine.flush({ force: true });
    expect(registry.registered().map((r) => (r.record as { subject: { id: string } }).subject.id).sort()).toEqual(['2001', '2002', '2003', '2004']);
    for (const r of registry.registered()) expect(registry.registrationsOf(r.id)).toBe(1);
    // The statuses converge: each sees the other's records.
    expect(Object.keys((await b.office.subjects('facebook', ['2001', '2002', '2003', '2004'])).subjects).sort()).toEqual(['2001', '2002', '2003']);
    expect(Object.keys((await a.office.subjects('facebook', ['2001', '2002', '2003', '2004'])).subjects)).toEqual(['2004']);
  });
});

describe('an office with a v1 registry (no capabilities)', () => {
  beforeEach(async () => {
    registry = await startRegistry({ capabilities: [] });
    clock = Date.parse('2026-11-25T10:00:00Z');
  });

  it('works as before: /health once, then no other request than POST /records', async () => {
    const a = await moderator('Anna Exempel', '1');
    const b = await moderator('Bertil Exempel', '2');
    await a.service.recordAction(archiveRequest('1001'));
    await a.engine.flush();
    expect(await a.office.subjects('facebook', ['1001'])).toEqual({ state: 'off', subjects: {} });
    expect(await b.office.subjects('facebook', ['1001'])).toEqual({ state: 'off', subjects: {} });
    expect(await b.office.subjects('facebook', ['1001'])).toEqual({ state: 'off', subjects: {} });
    clock = Date.parse('2026-11-25T10:30:00Z');
    await b.rounds.reconcile();
    clock = Date.parse('2026-11-25T11:00:20Z');
    await b.rounds.reconcile();
    clock = Date.parse('2026-11-25T14:00:20Z');
    await b.rounds.reconcile();
    await b.rounds.refreshOffice();
    await b.engine.flush();
    // Each browser asked /health once; nothing else but records was asked for.
    expect(requests('/health')).toBe(2);
    expect(registry.requests().filter((r) => !r.path.endsWith('/health') && !r.path.endsWith('/records'))).toEqual([]);
    // B's missed 12:00 round is B's own record, registered as in v1.
    expect(registry.registered().filter((r) => (r.record as { kind: string }).kind === 'monitoring-round')).toHaveLength(1);
    // A second archive of the same comment is simply registered (a v1 registry knows no subjects).
    await b.service.recordAction(archiveRequest('1001'));
    await b.engine.flush();
    expect(registry.registered().filter((r) => (r.record as { kind: string }).kind === 'archived')).toHaveLength(2);
  });
});
