/**
 * Tells the background which page the moderator looked at and what is open there, for the monitoring
 * round. Sends when the counts change and otherwise at most twice a minute: scans happen on every
 * DOM change and must not turn into a message each.
 */
import type { Counts } from '../checks';

export const RESEND_MS = 30_000;

export function seenReporter(send: (counts: Counts, name: string) => void, now: () => number = Date.now) {
  let last = '';
  let lastAt = -Infinity;
  return (counts: Counts, name: string) => {
    const key = JSON.stringify([counts, name]);
    if (key === last && now() - lastAt < RESEND_MS) return;
    last = key;
    lastAt = now();
    send(counts, name);
  };
}
