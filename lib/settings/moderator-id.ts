/**
 * This profile's pseudonymous moderator id. Every context may read it; only the background makes it,
 * inside the same serial queue as records (lib/background/service.ts). An id made wherever settings
 * happened to load first (the options page, the popup, the worker) would be made once per context:
 * @wxt-dev/storage's `init` lock, like any in-memory lock, holds only within one.
 */
import { settingsItems, type SettingsItems } from './items';
import { ModeratorIdSchema } from './schema';

/** The stored id, or null while there is none (or only a damaged one). Never writes. */
export async function readModeratorId(items: SettingsItems = settingsItems): Promise<string | null> {
  const stored = ModeratorIdSchema.safeParse(await items.moderatorId.getValue());
  return stored.success ? stored.data : null;
}

/**
 * The stored id, made and stored first when there is none or it is damaged. Two first runs at once would
 * make two ids, so only the background calls this, and only inside its record queue.
 */
export async function ensureModeratorId(items: SettingsItems = settingsItems): Promise<string> {
  // The settings' v1 → v2 migration may be moving an older id here right now: wait for it, and keep that id.
  await items.settings.getValue();
  const stored = await readModeratorId(items);
  if (stored) return stored;
  const id = crypto.randomUUID();
  await items.moderatorId.setValue(id);
  return id;
}
