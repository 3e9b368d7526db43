/**
 * The settings' storage.local items (@wxt-dev/storage). The settings item is versioned: its migrations
 * run once, when the item is defined in a context, and every read waits for them. The moderator id is
 * made by its item's `init`, under the item's lock, so concurrent first loads agree on one id.
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_ITEMS } from '../store/schema';
import { serialQueue } from '../util/serial';
import { ModeratorIdSchema } from './schema';

/** A stored value as it may be found: every read checks it field by field. */
type Stored = Record<string, unknown>;

const isRecord = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);

/** v1 → v2: the moderator id leaves the settings object for its own item; everything else stays. */
async function moveModeratorId(v1: unknown): Promise<Stored> {
  if (!isRecord(v1)) return {};
  const { moderatorId, ...rest } = v1;
  const id = ModeratorIdSchema.safeParse(moderatorId);
  if (id.success && (await storage.getItem(STORAGE_ITEMS.moderatorId.key)) === null) {
    await storage.setItem(STORAGE_ITEMS.moderatorId.key, id.data);
  }
  return rest;
}

/** Defines the items; called once per context below (tests call it again to run the migrations anew). */
export function defineSettingsItems() {
  const settings = storage.defineItem<Stored>(STORAGE_ITEMS.settings.key, {
    version: STORAGE_ITEMS.settings.version,
    migrations: { 2: moveModeratorId },
  });
  const moderatorId = storage.defineItem<string>(STORAGE_ITEMS.moderatorId.key, {
    version: STORAGE_ITEMS.moderatorId.version,
    init: async () => {
      // The settings' migration may be moving an older id here right now: wait for it, and keep that id.
      await settings.getValue();
      const moved = ModeratorIdSchema.safeParse(await storage.getItem(STORAGE_ITEMS.moderatorId.key));
      return moved.success ? moved.data : crypto.randomUUID();
    },
  });
  const policyCache = storage.defineItem<Stored>(STORAGE_ITEMS.policyCache.key, { version: STORAGE_ITEMS.policyCache.version });
  return { settings, moderatorId, policyCache };
}
export type SettingsItems = ReturnType<typeof defineSettingsItems>;

export const settingsItems: SettingsItems = defineSettingsItems();

const idQueue = serialQueue();

/**
 * This profile's moderator id. Only a damaged stored id (nothing of ours writes one) is written here,
 * replaced once; reads are queued so that concurrent loads finding it damaged still agree.
 */
export function readModeratorId(items: SettingsItems = settingsItems): Promise<string> {
  return idQueue(async () => {
    const stored = ModeratorIdSchema.safeParse(await items.moderatorId.getValue());
    if (stored.success) return stored.data;
    const id = crypto.randomUUID();
    await items.moderatorId.setValue(id);
    return id;
  });
}
