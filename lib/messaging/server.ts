/** Receiving side of the protocol, for the background: sender check, zod validation, error results. */
import type { Runtime } from 'webextension-polyfill';
import type { z } from 'zod';
import { listen } from './listen';
import { MESSAGE_NAMES, messages, type Handlers, type MessageName, type RequestOf, type Result, type ResponseOf } from './protocol';
import type { Audience } from './table';

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

/** Whether a sender belongs to a message's audience; anything but `any` needs an extension page (fails closed). */
export function mayReceive(audience: Audience, sender: Runtime.MessageSender, policy: SenderPolicy): boolean {
  return audience === 'any' ? policy.fromExtension(sender) : policy.fromExtensionPage(sender);
}

// The table seen per message name, so that a schema's output and its handler's input are the same
// `RequestOf<K>` for a generic K (a plain `typeof messages[K]` would lose that link).
const table: { [K in MessageName]: { request: z.ZodType<RequestOf<K>>; audience: Audience } } = messages;

const refused = { ok: false, error: 'invalid-message' } as const;

/**
 * Registers handlers behind sender checks and zod validation. Registration is synchronous (a worker woken
 * by a message must have its listener at once); the handlers themselves may still be on their way.
 */
export function registerHandlers(handlers: Handlers | Promise<Handlers>, policy: SenderPolicy): () => void {
  const receive = <K extends MessageName>(name: K) =>
    listen(name, async ({ data, sender }): Promise<Result<ResponseOf<K>>> => {
      if (!mayReceive(table[name].audience, sender, policy)) return refused;
      const parsed = table[name].request.safeParse(data);
      if (!parsed.success) return refused;
      try {
        const handler: Handlers[K] = (await handlers)[name];
        return await handler(parsed.data);
      } catch (error) {
        console.error(`[modereringsstod] ${name} failed`, error);
        return { ok: false, error: 'internal' };
      }
    });
  const removers = MESSAGE_NAMES.map(receive);
  return () => removers.forEach((remove) => remove());
}
