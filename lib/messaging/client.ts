/**
 * Sending side of the protocol, for the content script and the extension's pages. Only types come from
 * protocol.ts, so zod stays out of the content script bundle; the background validates every payload anyway.
 *
 * It speaks the wire format of @webext-core/messaging 3.x, whose listener the background runs (./listen.ts):
 * `{ id, type, data, timestamp }` out, `{ res }` or `{ err }` back. Written here rather than imported because
 * the library's sender and its error serialiser cost the content script, which every Facebook and Instagram
 * page loads, about 1 kB gzip for what is one `runtime.sendMessage`. tests/messaging/wire.test.ts holds the
 * two together, so a library update that changes the format fails there.
 */
import { browser } from 'wxt/browser';
import type { MessageName, Payload, Result, ResponseOf } from './protocol';

let id = Math.floor(Math.random() * 10_000);

/** Sends and never throws: a dead background, a lost port or a listener's error becomes `unavailable`. */
export async function request<K extends MessageName>(name: K, ...data: Payload<K>): Promise<Result<ResponseOf<K>>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ id: id++, type: name, data: data[0], timestamp: Date.now() });
    if (answer && typeof answer === 'object' && 'res' in answer && answer.res) return answer.res as Result<ResponseOf<K>>;
  } catch {
    // Below: the same answer as a missing one.
  }
  return { ok: false, error: 'unavailable' };
}
