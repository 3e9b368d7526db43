/**
 * Reads and writes the registry connection in the background's IndexedDB. An address set by
 * enterprise policy overrides the stored one; the token is always the user's own, stored here.
 */
import { z } from 'zod';
import type { Db } from '../store/db';
import { defineMetaKey } from '../store/meta';
import { checkEndpoint, checkToken, type ConnectionProblem } from './connection';
import { readSyncState, writeSyncState } from './outbox';
import { INITIAL_SYNC_STATE } from './state';

export interface RegistryConnection {
  endpoint: string;
  token: string;
}

/**
 * Both were checked before they were stored, but an older version kept an empty "?" or "#" at the end:
 * the address is rebuilt from origin and path on every read. One that no longer passes, or any other
 * damage, reads as "no registry" (local only; records wait in the outbox).
 */
const StoredEndpointSchema = z.string().transform((value, ctx) => {
  const checked = checkEndpoint(value.replace(/[?#]+$/, ''));
  if (checked.ok) return checked.endpoint;
  ctx.addIssue({ code: 'custom', message: checked.problem });
  return z.NEVER;
});
const registryKey = defineMetaKey<RegistryConnection | null>(
  'registry',
  z.object({ endpoint: StoredEndpointSchema, token: z.string().min(1) }),
  () => null,
);

/**
 * The connection to send to. `policyEndpoint` is the address set by policy: undefined when there is none,
 * '' when the policy sets one that cannot be used; then nothing is sent (records wait in the outbox), and
 * never to the user's own address instead.
 */
export async function readConnection(db: Db, policyEndpoint?: string): Promise<RegistryConnection | null> {
  const stored = await registryKey.get(db);
  if (policyEndpoint === undefined) return stored;
  return stored && policyEndpoint !== '' ? { endpoint: policyEndpoint, token: stored.token } : null;
}

/**
 * Checks an address and token as typed on the options page. An empty token means "keep the stored
 * one": the page never gets the token back to send it again.
 */
export async function resolveConnection(
  db: Db,
  input: { endpoint: string; token: string },
  policyEndpoint?: string,
): Promise<{ ok: true; connection: RegistryConnection } | { ok: false; problem: ConnectionProblem }> {
  const endpoint = checkEndpoint(policyEndpoint ?? input.endpoint);
  if (!endpoint.ok) return endpoint;
  const stored = await registryKey.get(db);
  const token = input.token.trim() === '' && stored ? { ok: true as const, token: stored.token } : checkToken(input.token);
  if (!token.ok) return token;
  return { ok: true, connection: { endpoint: endpoint.endpoint, token: token.token } };
}

export type SaveOutcome = { saved: true; localOnly: boolean } | { saved: false; problem: ConnectionProblem };

/** Validates and stores a connection; an empty endpoint means local-only mode (unless policy sets one). */
export async function saveConnection(
  db: Db,
  input: { endpoint: string; token: string },
  policyEndpoint?: string,
): Promise<SaveOutcome> {
  if (policyEndpoint === undefined && input.endpoint.trim() === '') {
    await registryKey.delete(db);
    return { saved: true, localOnly: true };
  }
  const resolved = await resolveConnection(db, input, policyEndpoint);
  if (!resolved.ok) return { saved: false, problem: resolved.problem };
  await registryKey.put(db, resolved.connection);
  // New credentials deserve a fresh start: clear a 401 stop, any backoff and the slow-registry level
  // (the time of the last success stays: it is still true).
  const { lastSuccessAt } = await readSyncState(db);
  await writeSyncState(db, { ...INITIAL_SYNC_STATE, ...(lastSuccessAt ? { lastSuccessAt } : {}) });
  return { saved: true, localOnly: false };
}
