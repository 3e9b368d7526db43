/**
 * Sending side of the protocol, for the content script and pages. Only types come from protocol.ts,
 * so zod stays out of the content script bundle; the background validates every payload anyway.
 */
import { defineExtensionMessaging, type RemoveListenerCallback } from '@webext-core/messaging';
import type { Runtime } from 'webextension-polyfill';
import type { MessageName, Payload, ProtocolMap, Result, ResponseOf } from './protocol';

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

// The library's signatures compute data and return types with conditional types that TypeScript leaves
// unresolved for a generic message name K, although for every concrete name they are exactly `Payload<K>`
// and `Result<ResponseOf<K>>` (tests/messaging/protocol-types.test.ts proves it for the whole table).
// These two views state that once, here, so no call site needs a cast.
const send = sendMessage as <K extends MessageName>(name: K, data: unknown) => Promise<Result<ResponseOf<K>>>;

/** `onMessage` for a generic message name: the payload arrives unparsed, the answer is the message's `Result`. */
export const listen = onMessage as <K extends MessageName>(
  name: K,
  receive: (message: { data: unknown; sender: Runtime.MessageSender }) => Promise<Result<ResponseOf<K>>>,
) => RemoveListenerCallback;

/** Sends and never throws: a dead background or a lost port becomes `unavailable`. */
export async function request<K extends MessageName>(name: K, ...data: Payload<K>): Promise<Result<ResponseOf<K>>> {
  try {
    return await send(name, data[0]);
  } catch {
    return { ok: false, error: 'unavailable' };
  }
}
