import { describe, expect, it } from 'vitest';
import { easterSunday, swedishHolidays } from '../../lib/calendar/holidays';
import { isWorkingDay, swedishHolidays as fromIndex } from '../../lib/calendar';

// Written out by hand from lagen (1989:253) om allmänna helgdagar and the calendar, not computed by the code under test.
const EXPECTED: Record<number, Record<string, string>> = {
  2026: {
    Nyårsdagen: '2026-01-01', 'Trettondedag jul': '2026-01-06', Långfredagen: '2026-04-03',
    Påskafton: '2026-04-04', Påskdagen: '2026-04-05', 'Annandag påsk': '2026-04-06', 'Första maj': '2026-05-01',
    'Kristi himmelsfärdsdag': '2026-05-14', Pingstdagen: '2026-05-24', 'Sveriges nationaldag': '2026-06-06',
    Midsommarafton: '2026-06-19', Midsommardagen: '2026-06-20', 'Alla helgons dag': '2026-10-31',
    Julafton: '2026-12-24', Juldagen: '2026-12-25', 'Annandag jul': '2026-12-26', Nyårsafton: '2026-12-31',
  },
  2027: {
    Nyårsdagen: '2027-01-01', 'Trettondedag jul': '2027-01-06', Långfredagen: '2027-03-26',
    Påskafton: '2027-03-27', Påskdagen: '2027-03-28', 'Annandag påsk': '2027-03-29', 'Första maj': '2027-05-01',
    'Kristi himmelsfärdsdag': '2027-05-06', Pingstdagen: '2027-05-16', 'Sveriges nationaldag': '2027-06-06',
    Midsommarafton: '2027-06-25', Midsommardagen: '2027-06-26', 'Alla helgons dag': '2027-11-06',
    Julafton: '2027-12-24', Juldagen: '2027-12-25', 'Annandag jul': '2027-12-26', Nyårsafton: '2027-12-31',
  },
  2028: {
    Nyårsdagen: '2028-01-01', 'Trettondedag jul': '2028-01-06', Långfredagen: '2028-04-14',
    Påskafton: '2028-04-15', Påskdagen: '2028-04-16', 'Annandag påsk': '2028-04-17', 'Första maj': '2028-05-01',
    'Kristi himmelsfärdsdag': '2028-05-25', Pingstdagen: '2028-06-04', 'Sveriges nationaldag': '2028-06-06',
    Midsommarafton: '2028-06-23', Midsommardagen: '2028-06-24', 'Alla helgons dag': '2028-11-04',
    Julafton: '2028-12-24', Juldagen: '2028-12-25', 'Annandag jul': '2028-12-26', Nyårsafton: '2028-12-31',
  },
};

describe('swedishHolidays', () => {
  describe.each(Object.entries(EXPECTED))('%s', (year, table) => {
    const list = swedishHolidays(Number(year));
    it('has exactly the 17 days, in date order', () => {
      expect(list).toHaveLength(17);
      expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    });
    it.each(Object.entries(table))('%s is %s', (name, date) => {
      expect(list.filter((h) => h.name === name).map((h) => h.date)).toEqual([date]);
    });
  });

  it.each([
    [1900, '1900-04-15'], [1913, '1913-03-23'], [1943, '1943-04-25'], [2000, '2000-04-23'], [2008, '2008-03-23'],
    [2011, '2011-04-24'], [2019, '2019-04-21'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2038, '2038-04-25'],
    [2100, '2100-03-28'], [2200, '2200-04-06'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('keeps midsommar on Fri/Sat 19–26 June and alla helgons dag on a Saturday 31 Oct–6 Nov, 1900–2200', () => {
    for (let year = 1900; year <= 2200; year++) {
      const byName = new Map(swedishHolidays(year).map((h) => [h.name, h.date]));
      const eve = byName.get('Midsommarafton')!;
      const allSaints = byName.get('Alla helgons dag')!;
      expect(new Date(`${eve}T00:00:00Z`).getUTCDay()).toBe(5);
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`).toBe(true);
      expect(new Date(`${allSaints}T00:00:00Z`).getUTCDay()).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`).toBe(true);
      expect(new Date(`${byName.get('Påskdagen')}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(new Date(`${byName.get('Kristi himmelsfärdsdag')}T00:00:00Z`).getUTCDay()).toBe(4);
    }
  });

  it('lists Kristi himmelsfärdsdag and första maj both when they coincide (2008)', () => {
    const may1 = swedishHolidays(2008).filter((h) => h.date === '2008-05-01').map((h) => h.name);
    expect(may1.sort()).toEqual(['Första maj', 'Kristi himmelsfärdsdag']);
  });

  it('is re-exported from the calendar index and hands out copies of its cache', () => {
    const first = fromIndex(2026);
    first[0]!.name = 'changed';
    first.pop();
    expect(fromIndex(2026)[0]!.name).toBe('Nyårsdagen');
    expect(fromIndex(2026)).toHaveLength(17);
  });

  it('rejects years it cannot compute', () => {
    expect(() => swedishHolidays(2026.5)).toThrow(RangeError);
    expect(() => swedishHolidays(1200)).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-10T10:00:00+01:00', true, 'a normal Tuesday'],
    ['2026-03-13T16:59:00+01:00', true, 'a normal Friday'],
    ['2026-03-14T10:00:00+01:00', false, 'Saturday'],
    ['2026-03-15T10:00:00+01:00', false, 'Sunday'],
    ['2026-04-02T10:00:00+02:00', true, 'skärtorsdag is worked'],
    ['2026-04-03T10:00:00+02:00', false, 'långfredagen'],
    ['2026-04-06T10:00:00+02:00', false, 'annandag påsk'],
    ['2026-05-01T10:00:00+02:00', false, 'första maj'],
    ['2026-05-14T10:00:00+02:00', false, 'Kristi himmelsfärdsdag'],
    ['2026-05-15T10:00:00+02:00', true, 'the Friday after (klämdag, still a working day)'],
    ['2026-05-25T10:00:00+02:00', true, 'annandag pingst is no longer a holiday'],
    ['2027-06-04T10:00:00+02:00', true, 'the Friday before nationaldagen 2027'],
    ['2028-06-06T10:00:00+02:00', false, 'nationaldagen on a Tuesday'],
    ['2026-06-19T10:00:00+02:00', false, 'midsommarafton'],
    ['2027-06-25T10:00:00+02:00', false, 'midsommarafton 2027'],
    ['2026-12-24T10:00:00+01:00', false, 'julafton'],
    ['2026-12-31T10:00:00+01:00', false, 'nyårsafton'],
    ['2027-01-06T10:00:00+01:00', false, 'trettondedag jul'],
    ['2027-01-07T10:00:00+01:00', true, 'the day after trettondedag'],
    ['2027-11-05T10:00:00+01:00', true, 'the Friday before alla helgons dag'],
  ])('%s → %s (%s)', (iso, expected) => {
    expect(isWorkingDay(new Date(iso))).toBe(expected);
  });

  it('uses the Stockholm day, not the UTC day, at 23:30Z', () => {
    // Monday 23:30 UTC is already Tuesday in Stockholm; Thursday 23:30Z in 2026-04-02 is långfredagen.
    expect(isWorkingDay(new Date('2026-03-15T23:30:00Z'))).toBe(true);
    expect(isWorkingDay(new Date('2026-03-13T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-04-02T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-12-23T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2026-12-23T22:30:00Z'))).toBe(true);
  });
});
