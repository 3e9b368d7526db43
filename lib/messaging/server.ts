/** Receiving side of the protocol, for the background: sender check, zod validation, error results. */
import type { Runtime } from 'webextension-polyfill';
import { onMessage } from './client';
import { requestSchemas, type MessageName, type Handlers } from './protocol';

/** Only messages from this extension's own pages and content scripts are served. */
export const fromExtension =
  (extensionId: string) =>
  (sender: Runtime.MessageSender): boolean =>
    sender.id === extensionId;

/** Registers handlers behind sender checks and zod validation. */
export function registerHandlers(
  handlers: Handlers,
  acceptSender: (sender: Runtime.MessageSender) => boolean,
): () => void {
  const removers = (Object.keys(requestSchemas) as MessageName[]).map((name) =>
    onMessage(name, async ({ data, sender }) => {
      if (!acceptSender(sender)) return { ok: false, error: 'invalid-message' } as never;
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
