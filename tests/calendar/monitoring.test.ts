import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING, nextMonitoringTimes, type MonitoringSettings } from '../../lib/calendar';
import { stockholmWallTimeToDate, toStockholmIso } from '../../lib/calendar/stockholm';

const next = (now: string, settings: MonitoringSettings = DEFAULT_MONITORING, count?: number) =>
  nextMonitoringTimes(new Date(now), settings, count).map(toStockholmIso);
const every = (times: string[]): MonitoringSettings => ({ times, includeNonWorkingDays: true });

describe('stockholmWallTimeToDate', () => {
  it.each([
    ['2026-03-10', '09:00', '2026-03-10T08:00:00.000Z'],
    ['2026-07-01', '09:00', '2026-07-01T07:00:00.000Z'],
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z'], // does not exist: 03:30 CEST
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'], // twice: the first (CEST) one
    ['2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    ['2027-03-28', '02:00', '2027-03-28T01:00:00.000Z'],
    ['2027-10-31', '02:00', '2027-10-31T00:00:00.000Z'],
    ['2026-12-31', '23:59', '2026-12-31T22:59:00.000Z'],
  ])('%s %s → %s', (day, time, utc) => {
    expect(stockholmWallTimeToDate(day, time).toISOString()).toBe(utc);
  });

  it.each([['2026-02-30', '09:00'], ['2026-03-10', '24:00'], ['2026-3-10', '09:00'], ['2026-03-10', '9:00']])(
    'rejects %s %s',
    (day, time) => expect(() => stockholmWallTimeToDate(day, time)).toThrow(RangeError),
  );
});

describe('nextMonitoringTimes', () => {
  it('defaults to 09, 12, 15 on working days only', () => {
    expect(DEFAULT_MONITORING).toEqual({ times: ['09:00', '12:00', '15:00'], includeNonWorkingDays: false });
  });

  it.each([
    ['2026-03-10T07:00:00+01:00', ['2026-03-10T09:00:00+01:00', '2026-03-10T12:00:00+01:00', '2026-03-10T15:00:00+01:00']],
    ['2026-03-10T09:00:00+01:00', ['2026-03-10T12:00:00+01:00', '2026-03-10T15:00:00+01:00', '2026-03-11T09:00:00+01:00']],
    ['2026-03-10T09:00:01+01:00', ['2026-03-10T12:00:00+01:00', '2026-03-10T15:00:00+01:00', '2026-03-11T09:00:00+01:00']],
    ['2026-03-13T15:30:00+01:00', ['2026-03-16T09:00:00+01:00', '2026-03-16T12:00:00+01:00', '2026-03-16T15:00:00+01:00']],
    ['2026-03-27T16:00:00+01:00', ['2026-03-30T09:00:00+02:00', '2026-03-30T12:00:00+02:00', '2026-03-30T15:00:00+02:00']],
    ['2026-10-23T16:00:00+02:00', ['2026-10-26T09:00:00+01:00', '2026-10-26T12:00:00+01:00', '2026-10-26T15:00:00+01:00']],
    ['2026-04-02T15:00:00+02:00', ['2026-04-07T09:00:00+02:00', '2026-04-07T12:00:00+02:00', '2026-04-07T15:00:00+02:00']],
    ['2026-06-18T16:00:00+02:00', ['2026-06-22T09:00:00+02:00', '2026-06-22T12:00:00+02:00', '2026-06-22T15:00:00+02:00']],
    ['2026-12-23T15:00:00+01:00', ['2026-12-28T09:00:00+01:00', '2026-12-28T12:00:00+01:00', '2026-12-28T15:00:00+01:00']],
    // 23:30Z on Monday is already Tuesday in Stockholm.
    ['2026-03-09T23:30:00Z', ['2026-03-10T09:00:00+01:00', '2026-03-10T12:00:00+01:00', '2026-03-10T15:00:00+01:00']],
  ])('working days, from %s', (now, expected) => {
    expect(next(now)).toEqual(expected);
  });

  it('includes weekends and holidays when asked', () => {
    expect(next('2026-03-13T15:30:00+01:00', { ...DEFAULT_MONITORING, includeNonWorkingDays: true })).toEqual([
      '2026-03-14T09:00:00+01:00', '2026-03-14T12:00:00+01:00', '2026-03-14T15:00:00+01:00',
    ]);
    expect(next('2026-12-24T08:00:00+01:00', { ...DEFAULT_MONITORING, includeNonWorkingDays: true }, 1)).toEqual([
      '2026-12-24T09:00:00+01:00',
    ]);
  });

  it('maps a skipped spring time an hour later and takes the first of a repeated autumn time', () => {
    expect(next('2026-03-28T23:00:00+01:00', every(['02:30', '09:00']))).toEqual([
      '2026-03-29T03:30:00+02:00', '2026-03-29T09:00:00+02:00', '2026-03-30T02:30:00+02:00',
    ]);
    expect(next('2026-10-24T23:00:00+02:00', every(['02:30']), 2)).toEqual([
      '2026-10-25T02:30:00+02:00', '2026-10-26T02:30:00+01:00',
    ]);
    // Between the two 02:30s the first has passed, so the repeat is not a second reminder.
    expect(next('2026-10-25T02:45:00+02:00', every(['02:30']), 1)).toEqual(['2026-10-26T02:30:00+01:00']);
    expect(next('2027-03-27T12:00:00+01:00', every(['02:15']), 2)).toEqual([
      '2027-03-28T03:15:00+02:00', '2027-03-29T02:15:00+02:00',
    ]);
    expect(next('2027-10-30T12:00:00+02:00', every(['02:15']), 2)).toEqual([
      '2027-10-31T02:15:00+02:00', '2027-11-01T02:15:00+01:00',
    ]);
  });

  it('gives one reminder when a skipped time coincides with another setting', () => {
    expect(next('2026-03-28T23:00:00+01:00', every(['02:30', '03:30']), 2)).toEqual([
      '2026-03-29T03:30:00+02:00', '2026-03-30T02:30:00+02:00',
    ]);
  });

  it('sorts, de-duplicates and drops malformed times; honours count', () => {
    const settings = { times: ['15:00', '09:00', 'noon', '09:00', '25:00'], includeNonWorkingDays: false };
    expect(next('2026-03-10T07:00:00+01:00', settings, 4)).toEqual([
      '2026-03-10T09:00:00+01:00', '2026-03-10T15:00:00+01:00', '2026-03-11T09:00:00+01:00', '2026-03-11T15:00:00+01:00',
    ]);
    expect(next('2026-03-10T07:00:00+01:00', DEFAULT_MONITORING, 0)).toEqual([]);
    expect(next('2026-03-10T07:00:00+01:00', { times: [], includeNonWorkingDays: false })).toEqual([]);
  });

  it('returns instants strictly after now, ascending, across a long holiday stretch', () => {
    const now = new Date('2026-12-22T15:00:00+01:00');
    const times = nextMonitoringTimes(now, DEFAULT_MONITORING, 12);
    expect(times).toHaveLength(12);
    times.forEach((t, i) => {
      expect(t.getTime()).toBeGreaterThan(i === 0 ? now.getTime() : times[i - 1]!.getTime());
    });
    expect(times.map((t) => toStockholmIso(t).slice(0, 10))).toEqual([
      ...Array(3).fill('2026-12-23'), ...Array(3).fill('2026-12-28'), ...Array(3).fill('2026-12-29'),
      ...Array(3).fill('2026-12-30'),
    ]);
  });
});
