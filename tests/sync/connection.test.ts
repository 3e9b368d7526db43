import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../lib/sync/client';
import { checkEndpoint, checkToken } from '../../lib/sync/connection';
import { accessPattern, REGISTRY_PERMISSION_PATTERNS } from '../../lib/sync/access-pattern';

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
    // A query or fragment has no place in a base address: refused with its own plain message. An empty
    // "?" or "#" parses to nothing but would stay in the stored address.
    ['https://diarium.example.org/api?x=1', { ok: false, problem: 'endpoint-query' }],
    ['https://diarium.example.org/api?', { ok: false, problem: 'endpoint-query' }],
    ['https://diarium.example.org/api#', { ok: false, problem: 'endpoint-query' }],
    ['https://diarium.example.org/#/api', { ok: false, problem: 'endpoint-query' }],
    ['https://diarium.example.org?', { ok: false, problem: 'endpoint-query' }],
    // An encoded "?" is part of the path, not a query.
    ['https://diarium.example.org/a%3Fb', { ok: true, endpoint: 'https://diarium.example.org/a%3Fb' }],
    ['https://diarium.example.org:8443/a/b/', { ok: true, endpoint: 'https://diarium.example.org:8443/a/b' }],
    ['https://DIARIUM.example.org/API', { ok: true, endpoint: 'https://diarium.example.org/API' }],
    // The manifest's optional permissions cover http only for 127.0.0.1 and localhost.
    ['http://[::1]:8787/api', { ok: false, problem: 'endpoint-not-https' }],
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

describe('registry access pattern', () => {
  it.each([
    ['https://diarium.example.org/api', 'https://diarium.example.org/*'],
    ['https://diarium.example.org:8443/api', 'https://diarium.example.org/*'],
    ['http://127.0.0.1:8787/api', 'http://127.0.0.1/*'],
    ['http://localhost:9/x', 'http://localhost/*'],
    ['ftp://diarium.example.org', null],
    ['nonsense', null],
  ])('%s → %s', (endpoint, pattern) => {
    expect(accessPattern(endpoint)).toBe(pattern);
  });

  it('asks only for addresses the manifest declares as optional host permissions', () => {
    const declared = (pattern: string) =>
      REGISTRY_PERMISSION_PATTERNS.some((p) => p === pattern || (p === 'https://*/*' && pattern.startsWith('https://')));
    for (const input of ['https://a.example.org/api', 'http://127.0.0.1:1/api', 'http://localhost:2/api']) {
      const endpoint = checkEndpoint(input);
      expect(endpoint.ok).toBe(true);
      expect(declared(accessPattern(input)!)).toBe(true);
    }
  });
});
