import type { IDBPDatabase, IDBPTransaction } from 'idb';

export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * One IndexedDB upgrade step: what version `version` adds to the one before. Steps see the database
 * untyped on purpose: each describes the schema as it was at its version, and must keep doing so when
 * the types in ../schema.ts move on.
 */
export interface MigrationStep {
  version: number;
  upgrade(db: UpgradeDb, tx: UpgradeTx): void | Promise<void>;
}
