/** The office's view of one comment: what was recorded here and what colleagues recorded (the registry). */
import type { ActionKind } from '../model';
import type { Tracked } from './entry';

/** The action kinds recorded for a comment here or by a colleague: the office's view, for badges and counts. */
export function kindsOf(entry: Pick<Tracked, 'status' | 'colleagues'>): ActionKind[] {
  if (!entry.colleagues?.length) return entry.status.kinds;
  return [...new Set([...entry.status.kinds, ...entry.colleagues.map((c) => c.kind)])];
}

/** A colleague's archive of this comment (the first), if any. */
export function colleagueArchive(entry: Pick<Tracked, 'colleagues'>) {
  return entry.colleagues?.find((c) => c.kind === 'archived' || c.kind === 'documented');
}
