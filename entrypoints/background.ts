// Wiring only: the log, sync, monitoring rounds, message handlers, alarms. Logic lives in lib/.
import { announceLogChange, type LogChange } from '../lib/store/changes';
import { browser } from 'wxt/browser';
import { officeRecordBase, resetRecordFactory } from '../lib/background/log-reset';
import { createRoundHandlers } from '../lib/background/round-handlers';
import { setRoundAlarms, showRoundNotice, wireRoundEffects, withdrawRoundNotice } from '../lib/background/round-effects';
import { SYNC_ALARM, createScheduler } from '../lib/background/scheduler';
import { createJudgeHandlers, judgingWarmer } from '../lib/background/judge-handler';
import { createArchiveHandlers } from '../lib/background/archive-handlers';
import { wireHandoverEffects } from '../lib/background/handover-effects';
import { countNewRecord, lastHandover, recountHandover } from '../lib/export/handover';
import { cullLog } from '../lib/export/retention';
import { createService, queuedSettings } from '../lib/background/service';
import { guardStore } from '../lib/background/store-guard';
import { createPageCopyHandlers } from '../lib/background/page-copy';
import { createPublishingHandlers } from '../lib/background/publishing';
import { createAccountInfoHandlers } from '../lib/background/account-info';
import { createSyncHandlers } from '../lib/background/sync-handlers';
import { createSetupHandlers, onInstalled } from '../lib/background/setup';
import type { Handlers } from '../lib/messaging/protocol';
import { registerHandlers, senderPolicy } from '../lib/messaging/server';
import { MonitoringService } from '../lib/monitoring/service';
import { ensureModeratorId, loadSettings } from '../lib/settings';
import { chainMemoryItem } from '../lib/store/chain-memory';
import { StoreConnection } from '../lib/store/connection';
import { ActionLog } from '../lib/store/log';
import { hasRegistryAccess } from '../lib/sync/access';
import { readConnection } from '../lib/sync/connection-store';
import { SyncEngine } from '../lib/sync/engine';
import { OfficeView } from '../lib/sync/office';
import { serialQueue } from '../lib/util/serial';

export default defineBackground(() => {
  const profile = async () => (await loadSettings()).settings;
  // One queue for records and the moderator id: the id is made here, once, and nowhere else.
  const records = serialQueue();
  // IT may set the moderator's id by policy (an id the office can map); otherwise the profile's own.
  const moderatorId = async () => (await loadSettings()).policyModeratorId ?? ensureModeratorId();
  const ids = { settings: profile, moderatorId, queue: records };
  const settings = queuedSettings(ids);
  // The log-reset record is written from inside an append (already in the queue), so it reads the id
  // directly: waiting for the queue there would wait for itself.
  const resetSettings = async () => ({ ...(await profile()), moderatorId: await moderatorId() });
  const policyEndpoint = async () => (await loadSettings()).policyRegistryEndpoint;
  // One connection for the worker's life: reopened when the browser closes it, and each (re)open first
  // looks for a wiped log (then written down as a `log-reset` record and sent on).
  const store: StoreConnection = new StoreConnection({ afterOpen: async () => void ((await log.reconcile()) && flush()) });
  const { db } = store;
  const log = new ActionLog(db, { memory: chainMemoryItem(), resetRecord: resetRecordFactory({ settings: resetSettings }) });
  // Background work waits for the store like a message does; a store still broken is retried later.
  const whenStore = (work: () => Promise<unknown>) => void store.run(work).catch((e: unknown) => console.warn('[modereringsstod] store', e));
  const logChanged = (change: LogChange) => announceLogChange(change);
  // An open records view reads again when records were registered.
  const flush = () => whenStore(() => engine.flush().then((r) => void ('sent' in r && r.sent > 0 && logChanged('synced'))));
  const engine: SyncEngine = new SyncEngine({
    db,
    log,
    connection: async () => readConnection(db, await policyEndpoint()),
    hasAccess: hasRegistryAccess,
    schedule: createScheduler(flush),
  });
  // v1.1: colleagues' actions and rounds, read from the office's registry when it can tell of them.
  const office = new OfficeView({
    db,
    log,
    connection: async () => readConnection(db, await policyEndpoint()),
    hasAccess: hasRegistryAccess,
    moderatorId: () => records(moderatorId),
  });
  const monitoring = new MonitoringService({ db, log, settings, notify: showRoundNotice, setAlarms: setRoundAlarms, office, withdraw: withdrawRoundNotice });
  const mode = async () => ((await readConnection(db, await policyEndpoint())) ? ('registry' as const) : ('local' as const));
  const reminderDays = async () => (await profile()).exportReminderDays;
  let refreshHandover = () => {};
  const onRecorded = () => {
    logChanged('recorded');
    flush();
    // The popup's count follows the record at once; the outbox is walked again a little later.
    whenStore(() => countNewRecord(db, new Date().toISOString()).then(refreshHandover));
  };
  const { getOverlaySettings: readOverlaySettings, ...service } = createService({ ...ids, db, log, onRecorded });
  // Every page the overlay opens, and every batch of texts it sends to be judged, asks for the overlay's settings: read
  // once (the stored settings, the policy, the setup state) and kept until anything in storage changes.
  let overlaySettings: ReturnType<typeof readOverlaySettings> | null = null;
  const getOverlaySettings: typeof readOverlaySettings = (request) =>
    (overlaySettings ??= readOverlaySettings(request).then((answer) => {
      if (!answer.ok) overlaySettings = null;
      return answer;
    }, (error: unknown) => {
      overlaySettings = null;
      throw error;
    }));
  browser.storage.onChanged.addListener(() => {
    overlaySettings = null;
  });
  const setup = {
    openTab: (url: string) => browser.tabs.create({ url }),
    pageUrl: (path: string) => browser.runtime.getURL(path as '/setup.html'),
    settings: loadSettings,
  };
  const getOfficeStatus: Handlers['getOfficeStatus'] = async ({ platform, commentIds }) => ({ ok: true, value: await office.subjects(platform, commentIds) });
  const judging = createJudgeHandlers(async () => {
    const answer = await getOverlaySettings(undefined);
    return answer.ok ? answer.value : null;
  });
  const warmJudging = judgingWarmer(judging);
  const handlers: Handlers = {
    ...guardStore(
      {
        ...service,
        getOfficeStatus,
        ...createPublishingHandlers({ ...ids, log, onRecorded }),
        ...createAccountInfoHandlers({ db, settings: profile }),
        ...createSyncHandlers({ db, log, engine, policyEndpoint, hasAccess: hasRegistryAccess }),
        ...createRoundHandlers(monitoring, () => {
          logChanged('recorded');
          flush();
        }),
        ...createArchiveHandlers({ db, mode, reminderDays, onExported: () => refreshHandover() }),
      },
      store,
    ),
    // A page of the office asking for its settings is a page starting to load: the checks are made ready meanwhile.
    getOverlaySettings: async (request) => {
      const answer = await getOverlaySettings(request);
      warmJudging(answer);
      return answer;
    },
    ...createSetupHandlers(setup),
    ...createPageCopyHandlers(browser.tabs),
    ...judging,
  };

  // Handlers and listeners are registered synchronously so the event that woke the worker is not missed.
  registerHandlers(handlers, senderPolicy(browser.runtime.id, browser.runtime.getURL('/')));
  // A new installation opens the setup page (unless IT's policy answers every step).
  browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(reason, setup).catch((e: unknown) => console.warn('[modereringsstod] setup', e)));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) flush();
  });
  // A new policy: refresh its cache (whose change reconciles rounds) and send to the right registry.
  browser.storage.onChanged.addListener((_, area) => {
    if (area === 'managed') void loadSettings().then(flush);
  });
  // Access granted on the options page or in the browser's own settings: send what is waiting.
  browser.permissions.onAdded.addListener(flush);
  // The toolbar mark and the reminder to export records that exist only in this browser.
  refreshHandover = wireHandoverEffects(
    {
      read: async (recount) => ({ handover: await (recount ? recountHandover(db) : lastHandover(db)), mode: await mode(), reminderDays: await reminderDays() }),
      // Retention runs with the same look every few hours; the `culled` record is sent on like any other.
      cull: async () => {
        const days = (await profile()).retentionDays;
        if (days > 0 && (await cullLog({ db, log, base: async () => officeRecordBase(await resetSettings()) }, days))) {
          logChanged('recorded');
          flush();
        }
      },
    },
    whenStore,
  );
  wireRoundEffects(
    {
      // A missed round's record goes to the registry at once (the office learns it is logged).
      reconcile: () => whenStore(() => monitoring.reconcile().then(flush)),
      remind: (at) => whenStore(() => monitoring.remind(at)),
      refreshOffice: () => whenStore(() => monitoring.refreshOffice()),
    },
    settings,
  );
  // A worker (re)starting may find records a stopped predecessor never sent, or rounds it slept through.
  whenStore(() => Promise.all([engine.flush(), monitoring.reconcile()]));
});
