import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../lib/sync/client';
import { checkEndpoint, checkToken } from '../../lib/sync/connection';

describe('registry connection checks', () => {
  it.each([
    ['https://diarium.example.org/api', { ok: true, endpoint: 'https://diarium.example.org/api' }],
    ['https://diarium.example.org/api/', { ok: true, endpoint: 'https://diarium.example.org/api' }],
    ['  https://diarium.example.org  ', { ok: true, endpoint: 'https://diarium.example.org' }],
    ['http://127.0.0.1:8787/api', { ok: true, endpoint: 'http://127.0.0.1:8787/api' }],
    ['http://localhost:8787', { ok: true, endpoint: 'http://localhost:8787' }],
    ['http://diarium.example.org/api', { ok: false, problem: 'endpoint-not-https' }],
    ['http://127.0.0.1.example.org/api', { ok: false, problem: 'endpoint-not-https' }],
    ['ftp://diarium.example.org', { ok: false, problem: 'endpoint-malformed' }],
    ['javascript:alert(1)', { ok: false, problem: 'endpoint-malformed' }],
    ['diarium.example.org', { ok: false, problem: 'endpoint-malformed' }],
    ['https://user:pass@diarium.example.org', { ok: false, problem: 'endpoint-malformed' }],
    ['https://diarium.example.org/api?x=1', { ok: false, problem: 'endpoint-malformed' }],
    ['', { ok: false, problem: 'endpoint-malformed' }],
  ])('%s', (input, expected) => {
    expect(checkEndpoint(input)).toEqual(expected);
  });

  it.each([
    ['', { ok: false, problem: 'token-empty' }],
    ['   ', { ok: false, problem: 'token-empty' }],
    ['has space', { ok: false, problem: 'token-invalid' }],
    ['åäö', { ok: false, problem: 'token-invalid' }],
    [' abc.DEF-123_~+/= ', { ok: true, token: 'abc.DEF-123_~+/=' }],
  ])('token %j', (input, expected) => {
    expect(checkToken(input)).toEqual(expected);
  });

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
