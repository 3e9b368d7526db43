// formatDateTime writes Swedish itself (no Intl formatter to build on Facebook's page): held here to
// what Intl writes for sv-SE in Stockholm time, over two years of instants and both summer-time changes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { formatDateTime } from '../../lib/i18n';

afterEach(() => vi.restoreAllMocks());

describe('formatDateTime', () => {
  it('writes Swedish exactly as Intl does for sv-SE, Stockholm time', () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('sv-SE');
    const intl = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    const instants: number[] = [];
    for (let t = Date.UTC(2026, 0, 1, 0, 7); t < Date.UTC(2028, 0, 1); t += 3 * 3_600_000 + 60_000) instants.push(t);
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) for (let m = -90; m <= 90; m += 15) instants.push(Date.parse(change) + m * 60_000);
    const differing = instants.map((t) => new Date(t).toISOString()).filter((iso) => formatDateTime(iso) !== intl.format(new Date(iso)));
    expect(instants.length).toBeGreaterThan(5_000);
    expect(differing.slice(0, 3).map((iso) => [iso, formatDateTime(iso), intl.format(new Date(iso))])).toEqual([]);
  });

  it('uses Intl for other languages', () => {
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
    const iso = '2026-11-25T13:03:00Z';
    expect(formatDateTime(iso)).toBe(new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Stockholm', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)));
  });
});
