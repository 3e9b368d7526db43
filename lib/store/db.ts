/** Opens the log database, creating or migrating its stores (steps in ./migrations/, each tested from stored data). */
import { openDB, type IDBPDatabase } from 'idb';
import { upgrade } from './migrations';
import type { UpgradeDb, UpgradeTx } from './migrations/step';
import { DB_NAME, DB_VERSION, type ModerationDB } from './schema';

export type Db = IDBPDatabase<ModerationDB>;

/** What the opener hears about other connections and the browser (StoreConnection acts on each). */
export interface OpenEvents {
  blocked?: () => void;
  blocking?: () => void;
  terminated?: () => void;
}

export function openLogDb(name: string = DB_NAME, events: OpenEvents = {}): Promise<Db> {
  return openDB<ModerationDB>(name, DB_VERSION, {
    // The steps are typed for the schema of their own version, not today's (see ./migrations/step.ts).
    upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db as unknown as UpgradeDb, tx as unknown as UpgradeTx, oldVersion, DB_VERSION),
    blocked: events.blocked && (() => events.blocked?.()),
    blocking: events.blocking && (() => events.blocking?.()),
    terminated: events.terminated,
  });
}
