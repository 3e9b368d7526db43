/**
 * Asks the browser to keep this extension's storage (navigator.storage.persist(); with the
 * unlimitedStorage permission Chromium and Firefox grant it without a prompt). Resolves whether the
 * storage is persistent, or null where the browser cannot say. Pages only: workers have no persist().
 */
export async function keepStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    return storage.persist ? await storage.persist() : false;
  } catch {
    return null;
  }
}
