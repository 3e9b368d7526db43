/**
 * Whether the browser will keep this extension's storage under pressure, asking for it when not yet
 * (navigator.storage.persist()). Firefox grants persistence with the unlimitedStorage permission;
 * Chromium keeps `persisted()` false for extensions but never evicts an origin whose storage is
 * unlimited, which the unlimitedStorage permission makes it. Resolves null where the browser cannot
 * say. Pages only: workers have no persist().
 */
import { browser } from 'wxt/browser';

export async function keepStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    if (storage.persist && (await storage.persist())) return true;
    return await browser.permissions.contains({ permissions: ['unlimitedStorage'] });
  } catch {
    return null;
  }
}
