/** Reads and writes the registry connection in the background's IndexedDB. */
import type { Db } from '../store/db';
import type { RegistryConnection } from '../store/schema';
import { checkEndpoint, checkToken, type ConnectionProblem } from './connection';
import { INITIAL_SYNC_STATE, writeSyncState } from './outbox';

export async function readConnection(db: Db): Promise<RegistryConnection | null> {
  return ((await db.get('meta', 'registry')) as RegistryConnection | undefined) ?? null;
}

export type SaveOutcome = { saved: true; localOnly: boolean } | { saved: false; problem: ConnectionProblem };

/**
 * Validates and stores a connection. An empty endpoint means local-only mode; an empty token keeps the
 * stored one (the options page never gets the token back to re-send it).
 */
export async function saveConnection(db: Db, input: { endpoint: string; token: string }): Promise<SaveOutcome> {
  if (input.endpoint.trim() === '') {
    await db.delete('meta', 'registry');
    return { saved: true, localOnly: true };
  }
  const endpoint = checkEndpoint(input.endpoint);
  if (!endpoint.ok) return { saved: false, problem: endpoint.problem };
  const stored = await readConnection(db);
  const token = input.token.trim() === '' && stored ? { ok: true as const, token: stored.token } : checkToken(input.token);
  if (!token.ok) return { saved: false, problem: token.problem };
  await db.put('meta', { endpoint: endpoint.endpoint, token: token.token }, 'registry');
  // New credentials deserve a fresh start: clear a 401 stop and any backoff.
  await writeSyncState(db, INITIAL_SYNC_STATE);
  return { saved: true, localOnly: false };
}
