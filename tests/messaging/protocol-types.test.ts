// Compile-time guarantees of the message table. `tsc --noEmit` (npm test's first step) checks the
// `@ts-expect-error` lines and the `expectTypeOf` assertions; vitest runs the runtime half.
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  request,
  type MessageName,
  type Payload,
  type ProtocolMap,
  type ResponseOf,
  type Result,
  type SyncStatus,
  type Summary,
} from '../../lib/messaging';
import { defineMessages, returns } from '../../lib/messaging/table';

const Empty = z.undefined();

describe('the message table', () => {
  it('refuses a message without an audience, when compiling and at startup', () => {
    expect(() =>
      defineMessages({
        // @ts-expect-error: the audience is required
        exportAll: { request: Empty, response: returns<string>() },
      }),
    ).toThrow("message 'exportAll' has no valid audience");
  });

  it('refuses an audience that is not one of the two', () => {
    expect(() =>
      defineMessages({
        // @ts-expect-error: 'content-scripts' is not an audience
        exportAll: { request: Empty, response: returns<string>(), audience: 'content-scripts' },
      }),
    ).toThrow("message 'exportAll' has no valid audience");
  });

  it('accepts a complete entry', () => {
    const table = defineMessages({ exportAll: { request: Empty, response: returns<string>(), audience: 'extension-pages' } });
    expect(table.exportAll.audience).toBe('extension-pages');
  });

  it('derives what senders pass and receive', () => {
    expectTypeOf<Parameters<ProtocolMap['getSummary']>>().toEqualTypeOf<[]>();
    expectTypeOf<ReturnType<ProtocolMap['getSummary']>>().toEqualTypeOf<Result<Summary>>();
    expectTypeOf<Parameters<ProtocolMap['completeRound']>>().toEqualTypeOf<[data: { scheduledAt: string }]>();
    expectTypeOf<ReturnType<ProtocolMap['syncNow']>>().toEqualTypeOf<Result<SyncStatus>>();
    expectTypeOf(request<'completeRound'>).toBeCallableWith('completeRound', { scheduledAt: '2026-11-25T08:00:00Z' });
    // @ts-expect-error: completeRound needs its payload
    expectTypeOf(request<'completeRound'>).toBeCallableWith('completeRound');
    // @ts-expect-error: getSummary takes none
    expectTypeOf(request<'getSummary'>).toBeCallableWith('getSummary', { day: 'today' });
  });

  // client.ts adapts the library's signatures for a generic message name with one cast each; these prove the
  // library computes the same types as the adapters for every concrete name in the table.
  it("matches @webext-core/messaging's own reading of the protocol for every message", () => {
    expectTypeOf<{ [K in MessageName]: GetReturnType<ProtocolMap[K]> }>().toEqualTypeOf<{
      [K in MessageName]: Result<ResponseOf<K>>;
    }>();
    expectTypeOf<{ [K in MessageName]: GetDataType<ProtocolMap[K]> }>().toEqualTypeOf<{
      [K in MessageName]: Payload<K> extends [infer D] ? D : undefined;
    }>();
  });
});
