/**
 * The append-only action log. Appends are serialised so each record chains to the one before it;
 * nothing here updates or deletes an entry. With a chain guard, the head is also remembered in
 * storage.local, and a database found emptied underneath is noticed before the next record: the log
 * writes a `log-reset` record naming what was lost and goes on (./wipe.ts explains the chain).
 */
import { stockholmDay } from '../calendar/stockholm';
import type { ModerationRecord } from '../model';
import type { ChainHead, ChainMemoryStore, WipeNotice } from './chain-memory';
import type { Db } from './db';
import { StoreError } from './errors';
import { seal, type UnsealedRecord } from './integrity';
import { subjectKey, type LogEntry } from './schema';
import { checkHead, headOf } from './wipe';
import { serialQueue } from '../util/serial';

/** What a wipe took: the head storage.local remembers and how many entries the database holds now. */
export interface LostChain {
  head: ChainHead;
  found: number;
}

const warn = (what: string) => (error: unknown) => {
  console.warn(`[modereringsstod] ${what}`, error);
  return null;
};

export interface ChainGuard {
  memory: ChainMemoryStore;
  /** The `log-reset` record to write when a wipe is found (its moderator, office and account). */
  resetRecord: (lost: LostChain) => Promise<UnsealedRecord>;
  now?: () => Date;
}

export class ActionLog {
  private readonly serial = serialQueue();

  constructor(
    private readonly db: Db,
    private readonly guard?: ChainGuard,
  ) {}

  /** Seals the record onto the chain and stores it; resolves with the stored entry. */
  append(record: UnsealedRecord): Promise<LogEntry> {
    return this.serial(async () => {
      await this.reconcileNow();
      return this.write(record);
    });
  }

  /** Compares the database with the remembered head (on every open); returns the wipe found, if any. */
  reconcile(): Promise<WipeNotice | null> {
    return this.serial(() => this.reconcileNow());
  }

  /** The last wipe found, marked as told to the overlay; null when there is none or it was told already. */
  takeWipeForOverlay(): Promise<WipeNotice | null> {
    return this.serial(async () => {
      if (!this.guard) return null;
      const memory = await this.guard.memory.read();
      if (!memory.wipe || memory.wipe.toldInOverlay) return null;
      await this.guard.memory.write({ ...memory, wipe: { ...memory.wipe, toldInOverlay: true } });
      return memory.wipe;
    });
  }

  /** The last wipe found, told or not. */
  async lastWipe(): Promise<WipeNotice | null> {
    return this.guard ? (await this.guard.memory.read()).wipe : null;
  }

  private async reconcileNow(): Promise<WipeNotice | null> {
    if (!this.guard) return null;
    const { memory, resetRecord, now = () => new Date() } = this.guard;
    // storage.local failing must never stop recording: without it there is only nothing to compare.
    const remembered = await memory.read().catch(warn('could not read the chain head'));
    if (!remembered) return null;
    const last = await this.last();
    const check = await checkHead(remembered.head, last, async (id) => (await this.db.getKeyFromIndex('log', 'byRecordId', id)) !== undefined);
    if (check.kind === 'same') return null;
    if (check.kind === 'adopt') {
      const head = headOf(last!, await this.db.count('log'));
      await memory.write({ ...remembered, head }).catch(warn('could not remember the chain head'));
      return null;
    }
    const found = await this.db.count('log');
    const reset = await resetRecord({ head: check.head, found });
    // An emptied database continues from the remembered head; one restored from an older copy from its own.
    await this.write(reset, last ? undefined : check.head.sha256);
    const wipe: WipeNotice = {
      detectedAt: now().toISOString(),
      lostCount: check.head.count,
      lastRecordId: check.head.recordId,
      lastOccurredAt: check.head.occurredAt,
      toldInOverlay: false,
    };
    await memory
      .read()
      .then((current) => memory.write({ ...current, wipe }))
      .catch(warn('could not remember the wipe'));
    return wipe;
  }

  /** Writes one sealed record; `prev` overrides the link only for a reset record on an empty database. */
  private async write(record: UnsealedRecord, prevOverride?: string): Promise<LogEntry> {
    const expected = (await this.last())?.record.integrity.sha256 ?? null;
    const sealed = await seal(record, prevOverride ?? expected);
    const entry: LogEntry = {
      record: sealed,
      subjectKey: sealed.subject ? subjectKey(sealed.subject.platform, sealed.subject.id) : null,
      day: stockholmDay(new Date(sealed.occurredAt)),
    };
    // The record and its place in the outbox are written together: nothing logged can miss the registry.
    const tx = this.db.transaction(['log', 'outbox'], 'readwrite');
    // Failures surface through the awaited calls below; this only keeps the abort from going unhandled.
    tx.done.catch(() => undefined);
    let count: number;
    try {
      const log = tx.objectStore('log');
      // The chain head is re-read inside the write transaction: if anything slipped in, refuse rather than fork.
      const cursor = await log.openCursor(null, 'prev');
      if ((cursor?.value.record.integrity.sha256 ?? null) !== expected) {
        tx.abort();
        throw new StoreError('failed', { cause: new Error('log changed during append') });
      }
      entry.seq = await log.add(entry);
      await tx.objectStore('outbox').add({ recordId: sealed.id, seq: entry.seq, state: 'pending', attempts: 0 });
      count = await log.count();
      await tx.done;
    } catch (error) {
      // A commit that failed (a full disk) says why on the transaction; its requests only say "aborted".
      throw tx.error ?? error;
    }
    await this.remember(entry, count);
    return entry;
  }

  /** Keeps storage.local's head in step; a failure here only delays that (the next check adopts it). */
  private async remember(entry: LogEntry, count: number): Promise<void> {
    if (!this.guard) return;
    const { memory } = this.guard;
    await memory
      .read()
      .then((current) => memory.write({ ...current, head: headOf(entry, count) }))
      .catch(warn('could not remember the chain head'));
  }

  async last(): Promise<LogEntry | undefined> {
    const cursor = await this.db.transaction('log').store.openCursor(null, 'prev');
    return cursor?.value;
  }

  /** Newest first. */
  async latest(limit: number, filter: (e: LogEntry) => boolean = () => true): Promise<LogEntry[]> {
    const out: LogEntry[] = [];
    let cursor = await this.db.transaction('log').store.openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      if (filter(cursor.value)) out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  bySubject(key: string): Promise<LogEntry[]> {
    return this.db.getAllFromIndex('log', 'bySubject', key);
  }

  /** Entries of many subjects in one read transaction (a page of 2,000 comments asks at once). */
  async bySubjects(keys: readonly string[]): Promise<Map<string, LogEntry[]>> {
    const index = this.db.transaction('log').store.index('bySubject');
    const found = await Promise.all(keys.map((key) => index.getAll(key)));
    return new Map(keys.map((key, i) => [key, found[i] ?? []]));
  }

  byDay(day: string): Promise<LogEntry[]> {
    return this.db.getAllFromIndex('log', 'byDay', day);
  }

  /** Log entries for record ids, in the order given; ids not in the log are skipped. */
  async byRecordIds(ids: readonly string[]): Promise<LogEntry[]> {
    const tx = this.db.transaction('log');
    const found = await Promise.all(ids.map((id) => tx.store.index('byRecordId').get(id)));
    return found.filter((e): e is LogEntry => e !== undefined);
  }

  async all(): Promise<ModerationRecord[]> {
    return (await this.db.getAll('log')).map((e) => e.record);
  }
}
