/**
 * The content scripts' context, built in place of WXT's `ContentScriptContext` (wxt.config.ts swaps it in for
 * `wxt/utils/content-script-context` in the content scripts' builds only; WXT's own entry makes it with
 * `new ContentScriptContext(name, options)` and hands it to `main`). The overlay uses what this keeps:
 * `onInvalidated`, the signal, and the two ways a content script's life ends, which WXT's handles the same way:
 * - a newer copy of the same script starts on the page (an extension updated or reloaded under an open tab);
 * - the extension's runtime is gone (`isInvalid` asks).
 * WXT's class also watches the page's location, times and listens for the page on the script's behalf and posts a
 * message into the page as it starts; the overlay uses none of that, and it was 1 kB of every page's 30 kB (gzip).
 * tests/overlay/content-context.test.ts holds this to WXT's entry (how it makes the context) and to those two endings.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(readonly contentScriptName: string, _options?: unknown) {
    // A DOM event: copies of the script in other isolated worlds (an extension reloaded) hear it too; its name carries
    // the extension's id, so no other extension's script and no page listener that does not know the id is told.
    const started = `${browser.runtime?.id}:${contentScriptName}:started`;
    document.dispatchEvent(new CustomEvent(started));
    // Listened for after this copy's own event: any later one is a newer copy, which takes over the page.
    const newer = () => this.abort('A newer copy of the content script started');
    document.addEventListener(started, newer);
    this.onInvalidated(() => document.removeEventListener(started, newer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the script must stop: a newer copy started, or the extension's runtime is gone. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.abort('Content script context invalidated');
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** Runs `cb` once when the script must stop; returns a function that takes it back. */
  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}
