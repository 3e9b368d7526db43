// The options page's monitoring section names what is wrong, field by field and line by line.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import MonitoringSettings from '../../components/options/MonitoringSettings';
import { DEFAULT_MONITORING_SETTINGS, EMPTY_WORD_LISTS } from '../../lib/settings';
import { readMonitoringInput } from '../../lib/settings/monitoring-input';

describe('readMonitoringInput', () => {
  it('accepts good values, completing accounts typed without https://', () => {
    const read = readMonitoringInput({ times: '09:00, 12:00 15:00', lateWindow: '60', accounts: 'facebook.com/norrbyexempel\n\nhttps://www.instagram.com/norrby.exempel/' });
    expect(read.problems).toEqual([]);
    expect(read.input).toEqual({
      times: ['09:00', '12:00', '15:00'],
      lateWindowMinutes: 60,
      officeAccounts: ['https://facebook.com/norrbyexempel', 'https://www.instagram.com/norrby.exempel/'],
    });
  });

  it('names each bad time, the minutes, and the line of each bad account', () => {
    const read = readMonitoringInput({ times: '9.00, 12:00, 25:00', lateWindow: '1000', accounts: 'https://www.facebook.com/norrbyexempel\nhttps://example.org/norrby\n\nfacebok.com/x' });
    expect(read.problems.map((p) => [p.field, p.key, ...p.substitutions])).toEqual([
      ['times', 'optionsBadTime', '9.00'],
      ['times', 'optionsBadTime', '25:00'],
      ['late-window', 'optionsBadLateWindow', '1000'],
      ['accounts', 'optionsBadAccount', '2', 'https://example.org/norrby'],
      ['accounts', 'optionsBadAccount', '4', 'facebok.com/x'],
    ]);
    expect(readMonitoringInput({ times: '', lateWindow: '60', accounts: '' }).problems).toEqual([{ field: 'times', key: 'optionsTimesCount', substitutions: ['0'] }]);
  });
});

describe('the monitoring section', () => {
  it('shows the problems beside their fields, marks them invalid, and saves nothing until they are fixed', async () => {
    const el = document.body.appendChild(document.createElement('div'));
    const save = vi.fn(async () => ({ success: true }));
    const settings = { moderatorName: '', office: '', wordLists: EMPTY_WORD_LISTS, monitoring: DEFAULT_MONITORING_SETTINGS, officeAccounts: [], exportReminderDays: 30, retentionDays: 0 };
    await act(async () => {
      render(<MonitoringSettings load={async () => ({ settings, locked: [], problems: [] })} save={save} />, el);
    });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const accounts = el.querySelector<HTMLTextAreaElement>('[data-testid=accounts]')!;
    accounts.value = 'https://www.facebook.com/norrbyexempel\nnorrby';
    await act(() => {
      accounts.dispatchEvent(new Event('input'));
    });
    await act(async () => (el.querySelector('[data-testid=save-monitoring]') as HTMLButtonElement).click());
    expect(save).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid=accounts-problems]')!.textContent).toBe('optionsBadAccount');
    expect(accounts.getAttribute('aria-invalid')).toBe('true');
    expect(accounts.getAttribute('aria-describedby')).toBe('accounts-problems');
    expect(el.querySelector('[data-testid=monitoring-message]')!.textContent).toBe('optionsNotSavedSeeAbove');

    accounts.value = 'https://www.facebook.com/norrbyexempel';
    await act(() => {
      accounts.dispatchEvent(new Event('input'));
    });
    await act(async () => (el.querySelector('[data-testid=save-monitoring]') as HTMLButtonElement).click());
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(save).toHaveBeenCalledWith({ monitoring: DEFAULT_MONITORING_SETTINGS, officeAccounts: ['https://www.facebook.com/norrbyexempel'] });
    expect(el.querySelector('[data-testid=accounts-problems]')).toBeNull();
    expect(el.querySelector('[data-testid=monitoring-message]')!.textContent).toBe('optionsSaved');
    el.remove();
  });
});
