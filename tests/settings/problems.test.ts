// A bad policy or stored value is never dropped silently: a policy field stays locked (its valid entries,
// else its last valid value or the default, never the user's own), a bad stored value keeps the last
// valid one, and `problems` says which entry was wrong and why, for the options page.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService } from '../../lib/background/service';
import { DEFAULT_MONITORING_SETTINGS, loadSettings, NAME_MAX, policySettled, saveUserSettings } from '../../lib/settings';
import { openLogDb } from '../../lib/store/db';
import { ActionLog } from '../../lib/store/log';
import { archiveRequest } from '../helpers/records';

const account = (n: number) => `https://www.facebook.com/norrby.konto${n}`;
const own = {
  moderatorName: 'Moa',
  office: 'Eget kontor',
  monitoring: { times: ['08:30'], includeNonWorkingDays: true, lateWindowMinutes: 30 },
  officeAccounts: ['https://www.instagram.com/eget.konto/'],
};
/** The user's own settings, as the options page saved them, and a policy on top. */
async function setUp(policy: Record<string, unknown>) {
  expect((await saveUserSettings(own)).success).toBe(true);
  await fakeBrowser.storage.managed.set(policy);
  return loadSettings();
}
/** IT changes the policy: the next load but one sees it (the cached read answers first). */
async function changePolicy(policy: Record<string, unknown>) {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(policy);
  await loadSettings();
  await policySettled();
  return loadSettings();
}

describe('a policy field with bad entries', () => {
  it('keeps the first 30 of 31 office accounts, locked, and names the one left out', async () => {
    const accounts = Array.from({ length: 31 }, (_, i) => account(i + 1));
    const loaded = await setUp({ officeAccounts: accounts });
    expect(loaded.settings.officeAccounts).toEqual(accounts.slice(0, 30));
    expect(loaded.locked).toEqual(['officeAccounts']);
    expect(loaded.problems).toEqual([
      {
        source: 'policy',
        field: 'officeAccounts',
        issues: [{ why: 'beyond-limit', limit: 30, entry: 31, value: account(31) }],
        kept: 'valid-entries',
      },
    ]);
  });

  it('keeps the valid accounts around a malformed URL and one on another site', async () => {
    const loaded = await setUp({ officeAccounts: [account(1), 'nonsense', account(2), 'https://example.org/norrby', 42] });
    expect(loaded.settings.officeAccounts).toEqual([account(1), account(2)]);
    expect(loaded.locked).toEqual(['officeAccounts']);
    expect(loaded.problems[0]!.issues).toEqual([
      { why: 'not-an-https-url', entry: 2, value: 'nonsense' },
      { why: 'unsupported-site', entry: 4, value: 'https://example.org/norrby' },
      { why: 'wrong-type', entry: 5, value: '42' },
    ]);
  });

  it('keeps the valid times around "9:00", and the rest of monitoring from the policy', async () => {
    const loaded = await setUp({ monitoring: { times: ['9:00', '12:00', '15:00'], includeNonWorkingDays: false, lateWindowMinutes: 45 } });
    expect(loaded.settings.monitoring).toEqual({ times: ['12:00', '15:00'], includeNonWorkingDays: false, lateWindowMinutes: 45 });
    expect(loaded.locked).toEqual(['monitoring']);
    expect(loaded.problems).toEqual([
      { source: 'policy', field: 'monitoring.times', issues: [{ why: 'not-a-time', entry: 1, value: '9:00' }], kept: 'valid-entries' },
    ]);
  });

  it('keeps at most six times, naming the seventh', async () => {
    const times = ['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00'];
    const loaded = await setUp({ monitoring: { ...DEFAULT_MONITORING_SETTINGS, times } });
    expect(loaded.settings.monitoring.times).toEqual(times.slice(0, 6));
    expect(loaded.problems[0]!.issues).toEqual([{ why: 'beyond-limit', limit: 6, entry: 7, value: '14:00' }]);
  });

  it('with no valid time left, stays locked to the default times, never the user\'s own', async () => {
    const loaded = await setUp({ monitoring: { times: ['9:00'], includeNonWorkingDays: false, lateWindowMinutes: 45 } });
    expect(loaded.settings.monitoring).toEqual({ ...DEFAULT_MONITORING_SETTINGS, lateWindowMinutes: 45 });
    expect(loaded.locked).toEqual(['monitoring']);
    expect(loaded.problems).toEqual([
      {
        source: 'policy',
        field: 'monitoring.times',
        issues: [{ why: 'not-a-time', entry: 1, value: '9:00' }, { why: 'too-few', limit: 1 }],
        kept: 'default',
      },
    ]);
  });

  it('falls back to the last valid policy value of a field, not the user\'s own', async () => {
    await setUp({ monitoring: { times: ['07:00'], includeNonWorkingDays: false, lateWindowMinutes: 45 }, office: 'Norrby (IT)' });
    const loaded = await changePolicy({ monitoring: { times: 'kl 9', includeNonWorkingDays: 'ja', lateWindowMinutes: 45 }, office: 'x'.repeat(10_000) });
    expect(loaded.settings.monitoring).toEqual({ times: ['07:00'], includeNonWorkingDays: false, lateWindowMinutes: 45 });
    expect(loaded.settings.office).toBe('Norrby (IT)');
    expect(loaded.locked).toEqual(['office', 'monitoring']);
    expect(loaded.problems).toEqual([
      { source: 'policy', field: 'office', issues: [{ why: 'too-long', limit: NAME_MAX }], kept: 'last-good' },
      { source: 'policy', field: 'monitoring.times', issues: [{ why: 'wrong-type' }], kept: 'last-good' },
      { source: 'policy', field: 'monitoring.includeNonWorkingDays', issues: [{ why: 'wrong-type' }], kept: 'last-good' },
    ]);
  });

  it('keeps a bad policy office locked and says new records leave it empty when nothing valid is known', async () => {
    const loaded = await setUp({ office: 42 });
    expect(loaded.settings.office).toBe('');
    expect(loaded.locked).toEqual(['office']);
    expect(loaded.problems).toEqual([{ source: 'policy', field: 'office', issues: [{ why: 'wrong-type' }], kept: 'empty' }]);
  });

  it('reports monitoring that is not an object once, locked to the defaults', async () => {
    const loaded = await setUp({ monitoring: 'tre gånger om dagen' });
    expect(loaded.settings.monitoring).toEqual(DEFAULT_MONITORING_SETTINGS);
    expect(loaded.locked).toEqual(['monitoring']);
    expect(loaded.problems).toEqual([{ source: 'policy', field: 'monitoring', issues: [{ why: 'wrong-type' }], kept: 'default' }]);
  });

  it('names a missing part of monitoring', async () => {
    const loaded = await setUp({ monitoring: { times: ['10:00'], includeNonWorkingDays: true } });
    expect(loaded.settings.monitoring).toEqual({ times: ['10:00'], includeNonWorkingDays: true, lateWindowMinutes: 60 });
    expect(loaded.problems).toEqual([{ source: 'policy', field: 'monitoring.lateWindowMinutes', issues: [{ why: 'missing' }], kept: 'default' }]);
  });

  it('holds the registry (sends nowhere) when the policy address is bad and none was valid before', async () => {
    const loaded = await setUp({ registryEndpoint: 'https://diarium.example.org/api?' });
    expect(loaded.policyRegistryEndpoint).toBe('');
    expect(loaded.locked).toEqual(['registryEndpoint']);
    expect(loaded.problems).toEqual([{ source: 'policy', field: 'registryEndpoint', issues: [{ why: 'endpoint-query' }], kept: 'held' }]);
  });

  it('reports nothing for a valid policy', async () => {
    const loaded = await setUp({ office: 'Norrby', officeAccounts: [account(1)], monitoring: DEFAULT_MONITORING_SETTINGS });
    expect(loaded.problems).toEqual([]);
    expect(loaded.settings).toMatchObject({ moderatorName: 'Moa', office: 'Norrby', officeAccounts: [account(1)] });
  });
});

describe('a bad stored value of the user\'s', () => {
  const corrupt = async (changes: Record<string, unknown>) => {
    const { settings } = (await fakeBrowser.storage.local.get('settings')) as { settings: Record<string, unknown> };
    await fakeBrowser.storage.local.set({ settings: { ...settings, ...changes } });
  };

  it('keeps the last good office name and says so', async () => {
    await saveUserSettings({ ...own, office: 'Norrby' });
    await corrupt({ office: 'x'.repeat(10_000) });
    const loaded = await loadSettings();
    expect(loaded.settings.office).toBe('Norrby');
    expect(loaded.locked).toEqual([]);
    expect(loaded.problems).toEqual([{ source: 'local', field: 'office', issues: [{ why: 'too-long', limit: NAME_MAX }], kept: 'last-good' }]);
  });

  it('keeps a value stored before the last good values were kept, once it has been loaded', async () => {
    // As an earlier version left storage: valid settings and no last good values yet.
    await fakeBrowser.storage.local.set({ settings: { moderatorName: 'Moa', office: 'Norrby' }, 'settings$': { v: 2 } });
    expect((await loadSettings()).problems).toEqual([]);
    await corrupt({ moderatorName: { name: 'Moa' }, monitoring: { times: [], includeNonWorkingDays: false, lateWindowMinutes: 60 } });
    const loaded = await loadSettings();
    expect(loaded.settings).toMatchObject({ moderatorName: 'Moa', office: 'Norrby', monitoring: DEFAULT_MONITORING_SETTINGS });
    expect(loaded.problems).toEqual([
      { source: 'local', field: 'moderatorName', issues: [{ why: 'wrong-type' }], kept: 'last-good' },
      { source: 'local', field: 'monitoring.times', issues: [{ why: 'too-few', limit: 1 }], kept: 'default' },
    ]);
  });

  it('says so when there is no good value to keep', async () => {
    await fakeBrowser.storage.local.set({ settings: { office: 'x'.repeat(10_000) }, 'settings$': { v: 2 } });
    const loaded = await loadSettings();
    expect(loaded.settings.office).toBe('');
    expect(loaded.problems).toEqual([{ source: 'local', field: 'office', issues: [{ why: 'too-long', limit: NAME_MAX }], kept: 'empty' }]);
  });

  it('is not reported when the policy sets that field', async () => {
    await saveUserSettings(own);
    await corrupt({ office: 'x'.repeat(10_000) });
    await fakeBrowser.storage.managed.set({ office: 'Norrby (IT)' });
    const loaded = await loadSettings();
    expect(loaded.settings.office).toBe('Norrby (IT)');
    expect(loaded.problems).toEqual([]);
  });

  it('never gives records an empty office or moderator name', async () => {
    await saveUserSettings({ moderatorName: 'Moa Moderator', office: 'Norrby' });
    await corrupt({ moderatorName: 'y'.repeat(10_000), office: 'x'.repeat(10_000) });
    const db = await openLogDb();
    const log = new ActionLog(db);
    const service = createService({ db, log, settings: async () => (await loadSettings()).settings, moderatorId: async () => 'm-1' });
    expect((await service.recordAction(archiveRequest('1001'))).ok).toBe(true);
    const [record] = await log.all();
    expect(record).toMatchObject({ moderator: { id: 'm-1', name: 'Moa Moderator' }, office: 'Norrby' });
  });
});
