import { describe, expect, it } from 'vitest';
import { addWorkingHours } from '../../lib/calendar/working-time';
import { toStockholmIso } from '../../lib/calendar/stockholm';

const due = (start: string, hours: number) => toStockholmIso(addWorkingHours(new Date(start), hours));

describe('addWorkingHours', () => {
  it.each([
    // start (Stockholm wall time with offset), hours, due
    ['2026-03-10T10:00:00+01:00', 24, '2026-03-11T10:00:00+01:00', 'Tuesday morning → Wednesday morning'],
    ['2026-03-10T21:30:00+01:00', 24, '2026-03-11T21:30:00+01:00', 'an evening question on a working day'],
    ['2026-03-10T10:00:00+01:00', 0, '2026-03-10T10:00:00+01:00', 'zero hours'],
    ['2026-03-10T10:00:00+01:00', 1.5, '2026-03-10T11:30:00+01:00', 'fractions of an hour'],
    ['2026-03-13T20:00:00+01:00', 24, '2026-03-16T20:00:00+01:00', 'Friday 20:00 → Monday 20:00'],
    ['2026-03-13T20:00:00+01:00', 4, '2026-03-14T00:00:00+01:00', 'exactly the rest of Friday'],
    ['2026-03-14T11:00:00+01:00', 24, '2026-03-17T00:00:00+01:00', 'Saturday → end of Monday'],
    ['2026-03-15T23:59:00+01:00', 1, '2026-03-16T01:00:00+01:00', 'Sunday night starts counting Monday 00:00'],
    ['2026-03-12T12:00:00+01:00', 48, '2026-03-16T12:00:00+01:00', 'two working days over a weekend'],
    ['2026-04-02T18:00:00+02:00', 24, '2026-04-07T18:00:00+02:00', 'skärtorsdag evening → Tuesday after Easter'],
    ['2026-05-13T15:00:00+02:00', 24, '2026-05-15T15:00:00+02:00', 'over Kristi himmelsfärdsdag'],
    ['2026-06-18T16:00:00+02:00', 24, '2026-06-22T16:00:00+02:00', 'before midsommar: Fri–Sun skipped'],
    ['2026-12-23T14:00:00+01:00', 24, '2026-12-28T14:00:00+01:00', 'before julafton'],
    ['2026-12-30T09:00:00+01:00', 24, '2027-01-04T09:00:00+01:00', 'over nyårsafton and nyårsdagen'],
    ['2027-01-05T12:00:00+01:00', 24, '2027-01-07T12:00:00+01:00', 'over trettondedag jul'],
  ])('%s + %i h → %s (%s)', (start, hours, expected) => {
    expect(due(start, hours)).toBe(expected);
  });

  describe('DST change days (all Sundays, so skipped, but the real elapsed time differs)', () => {
    it.each([
      ['2026-03-27T20:00:00+01:00', 24, '2026-03-30T20:00:00+02:00', 71], // 29 Mar 2026 has 23 h
      ['2026-10-23T20:00:00+02:00', 24, '2026-10-26T20:00:00+01:00', 73], // 25 Oct 2026 has 25 h
      ['2027-03-25T20:00:00+01:00', 24, '2027-03-30T20:00:00+02:00', 119], // påsk 2027 = DST weekend
      ['2027-10-29T20:00:00+02:00', 24, '2027-11-01T20:00:00+01:00', 73], // 31 Oct 2027
    ])('%s + %i h → %s (%i real hours)', (start, hours, expected, realHours) => {
      const result = addWorkingHours(new Date(start), hours);
      expect(toStockholmIso(result)).toBe(expected);
      expect((result.getTime() - new Date(start).getTime()) / 3_600_000).toBe(realHours);
    });

    it('starts counting at Stockholm midnight after a DST Sunday', () => {
      expect(due('2026-03-29T01:30:00+01:00', 1)).toBe('2026-03-30T01:00:00+02:00');
      expect(due('2026-10-25T02:30:00+01:00', 1)).toBe('2026-10-26T01:00:00+01:00');
    });

    it('counts a working-day span that crosses a DST change by wall-clock days', () => {
      // Thu 26 Mar 2026 09:00 CET + 48 h: Thu rest (15 h) + Fri (24 h) + Mon 9 h.
      expect(due('2026-03-26T09:00:00+01:00', 48)).toBe('2026-03-30T09:00:00+02:00');
    });
  });

  it('rejects negative or non-finite hours and invalid dates', () => {
    expect(() => addWorkingHours(new Date('2026-03-10T10:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addWorkingHours(new Date('2026-03-10T10:00:00Z'), Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingHours(new Date('x'), 1)).toThrow(RangeError);
  });
});
