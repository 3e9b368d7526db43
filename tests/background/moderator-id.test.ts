// The moderator id is made once, in the background, in the same serial queue as records: three records
// and two round reads at once on a new profile, with an options page loading meanwhile, share one id.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createService, queuedSettings } from '../../lib/background/service';
import { ensureModeratorId, loadSettings, readModeratorId } from '../../lib/settings';
import { openLogDb } from '../../lib/store/db';
import { ActionLog } from '../../lib/store/log';
import { serialQueue } from '../../lib/util/serial';
import { archiveRequest } from '../helpers/records';

async function background() {
  const db = await openLogDb();
  const log = new ActionLog(db);
  const deps = { settings: async () => (await loadSettings()).settings, moderatorId: () => ensureModeratorId(), queue: serialQueue() };
  return { log, service: createService({ ...deps, db, log }), settings: queuedSettings(deps) };
}

describe('the moderator id in the background', () => {
  it('is made once when records, round reads and an options page all start together on a new profile', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const { log, service, settings } = await background();
    const [a, b, c, s1, s2, options] = await Promise.all([
      service.recordAction(archiveRequest('1')),
      service.recordAction(archiveRequest('2')),
      service.recordAction(archiveRequest('3')),
      settings(),
      settings(),
      loadSettings(),
    ]);
    expect([a, b, c].every((r) => r.ok)).toBe(true);
    const stored = await readModeratorId();
    expect(stored).toMatch(/^[0-9a-f-]{36}$/);
    const ids = (await log.all()).map((r) => r.moderator.id);
    expect(ids).toEqual([stored, stored, stored]);
    expect([s1.moderatorId, s2.moderatorId]).toEqual([stored, stored]);
    // The options page reads settings; it has no id to show and makes none.
    expect(options.settings).not.toHaveProperty('moderatorId');
    const idWrites = set.mock.calls.filter(([items]) => 'moderator-id' in items);
    expect(idWrites).toHaveLength(1);
  });

  it('keeps the id the profile already has', async () => {
    await fakeBrowser.storage.local.set({ 'moderator-id': 'm-42' });
    const { log, service, settings } = await background();
    await Promise.all([service.recordAction(archiveRequest('1')), settings()]);
    expect((await log.all())[0]!.moderator.id).toBe('m-42');
    expect((await settings()).moderatorId).toBe('m-42');
  });
});
