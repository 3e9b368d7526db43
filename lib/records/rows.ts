/**
 * The records view's rows: each log entry with where it stands (pending, registered with its number,
 * rejected, held after a chain break, exported), and the filters the registrar uses. Filtering is a
 * plain pass over pre-lowered search text, so 50,000 rows filter in a few milliseconds.
 */
import { stockholmDay } from '../calendar/stockholm';
import type { ModerationRecord, Platform, RecordKind } from '../model';
import type { LogEntry, OutboxEntry, Registration } from '../store/schema';

export type SyncState = 'pending' | 'registered' | 'rejected' | 'held';

export interface RecordRow {
  seq: number;
  record: ModerationRecord;
  /** Stockholm calendar day of occurredAt (YYYY-MM-DD). */
  day: string;
  state: SyncState;
  registration?: Registration;
  rejectedError?: string;
  exported: boolean;
  /** Lower-cased text the search looks in: author, text, post, note, moderator, account, number. */
  haystack: string;
}

export interface RowSources {
  entries: readonly LogEntry[];
  outbox: ReadonlyMap<string, OutboxEntry>;
  registrations: ReadonlyMap<string, Registration>;
  exported: ReadonlySet<string>;
  /** Records from this log position on are held (a break in the chain). */
  heldFrom: number | null;
}

export function toRows({ entries, outbox, registrations, exported, heldFrom }: RowSources): RecordRow[] {
  const rows: RecordRow[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const r = entry.record;
    const registration = registrations.get(r.id);
    const waiting = outbox.get(r.id);
    const state: SyncState = registration
      ? 'registered'
      : waiting?.state === 'rejected'
        ? 'rejected'
        : heldFrom !== null && entry.seq! >= heldFrom
          ? 'held'
          : 'pending';
    rows[i] = {
      seq: entry.seq!,
      record: r,
      day: entry.day || stockholmDay(new Date(r.occurredAt)),
      state,
      ...(registration ? { registration } : {}),
      ...(waiting?.error ? { rejectedError: waiting.error } : {}),
      exported: exported.has(r.id),
      haystack: [r.subject?.authorName, r.subject?.text, r.subject?.post.text, r.note, r.moderator.name, r.account.name, registration?.registrationNumber, r.lawGround, r.id]
        .filter(Boolean)
        .join('\n')
        .toLocaleLowerCase('sv'),
    };
  }
  return rows;
}

export interface RecordFilter {
  /** Stockholm days, inclusive; '' for no bound. */
  from: string;
  to: string;
  kind: RecordKind | '';
  platform: Platform | '';
  /** Account URL, '' for all. */
  account: string;
  /** Moderator id, '' for all. */
  moderator: string;
  state: SyncState | 'exported' | 'not-handed-over' | '';
  text: string;
}

export const NO_FILTER: RecordFilter = { from: '', to: '', kind: '', platform: '', account: '', moderator: '', state: '', text: '' };

/** Rows that pass the filter, newest first (rows come in log order). */
export function filterRows(rows: readonly RecordRow[], f: RecordFilter): RecordRow[] {
  const words = f.text.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  const out: RecordRow[] = [];
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    const r = row.record;
    if (f.from && row.day < f.from) continue;
    if (f.to && row.day > f.to) continue;
    if (f.kind && r.kind !== f.kind) continue;
    if (f.platform && r.account.platform !== f.platform) continue;
    if (f.account && r.account.url !== f.account) continue;
    if (f.moderator && r.moderator.id !== f.moderator) continue;
    if (f.state) {
      if (f.state === 'exported' ? !row.exported : f.state === 'not-handed-over' ? row.exported || row.state === 'registered' : row.state !== f.state) continue;
    }
    if (words.length > 0 && !words.every((w) => row.haystack.includes(w))) continue;
    out.push(row);
  }
  return out;
}

export interface FilterChoices {
  accounts: { url: string; name: string; platform: Platform }[];
  moderators: { id: string; name: string }[];
  kinds: RecordKind[];
}

/** The accounts, moderators and kinds present, for the filter menus. */
export function choicesOf(rows: readonly RecordRow[]): FilterChoices {
  const accounts = new Map<string, FilterChoices['accounts'][number]>();
  const moderators = new Map<string, string>();
  const kinds = new Set<RecordKind>();
  for (const { record: r } of rows) {
    if (!accounts.has(r.account.url)) accounts.set(r.account.url, { url: r.account.url, name: r.account.name, platform: r.account.platform });
    moderators.set(r.moderator.id, r.moderator.name);
    kinds.add(r.kind);
  }
  return {
    accounts: [...accounts.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    moderators: [...moderators].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    kinds: [...kinds].sort(),
  };
}

/** The selection in words, for the package's manifest and description. */
export function describeFilter(f: RecordFilter, count: number): string {
  const parts = [
    f.kind && `typ ${f.kind}`,
    f.platform && `plattform ${f.platform}`,
    f.account && `konto ${f.account}`,
    f.moderator && `moderator ${f.moderator}`,
    f.state && `läge ${f.state}`,
    f.text && `sökning "${f.text}"`,
  ].filter(Boolean);
  return `${count} poster${parts.length ? `; ${parts.join(', ')}` : '; alla poster i perioden'}`;
}
