/**
 * The background's connection to the log database, kept usable for the worker's whole life. The browser
 * may close it at any time (the user cleared site data, a profile cleanup, a disk error: the `close`
 * event, idb's `terminated`), or another connection may ask for a newer version (`versionchange`, idb's
 * `blocking`): either way the connection is let go and opened again at once, so recording works again
 * without a restart. Opening waits at most `openWaitMs` per request, and an upgrade held up by an older
 * connection (`blocked`) or a newer database on disk (VersionError) is reported as such, not as a hang.
 */
import type { Db } from './db';
import { openLogDb } from './db';
import { StoreError, isStoreFailure, problemOf, type StoreProblem } from './errors';
import { liveDb } from './live-db';

/** Under the 5 s a person waits for a button's answer before assuming it is broken. */
export const OPEN_WAIT_MS = 4_000;
/** Far above any transaction of ours (a whole-log read is well under a second); only a stuck one hits it. */
export const TX_DEADLINE_MS = 15_000;

export interface OpenCallbacks {
  /** Our upgrade waits for another connection to close. */
  blocked(): void;
  /** Another connection wants to upgrade or delete the database; ours is in its way. */
  blocking(): void;
  /** The browser closed our connection. */
  terminated(): void;
}
export type Opener = (callbacks: OpenCallbacks) => Promise<Db>;

export interface ConnectionOptions {
  /** Opens the database (default: the log database with its migrations). */
  open?: Opener;
  openWaitMs?: number;
  txDeadlineMs?: number;
  /**
   * Runs after each (re)open, before waiting requests are answered: the place to notice a wiped log.
   * It may use `db` but must not wait for `ready()`, which waits for it. Its failure is reported, not fatal.
   */
  afterOpen?: () => Promise<void>;
}

/** How many closes and timeouts had happened at some point, to explain a failure that came after it. */
export interface Marks {
  closes: number;
  timeouts: number;
}

export class StoreConnection {
  /** The one handle to keep: it always uses the connection of the moment (see ./live-db.ts). */
  readonly db: Db;
  private conn: Db | null = null;
  private opening: Promise<Db> | null = null;
  private attempt = 0;
  private blocked = false;
  private lastProblem: StoreProblem | null = null;
  private readonly blockedWaiters = new Set<() => void>();
  private readonly counts: Marks = { closes: 0, timeouts: 0 };
  private readonly openFn: Opener;
  private readonly openWaitMs: number;

  constructor(private readonly options: ConnectionOptions = {}) {
    this.openFn = options.open ?? ((callbacks) => openLogDb(undefined, callbacks));
    this.openWaitMs = options.openWaitMs ?? OPEN_WAIT_MS;
    this.db = liveDb({
      current: () => this.current(),
      closing: (db) => this.lost(db),
      timedOut: () => void this.counts.timeouts++,
      deadlineMs: options.txDeadlineMs ?? TX_DEADLINE_MS,
    });
  }

  /** What keeps the store from being used right now, or null when it is open. */
  get problem(): StoreProblem | null {
    if (this.conn && !this.opening) return null;
    return this.blocked ? 'blocked' : this.lastProblem;
  }

  /** The open connection, opening it if needed; rejects with a StoreError, never waits past `openWaitMs`. */
  ready(): Promise<Db> {
    if (this.conn && !this.opening) return Promise.resolve(this.conn);
    return this.wait(this.opening ?? this.start());
  }

  marks(): Marks {
    return { ...this.counts };
  }

  /** The problem behind an error thrown by work that started at `since`. */
  explain(error: unknown, since: Marks): StoreProblem {
    const problem = problemOf(error);
    if (problem !== 'failed') return problem;
    if (this.counts.closes > since.closes) return 'closed';
    if (this.counts.timeouts > since.timeouts) return 'timeout';
    return 'failed';
  }

  /**
   * Runs work once the store is open; the store's failures come out as StoreErrors (other errors, bugs,
   * as they are). Work cut off by the connection closing (its transactions aborted, so nothing of it was
   * written) runs once more on the new connection: every handler's work may run twice (it is idempotent).
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      await this.ready();
      const since = this.marks();
      try {
        return await work();
      } catch (error) {
        if (!isStoreFailure(error)) throw error;
        const problem = this.explain(error, since);
        if (problem === 'closed' && tries < 2) continue;
        throw error instanceof StoreError ? error : new StoreError(problem, { cause: error });
      }
    }
  }

  /** Lets the connection go for good (tests, or a worker shutting down). */
  close(): void {
    this.attempt++;
    this.conn?.close();
    this.conn = null;
  }

  private current(): Db {
    if (this.conn) return this.conn;
    throw new StoreError(this.blocked ? 'blocked' : (this.lastProblem ?? 'closed'));
  }

  private wait(opening: Promise<Db>): Promise<Db> {
    if (this.blocked) return Promise.reject(new StoreError('blocked'));
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.blockedWaiters.delete(onBlocked);
      };
      const onBlocked = () => {
        settle();
        reject(new StoreError('blocked'));
      };
      // The open itself goes on (it cannot be cancelled); a later request finds it done.
      const timer = setTimeout(() => {
        settle();
        reject(new StoreError(this.blocked ? 'blocked' : 'timeout'));
      }, this.openWaitMs);
      this.blockedWaiters.add(onBlocked);
      opening.then(
        (db) => (settle(), resolve(db)),
        (error: unknown) => (settle(), reject(error)),
      );
    });
  }

  private start(): Promise<Db> {
    const attempt = ++this.attempt;
    const current = () => attempt === this.attempt;
    this.blocked = false;
    const opening = this.openFn({
      blocked: () => {
        if (!current()) return;
        this.blocked = true;
        for (const reject of [...this.blockedWaiters]) reject();
      },
      blocking: () => current() && this.release(),
      terminated: () => current() && this.lost(this.conn),
    })
      .then(
        async (db) => {
          this.blocked = false;
          this.lastProblem = null;
          this.conn = db;
          await this.options.afterOpen?.().catch((error: unknown) => console.error('[modereringsstod] after opening the store', error));
          return db;
        },
        (error: unknown) => {
          this.blocked = false;
          this.lastProblem = problemOf(error);
          throw new StoreError(this.lastProblem, { cause: error });
        },
      )
      .finally(() => {
        if (current()) this.opening = null;
      });
    this.opening = opening;
    opening.catch(() => undefined);
    return opening;
  }

  /** The browser closed the connection: forget it and open again at once (a wipe is noticed there). */
  private lost(db: Db | null): void {
    if (!db || db !== this.conn) return;
    this.conn = null;
    // Closed while its after-open check ran: that open is over, the next one starts afresh.
    this.opening = null;
    this.counts.closes++;
    this.lastProblem = 'closed';
    void this.ready().catch(() => undefined);
  }

  /**
   * Another connection asks for a new version or a deletion: close ours so it can go ahead, then queue
   * our own open behind it. After a deletion that open makes a fresh database (and the wipe is noticed);
   * after an upgrade by a newer build it fails with VersionError, reported as `newer-version`.
   */
  private release(): void {
    const db = this.conn;
    if (!db) return;
    db.close();
    this.lost(db);
  }
}
