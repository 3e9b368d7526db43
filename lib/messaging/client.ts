/**
 * Sending side of the protocol, for the content script and pages. Only types come from protocol.ts,
 * so zod stays out of the content script bundle; the background validates every payload anyway.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap, MessageName } from './protocol';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** Sends and never throws: a dead background or a lost port becomes `unavailable`. */
export async function request<K extends MessageName>(
  name: K,
  ...data: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  try {
    return (await (sendMessage as (n: K, d?: unknown) => Promise<ReturnType<ProtocolMap[K]>>)(name, data[0]));
  } catch {
    return { ok: false, error: 'unavailable' } as ReturnType<ProtocolMap[K]>;
  }
}
