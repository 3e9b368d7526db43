// Wiring only: the log, the sync engine, the message handlers and the sync alarm. Logic lives in lib/.
import { browser } from 'wxt/browser';
import { SYNC_ALARM, createScheduler } from '../lib/background/scheduler';
import { createService } from '../lib/background/service';
import { createSyncHandlers } from '../lib/background/sync-handlers';
import type { Handlers } from '../lib/messaging/protocol';
import { registerHandlers, senderPolicy } from '../lib/messaging/server';
import { loadSettings } from '../lib/settings';
import { openLogDb } from '../lib/store/db';
import { ActionLog } from '../lib/store/log';
import { readConnection } from '../lib/sync/connection-store';
import { SyncEngine } from '../lib/sync/engine';

export default defineBackground(() => {
  const ready = openLogDb().then((db) => {
    const log = new ActionLog(db);
    const engine: SyncEngine = new SyncEngine({
      db,
      log,
      connection: () => readConnection(db),
      schedule: createScheduler(() => void engine.flush()),
    });
    const moderation = createService({
      db,
      log,
      settings: async () => (await loadSettings()).settings,
      onRecorded: () => void engine.flush(),
    });
    return { engine, handlers: { ...moderation, ...createSyncHandlers({ db, log, engine }) } as Handlers };
  });

  // Handlers and listeners are registered synchronously so the event that woke the worker is not missed.
  registerHandlers(lazily(ready), senderPolicy(browser.runtime.id, browser.runtime.getURL('/')));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void ready.then(({ engine }) => engine.flush());
  });
  // A worker (re)starting may find records a stopped predecessor never sent.
  void ready.then(({ engine }) => engine.flush());
});

function lazily(ready: Promise<{ handlers: Handlers }>): Handlers {
  return new Proxy({} as Handlers, {
    get: (_, name: keyof Handlers) => async (data: never) => ((await ready).handlers[name] as (d: never) => unknown)(data),
  });
}
