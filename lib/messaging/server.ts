/** Receiving side of the protocol, for the background: sender check, zod validation, error results. */
import type { Runtime } from 'webextension-polyfill';
import { onMessage } from './client';
import { PAGE_ONLY, requestSchemas, type MessageName, type Handlers } from './protocol';

export interface SenderPolicy {
  /** Any part of this extension (its pages and its content scripts). */
  fromExtension(sender: Runtime.MessageSender): boolean;
  /** One of this extension's own pages (popup, options), never a content script on a web page. */
  fromExtensionPage(sender: Runtime.MessageSender): boolean;
}

export function senderPolicy(extensionId: string, extensionOrigin: string): SenderPolicy {
  const fromExtension = (sender: Runtime.MessageSender) => sender.id === extensionId;
  return {
    fromExtension,
    fromExtensionPage: (sender) => fromExtension(sender) && (sender.url ?? '').startsWith(extensionOrigin),
  };
}

/** Registers handlers behind sender checks and zod validation. */
export function registerHandlers(handlers: Handlers, policy: SenderPolicy): () => void {
  const removers = (Object.keys(requestSchemas) as MessageName[]).map((name) =>
    onMessage(name, async ({ data, sender }) => {
      const allowed = PAGE_ONLY.has(name) ? policy.fromExtensionPage(sender) : policy.fromExtension(sender);
      if (!allowed) return { ok: false, error: 'invalid-message' } as never;
      const parsed = requestSchemas[name].safeParse(data);
      if (!parsed.success) return { ok: false, error: 'invalid-message' } as never;
      try {
        return (await (handlers[name] as (d: unknown) => Promise<unknown>)(parsed.data)) as never;
      } catch (error) {
        console.error(`[modereringsstod] ${name} failed`, error);
        return { ok: false, error: 'internal' } as never;
      }
    }),
  );
  return () => removers.forEach((remove) => remove());
}
