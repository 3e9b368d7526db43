// The store's connection under a browser that closes it, upgrades it elsewhere, or does not answer.
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreConnection, OPEN_WAIT_MS, TX_DEADLINE_MS } from '../../lib/store/connection';
import type { Db } from '../../lib/store/db';
import { StoreError } from '../../lib/store/errors';
import { ActionLog } from '../../lib/store/log';
import { DB_NAME, DB_VERSION } from '../../lib/store/schema';
import { unsealed } from '../helpers/records';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const raw = (db: Db) => unwrap(db) as IDBDatabase;
// What clearing site data does to an open connection (fake-indexeddb's typing asks for the class).
const forceClose = (db: Db) => forceCloseDatabase(raw(db) as unknown as typeof IDBDatabase);
const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (e: unknown) => (e instanceof StoreError ? e.problem : `not a StoreError: ${String(e)}`),
  );

let store: StoreConnection | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
  vi.useRealTimers();
});

describe('StoreConnection', () => {
  it('opens again by itself when the browser closes the connection, behind the same handle', async () => {
    store = new StoreConnection();
    const log = new ActionLog(store.db);
    await store.ready();
    await log.append(unsealed(uuid(1)));
    const first = await store.ready();
    forceClose(first);
    expect(store.problem).toBe('closed');
    // Opened again without anyone asking: the next action finds it ready (and a wipe already noticed).
    await vi.waitFor(() => expect(store!.problem).toBeNull());
    const second = await store.ready();
    expect(second).not.toBe(first);
    await log.append(unsealed(uuid(2)));
    expect((await log.all()).map((r) => r.id)).toEqual([uuid(1), uuid(2)]);
  });

  it('runs work cut off by a closed connection once more on the new one', async () => {
    store = new StoreConnection();
    const db = store.db;
    let tries = 0;
    const value = await store.run(async () => {
      tries++;
      // The first time, the browser closes the connection just before the work reaches it.
      if (tries === 1) forceClose(await store!.ready());
      return db.count('log');
    });
    expect({ tries, value }).toEqual({ tries: 2, value: 0 });
  });

  it('does not run work twice for any other failure, and names it', async () => {
    store = new StoreConnection();
    let tries = 0;
    const failing = store.run(async () => {
      tries++;
      throw new DOMException('disk', 'UnknownError');
    });
    expect(await problemOf(failing)).toBe('failed');
    expect(tries).toBe(1);
  });

  it('lets bugs through as they are: only the store has store messages', async () => {
    store = new StoreConnection();
    await expect(store.run(async () => Promise.reject(new TypeError('a bug')))).rejects.toBeInstanceOf(TypeError);
  });

  it('says "newer version" at once when the database on disk is newer than this build', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 5, { upgrade: (db) => void db.createObjectStore('log') });
    newer.close();
    store = new StoreConnection();
    expect(await problemOf(store.ready())).toBe('newer-version');
    expect(store.problem).toBe('newer-version');
    expect(await problemOf(store.run(async () => 1))).toBe('newer-version');
    // The newer database is left as it was.
    const check = await openDB(DB_NAME);
    expect(check.version).toBe(DB_VERSION + 5);
    check.close();
  });

  it('steps aside for a newer version opened elsewhere, and then says "newer version"', async () => {
    store = new StoreConnection();
    await store.ready();
    // A newer build's page upgrades: our connection hears `versionchange`, closes, and opens again behind it.
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    await vi.waitFor(() => expect(store!.problem).toBe('newer-version'));
    expect(await problemOf(store.ready())).toBe('newer-version');
    newer.close();
  });

  it('says "blocked" at once while an older connection holds up the upgrade, and opens when it lets go', async () => {
    // An old page holds version 1 open and ignores `versionchange`.
    const old = await openDB(DB_NAME, 1, {
      upgrade: (db) => {
        const log = db.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
        log.createIndex('byRecordId', 'record.id', { unique: true });
        log.createIndex('bySubject', 'subjectKey');
        log.createIndex('byDay', 'day');
      },
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    store = new StoreConnection();
    expect(await problemOf(store.ready())).toBe('blocked');
    expect(store.problem).toBe('blocked');
    expect(await problemOf(store.run(async () => 1))).toBe('blocked');
    old.close();
    vi.useRealTimers();
    await vi.waitFor(() => expect(store!.problem).toBeNull());
    const db = await store.ready();
    expect([...db.objectStoreNames].sort()).toEqual(['evidence', 'log', 'meta', 'outbox', 'registrations']);
  });

  it('answers "timeout" when opening takes longer than a person waits, and uses the connection once it comes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let finish!: (db: Db) => void;
    const opened = new Promise<Db>((resolve) => (finish = resolve));
    store = new StoreConnection({ open: () => opened });
    const waiting = problemOf(store.ready());
    await vi.advanceTimersByTimeAsync(OPEN_WAIT_MS - 1);
    expect(store.problem).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toBe('timeout');
    vi.useRealTimers();
    const real = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('meta') });
    finish(real as unknown as Db);
    expect(await store.ready()).toBe(real);
  });

  it('aborts a transaction that runs past its deadline, so the write did not happen, and names it "timeout"', async () => {
    store = new StoreConnection();
    const db = store.db;
    const own = await store.ready();
    // Another transaction keeps the meta store busy (requests chained forever), so ours cannot start.
    let busy = true;
    const hog = raw(own).transaction('meta', 'readwrite').objectStore('meta');
    const spin = () => {
      if (busy) hog.get('x').onsuccess = spin;
    };
    spin();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const write = problemOf(store.run(() => db.put('meta', 'value', 'sync-state')));
    await vi.advanceTimersByTimeAsync(TX_DEADLINE_MS);
    expect(await write).toBe('timeout');
    busy = false;
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await db.get('meta', 'sync-state')).toBeUndefined());
  });

  it('names a full disk as such', async () => {
    store = new StoreConnection();
    const log = new ActionLog(store.db);
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await problemOf(store.run(() => log.append(unsealed(uuid(1)))))).toBe('full');
    add.mockRestore();
    expect(await log.all()).toEqual([]);
  });
});
