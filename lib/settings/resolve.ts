/**
 * The settings from the user's stored values and the IT department's policy, field by field, without
 * storage access (lib/settings/load.ts reads and writes). A field the policy sets is locked even when its
 * value is bad: then a policy list keeps its valid entries, anything else the last valid policy value or
 * the default, never the user's own. A bad stored value of the user's keeps its last valid value. Every
 * such fall-back is reported, so the options page can say what was wrong.
 */
import type { z } from 'zod';
import { issueOf, issuesOf, shownValue, type SettingField, type SettingIssue, type SettingProblem } from './problems';
import {
  DEFAULT_EXPORT_REMINDER_DAYS,
  DEFAULT_MONITORING_SETTINGS,
  ExportReminderDaysSchema,
  RetentionDaysSchema,
  EMPTY_WORD_LISTS,
  ModeratorIdSchema,
  MonitoringSchema,
  OfficeAccountsSchema,
  OfficeAccountSchema,
  PolicyEndpointSchema,
  PoliticianNameSchema,
  PoliticiansSchema,
  StoredSettingsSchema,
  TERMS_MAX,
  TimeOfDaySchema,
  WordListsSchema,
  type ManagedSettings,
  type ProfileSettings,
} from './schema';

type Source = Record<string, unknown>;
type LeafField = Exclude<SettingField, 'monitoring'>;

/** The last value of each field that was valid, per source; kept in storage beside the settings. */
export interface LastGood {
  local: Partial<Record<LeafField, unknown>>;
  policy: Partial<Record<LeafField, unknown>>;
}

interface Leaf {
  field: LeafField;
  schema: z.ZodType;
  fallback: unknown;
  /** A list: its entries are judged one by one, and a policy list keeps its valid ones within the bounds. */
  list?: { entry: z.ZodType; min: number; max: number };
  from: { local: boolean; policy: boolean };
}

const BOTH = { local: true, policy: true };
const NAME = StoredSettingsSchema.shape.moderatorName;
const LEAVES: Leaf[] = [
  { field: 'moderatorName', schema: NAME, fallback: '', from: BOTH },
  { field: 'office', schema: StoredSettingsSchema.shape.office, fallback: '', from: BOTH },
  { field: 'wordLists', schema: WordListsSchema, fallback: EMPTY_WORD_LISTS, from: { local: true, policy: false } },
  {
    field: 'monitoring.times',
    schema: MonitoringSchema.shape.times,
    fallback: DEFAULT_MONITORING_SETTINGS.times,
    list: { entry: TimeOfDaySchema, min: 1, max: 6 },
    from: BOTH,
  },
  {
    field: 'monitoring.includeNonWorkingDays',
    schema: MonitoringSchema.shape.includeNonWorkingDays,
    fallback: DEFAULT_MONITORING_SETTINGS.includeNonWorkingDays,
    from: BOTH,
  },
  {
    field: 'monitoring.lateWindowMinutes',
    schema: MonitoringSchema.shape.lateWindowMinutes,
    fallback: DEFAULT_MONITORING_SETTINGS.lateWindowMinutes,
    from: BOTH,
  },
  { field: 'officeAccounts', schema: OfficeAccountsSchema, fallback: [], list: { entry: OfficeAccountSchema, min: 0, max: 30 }, from: BOTH },
  { field: 'exportReminderDays', schema: ExportReminderDaysSchema, fallback: DEFAULT_EXPORT_REMINDER_DAYS, from: BOTH },
  { field: 'retentionDays', schema: RetentionDaysSchema, fallback: 0, from: BOTH },
  { field: 'politicians', schema: PoliticiansSchema, fallback: [], list: { entry: PoliticianNameSchema, min: 0, max: TERMS_MAX }, from: BOTH },
  { field: 'registryEndpoint', schema: PolicyEndpointSchema, fallback: undefined, from: { local: false, policy: true } },
  // Set by IT only: an id the office can map to a person (e.g. the user's account name), on every record.
  { field: 'moderatorId', schema: ModeratorIdSchema, fallback: undefined, from: { local: false, policy: true } },
];

const isObject = (value: unknown): value is Source => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a leaf's value sits in a source: absent, or present with its raw value (maybe undefined inside monitoring). */
function lookup(source: Source, field: LeafField): { present: false } | { present: true; raw: unknown; parentBad: boolean } {
  const [top, part] = field.split('.') as [string, string | undefined];
  if (source[top] === undefined) return { present: false };
  if (!part) return { present: true, raw: source[top], parentBad: false };
  const parent = source[top];
  return isObject(parent) ? { present: true, raw: parent[part], parentBad: false } : { present: true, raw: undefined, parentBad: true };
}

/** The issues of a list, entry by entry; a policy list also names the valid entries beyond its maximum. */
function listIssues(list: NonNullable<Leaf['list']>, raw: unknown[], salvage: boolean): { issues: SettingIssue[]; valid: unknown[] } {
  const issues: SettingIssue[] = [];
  const valid: unknown[] = [];
  raw.forEach((item, i) => {
    const parsed = list.entry.safeParse(item);
    const where = { entry: i + 1, value: shownValue(item) };
    if (!parsed.success) issues.push({ ...issueOf(parsed.error.issues[0]!, item), ...where });
    else if (salvage && valid.length >= list.max) issues.push({ why: 'beyond-limit', limit: list.max, ...where });
    else valid.push(parsed.data);
  });
  if (!salvage && valid.length > list.max) issues.push({ why: 'too-many', limit: list.max });
  if (valid.length < list.min) issues.push({ why: 'too-few', limit: list.min });
  return { issues, valid };
}

/** Saved values (already valid) as last good values, monitoring by its parts. */
export function lastGoodOf(saved: Partial<ProfileSettings>): LastGood['local'] {
  const { monitoring, ...rest } = saved;
  return {
    ...rest,
    ...(monitoring
      ? {
          'monitoring.times': monitoring.times,
          'monitoring.includeNonWorkingDays': monitoring.includeNonWorkingDays,
          'monitoring.lateWindowMinutes': monitoring.lateWindowMinutes,
        }
      : {}),
  };
}

type Kept = SettingProblem['kept'];

interface Resolved {
  value: unknown;
  /** Set when the source's value was valid as it is: the new last good value. */
  good?: unknown;
  problem?: SettingProblem;
}

function resolveLeaf(leaf: Leaf, raw: unknown, parentBad: boolean, lastGood: unknown, source: SettingProblem['source']): Resolved {
  const parsed = leaf.schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, good: parsed.data };
  const report =
    (issues: SettingIssue[]) =>
    (kept: Kept): SettingProblem => ({ source, field: leaf.field, issues, kept });
  if (leaf.list && Array.isArray(raw)) {
    const list = listIssues(leaf.list, raw, source === 'policy');
    // A policy list with nothing valid left is no list at all: it falls back like any bad value.
    if (source === 'policy' && list.valid.length >= Math.max(1, leaf.list.min)) {
      return { value: leaf.schema.parse(list.valid), problem: report(list.issues)('valid-entries') };
    }
    return fallBack(leaf, lastGood, report(list.issues));
  }
  // A monitoring value that is not an object at all is reported once, for monitoring itself.
  return fallBack(leaf, lastGood, report(parentBad ? [] : issuesOf(parsed.error, raw)));
}

function fallBack(leaf: Leaf, lastGood: unknown, problem: (kept: Kept) => SettingProblem): Resolved {
  const last = lastGood === undefined ? null : leaf.schema.safeParse(lastGood);
  if (last?.success) return { value: last.data, problem: problem('last-good') };
  return { value: leaf.fallback, problem: problem(leaf.field === 'registryEndpoint' ? 'held' : leaf.fallback === '' ? 'empty' : 'default') };
}

export interface ResolvedSettings {
  settings: ProfileSettings;
  locked: (keyof ManagedSettings)[];
  /** The registry address set by policy; '' when the policy sets one that cannot be used (nothing is sent). */
  policyRegistryEndpoint?: string;
  /** The moderator id set by policy (over this profile's pseudonymous one). */
  policyModeratorId?: string;
  problems: SettingProblem[];
  /** The last good values after this read (the caller stores them when they changed). */
  lastGood: LastGood;
}

const LOCKABLE = ['moderatorName', 'office', 'monitoring', 'officeAccounts', 'politicians', 'exportReminderDays', 'retentionDays', 'registryEndpoint', 'moderatorId'] as const;

export function resolveSettings(stored: unknown, policy: unknown, lastGood: LastGood): ResolvedSettings {
  const sources = { local: isObject(stored) ? stored : {}, policy: isObject(policy) ? policy : {} };
  const values: Partial<Record<LeafField, unknown>> = {};
  const problems: SettingProblem[] = [];
  const next: LastGood = { local: { ...lastGood.local }, policy: {} };
  const locked = new Set<string>();
  let monitoringBad: { source: SettingProblem['source']; kept: Set<Kept> } | null = null;

  for (const leaf of LEAVES) {
    const inPolicy = leaf.from.policy ? lookup(sources.policy, leaf.field) : null;
    const inLocal = leaf.from.local ? lookup(sources.local, leaf.field) : null;
    const [source, found] = inPolicy?.present ? (['policy', inPolicy] as const) : inLocal?.present ? (['local', inLocal] as const) : [null, null];
    if (!source) {
      values[leaf.field] = leaf.fallback;
      continue;
    }
    if (source === 'policy') locked.add(leaf.field.split('.')[0]!);
    const resolved = resolveLeaf(leaf, found.raw, found.parentBad, lastGood[source][leaf.field], source);
    values[leaf.field] = resolved.value;
    if (found.parentBad) {
      monitoringBad ??= { source, kept: new Set() };
      monitoringBad.kept.add(resolved.problem!.kept);
    } else if (resolved.problem) {
      problems.push(resolved.problem);
    }
    if (resolved.good !== undefined) next[source][leaf.field] = resolved.good;
    // A policy value that is bad now keeps its last good one for next time; one IT has removed is forgotten.
    else if (source === 'policy' && lastGood.policy[leaf.field] !== undefined) next.policy[leaf.field] = lastGood.policy[leaf.field];
  }
  if (monitoringBad) {
    const kept = monitoringBad.kept.has('last-good') ? 'last-good' : 'default';
    problems.push({ source: monitoringBad.source, field: 'monitoring', issues: [{ why: 'wrong-type' }], kept });
  }

  const settings = StoredSettingsSchema.parse({
    moderatorName: values.moderatorName,
    office: values.office,
    wordLists: values.wordLists,
    monitoring: {
      times: values['monitoring.times'],
      includeNonWorkingDays: values['monitoring.includeNonWorkingDays'],
      lateWindowMinutes: values['monitoring.lateWindowMinutes'],
    },
    officeAccounts: values.officeAccounts,
    exportReminderDays: values.exportReminderDays,
    retentionDays: values.retentionDays,
    politicians: values.politicians,
  });
  const endpoint = sources.policy.registryEndpoint === undefined ? {} : { policyRegistryEndpoint: (values.registryEndpoint as string | undefined) ?? '' };
  const moderatorId = typeof values.moderatorId === 'string' ? { policyModeratorId: values.moderatorId } : {};
  return { settings, locked: LOCKABLE.filter((k) => locked.has(k)), ...endpoint, ...moderatorId, problems, lastGood: next };
}
