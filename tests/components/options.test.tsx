// The options page says what was wrong with a policy or stored value, which entry and why, and what is
// used instead (happy-dom; t() answers with the message key outside the extension).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import OptionsApp from '../../components/options/OptionsApp';
import { DEFAULT_MONITORING_SETTINGS, EMPTY_WORD_LISTS, type LoadedSettings, type SettingProblem } from '../../lib/settings';

afterEach(() => {
  document.body.innerHTML = '';
});

const settings = {
  moderatorName: 'Moa',
  office: 'Norrby',
  wordLists: EMPTY_WORD_LISTS,
  monitoring: { ...DEFAULT_MONITORING_SETTINGS, times: ['12:00', '15:00'] },
  officeAccounts: [],
  exportReminderDays: 30,
  retentionDays: 0,
};

async function show(problems: SettingProblem[], locked: LoadedSettings['locked'] = []) {
  const el = document.body.appendChild(document.createElement('div'));
  const load = vi.fn(async (): Promise<LoadedSettings> => ({ settings, locked, problems }));
  await act(async () => {
    render(<OptionsApp load={load} save={async () => ({ success: true })} />, el);
  });
  return el;
}

describe('OptionsApp: values that could not be used', () => {
  it('names the policy entry, why it was refused and what is used instead', async () => {
    const el = await show(
      [{ source: 'policy', field: 'monitoring.times', issues: [{ why: 'not-a-time', entry: 1, value: '9:00' }], kept: 'valid-entries' }],
      ['monitoring'],
    );
    const box = el.querySelector('[data-testid=setting-problems]')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.textContent).toContain('settingsPolicyInvalid');
    const item = box.querySelector('li')!;
    expect(item.textContent).toBe('settingsIssueEntry (9:00): settingsWhy_notATime');
    expect(item.querySelector('bdi')!.textContent).toBe('9:00');
    expect(box.textContent).toContain('settingsKept_validEntries');
  });

  it('says a stored value was bad and the last good one is kept', async () => {
    const el = await show([{ source: 'local', field: 'office', issues: [{ why: 'too-long', limit: 120 }], kept: 'last-good' }]);
    const box = el.querySelector('[data-testid=setting-problems]')!;
    expect(box.textContent).toContain('settingsStoredInvalid');
    expect(box.querySelector('li')!.textContent).toBe('optionsOffice: settingsWhy_tooLong');
    expect(box.textContent).toContain('settingsKept_lastGood');
    expect((el.querySelector('#office') as HTMLInputElement).value).toBe('Norrby');
  });

  it('says that nothing is sent while the policy registry address is bad', async () => {
    const el = await show([{ source: 'policy', field: 'registryEndpoint', issues: [{ why: 'endpoint-query' }], kept: 'held' }], ['registryEndpoint']);
    const box = el.querySelector('[data-testid=setting-problems]')!;
    expect(box.querySelector('li')!.textContent).toBe('optionsEndpoint: conn_endpoint_query');
    expect(box.textContent).toContain('settingsKept_held');
  });

  it('shows no box when every value could be used', async () => {
    const el = await show([]);
    expect(el.querySelector('[data-testid=setting-problems]')).toBeNull();
    expect(el.querySelector('h1')).not.toBeNull();
  });
});

describe("OptionsApp: the office's politicians' names", () => {
  async function showNames(names: string[], locked: LoadedSettings['locked'] = []) {
    const el = document.body.appendChild(document.createElement('div'));
    const save = vi.fn(async () => ({ success: true }));
    const load = vi.fn(async (): Promise<LoadedSettings> => ({ settings: { ...settings, politicians: names }, locked, problems: [] }));
    await act(async () => {
      render(<OptionsApp load={load} save={save} />, el);
    });
    await act(async () => {
      await load.mock.results[0]?.value;
    });
    return { el, save, field: el.querySelector("#politicians") as HTMLTextAreaElement };
  }

  it('shows the list, one name per line, and saves what the user typed', async () => {
    const { el, save, field } = await showNames(['Marika Sjövind']);
    expect(field.value).toBe('Marika Sjövind');
    await act(async () => {
      field.value = 'Marika Sjövind\n Jonas Tallqvist \n\n';
      field.dispatchEvent(new Event('input'));
    });
    await act(async () => {
      (el.querySelector('[data-testid=words-form]') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ politicians: ['Marika Sjövind', 'Jonas Tallqvist'] }));
  });

  it('shows a list set by policy read-only and does not save it as the user\'s', async () => {
    const { el, save, field } = await showNames(['Pernilla Åkerdal'], ['politicians']);
    expect(field.readOnly).toBe(true);
    await act(async () => {
      (el.querySelector('[data-testid=words-form]') as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(save).toHaveBeenCalledTimes(1);
    expect((save.mock.calls as unknown as [Record<string, unknown>][])[0]![0]).not.toHaveProperty('politicians');
  });
});

describe('OptionsApp: one save per section, its message beside it', () => {
  async function mount(save: (input: unknown) => Promise<{ success: boolean }>, locked: LoadedSettings['locked'] = []) {
    const el = document.body.appendChild(document.createElement('div'));
    await act(async () => {
      render(<OptionsApp load={async () => ({ settings, locked, problems: [] })} save={save} />, el);
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const submit = (testid: string) => act(async () => void (el.querySelector(`[data-testid=${testid}]`) as HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true })));
    const text = (testid: string) => el.querySelector(`[data-testid=${testid}]`)?.textContent;
    return { el, submit, text };
  }

  it('saves the name and office without touching the word lists, and the word lists without the name', async () => {
    const save = vi.fn(async () => ({ success: true }));
    const { submit, text } = await mount(save, ['office']);
    await submit('you-form');
    // The office is IT's (locked): only the name is the user's to save.
    expect(save).toHaveBeenLastCalledWith({ moderatorName: 'Moa' });
    expect(text('you-message')).toBe('optionsSaved');
    expect(text('words-message')).toBe('');
    await submit('words-form');
    expect(Object.keys((save.mock.calls.at(-1) as unknown as [object])[0]).sort()).toEqual(['politicians', 'wordLists']);
    expect(text('words-message')).toBe('optionsSaved');
  });

  it('says beside the section that it failed, and the other section keeps its own message', async () => {
    const { submit, text } = await mount(async () => ({ success: false }));
    await submit('words-form');
    expect(text('words-message')).toBe('optionsSaveFailed');
    expect(text('you-message')).toBe('');
  });
});
