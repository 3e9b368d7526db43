/**
 * The one message the background sends *to* a content script: "make this page's anonymised copy" (for
 * the options page's troubleshooting section). No zod here: the content script bundle stays without it;
 * the background parses the answer with `PageCopySchema` (lib/background/page-copy.ts).
 */
import type { AnonymisedCopy } from '../sites/anonymise';

export const PAGE_COPY_REQUEST = 'modereringsstod:page-copy';

export interface PageCopyRequest {
  type: typeof PAGE_COPY_REQUEST;
}

export type PageCopy = Pick<AnonymisedCopy, 'html' | 'fileName' | 'site' | 'url'>;

/**
 * The content script's side: answers only this extension's own background (sender id), only this
 * request, and only from a supported page (null otherwise). Returns undefined for anything else, so
 * other listeners still answer their own messages.
 */
export function pageCopyListener(runtimeId: string, make: () => PageCopy | null) {
  return (message: unknown, sender: { id?: string; tab?: unknown }): Promise<PageCopy | null> | undefined => {
    if (sender.id !== runtimeId || sender.tab !== undefined) return undefined;
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== PAGE_COPY_REQUEST) return undefined;
    try {
      return Promise.resolve(make());
    } catch {
      return Promise.resolve(null);
    }
  };
}
