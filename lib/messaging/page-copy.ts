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
 * request, and only from a supported page (null otherwise), through `sendResponse`: the content script
 * runs without webextension-polyfill (lib/browser/native.ts), and a listener's returned promise is not an
 * answer in every Chrome. Returns true when it answered, undefined for anything else, so other listeners
 * still answer their own messages.
 */
export function pageCopyListener(runtimeId: string, make: () => PageCopy | null | Promise<PageCopy | null>) {
  return (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: PageCopy | null) => void): true | undefined => {
    if (sender.id !== runtimeId || sender.tab !== undefined) return undefined;
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== PAGE_COPY_REQUEST) return undefined;
    // The copy's code is loaded on demand (lib/overlay/on-demand.ts): the answer may come later, and true keeps
    // the channel open for it.
    let made: Promise<PageCopy | null>;
    try {
      made = Promise.resolve(make());
    } catch {
      made = Promise.resolve(null);
    }
    void made.then(sendResponse, () => sendResponse(null));
    return true;
  };
}
