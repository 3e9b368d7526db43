/**
 * The browser's permission to reach the registry. The manifest declares the possible registry
 * addresses as optional host permissions (access-pattern.ts); the one configured is asked for when
 * the user saves it. With that permission the extension's requests are not subject to CORS, so a
 * registry needs no Access-Control-* headers.
 */
import { browser } from 'wxt/browser';
import { accessPattern } from './access-pattern';

export { accessPattern, REGISTRY_PERMISSION_PATTERNS } from './access-pattern';

export async function hasRegistryAccess(endpoint: string): Promise<boolean> {
  const pattern = accessPattern(endpoint);
  if (!pattern) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Asks the user for access to the registry. Browsers show the prompt only inside a user gesture, so
 * call this first in a click handler, before anything else is awaited.
 */
export async function requestRegistryAccess(endpoint: string): Promise<boolean> {
  const pattern = accessPattern(endpoint);
  if (!pattern) return false;
  try {
    return await browser.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}
