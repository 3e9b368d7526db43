/**
 * The registry connection: validated before it is stored, kept in the background's IndexedDB (never
 * in storage a content script can read), and never sent anywhere but to the registry itself.
 */
import { z } from 'zod';

export type ConnectionProblem = 'endpoint-malformed' | 'endpoint-query' | 'endpoint-not-https' | 'token-empty' | 'token-invalid';

// Plain http only on the machine itself; these are also the only http hosts in the manifest's optional permissions.
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** Returns the normalised endpoint (no trailing slash) or the problem, in terms the options page can show. */
export function checkEndpoint(input: string): { ok: true; endpoint: string } | { ok: false; problem: ConnectionProblem } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'endpoint-malformed' };
  }
  // The client appends /health and /records to the base: a query or fragment would end up in the middle.
  // An empty "?" or "#" parses to an empty search/hash but stays in href: refuse the characters outright.
  if (/[?#]/.test(input)) return { ok: false, problem: 'endpoint-query' };
  if (url.username || url.password) return { ok: false, problem: 'endpoint-malformed' };
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    // Rebuilt from its parts, so nothing but scheme, host, port and path reaches the stored address.
    return { ok: true, endpoint: `${url.origin}${url.pathname}`.replace(/\/+$/, '') };
  }
  return { ok: false, problem: url.protocol === 'http:' ? 'endpoint-not-https' : 'endpoint-malformed' };
}

/** Bearer tokens are opaque, but they travel in a header: printable ASCII without spaces. */
export function checkToken(input: string): { ok: true; token: string } | { ok: false; problem: ConnectionProblem } {
  const token = input.trim();
  if (token === '') return { ok: false, problem: 'token-empty' };
  if (!/^[\x21-\x7e]{1,4096}$/.test(token)) return { ok: false, problem: 'token-invalid' };
  return { ok: true, token };
}

export const ConnectionInputSchema = z.object({ endpoint: z.string().max(2048), token: z.string().max(4096) });
