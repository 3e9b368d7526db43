/**
 * The settings' storage.local items (@wxt-dev/storage). The settings item is versioned: its migrations
 * run once, when the item is defined in a context, and every read waits for them. The moderator id's
 * item has no `init`: that would make an id in every context that defines it (./moderator-id.ts).
 */
import { storage } from 'wxt/utils/storage';
import { STORAGE_ITEMS } from '../store/schema';
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
  const moderatorId = storage.defineItem<unknown>(STORAGE_ITEMS.moderatorId.key, { version: STORAGE_ITEMS.moderatorId.version });
  const policyCache = storage.defineItem<Stored>(STORAGE_ITEMS.policyCache.key, { version: STORAGE_ITEMS.policyCache.version });
  const lastGood = storage.defineItem<unknown>(STORAGE_ITEMS.settingsLastGood.key, { version: STORAGE_ITEMS.settingsLastGood.version });
  return { settings, moderatorId, policyCache, lastGood };
}
export type SettingsItems = ReturnType<typeof defineSettingsItems>;

export const settingsItems: SettingsItems = defineSettingsItems();
