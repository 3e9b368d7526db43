/**
 * The office's view through the registry (contract v1.1): what colleagues recorded about the comments
 * on an open post, and the office's monitoring rounds. Read-only, never in the way: a registry that
 * lists no v1.1 capability in `/health` is never asked (and `/health` itself is asked at most every few
 * hours), a registry that does not answer leaves the overlay with local state only, and nothing here
 * writes a record. Only the background uses it; the token never leaves it.
 */
import { z } from 'zod';
import { ActionKindSchema, type ActionKind } from '../model';
import type { Db } from '../store/db';
import type { ActionLog } from '../store/log';
import { defineMetaKey } from '../store/meta';
import { subjectKey } from '../store/schema';
import { createRegistryClient, type RegistryClient } from './client';
import type { RegistryConnection } from './connection-store';
import { CAPABILITIES, MAX_SUBJECT_IDS, type Capability, type OfficeAction, type OfficeRound } from './contract';

/** `/health` is asked again after this long (or at once when the registry's address changes). */
export const CAPABILITIES_TTL_MS = 6 * 60 * 60_000;
/** After a failed `/health`, wait this long before asking again. */
export const RETRY_HEALTH_MS = 60_000;
/** A comment's colleague actions are asked again after this long. */
export const SUBJECT_TTL_MS = 30_000;
/** How long an overlay waits for the registry's answer before showing local state only. */
export const OFFICE_TIMEOUT_MS = 8_000;

/** Something a colleague recorded about a comment, as the overlay shows it. */
export interface ColleagueAction {
  recordId: string;
  kind: ActionKind;
  occurredAt: string;
  moderatorName: string;
  registrationNumber: string;
}

/**
 * `off`: no registry, or one without the `subjects` capability (nothing to say); `unavailable`: the
 * registry did not answer (the panel says colleagues' actions could not be fetched); `ok`: answered.
 */
export interface OfficeStatus {
  state: 'off' | 'ok' | 'unavailable';
  subjects: Record<string, ColleagueAction[]>;
}

const capabilitiesKey = defineMetaKey<{ endpoint: string; checkedAt: number; capabilities: Capability[] } | null>(
  'registry-capabilities',
  z.object({ endpoint: z.string(), checkedAt: z.number(), capabilities: z.array(z.enum(CAPABILITIES)) }).nullable(),
  () => null,
);

export interface OfficeDeps {
  db: Db;
  log: ActionLog;
  connection: () => Promise<RegistryConnection | null>;
  hasAccess: (endpoint: string) => Promise<boolean>;
  /** This profile's moderator id: the office's records made here are never shown as a colleague's. */
  moderatorId: () => Promise<string>;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

type Reach = { kind: 'off' } | { kind: 'unavailable' } | { kind: 'ok'; client: RegistryClient; capabilities: readonly Capability[] };

/** Drops actions taken back (`retracted`) and the records that took them back. */
function live(actions: readonly OfficeAction[]): OfficeAction[] {
  const takenBack = new Set(actions.flatMap((a) => (a.kind === 'retracted' && a.refersTo ? [a.refersTo] : [])));
  return actions.filter((a) => a.kind !== 'retracted' && !takenBack.has(a.recordId));
}

export class OfficeView {
  private readonly now: () => number;
  private readonly memo = new Map<string, { at: number; actions: OfficeAction[] }>();
  private healthFailedAt: { endpoint: string; at: number } | null = null;

  constructor(private readonly deps: OfficeDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Whether and how the registry can be asked; `/health` is asked only when the kept answer is old. */
  private async reach(): Promise<Reach> {
    const connection = await this.deps.connection();
    if (!connection) return { kind: 'off' };
    if (!(await this.deps.hasAccess(connection.endpoint))) return { kind: 'unavailable' };
    const client = createRegistryClient({ ...connection, fetch: this.deps.fetch, timeoutMs: this.deps.timeoutMs ?? OFFICE_TIMEOUT_MS });
    const kept = await capabilitiesKey.get(this.deps.db);
    const now = this.now();
    if (kept && kept.endpoint === connection.endpoint && now - kept.checkedAt < CAPABILITIES_TTL_MS) {
      return { kind: 'ok', client, capabilities: kept.capabilities };
    }
    const failed = this.healthFailedAt;
    if (failed && failed.endpoint === connection.endpoint && now - failed.at < RETRY_HEALTH_MS) {
      // A registry that did not answer a moment ago: use what it said before, or nothing.
      return kept && kept.endpoint === connection.endpoint ? { kind: 'ok', client, capabilities: kept.capabilities } : { kind: 'unavailable' };
    }
    const health = await client.health();
    if (health.kind !== 'ok') {
      this.healthFailedAt = { endpoint: connection.endpoint, at: now };
      return kept && kept.endpoint === connection.endpoint ? { kind: 'ok', client, capabilities: kept.capabilities } : { kind: 'unavailable' };
    }
    this.healthFailedAt = null;
    await capabilitiesKey.put(this.deps.db, { endpoint: connection.endpoint, checkedAt: now, capabilities: health.capabilities });
    return { kind: 'ok', client, capabilities: health.capabilities };
  }

  /** Colleagues' actions on these comments (records made in this browser left out). */
  async subjects(platform: string, commentIds: readonly string[]): Promise<OfficeStatus> {
    const reach = await this.reach();
    if (reach.kind === 'off' || (reach.kind === 'ok' && !reach.capabilities.includes('subjects'))) return { state: 'off', subjects: {} };
    if (reach.kind === 'unavailable') return { state: 'unavailable', subjects: {} };
    const ids = [...new Set(commentIds)];
    const now = this.now();
    const stale = ids.filter((id) => {
      const kept = this.memo.get(subjectKey(platform, id));
      return !kept || now - kept.at >= SUBJECT_TTL_MS;
    });
    let state: OfficeStatus['state'] = 'ok';
    for (let from = 0; from < stale.length; from += MAX_SUBJECT_IDS) {
      const part = stale.slice(from, from + MAX_SUBJECT_IDS);
      const answer = await reach.client.subjects(platform, part);
      if (answer.kind !== 'ok') {
        state = 'unavailable';
        break;
      }
      for (const id of part) this.memo.set(subjectKey(platform, id), { at: now, actions: answer.value[id] ?? [] });
    }
    const keys = ids.map((id) => subjectKey(platform, id));
    const [local, me] = await Promise.all([this.deps.log.bySubjects(keys), this.deps.moderatorId()]);
    const subjects: Record<string, ColleagueAction[]> = {};
    for (const id of ids) {
      const key = subjectKey(platform, id);
      const mine = new Set((local.get(key) ?? []).map((e) => e.record.id));
      const theirs = live(this.memo.get(key)?.actions ?? [])
        .filter((a) => !mine.has(a.recordId) && a.moderator.id !== me)
        .flatMap((a): ColleagueAction[] => {
          const kind = ActionKindSchema.safeParse(a.kind);
          return kind.success
            ? [{ recordId: a.recordId, kind: kind.data, occurredAt: a.occurredAt, moderatorName: a.moderator.name, registrationNumber: a.registrationNumber }]
            : [];
        });
      if (theirs.length > 0) subjects[id] = theirs;
    }
    // A part not answered: what was kept from earlier answers is still shown, and the panel says so.
    return { state, subjects };
  }

  /** The office's rounds scheduled in [from, to]; null when the registry cannot say (off or unreachable). */
  async rounds(from: Date, to: Date): Promise<OfficeRound[] | null> {
    const reach = await this.reach();
    if (reach.kind !== 'ok' || !reach.capabilities.includes('rounds')) return null;
    const answer = await reach.client.rounds(from, to);
    return answer.kind === 'ok' ? answer.value : null;
  }

  /** Whether the registry can tell of the office's rounds at all (a v1 registry cannot). */
  async knowsRounds(): Promise<boolean> {
    const reach = await this.reach();
    return reach.kind === 'ok' && reach.capabilities.includes('rounds');
  }
}
