// Wiring only: the log, the service and the message handlers. Logic lives in lib/.
import { browser } from 'wxt/browser';
import { createService } from '../lib/background/service';
import { fromExtension, registerHandlers } from '../lib/messaging/server';
import { loadSettings } from '../lib/settings';
import { openLogDb } from '../lib/store/db';
import { ActionLog } from '../lib/store/log';

export default defineBackground(() => {
  const log = openLogDb().then((db) => new ActionLog(db));
  // Handlers must be registered synchronously so a message that wakes the worker is not missed.
  const lazy = createLazyService(log);
  registerHandlers(lazy, fromExtension(browser.runtime.id));
});

function createLazyService(log: Promise<ActionLog>): ReturnType<typeof createService> {
  const service = log.then((l) => createService({ log: l, settings: async () => (await loadSettings()).settings }));
  return {
    recordAction: async (d) => (await service).recordAction(d),
    getSubjectStatus: async (d) => (await service).getSubjectStatus(d),
    getSummary: async (d) => (await service).getSummary(d),
    getOverlaySettings: async (d) => (await service).getOverlaySettings(d),
  };
}
