/** Reads and writes the registry connection in the background's IndexedDB. */
import type { Db } from '../store/db';
import type { RegistryConnection } from '../store/schema';
import { checkEndpoint, checkToken, type ConnectionProblem } from './connection';
import { INITIAL_SYNC_STATE, writeSyncState } from './outbox';

export async function readConnection(db: Db): Promise<RegistryConnection | null> {
  return ((await db.get('meta', 'registry')) as RegistryConnection | undefined) ?? null;
}

/**
 * Checks an address and token as typed on the options page. An empty token means "keep the stored
 * one": the page never gets the token back to send it again.
 */
export async function resolveConnection(
  db: Db,
  input: { endpoint: string; token: string },
): Promise<{ ok: true; connection: RegistryConnection } | { ok: false; problem: ConnectionProblem }> {
  const endpoint = checkEndpoint(input.endpoint);
  if (!endpoint.ok) return endpoint;
  const stored = await readConnection(db);
  const token = input.token.trim() === '' && stored ? { ok: true as const, token: stored.token } : checkToken(input.token);
  if (!token.ok) return token;
  return { ok: true, connection: { endpoint: endpoint.endpoint, token: token.token } };
}

export type SaveOutcome = { saved: true; localOnly: boolean } | { saved: false; problem: ConnectionProblem };

/** Validates and stores a connection; an empty endpoint means local-only mode. */
export async function saveConnection(db: Db, input: { endpoint: string; token: string }): Promise<SaveOutcome> {
  if (input.endpoint.trim() === '') {
    await db.delete('meta', 'registry');
    return { saved: true, localOnly: true };
  }
  const resolved = await resolveConnection(db, input);
  if (!resolved.ok) return { saved: false, problem: resolved.problem };
  await db.put('meta', resolved.connection, 'registry');
  // New credentials deserve a fresh start: clear a 401 stop and any backoff.
  await writeSyncState(db, INITIAL_SYNC_STATE);
  return { saved: true, localOnly: false };
}
