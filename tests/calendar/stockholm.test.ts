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
