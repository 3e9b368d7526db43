// The first-run setup page: one save, problems named beside their fields, and nothing of IT's overwritten.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import SetupApp from '../../components/setup/SetupApp';
import { DEFAULT_MONITORING_SETTINGS, EMPTY_WORD_LISTS, type LoadedSettings } from '../../lib/settings';

const settings = { moderatorName: '', office: '', wordLists: EMPTY_WORD_LISTS, monitoring: DEFAULT_MONITORING_SETTINGS, officeAccounts: [], exportReminderDays: 30, retentionDays: 0 };

async function mount(loaded: LoadedSettings, offeredAccount?: string) {
  const el = document.body.appendChild(document.createElement('div'));
  const save = vi.fn(async () => ({ success: true }));
  const finish = vi.fn(async () => undefined);
  await act(async () => {
    render(<SetupApp load={async () => loaded} save={save} finish={finish} offeredAccount={offeredAccount} registry={<p data-testid="registry-section" />} openOptions={() => {}} />, el);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  const $ = <T extends HTMLElement>(testid: string) => el.querySelector<T>(`[data-testid=${testid}]`);
  const type = async (testid: string, value: string) => {
    const input = $<HTMLInputElement>(testid)!;
    input.value = value;
    await act(() => void input.dispatchEvent(new Event('input')));
  };
  const clickOn = async (testid: string) => act(async () => void $(testid)!.click());
  return { el, save, finish, $, type, clickOn };
}

describe('the setup page', () => {
  it('asks for an account or an explicit "all pages", then saves name, office, accounts and times at once', async () => {
    const page = await mount({ settings, locked: [], problems: [] });
    await page.type('setup-name', 'Moderator Exempel');
    await page.type('setup-office', 'Norrby stadsdelsförvaltning');
    await page.clickOn('setup-save');
    expect(page.save).not.toHaveBeenCalled();
    expect(page.$('scope-problems')?.textContent).toBe('setupNeedAccount');
    expect(page.$('setup-message')?.textContent).toBe('optionsNotSavedSeeAbove');
    await page.type('setup-accounts', 'facebook.com/norrbyexempel\nexample.org/x');
    await page.clickOn('setup-save');
    expect(page.save).not.toHaveBeenCalled();
    expect(page.$('accounts-problems')?.textContent).toBe('optionsBadAccount');
    await page.type('setup-accounts', 'facebook.com/norrbyexempel');
    await page.type('setup-times', '08:30, 13:00');
    await page.clickOn('setup-save');
    expect(page.save).toHaveBeenCalledWith({
      moderatorName: 'Moderator Exempel',
      office: 'Norrby stadsdelsförvaltning',
      officeAccounts: ['https://facebook.com/norrbyexempel'],
      monitoring: { ...DEFAULT_MONITORING_SETTINGS, times: ['08:30', '13:00'] },
    });
    expect(page.finish).toHaveBeenCalledWith(false);
    expect(page.$('setup-message')?.textContent).toContain('setupDone');
  });

  it('finishes with "all pages" only when chosen, and shows the registry section only when the registry is chosen', async () => {
    const page = await mount({ settings, locked: [], problems: [] });
    expect(page.$('registry-section')).toBeNull();
    await page.clickOn('setup-registry');
    expect(page.$('registry-section')).not.toBeNull();
    await page.clickOn('setup-all-pages');
    await page.clickOn('setup-save');
    expect(page.finish).toHaveBeenCalledWith(true);
    expect(page.$('setup-message')?.textContent).toContain('setupDoneAllPages');
  });

  it("puts the page the person came from in the list to confirm, and never saves what IT's policy set", async () => {
    const page = await mount(
      { settings: { ...settings, office: 'Norrby (IT)', officeAccounts: ['https://www.instagram.com/norrbyexempel'] }, locked: ['office', 'officeAccounts'], problems: [] },
      'https://www.facebook.com/norrbyexempel',
    );
    expect(page.$<HTMLTextAreaElement>('setup-accounts')!.value).toBe('https://www.instagram.com/norrbyexempel\nhttps://www.facebook.com/norrbyexempel');
    expect(page.$<HTMLInputElement>('setup-office')!.readOnly).toBe(true);
    expect(page.$('setup-accounts-by-it')).not.toBeNull();
    expect(page.$('setup-all-pages')).toBeNull();
    await page.clickOn('setup-save');
    const saved = (page.save.mock.calls[0] as unknown as [Record<string, unknown>])[0];
    expect(Object.keys(saved).sort()).toEqual(['moderatorName', 'monitoring']);
  });
});
