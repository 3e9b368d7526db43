import { describe, expect, it } from 'vitest';
import { stockholmDay, toStockholmIso } from '../../lib/calendar/stockholm';

describe('Stockholm time', () => {
  it.each([
    ['2026-11-25T13:03:07Z', '2026-11-25T14:03:07+01:00'], // winter time
    ['2026-07-01T10:00:00Z', '2026-07-01T12:00:00+02:00'], // summer time
    ['2026-03-29T00:59:59Z', '2026-03-29T01:59:59+01:00'], // last second before the spring change
    ['2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'], // first second after it
    ['2026-10-25T00:30:00Z', '2026-10-25T02:30:00+02:00'], // autumn change: first 02:30
    ['2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'], // … and the second one
  ])('%s is %s', (utc, local) => {
    expect(toStockholmIso(new Date(utc))).toBe(local);
    expect(new Date(local).getTime()).toBe(new Date(utc).getTime());
  });

  it('gives the Stockholm calendar day, not the UTC one', () => {
    expect(stockholmDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('the wall clock from a cached hourly offset', () => {
  const intl = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const viaIntl = (d: Date) => {
    const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
  };

  it('agrees with Intl on every minute around both DST changes and on 5,000 random instants', () => {
    const instants: Date[] = [];
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z']) {
      for (let m = -180; m <= 180; m++) instants.push(new Date(Date.parse(change) + m * 60_000 + 1_234));
    }
    let seed = 7;
    for (let i = 0; i < 5_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      instants.push(new Date(Date.UTC(2000, 0, 1) + (seed / 2 ** 31) * 40 * 365 * 86_400_000));
    }
    for (const d of instants) expect(toStockholmIso(d).slice(0, 19), d.toISOString()).toBe(viaIntl(d));
  });

  it('agrees with Intl around every summer-time change from 1994 to 2100 (the EU rule from 1996, Intl outside it)', () => {
    const hours: number[] = [];
    for (let year = 1994; year <= 2100; year++) {
      // The last week of March, September (the end until 1995) and October, hour by hour.
      for (const month of [2, 8, 9]) {
        const last = Date.UTC(year, month + 1, 0);
        for (let t = last - 7 * 86_400_000; t <= last + 86_400_000; t += 3_600_000) hours.push(t);
      }
    }
    const differing = hours.filter((t) => toStockholmIso(new Date(t)).slice(0, 19) !== viaIntl(new Date(t)));
    expect(hours.length).toBeGreaterThan(60_000);
    expect(differing.map((t) => new Date(t).toISOString()).slice(0, 5)).toEqual([]);
  });
});
