// Wiring only: the log, sync, monitoring rounds, message handlers, alarms. Logic lives in lib/.
import { browser } from 'wxt/browser';
import { createRoundHandlers } from '../lib/background/round-handlers';
import { setRoundAlarms, showRoundNotice, wireRoundEffects } from '../lib/background/round-effects';
import { SYNC_ALARM, createScheduler } from '../lib/background/scheduler';
import { createService, queuedSettings } from '../lib/background/service';
import { createSyncHandlers } from '../lib/background/sync-handlers';
import type { Handlers } from '../lib/messaging/protocol';
import { registerHandlers, senderPolicy } from '../lib/messaging/server';
import { MonitoringService } from '../lib/monitoring/service';
import { ensureModeratorId, loadSettings } from '../lib/settings';
import { openLogDb } from '../lib/store/db';
import { ActionLog } from '../lib/store/log';
import { hasRegistryAccess } from '../lib/sync/access';
import { readConnection } from '../lib/sync/connection-store';
import { SyncEngine } from '../lib/sync/engine';
import { serialQueue } from '../lib/util/serial';

export default defineBackground(() => {
  const profile = async () => (await loadSettings()).settings;
  // One queue for records and the moderator id: the id is made here, once, and nowhere else.
  const records = serialQueue();
  const ids = { settings: profile, moderatorId: () => ensureModeratorId(), queue: records };
  const settings = queuedSettings(ids);
  const policyEndpoint = async () => (await loadSettings()).policyRegistryEndpoint;
  const ready = openLogDb().then((db) => {
    const log = new ActionLog(db);
    const engine: SyncEngine = new SyncEngine({
      db,
      log,
      connection: async () => readConnection(db, await policyEndpoint()),
      hasAccess: hasRegistryAccess,
      schedule: createScheduler(() => void engine.flush()),
    });
    const monitoring = new MonitoringService({ db, log, settings, notify: showRoundNotice, setAlarms: setRoundAlarms });
    const onRecorded = () => void engine.flush();
    const handlers: Handlers = {
      ...createService({ ...ids, db, log, onRecorded }),
      ...createSyncHandlers({ db, log, engine, policyEndpoint, hasAccess: hasRegistryAccess }),
      ...createRoundHandlers(monitoring),
    };
    return { engine, monitoring, handlers };
  });

  // Handlers and listeners are registered synchronously so the event that woke the worker is not missed.
  registerHandlers(
    ready.then(({ handlers }) => handlers),
    senderPolicy(browser.runtime.id, browser.runtime.getURL('/')),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void ready.then(({ engine }) => engine.flush());
  });
  // A new policy: refresh its cache (whose change reconciles rounds) and send to the right registry.
  browser.storage.onChanged.addListener((_, area) => {
    if (area === 'managed') void loadSettings().then(() => ready.then(({ engine }) => engine.flush()));
  });
  // Access granted on the options page or in the browser's own settings: send what is waiting.
  browser.permissions.onAdded.addListener(() => void ready.then(({ engine }) => engine.flush()));
  wireRoundEffects(ready.then(({ monitoring }) => monitoring), settings);
  // A worker (re)starting may find records a stopped predecessor never sent, or rounds it slept through.
  void ready.then(({ engine, monitoring }) => Promise.all([engine.flush(), monitoring.reconcile()]));
});
