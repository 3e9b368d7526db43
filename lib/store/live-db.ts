/**
 * One `Db` object that every part of the background keeps for its whole life, although the connection
 * behind it may be replaced (the browser closed it, another version wanted it). Each use forwards to the
 * connection of the moment, and every transaction gets a deadline: one that has not finished by then is
 * aborted, so nothing waits on the store forever and an aborted write is known not to have happened.
 */
import type { Db } from './db';

export interface LiveDbSource {
  /** The connection to use now; throws a StoreError when there is none (closed, reopening, failed). */
  current(): Db;
  /** The connection threw "closing" before its close event arrived: treat it as closed. */
  closing(db: Db): void;
  /** A transaction ran past its deadline and was aborted. */
  timedOut(): void;
  deadlineMs: number;
}

const isNative = (prop: string | symbol) => typeof IDBDatabase !== 'undefined' && prop in IDBDatabase.prototype;

export function liveDb(source: LiveDbSource): Db {
  const transaction = (...args: unknown[]) => {
    const db = source.current();
    let tx: { abort(): void; done: Promise<void> };
    try {
      tx = (db.transaction as (...a: unknown[]) => typeof tx)(...args);
    } catch (error) {
      // "The database connection is closing": the browser closed it and the close event is on its way.
      if (error instanceof Error && error.name === 'InvalidStateError') source.closing(db);
      throw error;
    }
    const timer = setTimeout(() => {
      try {
        tx.abort();
        source.timedOut();
      } catch {
        // Already committing or finished: its outcome stands and tx.done reports it.
      }
    }, source.deadlineMs);
    // Handles tx.done's rejection here too, so a read-only transaction nobody awaits never goes unhandled.
    void tx.done.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
    return tx;
  };
  const handle: Db = new Proxy({} as Db, {
    get(_, prop) {
      if (prop === 'transaction') return transaction;
      const db = source.current();
      const value: unknown = Reflect.get(db, prop, db);
      if (typeof value !== 'function') return value;
      // IDBDatabase's own methods must run on the real connection; idb's shortcuts (get, put,
      // getAllFromIndex …) open their transaction through `this`, so they run on the handle and get a deadline.
      return isNative(prop) ? value.bind(db) : value.bind(handle);
    },
  });
  return handle;
}
