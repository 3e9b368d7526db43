/**
 * The settings' zod schemas: the user's own (storage.local) and the IT department's policy
 * (storage.managed, whose Chrome schema public/managed_schema.json is generated from ManagedSchema).
 * No storage access here, so build scripts can import it.
 */
import { z } from 'zod';
import { WORD_LISTS, type WordListKey } from '../checks/page-checks';
import { siteRegistry } from '../sites/registry';
import { checkEndpoint } from '../sync/connection';

export const NAME_MAX = 120;
export const TERM_MAX = 60;
export const TERMS_MAX = 300;

/** One user-edited word list: terms to add to the built-in vocabulary and built-in terms to ignore. */
const termList = z.array(z.string().trim().min(1).max(TERM_MAX)).max(TERMS_MAX);
export const WordListSchema = z.object({ add: termList, remove: termList });
export type WordListSetting = z.infer<typeof WordListSchema>;
/** One list per check that offers one (lib/checks/registry.ts): political, unlawful. */
export const WordListsSchema = z.object(
  Object.fromEntries(WORD_LISTS.map(({ key }) => [key, WordListSchema])) as Record<WordListKey, typeof WordListSchema>,
);
export type WordListSettings = z.infer<typeof WordListsSchema>;
export const EMPTY_WORD_LISTS: WordListSettings = WordListsSchema.parse(
  Object.fromEntries(WORD_LISTS.map(({ key }) => [key, { add: [], remove: [] }])),
);

// Errors named here are the reasons the options page gives (lib/settings/problems.ts).
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'not-a-time' });
export const MonitoringSchema = z.object({
  times: z.array(TimeOfDaySchema).min(1).max(6),
  includeNonWorkingDays: z.boolean(),
  lateWindowMinutes: z.number().int().min(5).max(240),
});
export const DEFAULT_MONITORING_SETTINGS: z.infer<typeof MonitoringSchema> = {
  times: ['09:00', '12:00', '15:00'],
  includeNonWorkingDays: false,
  lateWindowMinutes: 60,
};

/** One of the office's own Pages or accounts: an https URL on a supported site (lib/sites/registry.ts). */
export const OfficeAccountSchema = z
  .url({ protocol: /^https$/, error: 'not-an-https-url' })
  .max(300)
  .refine((url) => siteRegistry.isAccountUrl(url), { error: 'unsupported-site' });
export const OfficeAccountsSchema = z.array(OfficeAccountSchema).max(30);

/**
 * The office's own list of politicians' names (its borgarråd, nämnd members, party leaders it sees named),
 * for the political-neutrality reminder. Empty by default: the extension ships no real person's name.
 */
export const PoliticianNameSchema = z.string().trim().min(1).max(TERM_MAX);
export const PoliticiansSchema = z.array(PoliticianNameSchema).max(TERMS_MAX);

/** A stable pseudonymous id for this browser profile, so records from one moderator group. */
export const ModeratorIdSchema = z.string().min(1).max(128);

/** After how many days records not yet exported or registered are reminded of (local-only mode). */
export const ExportReminderDaysSchema = z.number().int().min(1).max(365);
export const DEFAULT_EXPORT_REMINDER_DAYS = 30;
/**
 * Gallring: how many days the browser keeps its copy of records that were registered or exported;
 * 0 keeps them for ever (the default). Records neither registered nor exported are never culled.
 */
export const RetentionDaysSchema = z.number().int().min(0).max(3650);

export const SettingsSchema = z.object({
  moderatorId: ModeratorIdSchema,
  moderatorName: z.string().trim().max(NAME_MAX),
  office: z.string().trim().max(NAME_MAX),
  wordLists: WordListsSchema,
  monitoring: MonitoringSchema,
  officeAccounts: OfficeAccountsSchema,
  exportReminderDays: ExportReminderDaysSchema,
  retentionDays: RetentionDaysSchema,
  // Optional only so that settings written before it existed still parse; resolveSettings always fills it.
  politicians: PoliticiansSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The user's settings as stored since version 2 of the item: the moderator id has its own item. */
export const StoredSettingsSchema = SettingsSchema.omit({ moderatorId: true });
/** What every context loads: the settings without the moderator id, which only the background adds. */
export type ProfileSettings = z.infer<typeof StoredSettingsSchema>;

/** The registry address as IT sets it by policy; the token is still entered by the user. */
export const PolicyEndpointSchema = z
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
  exportReminderDays: true,
  retentionDays: true,
  politicians: true,
})
  .extend({ registryEndpoint: PolicyEndpointSchema, moderatorId: ModeratorIdSchema })
  .partial();
export type ManagedSettings = z.infer<typeof ManagedSchema>;

/**
 * What an administrator reads about each policy in chrome://policy and policy editors; it goes into
 * public/managed_schema.json (npm run gen:managed-schema). A policy field without a text does not compile.
 */
export const MANAGED_FIELD_TEXT: Record<keyof ManagedSettings, { title: string; description: string }> = {
  moderatorName: { title: 'Moderator name', description: 'Name recorded as the moderator on every record.' },
  office: { title: 'Office', description: 'The office (förvaltning) recorded on every record.' },
  monitoring: {
    title: 'Monitoring rounds',
    description: 'times: HH:MM Europe/Stockholm (1-6); includeNonWorkingDays; lateWindowMinutes (5-240).',
  },
  officeAccounts: {
    title: 'Office accounts',
    description: "https URLs of the office's Facebook Pages and Instagram accounts, checked during monitoring rounds.",
  },
  exportReminderDays: {
    title: 'Export reminder (days)',
    description: 'Without a registry: remind after this many days (1-365, default 30) while records have been neither exported nor registered.',
  },
  retentionDays: {
    title: 'Retention of the local copy (days)',
    description: 'Days the browser keeps records that were registered or exported (0-3650; 0 = for ever, the default). Records not handed over are never culled.',
  },
  politicians: {
    title: "Politicians' names",
    description: "Names of politicians (the city's borgarråd, nämnd members …) that make a comment political for the neutrality reminder; party names and titles are built in.",
  },
  moderatorId: {
    title: 'Moderator id',
    description:
      "An id the office can map to the person (e.g. the user's account name), recorded as the moderator's id on every record instead of the browser profile's pseudonymous one; colleagues' extensions show records by it as this moderator's.",
  },
  registryEndpoint: {
    title: 'Registry address',
    description:
      "Base URL of the office's registry (contract v1), https:// (http only on 127.0.0.1/localhost). The user enters the access key; access to this address is asked for once on the options page.",
  },
};

export const UserSettingsSchema = SettingsSchema.pick({
  moderatorName: true,
  office: true,
  wordLists: true,
  monitoring: true,
  officeAccounts: true,
  exportReminderDays: true,
  retentionDays: true,
  politicians: true,
}).partial();

/** One term per line, blank lines and duplicates dropped: how the options page edits a list. */
/**
 * Office accounts typed one per line, as people type them: "facebook.com/norrbyexempel" or
 * "www.instagram.com/norrbyexempel/" get "https://"; "http://" becomes "https://" (both sites serve only
 * https). Anything else is left as typed, for the settings' own check to name the line.
 */
export function accountsFromText(text: string): string[] {
  return termsFromText(text).map((line) => {
    if (/^https:\/\//i.test(line)) return line;
    if (/^http:\/\//i.test(line)) return `https://${line.slice('http://'.length)}`;
    return /^[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i.test(line) ? `https://${line}` : line;
  });
}

export function termsFromText(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}
