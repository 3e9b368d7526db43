import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSetupHandlers, onInstalled, setupPageUrl } from '../../lib/background/setup';
import type { LoadedSettings } from '../../lib/settings';
import { DEFAULT_MONITORING_SETTINGS, EMPTY_WORD_LISTS } from '../../lib/settings';
import { awaitingSetup, coveredSteps, finishSetup, readSetup, setupItem } from '../../lib/settings/setup';

const NOW = new Date('2026-12-03T08:00:00Z');
const loaded = (over: Partial<LoadedSettings> = {}, accounts: string[] = []): LoadedSettings => ({
  settings: {
    moderatorName: '',
    office: '',
    wordLists: EMPTY_WORD_LISTS,
    monitoring: DEFAULT_MONITORING_SETTINGS,
    officeAccounts: accounts,
    exportReminderDays: 30,
    retentionDays: 0,
    politicians: [],
  },
  locked: [],
  problems: [],
  ...over,
});
const deps = (settings: LoadedSettings) => ({
  openTab: vi.fn(async () => undefined),
  pageUrl: (path: string) => `chrome-extension://abc${path}`,
  settings: async () => settings,
  now: () => NOW,
});

beforeEach(() => fakeBrowser.reset());

describe('first run', () => {
  it('opens the setup page on installation and waits for it while no office account is known', async () => {
    const d = deps(loaded());
    await onInstalled('install', d);
    expect(d.openTab).toHaveBeenCalledWith('chrome-extension://abc/setup.html');
    const state = await readSetup();
    expect(state).toEqual({ state: 'pending', since: NOW.toISOString() });
    expect(awaitingSetup(state, [])).toBe(true);
    // An account saved on the options page ends the wait even before the setup page is finished.
    expect(awaitingSetup(state, ['https://www.facebook.com/norrbyexempel'])).toBe(false);
    await finishSetup(true, NOW);
    expect(awaitingSetup(await readSetup(), [])).toBe(false);
  });

  it('never starts on an update or a browser restart: existing users keep their overlay', async () => {
    const d = deps(loaded());
    await onInstalled('update', d);
    await onInstalled('browser_update', d);
    expect(d.openTab).not.toHaveBeenCalled();
    expect(await readSetup()).toBeNull();
    expect(awaitingSetup(null, [])).toBe(false);
  });

  it('asks nothing IT has answered: every step covered by policy opens no page and waits for nothing', async () => {
    const policy = loaded(
      { locked: ['moderatorName', 'office', 'officeAccounts', 'monitoring'], policyRegistryEndpoint: 'https://diarium.example.org/api' },
      ['https://www.facebook.com/norrbyexempel'],
    );
    expect([...coveredSteps(policy)].sort()).toEqual(['accounts', 'registry', 'times', 'you']);
    const d = deps(policy);
    await onInstalled('install', d);
    expect(d.openTab).not.toHaveBeenCalled();
    expect(await readSetup()).toMatchObject({ state: 'done' });
  });

  it('still opens the page when the policy covers only some steps, and says which', () => {
    const some = loaded({ locked: ['officeAccounts'] }, ['https://www.facebook.com/norrbyexempel']);
    expect([...coveredSteps(some)]).toEqual(['accounts']);
    // A locked but empty account list answers nothing.
    expect([...coveredSteps(loaded({ locked: ['officeAccounts'] }))]).toEqual([]);
  });

  it('treats a damaged stored state as done (nobody is silenced by it)', async () => {
    await setupItem.setValue({ state: 'pending', since: 'yesterday' });
    expect(await readSetup()).toBeNull();
  });
});

describe('opening the setup page from the overlay', () => {
  it("offers the account of the page the person was on, and nothing from any other address", async () => {
    const d = deps(loaded());
    const handlers = createSetupHandlers(d);
    await handlers.openSetup({ pageUrl: 'https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel123' });
    expect(d.openTab).toHaveBeenLastCalledWith(`chrome-extension://abc/setup.html?account=${encodeURIComponent('https://www.facebook.com/norrbyexempel')}`);
    expect(setupPageUrl(d, 'https://example.org/norrbyexempel')).toBe('chrome-extension://abc/setup.html');
    await handlers.openSetup({});
    expect(d.openTab).toHaveBeenLastCalledWith('chrome-extension://abc/setup.html');
  });
});

describe('installed again over kept data', () => {
  it('keeps a finished setup finished, and reopens one never finished', async () => {
    const d = deps(loaded());
    await finishSetup(true, NOW);
    await onInstalled('install', d);
    expect(d.openTab).not.toHaveBeenCalled();
    expect(await readSetup()).toMatchObject({ state: 'done', allPages: true });
    await setupItem.setValue({ state: 'pending', since: NOW.toISOString() });
    await onInstalled('install', d);
    expect(d.openTab).toHaveBeenCalledOnce();
  });
});
