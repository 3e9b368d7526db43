import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureModeratorId, loadSettings, policySettled, readModeratorId } from '../../lib/settings';
import { defineSettingsItems } from '../../lib/settings/items';
import v1Local from '../fixtures/storage/v1-local.json';

// storage.local exactly as version 1 of the settings left it (no version, moderatorId inside settings).
const v1 = v1Local as { settings: Record<string, unknown> & { moderatorId: string } };
const { moderatorId: v1Id, ...v1Rest } = v1.settings;
const local = () => fakeBrowser.storage.local.get(null);

describe('settings item v1 → v2', () => {
  it('moves the moderator id to its own item and keeps every other field', async () => {
    await fakeBrowser.storage.local.set(structuredClone(v1Local));
    const items = defineSettingsItems();
    expect(await items.settings.getValue()).toEqual(v1Rest);
    expect(await items.moderatorId.getValue()).toBe(v1Id);
    expect(await local()).toMatchObject({ settings: v1Rest, 'settings$': { v: 2 }, 'moderator-id': v1Id });
    expect((await local()).settings).not.toHaveProperty('moderatorId');
    // What the user sees is what version 1 showed, and the empty list of politicians' names added since.
    const { settings } = await loadSettings();
    // Settings version 1 did not know the archive's fields or politicians' names: they load with their defaults.
    expect(settings).toEqual({ ...v1Rest, office: 'Stadsdelsförvaltning Norrby (exempel)', exportReminderDays: 30, retentionDays: 0, politicians: [] });
    expect(await readModeratorId(items)).toBe(v1Id);
  });

  it('drops a damaged old id (the background makes a new one), and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...v1Rest, moderatorId: 42 } });
    const items = defineSettingsItems();
    expect(await items.settings.getValue()).toEqual(v1Rest);
    expect(await readModeratorId(items)).toBeNull();
    expect(await ensureModeratorId(items)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('turns stored settings that are not an object into empty ones (defaults load)', async () => {
    await fakeBrowser.storage.local.set({ settings: 'nonsense' });
    const items = defineSettingsItems();
    expect(await items.settings.getValue()).toEqual({});
  });

  it('runs once: a v2 item is left as it is', async () => {
    await fakeBrowser.storage.local.set({ settings: { moderatorName: 'Moa', moderatorId: 'kept-as-data' }, 'settings$': { v: 2 }, 'moderator-id': 'm-2' });
    const items = defineSettingsItems();
    expect(await items.settings.getValue()).toEqual({ moderatorName: 'Moa', moderatorId: 'kept-as-data' });
    expect(await items.moderatorId.getValue()).toBe('m-2');
  });
});

describe('moderator id', () => {
  /** Every moderator id any context writes to storage.local, in order. */
  function idsWritten(): unknown[] {
    const written: unknown[] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('moderator-id' in items) written.push(items['moderator-id']);
      return set(items);
    });
    return written;
  }

  it('is never made where settings are only read: three contexts loading a new profile write no id', async () => {
    const written = idsWritten();
    // Each extension page and the worker define the items for themselves, as in the browser.
    const contexts = [defineSettingsItems(), defineSettingsItems(), defineSettingsItems()];
    const seen = await Promise.all(contexts.map((items) => items.moderatorId.getValue()));
    await Promise.all([loadSettings(), loadSettings(), loadSettings()]);
    await policySettled();
    expect(seen).toEqual([null, null, null]);
    expect(written).toEqual([]);
    expect(await readModeratorId()).toBeNull();
  });

  it('reads a stored id anywhere, and a damaged one as none', async () => {
    await fakeBrowser.storage.local.set({ 'moderator-id': 'm-7' });
    expect(await readModeratorId(defineSettingsItems())).toBe('m-7');
    await fakeBrowser.storage.local.set({ 'moderator-id': { not: 'an id' } });
    expect(await readModeratorId(defineSettingsItems())).toBeNull();
  });

  it('is made by ensureModeratorId when none is stored, then kept', async () => {
    const id = await ensureModeratorId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await ensureModeratorId()).toBe(id);
    expect((await local())['moderator-id']).toBe(id);
  });

  it('replaces a damaged stored id', async () => {
    await fakeBrowser.storage.local.set({ 'moderator-id': { not: 'an id' } });
    const id = await ensureModeratorId();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await local())['moderator-id']).toBe(id);
  });

  it('keeps the id a v1 profile had, even when asked while the migration runs', async () => {
    await fakeBrowser.storage.local.set(structuredClone(v1Local));
    expect(await ensureModeratorId(defineSettingsItems())).toBe(v1Id);
  });
});

describe('loading settings', () => {
  it('writes nothing once the profile is set up', async () => {
    await loadSettings();
    await policySettled();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await loadSettings();
    await policySettled();
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });
});
