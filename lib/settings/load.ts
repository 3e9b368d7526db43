/**
 * Settings: the user's own merged with the IT department's policy, where a field the policy sets is
 * always the policy's and shown as locked. Both are checked field by field (./resolve.ts); what was
 * wrong is returned as `problems` for the options page. Loading writes only the policy cache (which a
 * fresh policy read refreshes) and the last good values, each only when it changed.
 */
import type { z } from 'zod';
import { settingsItems } from './items';
import { readManaged } from './policy';
import type { SettingProblem } from './problems';
import { lastGoodOf, resolveSettings, type LastGood } from './resolve';
import { UserSettingsSchema, type ManagedSettings, type ProfileSettings } from './schema';

export interface LoadedSettings {
  /** Without the moderator id: any context loads settings, only the background makes the id. */
  settings: ProfileSettings;
  locked: (keyof ManagedSettings)[];
  /**
   * The registry address set by policy, if any (the background uses it over the stored one); '' when the
   * policy sets one that cannot be used and no earlier valid one is known: then nothing is sent.
   */
  policyRegistryEndpoint?: string;
  /** The moderator id set by policy, if any: used on records instead of the profile's own. */
  policyModeratorId?: string;
  /** Stored or policy values that could not be used, and what is used instead. */
  problems: SettingProblem[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored last good values; each is checked against its field's schema where it is used. */
function readLastGood(raw: unknown): LastGood {
  return isObject(raw) && isObject(raw.local) && isObject(raw.policy) ? { local: raw.local, policy: raw.policy } : { local: {}, policy: {} };
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [stored, policy, storedLastGood] = await Promise.all([
    settingsItems.settings.getValue(),
    readManaged(),
    settingsItems.lastGood.getValue(),
  ]);
  const previous = readLastGood(storedLastGood);
  const { lastGood, ...loaded } = resolveSettings(stored, policy, previous);
  if (JSON.stringify(lastGood) !== JSON.stringify(previous)) {
    // Losing this write loses nothing today: the values it holds are still the ones in use.
    await settingsItems.lastGood.setValue(lastGood).catch((error: unknown) => console.warn('[modereringsstod] last good settings not kept', error));
  }
  return loaded;
}

/** Saves the user's editable fields; rejects invalid input with zod issues instead of storing it. */
export async function saveUserSettings(input: unknown): Promise<z.ZodSafeParseResult<z.infer<typeof UserSettingsSchema>>> {
  const parsed = UserSettingsSchema.safeParse(input);
  if (parsed.success) {
    const [current, storedLastGood] = await Promise.all([settingsItems.settings.getValue(), settingsItems.lastGood.getValue()]);
    await settingsItems.settings.setValue({ ...(isObject(current) ? current : {}), ...parsed.data });
    // What was just saved is valid: it is what a damaged stored value falls back to from now on.
    const previous = readLastGood(storedLastGood);
    await settingsItems.lastGood.setValue({ ...previous, local: { ...previous.local, ...lastGoodOf(parsed.data) } });
  }
  return parsed;
}
