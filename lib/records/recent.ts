/**
 * The records view's first screen, kept ready: the background writes the newest rows (as the view would
 * read them from the log) to storage.local after every change to the log, so the view can show them
 * before it has even opened IndexedDB. The view then reads the log itself and replaces them; the rows
 * shown first are at most one change old (the refresh is debounced by a second).
 */
import { storage } from 'wxt/utils/storage';
import type { Db } from '../store/db';
import { STORAGE_ITEMS } from '../store/schema';
import type { RecordRow } from './rows';
import { latestEntries, readRows } from './source';

/** A screen and its margin. */
export const RECENT_ROWS = 60;

export interface RecentRows {
  madeAt: string;
  /** Records in the log when they were made (the newest row's position). */
  head: number;
  rows: RecordRow[];
}

const item = () => storage.defineItem<unknown>(STORAGE_ITEMS.recentRows.key, { version: STORAGE_ITEMS.recentRows.version });

export async function makeRecentRows(db: Db, now: Date): Promise<RecentRows> {
  const rows = await readRows(db, await latestEntries(db, RECENT_ROWS));
  return { madeAt: now.toISOString(), head: rows.at(-1)?.seq ?? 0, rows };
}

export async function writeRecentRows(db: Db, now = new Date()): Promise<void> {
  await item().setValue(await makeRecentRows(db, now));
}

/** The kept rows, or null when there are none or they are not what this version wrote. */
export async function readRecentRows(): Promise<RecentRows | null> {
  const value = (await item().getValue().catch(() => null)) as Partial<RecentRows> | null;
  if (!value || !Array.isArray(value.rows) || typeof value.madeAt !== 'string') return null;
  const rows = value.rows.filter((r): r is RecordRow => !!r && typeof r === 'object' && typeof r.seq === 'number' && !!r.record && typeof r.haystack === 'string');
  return rows.length > 0 && rows.length === value.rows.length ? { madeAt: value.madeAt, head: Number(value.head) || 0, rows } : null;
}
