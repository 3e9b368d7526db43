/**
 * The first run. A new installation opens the setup page and, until the office's accounts are set, the
 * overlay stays quiet on every page and names the setup page instead of putting checklists on a private
 * person's post. What IT set by policy is not asked again: a step whose fields the policy sets is shown
 * as set, and when the policy covers every step the page is not opened at all.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { STORAGE_ITEMS } from '../store/schema';
import type { LoadedSettings } from './load';

export const SetupStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('pending'), since: z.iso.datetime() }),
  // allPages: the user chose checklists on every Facebook/Instagram page they open, without an account list.
  z.object({ state: z.literal('done'), at: z.iso.datetime(), allPages: z.boolean() }),
]);
export type SetupState = z.infer<typeof SetupStateSchema>;

export const setupItem = storage.defineItem<unknown>(STORAGE_ITEMS.setup.key, { version: STORAGE_ITEMS.setup.version });

/** The stored state; anything unreadable counts as finished (an existing user is never silenced by damage). */
export async function readSetup(): Promise<SetupState | null> {
  const parsed = SetupStateSchema.safeParse(await setupItem.getValue());
  return parsed.success ? parsed.data : null;
}

export type SetupStep = 'you' | 'accounts' | 'registry' | 'times';
export const SETUP_STEPS: readonly SetupStep[] = ['you', 'accounts', 'registry', 'times'];

/** The steps the policy has already answered (their fields locked, or the registry's address set). */
export function coveredSteps(loaded: Pick<LoadedSettings, 'locked' | 'policyRegistryEndpoint' | 'settings'>): Set<SetupStep> {
  const locked = new Set<string>(loaded.locked);
  const covered = new Set<SetupStep>();
  if (locked.has('moderatorName') && locked.has('office')) covered.add('you');
  if (locked.has('officeAccounts') && loaded.settings.officeAccounts.length > 0) covered.add('accounts');
  if (loaded.policyRegistryEndpoint) covered.add('registry');
  if (locked.has('monitoring')) covered.add('times');
  return covered;
}

/**
 * On installation: pending (the page is opened) unless the policy answers every step, then done at once.
 * Returns whether to open the page. An update or a browser restart never calls this.
 */
export async function beginSetup(loaded: LoadedSettings, now: Date): Promise<boolean> {
  // Installed again over kept data (an unpacked build reloaded at browser start): not a first run.
  const earlier = await readSetup();
  if (earlier?.state === 'done') return false;
  if (earlier?.state === 'pending') return true;
  const covered = coveredSteps(loaded);
  const open = SETUP_STEPS.some((step) => !covered.has(step));
  const state: SetupState = open ? { state: 'pending', since: now.toISOString() } : { state: 'done', at: now.toISOString(), allPages: false };
  await setupItem.setValue(state);
  return open;
}

export async function finishSetup(allPages: boolean, now: Date): Promise<void> {
  await setupItem.setValue({ state: 'done', at: now.toISOString(), allPages } satisfies SetupState);
}

/** Whether the overlay waits for the setup: only while it is pending and no office account is known. */
export function awaitingSetup(state: SetupState | null, officeAccounts: readonly string[]): boolean {
  return state?.state === 'pending' && officeAccounts.length === 0;
}
