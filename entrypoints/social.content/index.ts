// Wiring only: start the overlay on the office's social media admin pages; WXT's ctx cancels it.
import css from '../../components/overlay/overlay.css?inline';
import { request } from '../../lib/messaging/client';
import { OverlayController } from '../../lib/overlay/controller';

export default defineContentScript({
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://business.facebook.com/*',
    'https://www.instagram.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new OverlayController({
      doc: document,
      getUrl: () => location.href,
      css,
      archive: (req) => request('archiveComment', req),
      status: (req) => request('getArchiveStatus', req),
    });
    const abort = new AbortController();
    ctx.onInvalidated(() => abort.abort());
    controller.start(abort.signal);
  },
});
