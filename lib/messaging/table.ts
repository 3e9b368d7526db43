/**
 * How the message table is declared: each message names its request schema, its response type and its
 * audience. The audience is required, so nobody can add a message without deciding who may send it; a
 * page-only message forgotten in a separate list would have been open to content scripts (privilege failing open).
 */
import type { z } from 'zod';

/**
 * Who may send a message. `extension-pages`: only this extension's own pages (popup, options, round view).
 * `any`: those and this extension's content scripts. Other extensions and web pages may never send anything.
 */
export type Audience = 'extension-pages' | 'any';

export const AUDIENCES: readonly Audience[] = ['extension-pages', 'any'];

declare const replyType: unique symbol;

/** Carries a message's response type through the table; it holds nothing at runtime. */
export interface Reply<T> {
  readonly [replyType]?: T;
}

/** `returns<Summary>()`: the value of a message's successful `Result`. */
export const returns = <T>(): Reply<T> => ({});

export interface MessageDef<Request extends z.ZodType = z.ZodType, Response = unknown> {
  /** Parses the payload on arrival; what the sender passes and the handler receives is its output type. */
  request: Request;
  response: Reply<Response>;
  audience: Audience;
}

export type MessageTable = Record<string, MessageDef>;

export type DefRequest<D extends MessageDef> = z.output<D['request']>;
export type DefResponse<D extends MessageDef> = D['response'] extends Reply<infer R> ? R : never;

/**
 * Type-checks a table and refuses, at runtime too, an entry without a known audience (a table built
 * around the compiler, e.g. with a cast, still fails closed at startup instead of opening a message).
 */
export function defineMessages<T extends MessageTable>(table: T): T {
  for (const [name, def] of Object.entries(table)) {
    if (!AUDIENCES.includes(def.audience)) throw new Error(`message '${name}' has no valid audience`);
  }
  return table;
}
