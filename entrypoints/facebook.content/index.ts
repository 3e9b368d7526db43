// Wiring only: the overlay on Facebook and Meta Business Suite (components/overlay/content-main.ts); WXT's ctx cancels it.
import { startOverlay } from '../../components/overlay/content-main';
import { facebookSites } from '../../lib/sites/platforms/facebook';

export default defineContentScript({
  // From the platform's sites: a new Facebook host is matched without touching this file.
  matches: [...facebookSites.matches],
  // document_start, so that the script's first message wakes the background as the page starts loading: Chrome stops an
  // idle background after 30 s, and woken at document_idle it started 0.7 s after DOMContentLoaded on a 2,000-comment post
  // and spent another 0.5 s making its checks before it judged the first comment. The overlay itself starts on the parsed
  // page (whenParsed, at DOMContentLoaded). Stop 41 tried document_end for the overlay's own sake and saw no steady gain.
  runAt: 'document_start',
  main: (ctx) => startOverlay(ctx, facebookSites),
});
