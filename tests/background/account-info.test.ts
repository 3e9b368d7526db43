// The office accounts' base information as the content script reported it: kept for office accounts
// only, listed for the round view in the settings' order.
import { describe, expect, it } from 'vitest';
import { createAccountInfoHandlers } from '../../lib/background/account-info';
import { DEFAULT_MONITORING_SETTINGS } from '../../lib/settings';
import { openLogDb } from '../../lib/store/db';

async function setup() {
  const db = await openLogDb();
  return createAccountInfoHandlers({
    db,
    now: () => new Date('2026-11-25T13:03:00Z'),
    settings: async () => ({
      moderatorName: 'M',
      office: 'Norrby (exempel)',
      wordLists: { political: { add: [], remove: [] }, unlawful: { add: [], remove: [] } },
      monitoring: DEFAULT_MONITORING_SETTINGS,
      officeAccounts: ['https://www.facebook.com/norrbyexempel', 'https://www.instagram.com/norrby.exempel/'],
      exportReminderDays: 30,
      retentionDays: 0,
    }),
  });
}

describe('account information for the round view', () => {
  it('keeps an office account\'s report under its account address and lists it', async () => {
    const handlers = await setup();
    const seen = await handlers.accountInfoSeen({ pageUrl: 'https://www.facebook.com/norrbyexempel/about', name: 'Norrby', found: ['sender'], missing: ['public-record'] });
    expect(seen).toEqual({ ok: true, value: { officeAccount: true } });
    expect(await handlers.getAccountInfo(undefined)).toEqual({
      ok: true,
      value: [{ url: 'https://www.facebook.com/norrbyexempel', name: 'Norrby', checkedAt: '2026-11-25T13:03:00.000Z', found: ['sender'], missing: ['public-record'] }],
    });
  });

  it('ignores another account\'s page, and a later report replaces the earlier one', async () => {
    const handlers = await setup();
    expect(await handlers.accountInfoSeen({ pageUrl: 'https://www.facebook.com/someone.else/about', name: 'X', found: [], missing: ['sender'] })).toEqual({ ok: true, value: { officeAccount: false } });
    await handlers.accountInfoSeen({ pageUrl: 'https://www.instagram.com/norrby.exempel/', name: '', found: [], missing: ['sender', 'public-record'] });
    await handlers.accountInfoSeen({ pageUrl: 'https://www.instagram.com/norrby.exempel/', name: '', found: ['sender'], missing: ['public-record'] });
    const list = await handlers.getAccountInfo(undefined);
    expect(list.ok && list.value.map((a) => [a.url, a.missing])).toEqual([['https://www.instagram.com/norrby.exempel', ['public-record']]]);
  });
});
