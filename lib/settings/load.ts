/**
 * Settings: the user's own merged with the IT department's policy, where a managed value always wins
 * and is shown as locked. Both are validated; bad stored data falls back to defaults field by field
 * instead of breaking the extension. Loading only reads (the policy cache aside, which a fresh policy
 * read refreshes).
 */
import type { z } from 'zod';
import { settingsItems } from './items';
import { readManaged } from './policy';
import {
  DEFAULT_MONITORING_SETTINGS,
  EMPTY_WORD_LISTS,
  pickValid,
  StoredSettingsSchema,
  UserSettingsSchema,
  type ManagedSettings,
  type ProfileSettings,
} from './schema';

export interface LoadedSettings {
  /** Without the moderator id: any context loads settings, only the background makes the id. */
  settings: ProfileSettings;
  locked: (keyof ManagedSettings)[];
  /** The registry address set by policy, if any (the background uses it over the stored one). */
  policyRegistryEndpoint?: string;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [stored, { registryEndpoint, ...managed }] = await Promise.all([settingsItems.settings.getValue(), readManaged()]);
  const settings = StoredSettingsSchema.parse({
    moderatorName: '',
    office: '',
    wordLists: EMPTY_WORD_LISTS,
    monitoring: DEFAULT_MONITORING_SETTINGS,
    officeAccounts: [],
    ...pickValid(StoredSettingsSchema.shape, stored),
    ...managed,
  });
  const locked = Object.keys(managed) as (keyof ManagedSettings)[];
  if (registryEndpoint) locked.push('registryEndpoint');
  return { settings, locked, ...(registryEndpoint ? { policyRegistryEndpoint: registryEndpoint } : {}) };
}

/** Saves the user's editable fields; rejects invalid input with zod issues instead of storing it. */
export async function saveUserSettings(input: unknown): Promise<z.ZodSafeParseResult<z.infer<typeof UserSettingsSchema>>> {
  const parsed = UserSettingsSchema.safeParse(input);
  if (parsed.success) {
    const current = await settingsItems.settings.getValue();
    await settingsItems.settings.setValue({ ...(current && typeof current === 'object' ? current : {}), ...parsed.data });
  }
  return parsed;
}
