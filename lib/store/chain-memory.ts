/**
 * The log's chain head remembered outside IndexedDB, in storage.local: clearing a site's data or a
 * profile cleanup can empty the database while this survives, and comparing the two is how a wiped log
 * is noticed instead of silently starting over. It also holds the last wipe found, for the popup and the
 * overlay to tell the user.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { STORAGE_ITEMS } from './schema';

/** The newest record of the log, as last written. `count` is how many entries the log held then. */
export interface ChainHead {
  seq: number;
  recordId: string;
  sha256: string;
  occurredAt: string;
  count: number;
}

/** A wipe found: the remembered head was gone from the database. */
export interface WipeNotice {
  detectedAt: string;
  /** Entries the log held up to the lost head (the number that is no longer in this browser). */
  lostCount: number;
  lastRecordId: string;
  lastOccurredAt: string;
  /** Whether an overlay action result has already carried this notice (it does so once). */
  toldInOverlay: boolean;
}

export interface ChainMemory {
  head: ChainHead | null;
  wipe: WipeNotice | null;
}

export interface ChainMemoryStore {
  read(): Promise<ChainMemory>;
  write(memory: ChainMemory): Promise<void>;
}

const HeadSchema = z.object({
  seq: z.number().int().nonnegative(),
  recordId: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  occurredAt: z.string(),
  count: z.number().int().nonnegative(),
});
const WipeSchema = z.object({
  detectedAt: z.string(),
  lostCount: z.number().int().nonnegative(),
  lastRecordId: z.string(),
  lastOccurredAt: z.string(),
  toldInOverlay: z.boolean(),
});
// Field by field: a damaged head reads as "none remembered" (nothing to compare), not as a wipe.
const MemorySchema = z.object({
  head: HeadSchema.nullable().catch(null),
  wipe: WipeSchema.nullable().catch(null),
});

export const EMPTY_CHAIN_MEMORY: ChainMemory = { head: null, wipe: null };

export function parseChainMemory(raw: unknown): ChainMemory {
  const parsed = MemorySchema.safeParse(raw);
  return parsed.success ? parsed.data : EMPTY_CHAIN_MEMORY;
}

/** The storage.local item (versioned like the others: STORAGE_ITEMS in ./schema.ts). */
export function chainMemoryItem(): ChainMemoryStore {
  const item = storage.defineItem<unknown>(STORAGE_ITEMS.chainHead.key, { version: STORAGE_ITEMS.chainHead.version });
  return {
    read: async () => parseChainMemory(await item.getValue()),
    write: (memory) => item.setValue(memory),
  };
}
