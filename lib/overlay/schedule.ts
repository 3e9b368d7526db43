/**
 * Work on a long page is done in slices that yield to the page in between, so Facebook's own work (and
 * the moderator's scrolling and typing) never waits for ours for long.
 */

/** One slice's budget: well under the 50 ms a "long task" starts at. */
export const SLICE_MS = 8;

/** Lets the page run before the next slice: `scheduler.yield()` where the browser has it, else a task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
