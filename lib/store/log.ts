/**
 * The append-only action log. Appends are serialised so each record chains to the one before it;
 * nothing here updates or deletes an entry.
 */
import { stockholmDay } from '../calendar/stockholm';
import type { ModerationRecord } from '../model';
import type { Db } from './db';
import { seal, type UnsealedRecord } from './integrity';
import { subjectKey, type LogEntry } from './schema';
import { serialQueue } from '../util/serial';

export class ActionLog {
  private readonly serial = serialQueue();

  constructor(private readonly db: Db) {}

  /** Seals the record onto the chain and stores it; resolves with the stored entry. */
  append(record: UnsealedRecord): Promise<LogEntry> {
    return this.serial(() => this.appendNow(record));
  }

  private async appendNow(record: UnsealedRecord): Promise<LogEntry> {
    const prev = (await this.last())?.record.integrity.sha256 ?? null;
    const sealed = await seal(record, prev);
    const entry: LogEntry = {
      record: sealed,
      subjectKey: sealed.subject ? subjectKey(sealed.subject.platform, sealed.subject.id) : null,
      day: stockholmDay(new Date(sealed.occurredAt)),
    };
    // The record and its place in the outbox are written together: nothing logged can miss the registry.
    const tx = this.db.transaction(['log', 'outbox'], 'readwrite');
    // Failures surface through the awaited add below; this only keeps the abort from going unhandled.
    tx.done.catch(() => undefined);
    const log = tx.objectStore('log');
    // The chain head is re-read inside the write transaction: if anything slipped in, refuse rather than fork.
    const cursor = await log.openCursor(null, 'prev');
    if ((cursor?.value.record.integrity.sha256 ?? null) !== prev) {
      tx.abort();
      throw new Error('log changed during append');
    }
    entry.seq = await log.add(entry);
    await tx.objectStore('outbox').add({ recordId: sealed.id, seq: entry.seq, state: 'pending', attempts: 0 });
    await tx.done;
    return entry;
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
