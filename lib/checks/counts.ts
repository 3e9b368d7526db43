/**
 * The counts' one schema, built from the check registry: what the page panel shows, what the content
 * script reports for a monitoring round, and what the round stores. zod lives here, not in the
 * registry, so the content script's bundle stays without it.
 */
import { z } from 'zod';
import { COUNT_KEYS, type CountKey, type Counts } from './registry';

const count = z.number().int().min(0).max(100_000);
const shape = <T>(value: T) => Object.fromEntries(COUNT_KEYS.map((key) => [key, value])) as Record<CountKey, T>;

/** Counts as they cross a boundary: every key, each a whole number. */
export const CountsSchema = z.object(shape(count));

/** Counts as stored: a key a newer check added, or a damaged value, reads as 0. */
export const StoredCountsSchema = z.object(shape(count.catch(0)));

export function emptyCounts(): Counts {
  return shape(0);
}

export function sumCounts(list: readonly Counts[]): Counts {
  const total = emptyCounts();
  for (const counts of list) for (const key of COUNT_KEYS) total[key] += counts[key];
  return total;
}

/** `notArchived` → `not-archived`, as a count appears in a record's tags. */
export function countTag(key: CountKey): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
