/**
 * Settings: the user's own (storage.local) merged with the IT department's policy (storage.managed),
 * where a managed value always wins and is shown as locked. Both are validated; bad stored data falls
 * back to defaults field by field instead of breaking the extension.
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from './store/schema';
import { checkEndpoint } from './sync/connection';

export const NAME_MAX = 120;
export const TERM_MAX = 60;
export const TERMS_MAX = 300;

/** One user-edited word list: terms to add to the built-in vocabulary and built-in terms to ignore. */
const termList = z.array(z.string().trim().min(1).max(TERM_MAX)).max(TERMS_MAX);
export const WordListSchema = z.object({ add: termList, remove: termList });
export type WordListSetting = z.infer<typeof WordListSchema>;
export const WordListsSchema = z.object({ political: WordListSchema, unlawful: WordListSchema });
export type WordListSettings = z.infer<typeof WordListsSchema>;
export const EMPTY_WORD_LISTS: WordListSettings = {
  political: { add: [], remove: [] },
  unlawful: { add: [], remove: [] },
};

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
export const MonitoringSchema = z.object({
  times: z.array(timeOfDay).min(1).max(6),
  includeNonWorkingDays: z.boolean(),
  lateWindowMinutes: z.number().int().min(5).max(240),
});
export const DEFAULT_MONITORING_SETTINGS: z.infer<typeof MonitoringSchema> = {
  times: ['09:00', '12:00', '15:00'],
  includeNonWorkingDays: false,
  lateWindowMinutes: 60,
};

/** The office's own Pages and accounts, as https URLs (https://www.facebook.com/norrbyexempel). */
export const OfficeAccountsSchema = z
  .array(z.url({ protocol: /^https$/, hostname: /^(www\.|business\.)?(facebook|instagram)\.com$/ }).max(300))
  .max(30);

export const SettingsSchema = z.object({
  moderatorId: z.string().min(1).max(128),
  moderatorName: z.string().trim().max(NAME_MAX),
  office: z.string().trim().max(NAME_MAX),
  wordLists: WordListsSchema,
  monitoring: MonitoringSchema,
  officeAccounts: OfficeAccountsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The registry address as IT sets it by policy; the token is still entered by the user. */
const PolicyEndpointSchema = z
  .string()
  .max(2048)
  .transform((value, ctx) => {
    const checked = checkEndpoint(value);
    if (checked.ok) return checked.endpoint;
    ctx.addIssue({ code: 'custom', message: checked.problem });
    return z.NEVER;
  });

/** Fields an administrator may set by policy (see README: enterprise policy). */
export const ManagedSchema = SettingsSchema.pick({
  moderatorName: true,
  office: true,
  monitoring: true,
  officeAccounts: true,
})
  .extend({ registryEndpoint: PolicyEndpointSchema })
  .partial();
export type ManagedSettings = z.infer<typeof ManagedSchema>;

export const UserSettingsSchema = SettingsSchema.pick({
  moderatorName: true,
  office: true,
  wordLists: true,
  monitoring: true,
  officeAccounts: true,
}).partial();

function pickValid<T extends z.ZodRawShape>(shape: T, raw: unknown): Partial<z.infer<z.ZodObject<T>>> {
  const out: Record<string, unknown> = {};
  if (raw && typeof raw === 'object') {
    for (const [key, schema] of Object.entries(shape)) {
      const parsed = (schema as z.ZodType).safeParse((raw as Record<string, unknown>)[key]);
      if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
    }
  }
  return out as Partial<z.infer<z.ZodObject<T>>>;
}

async function readManagedNow(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    // No policy installed: Firefox rejects, Chrome returns {}.
    return {};
  }
}

let refreshing: Promise<Record<string, unknown>> | null = null;

/** Resolves when a policy read under way has reached the cache (tests; nothing waits on it otherwise). */
export async function policySettled(): Promise<void> {
  await refreshing;
}

/**
 * The IT department's policy. Chrome answers storage.managed slowly while its policy service starts
 * (seconds after a browser start; over 20 s seen in tests), and every record needs the settings, so
 * the last policy read is kept in storage.local and used at once while a fresh read runs behind it.
 * A changed policy lands in the cache, whose change event reconciles the rest.
 */
async function readManaged(): Promise<ManagedSettings> {
  const cacheKey = STORAGE_KEYS.policyCache;
  const cached = (await browser.storage.local.get(cacheKey))[cacheKey];
  refreshing ??= readManagedNow()
    .then(async (fresh) => {
      if (JSON.stringify(fresh) !== JSON.stringify(cached)) await browser.storage.local.set({ [cacheKey]: fresh });
      return fresh;
    })
    .finally(() => {
      refreshing = null;
    });
  const raw = cached && typeof cached === 'object' ? cached : await refreshing;
  return pickValid(ManagedSchema.shape, raw);
}

export interface LoadedSettings {
  settings: Settings;
  locked: (keyof ManagedSettings)[];
  /** The registry address set by policy, if any (the background uses it over the stored one). */
  policyRegistryEndpoint?: string;
}

export async function loadSettings(): Promise<LoadedSettings> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
  const local = pickValid(SettingsSchema.shape, stored);
  if (!local.moderatorId) {
    // A stable pseudonymous id for this browser profile, made once, so records from one moderator group.
    local.moderatorId = crypto.randomUUID();
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: { ...(stored as object), moderatorId: local.moderatorId } });
  }
  const { registryEndpoint, ...managed } = await readManaged();
  const settings = SettingsSchema.parse({
    moderatorName: '',
    office: '',
    wordLists: EMPTY_WORD_LISTS,
    monitoring: DEFAULT_MONITORING_SETTINGS,
    officeAccounts: [],
    ...local,
    ...managed,
  });
  const locked = Object.keys(managed) as (keyof ManagedSettings)[];
  if (registryEndpoint) locked.push('registryEndpoint');
  return { settings, locked, ...(registryEndpoint ? { policyRegistryEndpoint: registryEndpoint } : {}) };
}

/** One term per line, blank lines and duplicates dropped: how the options page edits a list. */
export function termsFromText(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}

/** Saves the user's editable fields; rejects invalid input with zod issues instead of storing it. */
export async function saveUserSettings(input: unknown): Promise<z.ZodSafeParseResult<z.infer<typeof UserSettingsSchema>>> {
  const parsed = UserSettingsSchema.safeParse(input);
  if (parsed.success) {
    const current = (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
    await browser.storage.local.set({
      [STORAGE_KEYS.settings]: { ...(current && typeof current === 'object' ? current : {}), ...parsed.data },
    });
  }
  return parsed;
}
