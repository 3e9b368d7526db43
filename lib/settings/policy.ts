/**
 * The IT department's policy (storage.managed). Chrome answers storage.managed slowly while its policy
 * service starts (seconds after a browser start; over 20 s seen in tests), and every record needs the
 * settings, so the last policy read is kept in the policy-cache item and used at once while a fresh
 * read runs behind it. A changed policy lands in the cache, whose change event reconciles the rest.
 */
import { browser } from 'wxt/browser';
import { settingsItems } from './items';

async function readManagedNow(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    // No policy installed: Firefox rejects, Chrome returns {}.
    return {};
  }
}

let refreshing: Promise<Record<string, unknown>> | null = null;

/** Resolves when a policy read under way has reached the cache (tests; nothing waits on it otherwise). */
export async function policySettled(): Promise<void> {
  await refreshing;
}

/** The policy as IT set it, unchecked: lib/settings/resolve.ts judges it field by field and says what is wrong. */
export async function readManaged(): Promise<Record<string, unknown>> {
  const cached = await settingsItems.policyCache.getValue();
  refreshing ??= readManagedNow()
    .then(async (fresh) => {
      if (JSON.stringify(fresh) !== JSON.stringify(cached)) await settingsItems.policyCache.setValue(fresh);
      return fresh;
    })
    .finally(() => {
      refreshing = null;
    });
  return cached && typeof cached === 'object' ? cached : await refreshing;
}
