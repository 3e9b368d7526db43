/**
 * The IndexedDB upgrade steps, in order; openLogDb runs those above the version a browser has.
 *
 * To add version 3: write `003-what-it-adds.ts` exporting a MigrationStep with `version: 3` (create or
 * change stores there, and convert existing data inside the same upgrade transaction); append it below;
 * set DB_VERSION = 3 and update the store types in ../schema.ts; and add a test that builds a database
 * from a stored example of version 2 (tests/fixtures/db/), opens it, and checks the data came across.
 * Never edit a step that has shipped: browsers that ran it will not run it again.
 */
import { log } from './001-log';
import { outboxRegistrationsMeta } from './002-outbox-registrations-meta';
import { evidence } from './003-evidence';
import type { MigrationStep, UpgradeDb, UpgradeTx } from './step';

export const MIGRATIONS: readonly MigrationStep[] = [log, outboxRegistrationsMeta, evidence];

/** Runs, in order, every step above `oldVersion` up to and including `newVersion`. */
export async function upgrade(db: UpgradeDb, tx: UpgradeTx, oldVersion: number, newVersion: number): Promise<void> {
  for (const step of MIGRATIONS) {
    if (step.version > oldVersion && step.version <= newVersion) await step.upgrade(db, tx);
  }
}
