import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { accountsFromText, DEFAULT_MONITORING_SETTINGS, loadSettings, policySettled, saveUserSettings, termsFromText, TERM_MAX } from '../lib/settings';
import { OfficeAccountsSchema } from '../lib/settings/schema';

const empty = { political: { add: [], remove: [] }, unlawful: { add: [], remove: [] } };

/** storage.local as the current version (settings item v2) keeps it; v1 is tested in settings/items.test.ts. */
const storeV2 = (settings: Record<string, unknown>, moderatorId: unknown = 'm-1') =>
  fakeBrowser.storage.local.set({ settings, 'settings$': { v: 2 }, 'moderator-id': moderatorId });

describe('settings', () => {
  it('starts from defaults (the moderator id is the background\'s: settings/items.test.ts)', async () => {
    const first = await loadSettings();
    expect(first.settings).toMatchObject({ moderatorName: '', office: '', wordLists: empty });
    expect(first.locked).toEqual([]);
  });

  it('keeps valid stored fields and drops invalid ones field by field', async () => {
    await storeV2({ moderatorName: 'Moa Moderator', office: 42, wordLists: 'nonsense' });
    const { settings } = await loadSettings();
    expect(settings).toEqual({
      moderatorName: 'Moa Moderator',
      office: '',
      wordLists: empty,
      monitoring: DEFAULT_MONITORING_SETTINGS,
      officeAccounts: [],
      exportReminderDays: 30,
      retentionDays: 0,
      politicians: [],
    });
  });

  it("keeps the office's politicians' names, empty by default, and lets IT set them by policy", async () => {
    expect((await loadSettings()).settings.politicians).toEqual([]);
    expect((await saveUserSettings({ politicians: ['Marika Sjövind', 'Jonas Tallqvist'] })).success).toBe(true);
    expect((await loadSettings()).settings.politicians).toEqual(['Marika Sjövind', 'Jonas Tallqvist']);
    await fakeBrowser.storage.managed.set({ politicians: ['Pernilla Åkerdal'] });
    // The policy is read behind the cached one: the next load after the read has settled shows it.
    await loadSettings();
    await policySettled();
    const { settings, locked } = await loadSettings();
    expect(settings.politicians).toEqual(['Pernilla Åkerdal']);
    expect(locked).toContain('politicians');
  });

  it('lets the IT department lock fields through managed storage', async () => {
    await storeV2({ moderatorName: 'Moa', office: 'Eget' });
    await fakeBrowser.storage.managed.set({ office: 'Stadsdelsförvaltning Norrby (exempel)', unknownKey: true });
    const { settings, locked } = await loadSettings();
    expect(settings.office).toBe('Stadsdelsförvaltning Norrby (exempel)');
    expect(settings.moderatorName).toBe('Moa');
    expect(locked).toEqual(['office']);
  });

  it('takes the registry address from policy, normalised, and keeps the last valid one when it turns bad', async () => {
    await fakeBrowser.storage.managed.set({ registryEndpoint: 'https://diarium.example.org/api/' });
    const loaded = await loadSettings();
    expect(loaded.policyRegistryEndpoint).toBe('https://diarium.example.org/api');
    expect(loaded.locked).toContain('registryEndpoint');
    await fakeBrowser.storage.managed.set({ registryEndpoint: 'http://diarium.example.org/api' });
    // The last policy read answers at once; the fresh read behind it lands for the next load.
    await loadSettings();
    await policySettled();
    const bad = await loadSettings();
    expect(bad.policyRegistryEndpoint).toBe('https://diarium.example.org/api');
    expect(bad.locked).toContain('registryEndpoint');
    expect(bad.problems).toEqual([
      { source: 'policy', field: 'registryEndpoint', issues: [{ why: 'endpoint-not-https' }], kept: 'last-good' },
    ]);
  });

  it("takes the moderator's id from policy, so the office can tell whose records they are", async () => {
    expect((await loadSettings()).policyModeratorId).toBeUndefined();
    await fakeBrowser.storage.managed.set({ moderatorId: 'anna.exempel', moderatorName: 'Anna Exempel' });
    // The last policy read answers at once; the fresh read behind it lands for the next load.
    await loadSettings();
    await policySettled();
    const loaded = await loadSettings();
    expect(loaded.policyModeratorId).toBe('anna.exempel');
    expect(loaded.settings.moderatorName).toBe('Anna Exempel');
    expect(loaded.locked).toEqual(expect.arrayContaining(['moderatorName', 'moderatorId']));
  });

  it('saves word lists and rejects a term that is too long without storing anything', async () => {
    const wordLists = { political: { add: ['cykelbana'], remove: ['val'] }, unlawful: { add: [], remove: [] } };
    expect((await saveUserSettings({ moderatorName: 'Moa', office: 'Norrby', wordLists })).success).toBe(true);
    expect((await loadSettings()).settings.wordLists).toEqual(wordLists);
    const bad = { ...wordLists, unlawful: { add: ['x'.repeat(TERM_MAX + 1)], remove: [] } };
    expect((await saveUserSettings({ moderatorName: 'Moa', office: 'Norrby', wordLists: bad })).success).toBe(false);
    expect((await loadSettings()).settings.wordLists).toEqual(wordLists);
  });

  it('validates monitoring times and office accounts', async () => {
    const monitoring = { times: ['08:30', '13:00'], includeNonWorkingDays: true, lateWindowMinutes: 90 };
    const officeAccounts = ['https://www.facebook.com/norrbyexempel', 'https://www.instagram.com/norrby.exempel/'];
    expect((await saveUserSettings({ monitoring, officeAccounts })).success).toBe(true);
    expect((await loadSettings()).settings).toMatchObject({ monitoring, officeAccounts });
    for (const bad of [
      { monitoring: { ...monitoring, times: ['25:00'] } },
      { monitoring: { ...monitoring, times: [] } },
      { monitoring: { ...monitoring, lateWindowMinutes: 0 } },
      { officeAccounts: ['http://www.facebook.com/norrbyexempel'] },
      { officeAccounts: ['https://www.facebook.com.example.org/x'] },
    ]) {
      expect((await saveUserSettings(bad)).success).toBe(false);
    }
    expect((await loadSettings()).settings).toMatchObject({ monitoring, officeAccounts });
  });

  it('reads one term per line, trimmed, without blanks or duplicates', () => {
    expect(termsFromText(' cykelbana \n\nC++\ncykelbana\n  (test) ')).toEqual(['cykelbana', 'C++', '(test)']);
  });

  it('completes office accounts typed without https://, and leaves what is not an address for the check to name', () => {
    const typed = accountsFromText('facebook.com/norrbyexempel\n www.instagram.com/norrbyexempel/ \nhttp://www.facebook.com/norrby.bibliotek\nhttps://business.facebook.com/latest/inbox\nnorrbyexempel');
    expect(typed).toEqual([
      'https://facebook.com/norrbyexempel',
      'https://www.instagram.com/norrbyexempel/',
      'https://www.facebook.com/norrby.bibliotek',
      'https://business.facebook.com/latest/inbox',
      'norrbyexempel',
    ]);
    expect(OfficeAccountsSchema.safeParse(typed.slice(0, 3)).success).toBe(true);
    expect(OfficeAccountsSchema.safeParse(typed).success).toBe(false);
  });
});
