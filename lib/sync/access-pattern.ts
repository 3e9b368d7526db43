/**
 * Which addresses the extension may be given access to for its registry, as match patterns. Pure,
 * so wxt.config.ts (the manifest) and the background share one list.
 */

/** What the manifest declares as optional host permissions: any https host, http only on this machine. */
export const REGISTRY_PERMISSION_PATTERNS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] as const;

/**
 * The match pattern for a registry address: its scheme and host, any port and path. Match patterns
 * take no port in Firefox and ignore it in Chrome, so the host is the unit a user grants.
 */
export function accessPattern(endpoint: string): string | null {
  try {
    const url = new URL(endpoint.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}
