/**
 * "The log changed": the background says so after a record is made and after a sync registered
 * records, and an open records view reads again and checks the new entries. A BroadcastChannel reaches
 * every page of the extension's origin (and the Chrome service worker is of that origin); nothing
 * travels but the word, and a page that is not open simply does not hear it.
 */
const CHANNEL = 'modereringsstod-log';

export type LogChange = 'recorded' | 'synced';

export function announceLogChange(change: LogChange): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(change);
    channel.close();
  } catch {
    // No BroadcastChannel (an old engine): open pages then see the change when next opened.
  }
}

/** Calls `listener` on each change until the returned function is called. */
export function onLogChange(listener: (change: LogChange) => void): () => void {
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      if (event.data === 'recorded' || event.data === 'synced') listener(event.data);
    };
  } catch {
    return () => {};
  }
  return () => channel?.close();
}
