/**
 * "Spara anonymiserad sidkopia" from the options page: the background asks the open Facebook/Instagram
 * tabs, most recently used first, for their anonymised copy, and hands the first one back. Needs no
 * `tabs` permission: tab ids and `lastAccessed` are enough, and only our content script answers.
 */
import { z } from 'zod';
import type { Handlers } from '../messaging/protocol';
import { PAGE_COPY_REQUEST, type PageCopy, type PageCopyRequest } from '../messaging/page-copy';

/** What a content script may hand back: bounded, a plain file name, an https fixture URL. */
export const PageCopySchema = z
  .object({
    html: z.string().min(1).max(50_000_000),
    fileName: z.string().regex(/^sidkopia-[a-z0-9-]{1,40}-\d{4}-\d{2}-\d{2}\.html$/),
    site: z.string().regex(/^[a-z0-9-]{1,40}$/),
    url: z.string().url().startsWith('https://'),
  })
  .strict();

export interface TabsApi {
  query(query: Record<string, never>): Promise<Array<{ id?: number; lastAccessed?: number }>>;
  sendMessage(tabId: number, message: PageCopyRequest): Promise<unknown>;
}

export function createPageCopyHandlers(tabs: TabsApi): Pick<Handlers, 'pageCopyFromTab'> {
  return {
    async pageCopyFromTab() {
      const open = (await tabs.query({})).filter((tab) => tab.id !== undefined);
      open.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
      for (const tab of open) {
        // A tab without our content script (any other page) has no listener: the send fails, try the next.
        const answer = await tabs.sendMessage(tab.id!, { type: PAGE_COPY_REQUEST }).catch(() => null);
        const parsed = PageCopySchema.safeParse(answer);
        if (parsed.success) return { ok: true, value: parsed.data satisfies PageCopy };
      }
      return { ok: true, value: null };
    },
  };
}
