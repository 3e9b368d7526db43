/**
 * Work on a long page is done in slices that yield to the page in between, so Facebook's own work (and
 * the moderator's scrolling and typing) never waits for ours for long.
 */

/** One slice's budget: well under the 50 ms a "long task" starts at. */
export const SLICE_MS = 8;

/**
 * Lets the page run before the next slice: the next slice is an ordinary task, queued behind whatever
 * the page already has waiting. Not `scheduler.yield()`: its continuations run ahead of the page's own
 * tasks, and measured in Chromium they also held back the IntersectionObserver's and the background's
 * answers until every comment of a 2,000-comment page was judged (first overlay after 950 ms instead of
 * as soon as the first screen was ready).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
