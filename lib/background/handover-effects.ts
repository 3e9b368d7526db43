/**
 * The browser side of the hand-over reminder: the toolbar badge, a notification at most once a day,
 * and an alarm that looks again every few hours (the service worker sleeps in between).
 */
import { browser } from 'wxt/browser';
import { stockholmDay } from '../calendar/stockholm';
import type { Handover } from '../export/handover';
import { handoverReminder } from '../export/reminder';
import { formatDateTimeLong, t } from '../i18n';

export const HANDOVER_ALARM = 'handover-check';
const NOTICE = 'handover';
const LAST_NOTIFIED = 'local:handover-notified';

export interface HandoverWork {
  /** `recount`: walk the outbox again; otherwise the kept count (a waking worker must not walk 50,000 entries). */
  read(recount: boolean): Promise<{ handover: Handover; mode: 'local' | 'registry'; reminderDays: number }>;
  /** Retention: culls what the setting allows (lib/export/retention.ts) before the counts are read. */
  cull?(): Promise<unknown>;
}

/** A burst of records (or a sync) recounts once, a few seconds after the last of them. */
const SETTLE_MS = 3_000;

export function wireHandoverEffects(work: HandoverWork, whenStore: (job: () => Promise<unknown>) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh(true), SETTLE_MS);
  };
  const refresh = (recount: boolean) =>
    whenStore(async () => {
      if (recount) await work.cull?.();
      const { handover, mode, reminderDays } = await work.read(recount);
      const stored = await browser.storage.local.get(LAST_NOTIFIED.slice('local:'.length));
      const last = stored[LAST_NOTIFIED.slice('local:'.length)] as string | undefined;
      const now = new Date();
      const reminder = handoverReminder(handover, mode, reminderDays, now, last);
      // Firefox's MV2 build has browserAction where Chromium's MV3 has action.
      const button = browser.action ?? browser.browserAction;
      await button.setBadgeText({ text: reminder.badge });
      if (reminder.badge) {
        await button.setBadgeBackgroundColor({ color: reminder.overdue ? '#b3261e' : '#6b7280' });
        await button.setTitle({ title: t('handoverBadgeTitle', String(handover.count)) });
      } else {
        await button.setTitle({ title: t('extName') });
      }
      if (reminder.notify && handover.since) {
        await browser.notifications.create(NOTICE, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: t('handoverNoticeTitle'),
          message: t('handoverNoticeBody', [String(handover.count), formatDateTimeLong(handover.since)]),
        });
        await browser.storage.local.set({ [LAST_NOTIFIED.slice('local:'.length)]: stockholmDay(now) });
      }
    });
  void browser.alarms.create(HANDOVER_ALARM, { periodInMinutes: 180, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === HANDOVER_ALARM) refresh(true);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTICE) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/records.html') });
    void browser.notifications.clear(id);
  });
  // A worker (re)starting shows the kept count; the alarm, a record or an export count again.
  refresh(false);
  return later;
}
