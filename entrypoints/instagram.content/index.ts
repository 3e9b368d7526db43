// Wiring only: the overlay on Instagram (components/overlay/content-main.ts); see entrypoints/facebook.content for the timing.
import { startOverlay } from '../../components/overlay/content-main';
import { instagramSites } from '../../lib/sites/platforms/instagram';

export default defineContentScript({
  matches: [...instagramSites.matches],
  runAt: 'document_start',
  main: (ctx) => startOverlay(ctx, instagramSites),
});
