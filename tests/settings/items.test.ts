import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, policySettled } from '../../lib/settings';
import { defineSettingsItems, readModeratorId } from '../../lib/settings/items';
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
    // What the user sees is what version 1 showed.
    const { settings } = await loadSettings();
    expect(settings).toEqual({ ...v1.settings, office: 'Stadsdelsförvaltning Norrby (exempel)' });
  });

  it('makes a new id when the old one was damaged, and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...v1Rest, moderatorId: 42 } });
    const items = defineSettingsItems();
    expect(await items.settings.getValue()).toEqual(v1Rest);
    expect(await items.moderatorId.getValue()).toMatch(/^[0-9a-f-]{36}$/);
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
  it('is made once when three loads start together on a new profile', async () => {
    const loads = await Promise.all([loadSettings(), loadSettings(), loadSettings()]);
    const ids = new Set(loads.map((l) => l.settings.moderatorId));
    expect(ids.size).toBe(1);
    expect((await local())['moderator-id']).toBe([...ids][0]);
  });

  it('is made once by the item itself, whoever asks first', async () => {
    const items = defineSettingsItems();
    const ids = await Promise.all([items.moderatorId.getValue(), items.moderatorId.getValue(), items.moderatorId.getValue()]);
    expect(new Set(ids).size).toBe(1);
  });

  it('replaces a damaged stored id once, however many loads find it', async () => {
    await fakeBrowser.storage.local.set({ 'moderator-id': { not: 'an id' } });
    const ids = await Promise.all([readModeratorId(), readModeratorId(), readModeratorId()]);
    expect(new Set(ids).size).toBe(1);
    expect((await local())['moderator-id']).toBe(ids[0]);
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
