import type { MigrationStep } from './step';

/**
 * v3: evidence files (the comment's picture and HTML fragment), keyed by their SHA-256 so a record names
 * its files by digest and the same bytes are kept once. Nothing existing changes.
 */
export const evidence: MigrationStep = {
  version: 3,
  upgrade(db) {
    db.createObjectStore('evidence', { keyPath: 'sha256' });
  },
};
