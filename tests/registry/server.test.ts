// @vitest-environment node
import { unsealed } from '../helpers/records';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ModerationRecordSchema, type ModerationRecord } from '../../lib/model';
import { startRegistry, type TestRegistry } from './server';

let registry: TestRegistry;
const PNG_SHA = createHash('sha256').update(Buffer.from('iVBORw0KGgo=', 'base64')).digest('hex');

beforeEach(async () => {
  registry = await startRegistry();
});
afterEach(async () => {
  await registry.close();
});

function record(overrides: Partial<ModerationRecord> = {}): ModerationRecord {
  return { ...unsealed(randomUUID()), integrity: { sha256: randomBytes(32).toString('hex'), prev: null }, ...overrides };
}

function post(body: unknown, init: { token?: string | null; signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token !== null) headers.Authorization = `Bearer ${init.token ?? registry.token}`;
  return fetch(`${registry.url}/records`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: init.signal,
  });
}

async function postRecords(records: unknown[]) {
  const res = await post({ records });
  return { status: res.status, body: (await res.json()) as { results?: Record<string, string>[]; error?: string } };
}

describe('GET /health and routing', () => {
  it('answers 200 {status: ok, version: "1"} without a token', async () => {
    const res = await fetch(`${registry.url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok', version: '1', capabilities: ['subjects', 'rounds'] });
    expect(registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api$/);
  });

  it('answers 404 off the contract and 405 for a wrong method, with no CORS headers, like an office service', async () => {
    expect((await fetch(`${registry.url}/nothing`)).status).toBe(404);
    expect((await fetch(`${registry.url}/records`)).status).toBe(405);
    const preflight = await fetch(`${registry.url}/records`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(405);
    const health = await fetch(`${registry.url}/health`);
    const corsHeaders = [...preflight.headers.keys(), ...health.headers.keys()].filter((h) => h.startsWith('access-control-'));
    expect(corsHeaders).toEqual([]);
  });

  it('answers a CORS preflight only when switched on', async () => {
    const withCors = await startRegistry({ cors: true });
    try {
      const preflight = await fetch(`${withCors.url}/records`, { method: 'OPTIONS' });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    } finally {
      await withCors.close();
    }
  });

  it('honours basePath, year and token options', async () => {
    const other = await startRegistry({ basePath: '/', year: 2031, token: 'secret', capabilities: [] });
    try {
      expect(other.url).toMatch(/:\d+$/);
      // A plain v1 registry: no capabilities listed.
      expect(await (await fetch(`${other.url}/health`)).json()).toEqual({ status: 'ok', version: '1' });
      const res = await fetch(`${other.url}/records`, {
        method: 'POST',
        headers: { Authorization: 'Bearer secret' },
        body: JSON.stringify({ records: [record()] }),
      });
      expect((await res.json()).results[0].registrationNumber).toBe('HÄ 2031/1');
    } finally {
      await other.close();
    }
  });
});

describe('authorization', () => {
  it('answers 401 for a missing or wrong token in any mode, and registers nothing', async () => {
    const missing = await post({ records: [record()] }, { token: null });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(typeof (await missing.json()).error).toBe('string');
    expect((await post({ records: [record()] }, { token: 'wrong' })).status).toBe(401);
    registry.setFaults({ mode: 'rate-limit-429' });
    expect((await post({ records: [record()] }, { token: 'wrong' })).status).toBe(401);
    expect(registry.registered()).toEqual([]);
  });

  it('answers 401 and 403 with a good token in the unauthorized-401 and forbidden-403 modes', async () => {
    registry.setFaults({ mode: 'unauthorized-401' });
    expect((await post({ records: [record()] })).status).toBe(401);
    registry.setFaults({ mode: 'forbidden-403' });
    const res = await post({ records: [record()] });
    expect(res.status).toBe(403);
    expect(typeof (await res.json()).error).toBe('string');
    expect(registry.registered()).toEqual([]);
  });
});

describe('registration and idempotency', () => {
  it('numbers records HÄ <year>/<n> in order and answers a repeat as duplicate with its first number', async () => {
    const [a, b, c, d] = [record(), record(), record(), record()];
    const first = await postRecords([a, b, c]);
    expect(first.status).toBe(200);
    expect(first.body.results).toEqual([
      { id: a.id, status: 'registered', registrationNumber: 'HÄ 2026/1' },
      { id: b.id, status: 'registered', registrationNumber: 'HÄ 2026/2' },
      { id: c.id, status: 'registered', registrationNumber: 'HÄ 2026/3' },
    ]);
    const second = await postRecords([d, b, d]);
    expect(second.body.results).toEqual([
      { id: d.id, status: 'registered', registrationNumber: 'HÄ 2026/4' },
      { id: b.id, status: 'duplicate', registrationNumber: 'HÄ 2026/2' },
      { id: d.id, status: 'duplicate', registrationNumber: 'HÄ 2026/4' },
    ]);
    expect(registry.registered().map((r) => [r.id, r.registrationNumber, r.times])).toEqual([
      [a.id, 'HÄ 2026/1', 1],
      [b.id, 'HÄ 2026/2', 1],
      [c.id, 'HÄ 2026/3', 1],
      [d.id, 'HÄ 2026/4', 1],
    ]);
    expect(registry.registrationsOf(b.id)).toBe(1);
    expect(registry.registrationsOf(randomUUID())).toBe(0);
  });

  it('accepts a full moderation-record/1 and keeps it as sent', async () => {
    const full = record({
      kind: 'removed',
      lawGround: 'olaga-hot',
      note: 'Hot mot namngiven person.',
      subject: {
        platform: 'facebook',
        kind: 'reply',
        id: '1001_2002',
        permalink: 'https://www.facebook.com/norrbyexempel/posts/1?comment_id=1001&reply_comment_id=2002',
        authorName: 'Anna Exempelsson',
        authorUrl: 'https://www.facebook.com/anna.exempelsson.1',
        text: 'text',
        postedAt: '2026-11-24T09:00:00+01:00',
        post: { id: '1', permalink: 'https://www.facebook.com/norrbyexempel/posts/1', text: 'Inlägg' },
      },
      evidence: {
        capturedAt: '2026-11-25T14:02:59+01:00',
        url: 'https://www.facebook.com/norrbyexempel/posts/1',
        screenshot: { mediaType: 'image/png', sha256: PNG_SHA, base64: 'iVBORw0KGgo=' },
      },
      integrity: { sha256: 'b'.repeat(64), prev: 'c'.repeat(64) },
    });
    expect(ModerationRecordSchema.safeParse(full).success).toBe(true);
    expect((await postRecords([full])).body.results?.[0]?.status).toBe('registered');
    expect(registry.registered()[0]?.record).toEqual(full);
  });

  it('refuses a record whose inline evidence does not match its digest (v1.1), and registers the rest', async () => {
    const bad = { ...record(), evidence: { capturedAt: '2026-11-25T14:02:59+01:00', url: 'https://www.facebook.com/x', html: { mediaType: 'text/html', sha256: 'a'.repeat(64), base64: 'PHA+aGVqPC9wPg==' } } };
    const good = record();
    const answer = await postRecords([bad as never, good]);
    expect(answer.body.results?.map((r) => r.status)).toEqual(['rejected', 'registered']);
    expect(answer.body.results?.[0]?.error).toBe('evidence.html does not match its sha256');
  });

  it('registers each id exactly once under 20 concurrent posts of overlapping batches', async () => {
    const records = Array.from({ length: 60 }, () => record());
    const batches = Array.from({ length: 20 }, (_, i) => {
      const batch = records.slice(i * 2, i * 2 + 20);
      return i % 2 ? batch.reverse() : batch;
    });
    const answers = await Promise.all(batches.map((batch) => postRecords(batch)));
    const numberOf = new Map<string, string>();
    for (const [i, answer] of answers.entries()) {
      expect(answer.status).toBe(200);
      expect(answer.body.results?.map((r) => r.id)).toEqual(batches[i]!.map((r) => r.id));
      for (const result of answer.body.results ?? []) {
        expect(['registered', 'duplicate']).toContain(result.status);
        expect(numberOf.get(result.id!) ?? result.registrationNumber).toBe(result.registrationNumber);
        numberOf.set(result.id!, result.registrationNumber!);
      }
    }
    const registeredNow = answers.flatMap((a) => a.body.results ?? []).filter((r) => r.status === 'registered');
    const sent = new Set(batches.flat().map((r) => r.id));
    expect(registeredNow).toHaveLength(sent.size);
    expect(registry.registered()).toHaveLength(sent.size);
    for (const id of sent) expect(registry.registrationsOf(id)).toBe(1);
    expect(new Set(registry.registered().map((r) => r.registrationNumber)).size).toBe(sent.size);
    expect(registry.registered().map((r) => r.registrationNumber)).toEqual(
      Array.from({ length: sent.size }, (_, i) => `HÄ 2026/${i + 1}`),
    );
  });
});

describe('batch validation', () => {
  it.each([
    ['not JSON', '{"records": ['],
    ['not a batch', { items: [] }],
    ['records not an array', { records: {} }],
    ['0 records', { records: [] }],
  ])('answers 400 for a body that is %s', async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(typeof (await res.json()).error).toBe('string');
  });

  it('answers 400 for 101 records and 200 for 100', async () => {
    expect((await post({ records: Array.from({ length: 101 }, () => record()) })).status).toBe(400);
    expect(registry.registered()).toEqual([]);
    expect((await post({ records: Array.from({ length: 100 }, () => record()) })).status).toBe(200);
    expect(registry.registered()).toHaveLength(100);
  });

  it('answers 413 for a body over 5 MB', async () => {
    const big = record({ note: 'x'.repeat(100) });
    const body = JSON.stringify({ records: [{ ...big, padding: 'x'.repeat(5 * 1024 * 1024) }] });
    const res = await post(body);
    expect(res.status).toBe(413);
    expect(registry.registered()).toEqual([]);
  });

  it.each([
    ['without integrity', () => { const { integrity: _, ...r } = record(); return r; }],
    ['with a non-UUID id', () => record({ id: 'not-a-uuid' })],
    ['with another schema', () => ({ ...record(), schema: 'moderation-record/2' })],
    ['without kind', () => { const { kind: _, ...r } = record(); return r; }],
    ['with an occurredAt without offset', () => record({ occurredAt: '2026-11-25 14:03' })],
  ])('answers 400 for a whole batch holding one record %s', async (_name, bad) => {
    const good = record();
    const res = await post({ records: [good, bad()] });
    expect(res.status).toBe(400);
    expect(registry.registrationsOf(good.id)).toBe(0);
    expect((await postRecords([good])).status).toBe(200);
  });

  it('answers 400 for a batch with a poison id, while the same batch without it is registered', async () => {
    const [a, poison, b] = [record(), record(), record()];
    registry.setFaults({ poisonIds: [poison.id] });
    const res = await post({ records: [a, poison, b] });
    expect(res.status).toBe(400);
    expect(typeof (await res.json()).error).toBe('string');
    expect(registry.registered()).toEqual([]);
    const rest = await postRecords([a, b]);
    expect(rest.status).toBe(200);
    expect(rest.body.results?.map((r) => r.status)).toEqual(['registered', 'registered']);
    expect((await post({ records: [poison] })).status).toBe(400);
  });

  it('answers rejectIds as rejected with an error inside a 200, registering the rest', async () => {
    const [a, bad, b] = [record(), record(), record()];
    const registeredBefore = record();
    await postRecords([registeredBefore]);
    registry.setFaults({ rejectIds: [bad.id, registeredBefore.id] });
    const answer = await postRecords([a, bad, b, registeredBefore]);
    expect(answer.status).toBe(200);
    expect(answer.body.results).toEqual([
      { id: a.id, status: 'registered', registrationNumber: 'HÄ 2026/2' },
      { id: bad.id, status: 'rejected', error: expect.any(String) },
      { id: b.id, status: 'registered', registrationNumber: 'HÄ 2026/3' },
      { id: registeredBefore.id, status: 'duplicate', registrationNumber: 'HÄ 2026/1' },
    ]);
    expect(registry.registrationsOf(bad.id)).toBe(0);
  });
});

describe('fault modes', () => {
  it('answers 429 and 503 with Retry-After, and 500, registering nothing', async () => {
    registry.setFaults({ mode: 'rate-limit-429', retryAfterSeconds: 7 });
    const limited = await post({ records: [record()] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    registry.resetFaults();
    registry.setFaults({ mode: 'unavailable-503' });
    const unavailable = await post({ records: [record()] });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('1');
    registry.setFaults({ mode: 'error-500' });
    const failed = await post({ records: [record()] });
    expect(failed.status).toBe(500);
    expect(typeof (await failed.json()).error).toBe('string');
    expect(registry.registered()).toEqual([]);
    expect((await fetch(`${registry.url}/health`)).status).toBe(200);
  });

  it('applies the mode to the next failTimes posts only, then behaves ok', async () => {
    const r = record();
    registry.setFaults({ mode: 'unavailable-503', failTimes: 2 });
    expect((await fetch(`${registry.url}/health`)).status).toBe(200);
    expect((await post({ records: [r] })).status).toBe(503);
    expect((await post({ records: [r] })).status).toBe(503);
    expect((await post({ records: [r] })).status).toBe(200);
    expect(registry.faults().mode).toBe('ok');
    expect(registry.requests().map((q) => [q.method, q.status, q.records])).toEqual([
      ['GET', 200, 0],
      ['POST', 503, 1],
      ['POST', 503, 1],
      ['POST', 200, 1],
    ]);
  });

  it('never answers in timeout mode: the client times out and nothing is registered', async () => {
    registry.setFaults({ mode: 'timeout' });
    const r = record();
    const started = Date.now();
    await expect(post({ records: [r] }, { signal: AbortSignal.timeout(150) })).rejects.toThrow(/abort|timeout/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(registry.registrationsOf(r.id)).toBe(0);
    expect(registry.requests().at(-1)).toMatchObject({ method: 'POST', status: 0, records: 1 });
    registry.setFaults({ mode: 'ok' });
    expect((await postRecords([r])).body.results?.[0]?.status).toBe('registered');
  });

  it('answers bad-json with a 200 whose body does not parse, having registered the records', async () => {
    const r = record();
    registry.setFaults({ mode: 'bad-json' });
    const res = await post({ records: [r] });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow();
    expect(registry.registrationsOf(r.id)).toBe(1);
    registry.setFaults({ mode: 'ok' });
    expect((await postRecords([r])).body.results?.[0]).toEqual({ id: r.id, status: 'duplicate', registrationNumber: 'HÄ 2026/1' });
    expect(registry.registrationsOf(r.id)).toBe(1);
  });

  it('destroys every socket in down mode, /health included', async () => {
    registry.setFaults({ mode: 'down' });
    await expect(fetch(`${registry.url}/health`)).rejects.toThrow();
    await expect(post({ records: [record()] })).rejects.toThrow();
    expect(registry.registered()).toEqual([]);
    registry.setFaults({ mode: 'ok' });
    expect((await fetch(`${registry.url}/health`)).status).toBe(200);
  });

  it('waits delayMs before answering', async () => {
    registry.setFaults({ delayMs: 200 });
    const started = Date.now();
    expect((await post({ records: [record()] })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('merges setFaults, resets the mode alone with {mode: ok} and everything with resetFaults', () => {
    registry.setFaults({ mode: 'error-500', delayMs: 5, poisonIds: ['x'] });
    registry.setFaults({ retryAfterSeconds: 3 });
    expect(registry.faults()).toEqual({ mode: 'error-500', delayMs: 5, poisonIds: ['x'], retryAfterSeconds: 3 });
    registry.setFaults({ mode: 'ok' });
    expect(registry.faults()).toEqual({ mode: 'ok', delayMs: 5, poisonIds: ['x'], retryAfterSeconds: 3 });
    registry.resetFaults();
    expect(registry.faults()).toEqual({ mode: 'ok' });
  });
});

describe('lifecycle', () => {
  it('closes quickly while a request hangs, failing that request', async () => {
    registry.setFaults({ mode: 'timeout' });
    const hanging = post({ records: [record()] });
    const delayed = registry.url;
    await registry.waitFor(() => registry.requests().length === 1);
    const started = Date.now();
    await registry.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(hanging).rejects.toThrow();
    await expect(fetch(`${delayed}/health`)).rejects.toThrow();
    await registry.close(); // idempotent
  });

  it('closes quickly during a delayMs wait', async () => {
    registry.setFaults({ delayMs: 60_000 });
    const waiting = post({ records: [record()] });
    await registry.waitFor(() => registry.requests().length === 1);
    const started = Date.now();
    await registry.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(waiting).rejects.toThrow();
    expect(registry.registered()).toEqual([]);
  });

  it('waitFor rejects when the condition is not met in time', async () => {
    await expect(registry.waitFor(() => false, 50)).rejects.toThrow(/50 ms/);
  });

  it('logs nothing unless DEBUG_REGISTRY=1', async () => {
    vi.stubEnv('DEBUG_REGISTRY', '');
    const spies = (['log', 'error', 'warn', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m));
    registry.setFaults({ mode: 'error-500' });
    await post({ records: [record()] });
    registry.setFaults({ mode: 'ok' });
    await post({ records: [record()] });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
  });
});
