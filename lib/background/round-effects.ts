/**
 * The browser side of monitoring rounds: alarms at the round times, the reminder notification with its
 * actions (open the accounts, snooze 15 minutes), and opening the round view when it is clicked.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { RoundNotice } from '../monitoring/service';
import type { Settings } from '../settings';

const ROUND_ALARM = 'round:';
const SNOOZE_ALARM = 'snooze:';
const NOTICE = 'round:';
export const SNOOZE_MS = 15 * 60_000;
// Firefox's notifications have no buttons; there a click opens the round view, which has the same actions.
const HAS_BUTTONS = !import.meta.env.FIREFOX;

export async function setRoundAlarms(times: Date[]): Promise<void> {
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(ROUND_ALARM)) await browser.alarms.clear(alarm.name);
  }
  for (const at of times) await browser.alarms.create(`${ROUND_ALARM}${at.toISOString()}`, { when: at.getTime() });
}

export async function showRoundNotice(notice: RoundNotice): Promise<void> {
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(notice.late ? 'roundNoticeTitleLate' : 'roundNoticeTitle', notice.label),
    message: t('roundNoticeBody', [String(notice.accounts), String(notice.unanswered)]),
  };
  const buttons = [{ title: t('roundOpenAccounts') }, { title: t('roundSnooze') }];
  await browser.notifications.create(`${NOTICE}${notice.scheduledAt}`, HAS_BUTTONS ? { ...base, buttons } : base);
}

/** A round done by a colleague: its reminder is taken away. */
export async function withdrawRoundNotice(scheduledAt: string): Promise<void> {
  await browser.notifications.clear(`${NOTICE}${scheduledAt}`);
  await browser.alarms.clear(`${SNOOZE_ALARM}${scheduledAt}`);
}

/** How often the office's registry is asked which rounds colleagues did (cheap: nothing while none is open). */
const OFFICE_ALARM = 'office-rounds';
export const OFFICE_PERIOD_MINUTES = 1;

/** What the alarms ask of monitoring; the background runs each once the store is open. */
export interface RoundWork {
  reconcile(): void;
  remind(scheduledAt: string): void;
  /** Asks the registry whether colleagues did the open rounds. */
  refreshOffice(): void;
}

export function wireRoundEffects(monitoring: RoundWork, settings: () => Promise<Settings>): void {
  void browser.alarms.get(OFFICE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(OFFICE_ALARM, { periodInMinutes: OFFICE_PERIOD_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OFFICE_ALARM) monitoring.refreshOffice();
    if (alarm.name.startsWith(ROUND_ALARM)) monitoring.reconcile();
    if (alarm.name.startsWith(SNOOZE_ALARM)) monitoring.remind(alarm.name.slice(SNOOZE_ALARM.length));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTICE)) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/round.html') });
    void browser.notifications.clear(id);
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (!id.startsWith(NOTICE)) return;
    void browser.notifications.clear(id);
    if (index === 0) void settings().then((s) => s.officeAccounts.forEach((url) => void browser.tabs.create({ url })));
    else void browser.alarms.create(`${SNOOZE_ALARM}${id.slice(NOTICE.length)}`, { when: Date.now() + SNOOZE_MS });
  });
  // New times or accounts take effect at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && 'settings' in changes) monitoring.reconcile();
  });
}
