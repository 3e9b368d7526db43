/**
 * What was wrong with a stored or policy value, in terms the options page can say: which field, which
 * entry of a list, why, and what is used instead. Nothing set by IT or saved by the user is dropped
 * without the user being told.
 */
import type { z } from 'zod';
import type { ConnectionProblem } from '../sync/connection';
import { clipText } from '../util/unicode';

/** The fields a problem can be about; monitoring's parts are judged one by one. */
export type SettingField =
  | 'moderatorName'
  | 'office'
  | 'wordLists'
  | 'monitoring'
  | 'monitoring.times'
  | 'monitoring.includeNonWorkingDays'
  | 'monitoring.lateWindowMinutes'
  | 'officeAccounts'
  | 'exportReminderDays'
  | 'retentionDays'
  | 'politicians'
  | 'registryEndpoint'
  | 'moderatorId';

/** Why a value (or one entry of a list) was not used. Schemas name their own reasons as their `error`. */
export type IssueWhy =
  | 'wrong-type'
  | 'missing'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'too-few'
  | 'too-small'
  | 'too-large'
  | 'beyond-limit'
  | 'not-a-time'
  | 'not-an-https-url'
  | 'unsupported-site'
  | 'invalid'
  | ConnectionProblem;

const NAMED_REASONS = new Set<string>([
  'not-a-time',
  'not-an-https-url',
  'unsupported-site',
  'endpoint-malformed',
  'endpoint-query',
  'endpoint-not-https',
] satisfies IssueWhy[]);

export interface SettingIssue {
  why: IssueWhy;
  /** The bound broken (characters, entries, minutes). */
  limit?: number;
  /** 1-based position of the entry in its list, and the entry as text (cut short for display). */
  entry?: number;
  value?: string;
}

export interface SettingProblem {
  source: 'policy' | 'local';
  field: SettingField;
  issues: SettingIssue[];
  /**
   * What is used instead: the list's valid entries, the last valid value, the default (`empty` when that
   * default is an empty text, so new records leave the field empty), or for the registry address nothing
   * (`held`: records wait until it is fixed).
   */
  kept: 'valid-entries' | 'last-good' | 'default' | 'empty' | 'held';
}

const VALUE_SHOWN = 80;

/** An entry as the options page shows it: text as it is, anything else as JSON, both cut short. */
export function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > VALUE_SHOWN ? `${clipText(text, VALUE_SHOWN)}…` : text;
}

/** One zod issue in our terms; `input` is the value the issue is about (zod does not keep it by default). */
export function issueOf(issue: z.ZodError['issues'][number], input: unknown): SettingIssue {
  switch (issue.code) {
    case 'too_big': {
      const limit = Number(issue.maximum);
      if (issue.origin === 'string') return { why: 'too-long', limit };
      if (issue.origin === 'array') return { why: 'too-many', limit };
      return { why: 'too-large', limit };
    }
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string') return { why: 'empty' };
      if (issue.origin === 'array') return { why: 'too-few', limit };
      return { why: 'too-small', limit };
    }
    case 'invalid_type':
      return { why: input === undefined ? 'missing' : 'wrong-type' };
    case 'invalid_format':
    case 'custom':
      return { why: NAMED_REASONS.has(issue.message) ? (issue.message as IssueWhy) : 'invalid' };
    default:
      return { why: 'invalid' };
  }
}

/** The issues of a failed parse, each with the value at its path (one per distinct reason and place). */
export function issuesOf(error: z.ZodError, raw: unknown): SettingIssue[] {
  const out: SettingIssue[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    let input: unknown = raw;
    for (const key of issue.path) input = input && typeof input === 'object' ? (input as Record<PropertyKey, unknown>)[key] : undefined;
    const found = issueOf(issue, input);
    const key = `${issue.path.join('.')}:${found.why}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(found);
  }
  return out;
}
