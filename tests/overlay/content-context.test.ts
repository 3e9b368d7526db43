// lib/browser/content-context.ts: the content scripts' context as built (wxt.config.ts swaps it in for WXT's). It must be
// made the way WXT's entry makes it, and end a script's life in the two ways WXT's does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from '../../lib/browser/content-context';

const made: ContentScriptContext[] = [];
const make = (name: string) => {
  const ctx = new ContentScriptContext(name, { matches: [] });
  made.push(ctx);
  return ctx;
};
afterEach(() => {
  for (const ctx of made.splice(0)) ctx.abort();
});

describe('the content scripts’ context', () => {
  it('is made as WXT’s content-script entry makes it: new ContentScriptContext(name, options), handed to main', () => {
    // The package's own file (its exports do not list it): where WXT's build takes the content scripts' entry from.
    const context = createRequire(import.meta.url).resolve('wxt/utils/content-script-context');
    const source = readFileSync(join(dirname(context), '../virtual/content-script-isolated-world-entrypoint.mjs'), 'utf8');
    expect(source).toContain('import { ContentScriptContext } from "wxt/utils/content-script-context"');
    expect(source).toMatch(/main\(new ContentScriptContext\(import\.meta\.env\.ENTRYPOINT, options\)\)/);
  });

  it('ends when a newer copy of the same script starts on the page (an extension updated under the tab)', () => {
    const old = make('facebook');
    const stopped = vi.fn();
    old.onInvalidated(stopped);
    expect(old.isValid).toBe(true);
    const newer = make('facebook');
    expect(stopped).toHaveBeenCalledOnce();
    expect(old.isInvalid).toBe(true);
    // The newer copy does not stop itself, and an even newer one stops it in turn.
    expect(newer.isValid).toBe(true);
    make('facebook');
    expect(newer.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
  });

  it('is not ended by another content script starting, nor after it ended by anything more', () => {
    const facebook = make('facebook');
    const stopped = vi.fn();
    const takeBack = facebook.onInvalidated(stopped);
    make('instagram');
    expect(facebook.isValid).toBe(true);
    takeBack();
    make('facebook');
    expect(facebook.isInvalid).toBe(true);
    expect(stopped).not.toHaveBeenCalled();
  });

  it('ends when the extension’s runtime is gone', () => {
    const ctx = make('instagram');
    const stopped = vi.fn();
    ctx.onInvalidated(stopped);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(ctx.isInvalid).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
    expect(ctx.signal.aborted).toBe(true);
  });
});
