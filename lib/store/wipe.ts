/**
 * Comparing the database's newest log entry with the head storage.local remembers (./chain-memory.ts).
 *
 * After a wipe the log goes on in a new segment that begins with a `log-reset` record. Its
 * `integrity.prev` is the hash of the remembered head when the database came back empty, so the chain
 * as the registry holds it stays one unbroken line through the reset: a verifier with the earlier records
 * sees them linked, and one without them sees exactly where the gap is and, in the reset record, how many
 * records it had and up to when. (Starting the segment with `prev: null` would break that link and look
 * like a second, unrelated log.) Locally, a log that starts with a `log-reset` record starts from that
 * head (verifyChain in ./integrity.ts). If the database is not empty but lacks the head (restored from an
 * older copy), the reset record links to the database's own newest entry and names the lost head instead.
 */
import type { ChainHead } from './chain-memory';
import type { LogEntry } from './schema';

export type HeadCheck =
  /** The database ends where storage.local says: nothing to do. */
  | { kind: 'same' }
  /** storage.local is behind or empty (its write failed, or it was cleared): adopt the database's head. */
  | { kind: 'adopt' }
  /** The remembered head is gone from the database: earlier records were wiped. */
  | { kind: 'lost'; head: ChainHead };

/**
 * `remembered`: the head in storage.local; `last`: the database's newest entry; `holds`: whether the
 * database still has a record id (only asked when the two differ).
 */
export async function checkHead(
  remembered: ChainHead | null,
  last: LogEntry | undefined,
  holds: (recordId: string) => Promise<boolean>,
): Promise<HeadCheck> {
  if (!remembered) return last ? { kind: 'adopt' } : { kind: 'same' };
  if (last && last.record.id === remembered.recordId && last.record.integrity.sha256 === remembered.sha256) return { kind: 'same' };
  if (last && (await holds(remembered.recordId))) return { kind: 'adopt' };
  return { kind: 'lost', head: remembered };
}

export function headOf(entry: LogEntry, count: number): ChainHead {
  return {
    seq: entry.seq ?? 0,
    recordId: entry.record.id,
    sha256: entry.record.integrity.sha256,
    occurredAt: entry.record.occurredAt,
    count,
  };
}
