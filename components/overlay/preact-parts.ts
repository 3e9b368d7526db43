/**
 * What the on-demand overlay module (entrypoints/on-demand-ui.ts) uses of Preact, handed to it by the
 * content script: the module's build resolves `preact`, `preact/hooks` and `preact/jsx-runtime` to this
 * file (wxt.config.ts), so it carries no Preact of its own. It must not: a component's hooks work only
 * with the Preact instance that renders it, and that is the content script's.
 *
 * Everywhere else (the content script, the pages, the unit tests) nothing imports this file but the
 * types; the live bindings below are set once, by `providePreact`, before any component renders.
 */
import type { Fragment as F, jsx as J, jsxs as JS } from 'preact/jsx-runtime';
import type { useEffect as E, useRef as R, useState as S } from 'preact/hooks';

export interface PreactParts {
  jsx: typeof J;
  jsxs: typeof JS;
  Fragment: typeof F;
  useState: typeof S;
  useRef: typeof R;
  useEffect: typeof E;
}

export let jsx: typeof J;
export let jsxs: typeof JS;
export let Fragment: typeof F;
export let useState: typeof S;
export let useRef: typeof R;
export let useEffect: typeof E;

export function providePreact(parts: PreactParts): void {
  ({ jsx, jsxs, Fragment, useState, useRef, useEffect } = parts);
}
