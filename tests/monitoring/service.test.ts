import { describe, expect, it } from 'vitest';
import { MonitoringService, type RoundNotice } from '../../lib/monitoring/service';
import { readRounds } from '../../lib/monitoring/store';
import { DEFAULT_MONITORING_SETTINGS, EMPTY_WORD_LISTS, type Settings } from '../../lib/settings';
import { openLogDb } from '../../lib/store/db';
import { verifyChain } from '../../lib/store/integrity';
import { ActionLog } from '../../lib/store/log';

const ACCOUNTS = ['https://www.facebook.com/norrbyexempel', 'https://www.instagram.com/norrby.exempel/'];

async function setup(start: string, monitoring = DEFAULT_MONITORING_SETTINGS) {
  const db = await openLogDb(`rounds-${Math.random()}`);
  const log = new ActionLog(db);
  let now = new Date(start);
  let n = 0;
  const notices: RoundNotice[] = [];
  const alarms: string[][] = [];
  const settings: Settings = {
    moderatorId: 'mod-1',
    moderatorName: 'Moa Moderator',
    office: 'Stadsdelsförvaltning Norrby (exempel)',
    wordLists: EMPTY_WORD_LISTS,
    monitoring,
    officeAccounts: ACCOUNTS,
    exportReminderDays: 30,
    retentionDays: 0,
  };
  const service = new MonitoringService({
    db,
    log,
    settings: async () => settings,
    notify: async (notice) => void notices.push(notice),
    setAlarms: async (times) => void alarms.push(times.map((t) => t.toISOString())),
    now: () => now,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
  const at = async (iso: string) => {
    now = new Date(iso);
    await service.reconcile();
  };
  return { db, log, service, notices, alarms, at, settings, rounds: async () => (await readRounds(db)).rounds };
}

describe('monitoring rounds', () => {
  it('plans the day, reminds on time, and logs a completed round with what was seen', async () => {
    const t = await setup('2026-11-25T07:00:00Z'); // Wednesday 08:00 in Stockholm
    await t.service.reconcile();
    expect(t.notices).toEqual([]);
    expect(t.alarms.at(-1)).toEqual(['2026-11-25T08:00:00.000Z', '2026-11-25T11:00:00.000Z', '2026-11-25T14:00:00.000Z']);

    await t.at('2026-11-25T08:00:20Z');
    expect(t.notices).toEqual([{ scheduledAt: '2026-11-25T08:00:00.000Z', label: '09:00', accounts: 2, unanswered: 0, late: false }]);
    expect(await t.service.pageSeen('https://business.facebook.com/norrbyexempel/posts/1', 'Norrby', { replyDue: 2, overdue: 1, notArchived: 5, flagged: 0 })).toBe(true);
    expect(await t.service.pageSeen('https://www.facebook.com/annanforvaltning', 'Annan', { replyDue: 9, overdue: 0, notArchived: 0, flagged: 0 })).toBe(false);
    const snap = await t.service.snapshot();
    expect(snap.open?.accounts.map((a) => a.seen)).toEqual([true, false]);

    const round = await t.service.complete('2026-11-25T08:00:00.000Z');
    expect(round?.status).toBe('done');
    const [record] = await t.log.all();
    expect(record).toMatchObject({
      kind: 'monitoring-round',
      checks: ['round:done', 'scheduled:2026-11-25T09:00:00+01:00', 'seen:1/2', 'reply-due:2', 'overdue:1', 'not-archived:5', 'flagged:0'],
      account: { platform: 'facebook', url: ACCOUNTS[0] },
    });
    expect(record!.note).toContain('Bevakningsrunda 09:00');
    // Completing twice logs once.
    await t.service.complete('2026-11-25T08:00:00.000Z');
    expect(await t.log.all()).toHaveLength(1);
  });

  it('fires late after the computer slept, within the window, and marks the round late', async () => {
    const t = await setup('2026-11-25T07:00:00Z');
    await t.service.reconcile();
    await t.at('2026-11-25T08:40:00Z'); // woke at 09:40, 40 min late
    expect(t.notices.map((n) => n.late)).toEqual([true]);
    expect((await t.service.complete('2026-11-25T08:00:00.000Z'))?.status).toBe('late');
    expect((await t.log.all())[0]!.checks[0]).toBe('round:late');
  });

  it('logs a round as missed when the computer slept past the window', async () => {
    const t = await setup('2026-11-25T07:00:00Z');
    await t.service.reconcile();
    await t.at('2026-11-25T09:30:00Z'); // 10:30, window is 60 min
    expect(t.notices).toEqual([]);
    expect((await t.rounds())['2026-11-25T08:00:00.000Z']?.status).toBe('missed');
    expect((await t.log.all()).map((r) => r.checks[0])).toEqual(['round:missed']);
  });

  it('after a restart the next day: yesterday afternoon missed, this morning on time, nothing twice', async () => {
    const t = await setup('2026-11-25T10:00:00Z');
    await t.service.reconcile();
    await t.at('2026-11-26T08:03:00Z'); // Thursday 09:03
    const rounds = await t.rounds();
    expect(Object.entries(rounds).map(([at, r]) => [at, r.status])).toEqual([
      ['2026-11-25T11:00:00.000Z', 'missed'],
      ['2026-11-25T14:00:00.000Z', 'missed'],
      ['2026-11-26T08:00:00.000Z', 'due'],
    ]);
    expect(t.notices.map((n) => [n.label, n.late])).toEqual([['09:00', false]]);
    await t.at('2026-11-26T08:04:00Z');
    expect(t.notices).toHaveLength(1);
    expect(await verifyChain(await t.log.all())).toBeNull();
  });

  it('marks an open round missed when the next one starts', async () => {
    const t = await setup('2026-11-25T07:00:00Z');
    await t.service.reconcile();
    await t.at('2026-11-25T08:00:30Z');
    await t.at('2026-11-25T11:00:30Z');
    const rounds = await t.rounds();
    expect(rounds['2026-11-25T08:00:00.000Z']?.status).toBe('missed');
    expect(rounds['2026-11-25T11:00:00.000Z']?.status).toBe('due');
  });

  it.each([
    ['over julafton, juldagen, annandag jul and a weekend', '2026-12-23T15:00:00Z', '2026-12-28T07:00:00Z', 0],
    ['over midsommarafton and the weekend', '2026-06-18T15:00:00Z', '2026-06-22T07:00:00Z', 0],
    ['over nationaldagen (a Saturday in 2026) and Sunday', '2026-06-05T15:00:00Z', '2026-06-08T06:00:00Z', 0],
    ['over an ordinary Friday', '2026-11-26T15:00:00Z', '2026-11-30T07:00:00Z', 3],
  ])('misses nothing on days off: %s', async (_, from, to, missed) => {
    const t = await setup(from);
    await t.service.reconcile();
    await t.at(to);
    expect((await t.log.all()).filter((r) => r.checks[0] === 'round:missed')).toHaveLength(missed);
  });

  it.each([
    ['autumn 2026', '2026-10-23T14:00:00Z', '2026-10-26T08:00:00.000Z'],
    // The 2027 change falls on Easter Sunday, so the next working day is Tuesday after annandag påsk.
    ['spring 2027', '2027-03-26T14:00:00Z', '2027-03-30T07:00:00.000Z'],
  ])('schedules 09:00 Stockholm after the %s clock change', async (_, from, firstAlarm) => {
    const t = await setup(from);
    await t.service.reconcile();
    expect(t.alarms.at(-1)![0]).toBe(firstAlarm);
  });

  it('opens a round whose time was set ten minutes after it passed (inside the late window), missing none before it', async () => {
    // Wednesday 09:30 in Stockholm, checked since then, with only an afternoon round set.
    const t = await setup('2026-11-25T08:30:00Z', { ...DEFAULT_MONITORING_SETTINGS, times: ['15:00'] });
    await t.service.reconcile();
    await t.at('2026-11-25T09:20:00Z'); // 10:20: nothing was set between 09:30 and now
    expect(Object.keys(await t.rounds())).toEqual([]);
    // The moderator adds 10:00 and 10:10 at 10:20: 10:10 is open (late), 10:00 was never due.
    t.settings.monitoring = { ...DEFAULT_MONITORING_SETTINGS, times: ['10:00', '10:10', '15:00'] };
    await t.at('2026-11-25T09:20:30Z');
    expect(await t.rounds()).toEqual({ '2026-11-25T09:10:00.000Z': expect.objectContaining({ status: 'due', firedLate: true }) });
    expect(t.notices.at(-1)).toMatchObject({ label: '10:10', late: true });
    expect((await t.service.snapshot()).open?.scheduledAt).toBe('2026-11-25T09:10:00.000Z');
    expect(await t.log.all()).toEqual([]);
    // A time set after the late window has passed opens nothing.
    t.settings.monitoring = { ...DEFAULT_MONITORING_SETTINGS, times: ['08:00'] };
    await t.at('2026-11-25T09:21:00Z');
    expect(Object.keys(await t.rounds())).toEqual(['2026-11-25T09:10:00.000Z']);
  });

  it('opens the round of the last hour on the first check after installation (the late window)', async () => {
    const t = await setup('2026-11-25T08:20:00Z'); // 09:20: installed after the 09:00 round's time
    await t.service.reconcile();
    expect(await t.rounds()).toEqual({ '2026-11-25T08:00:00.000Z': expect.objectContaining({ status: 'due', firedLate: true }) });
  });

  it('reminds on weekends too when the office asks for it', async () => {
    const t = await setup('2026-11-28T07:00:00Z', { ...DEFAULT_MONITORING_SETTINGS, includeNonWorkingDays: true }); // Saturday
    await t.service.reconcile();
    await t.at('2026-11-28T08:00:05Z');
    expect(t.notices).toHaveLength(1);
  });

  it('shows today at a glance and the week', async () => {
    const t = await setup('2026-11-25T07:00:00Z');
    await t.service.reconcile();
    await t.at('2026-11-25T08:01:00Z');
    await t.service.complete('2026-11-25T08:00:00.000Z');
    await t.at('2026-11-25T12:30:00Z'); // 12:00 round slept through
    const snap = await t.service.snapshot();
    expect(snap.today.map((r) => r.status)).toEqual(['done', 'missed', 'upcoming']);
    expect(snap.week.at(-1)).toEqual({
      day: '2026-11-25',
      done: 1,
      late: 0,
      missed: 1,
      rounds: [
        { scheduledAt: '2026-11-25T08:00:00.000Z', status: 'done', by: expect.any(String) },
        { scheduledAt: '2026-11-25T11:00:00.000Z', status: 'missed' },
      ],
    });
    expect(snap.week).toHaveLength(7);
  });
});

describe('snooze', () => {
  it('reminds again only while the round is still open', async () => {
    const t = await setup('2026-11-25T07:00:00Z');
    await t.service.reconcile();
    await t.at('2026-11-25T08:00:10Z');
    await t.service.remind('2026-11-25T08:00:00.000Z');
    expect(t.notices).toHaveLength(2);
    await t.service.complete('2026-11-25T08:00:00.000Z');
    await t.service.remind('2026-11-25T08:00:00.000Z');
    expect(t.notices).toHaveLength(2);
  });
});
