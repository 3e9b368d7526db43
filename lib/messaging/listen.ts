/**
 * Receiving side's transport, for the background (./server.ts): @webext-core/messaging's typed listener.
 * The senders (./client.ts) speak its wire format without the library (see there).
 */
import { defineExtensionMessaging, type RemoveListenerCallback } from '@webext-core/messaging';
import type { Runtime } from 'webextension-polyfill';
import type { MessageName, ProtocolMap, Result, ResponseOf } from './protocol';

export const { onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

// The library's signature computes the data and return types with conditional types that TypeScript leaves
// unresolved for a generic message name K, although for every concrete name they are exactly the payload and
// `Result<ResponseOf<K>>` (tests/messaging/protocol-types.test.ts proves it for the whole table). This view
// states that once, here, so no call site needs a cast.
/** `onMessage` for a generic message name: the payload arrives unparsed, the answer is the message's `Result`. */
export const listen = onMessage as <K extends MessageName>(
  name: K,
  receive: (message: { data: unknown; sender: Runtime.MessageSender }) => Promise<Result<ResponseOf<K>>>,
) => RemoveListenerCallback;
