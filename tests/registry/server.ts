/**
 * A real HTTP registry on 127.0.0.1 that speaks registry contract version 1
 * (lib/sync/registry-v1.openapi.yaml), with switchable faults, for unit, e2e and benchmark use.
 * Everything is in memory; one process, one event loop, and each batch is registered in one synchronous
 * step, so concurrent requests can never register an id twice.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import {
  evidenceProblem, MAX_BODY_BYTES, MAX_SUBJECT_IDS, officeAction, officeRound, parseBatch, subjectOf, type LooseRecord, type OfficeAction, type OfficeRound, type RecordResult,
} from './contract';
import type { FaultMode, Faults, RegisteredRecord, RegistryOptions, RequestLogEntry, TestRegistry } from './types';

export * from './types';

const JSON_TYPE = 'application/json; charset=utf-8';
/** Only with `cors: true`: a real office registry sends none, and the extension must not need them. */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Expose-Headers': 'Retry-After',
};

function debug(...args: unknown[]) {
  if (process.env.DEBUG_REGISTRY === '1') console.error('[test-registry]', ...args);
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

function countRecords(body: string): number {
  try {
    const json: unknown = JSON.parse(body);
    const records = (json as { records?: unknown } | null)?.records;
    return Array.isArray(records) ? records.length : 0;
  } catch {
    return 0;
  }
}

/** Reads the whole body; past the size limit it keeps draining (so the client sees an answer) but keeps nothing. */
function readBody(req: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let ended = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      ended = true;
      resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > MAX_BODY_BYTES });
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!ended) reject(new Error('request aborted'));
    });
  });
}

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const token = options.token ?? 'test-token';
  const basePath = normaliseBase(options.basePath ?? '/api');
  const year = options.year ?? 2026;
  const CORS: Record<string, string> = options.cors ? CORS_HEADERS : {};

  let faults: Faults = { mode: 'ok' };
  const capabilities = options.capabilities ?? ['subjects', 'rounds'];
  const byId = new Map<string, RegisteredRecord>();
  /** v1.1: archived records answered `duplicate-subject` (kept apart: they are no new registration). */
  const sameSubject = new Map<string, RecordResult>();
  /** v1.1: registered records by their subject (platform + comment id), in order. */
  const bySubject = new Map<string, RegisteredRecord[]>();
  const inOrder: RegisteredRecord[] = [];
  const log: RequestLogEntry[] = [];
  const sockets = new Set<Socket>();
  const wakeOnClose = new Set<() => void>();
  let closed = false;
  let closing: Promise<void> | undefined;

  /** Resolves after `ms`, or at once when the registry closes. */
  function pause(ms: number | undefined): Promise<void> {
    if (closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        if (timer) clearTimeout(timer);
        wakeOnClose.delete(done);
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      wakeOnClose.add(done);
    });
  }

  /** The mode this request meets; a POST /records uses up one of `failTimes`. */
  function modeFor(consume: boolean): FaultMode {
    if (faults.failTimes === undefined) return faults.mode;
    if (faults.failTimes <= 0) return 'ok';
    const mode = faults.mode;
    if (consume) {
      faults = { ...faults, failTimes: faults.failTimes - 1 };
      if (faults.failTimes === 0) faults = { ...faults, mode: 'ok', failTimes: undefined };
    }
    return mode;
  }

  function send(res: ServerResponse, entry: RequestLogEntry, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    entry.status = status;
    res.writeHead(status, { ...CORS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
    debug(entry.method, entry.path, status, `${entry.records} records`);
  }

  function register(records: LooseRecord[]): RecordResult[] {
    const rejectIds = new Set(faults.rejectIds ?? []);
    return records.map((record): RecordResult => {
      const known = byId.get(record.id);
      if (known) {
        known.duplicates += 1;
        return { id: record.id, status: 'duplicate', registrationNumber: known.registrationNumber };
      }
      const doubled = sameSubject.get(record.id);
      if (doubled) return doubled;
      if (rejectIds.has(record.id)) return { id: record.id, status: 'rejected', error: 'rejected by the test registry (rejectIds)' };
      const problem = evidenceProblem(record as never);
      if (problem) return { id: record.id, status: 'rejected', error: problem };
      const key = subjectOf(record);
      const first = key && record.kind === 'archived' && capabilities.includes('subjects') ? firstArchiveOf(key, record) : undefined;
      if (first) {
        const answer: RecordResult = { id: record.id, status: 'duplicate-subject', registrationNumber: first.registrationNumber, duplicateOf: first.id };
        sameSubject.set(record.id, answer);
        return answer;
      }
      const entry = { id: record.id, registrationNumber: `HÄ ${year}/${inOrder.length + 1}`, record: structuredClone(record), times: 1, duplicates: 0 };
      byId.set(record.id, entry);
      inOrder.push(entry);
      if (key) bySubject.set(key, [...(bySubject.get(key) ?? []), entry]);
      return { id: record.id, status: 'registered', registrationNumber: entry.registrationNumber };
    });
  }

  /** A second `archived` record of the same comment with the same text (not taken back) doubles the first. */
  function firstArchiveOf(key: string, record: LooseRecord): RegisteredRecord | undefined {
    const text = (record.subject as { text?: unknown } | undefined)?.text;
    const entries = bySubject.get(key) ?? [];
    const retracted = new Set(entries.map((e) => e.record as { kind?: string; refersTo?: string }).filter((r) => r.kind === 'retracted').map((r) => r.refersTo));
    return entries.find((e) => {
      const r = e.record as { kind?: string; subject?: { text?: unknown } };
      return r.kind === 'archived' && r.subject?.text === text && !retracted.has(e.id);
    });
  }

  function authorised(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry): boolean {
    const auth = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (auth?.[1] === token && faults.mode !== 'unauthorized-401') return true;
    send(res, entry, 401, { error: 'invalid or missing bearer token' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    return false;
  }

  /** v1.1 GET /subjects?platform=…&ids=…: the office's records about each comment. */
  function getSubjects(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry, query: URLSearchParams) {
    if (!authorised(req, res, entry)) return;
    const platform = query.get('platform') ?? '';
    const ids = query.getAll('ids');
    if (!platform || ids.length === 0 || ids.length > MAX_SUBJECT_IDS) return send(res, entry, 400, { error: `platform and 1–${MAX_SUBJECT_IDS} ids are required` });
    const subjects: Record<string, OfficeAction[]> = {};
    for (const id of ids) {
      const found = bySubject.get(`${platform}\u0000${id}`) ?? [];
      if (found.length > 0) subjects[id] = found.map(officeAction);
    }
    send(res, entry, 200, { subjects });
  }

  /** v1.1 GET /rounds?from=…&to=…: the office's monitoring rounds scheduled in the period. */
  function getRounds(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry, query: URLSearchParams) {
    if (!authorised(req, res, entry)) return;
    const from = Date.parse(query.get('from') ?? '');
    const to = Date.parse(query.get('to') ?? '');
    if (Number.isNaN(from) || Number.isNaN(to)) return send(res, entry, 400, { error: 'from and to must be ISO date-times' });
    const rounds: OfficeRound[] = [];
    for (const r of inOrder) {
      const round = officeRound(r);
      if (round && Date.parse(round.scheduledAt) >= from && Date.parse(round.scheduledAt) <= to) rounds.push(round);
    }
    send(res, entry, 200, { rounds });
  }

  async function postRecords(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry) {
    const mode = modeFor(true);
    const { text, tooLarge } = await readBody(req);
    entry.records = tooLarge ? 0 : countRecords(text);
    entry.bytes = tooLarge ? MAX_BODY_BYTES + 1 : Buffer.byteLength(text);
    if (faults.delayMs) await pause(faults.delayMs);
    if (closed || mode === 'down') return void req.socket.destroy();
    if (mode === 'timeout') {
      await pause(undefined);
      return void req.socket.destroy();
    }
    const auth = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!auth) return send(res, entry, 401, { error: 'missing bearer token' }, { 'WWW-Authenticate': 'Bearer' });
    if (auth[1] !== token) return send(res, entry, 401, { error: 'invalid token' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    const retryAfter = { 'Retry-After': String(faults.retryAfterSeconds ?? 1) };
    if (mode === 'unauthorized-401') return send(res, entry, 401, { error: 'token revoked (test fault)' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    if (mode === 'forbidden-403') return send(res, entry, 403, { error: 'token may not register records (test fault)' });
    if (mode === 'rate-limit-429') return send(res, entry, 429, { error: 'too many requests (test fault)' }, retryAfter);
    if (mode === 'unavailable-503') return send(res, entry, 503, { error: 'unavailable (test fault)' }, retryAfter);
    if (mode === 'error-500') return send(res, entry, 500, { error: 'internal error (test fault)' });
    if (tooLarge) return send(res, entry, 413, { error: `body is larger than ${MAX_BODY_BYTES} bytes` });
    const batch = parseBatch(text);
    if (!batch.ok) return send(res, entry, 400, { error: batch.error });
    const poison = new Set(faults.poisonIds ?? []);
    if (batch.records.some((r) => poison.has(r.id))) return send(res, entry, 400, { error: 'batch contains a record the registry cannot accept (poisonIds)' });
    const answer = JSON.stringify({ results: register(batch.records) });
    // The records are registered but the answer is lost on the way: exactly the case idempotency is for.
    if (mode === 'bad-json') return send(res, entry, 200, answer.slice(0, Math.max(1, Math.floor(answer.length / 2))));
    send(res, entry, 200, answer);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://registry.invalid').pathname;
    const entry: RequestLogEntry = { method, path, status: 0, records: 0, at: Date.now() };
    log.push(entry);
    const isRecords = path === `${basePath}/records`;
    const isHealth = path === `${basePath}/health`;
    if (isRecords && method === 'POST') return postRecords(req, res, entry);
    if (modeFor(false) === 'down' || closed) return void req.socket.destroy();
    const query = new URL(req.url ?? '/', 'http://registry.invalid').searchParams;
    if (method === 'GET' && path === `${basePath}/subjects` && capabilities.includes('subjects')) return getSubjects(req, res, entry, query);
    if (method === 'GET' && path === `${basePath}/rounds` && capabilities.includes('rounds')) return getRounds(req, res, entry, query);
    if (method === 'OPTIONS' && (isRecords || isHealth) && options.cors) {
      entry.status = 204;
      res.writeHead(204, { ...CORS, 'Access-Control-Max-Age': '600' });
      return void res.end();
    }
    if (isHealth && (method === 'GET' || method === 'HEAD')) return send(res, entry, 200, { status: 'ok', version: '1', ...(capabilities.length > 0 ? { capabilities } : {}) });
    if (isHealth || isRecords) return send(res, entry, 405, { error: 'method not allowed' }, { Allow: (isHealth ? 'GET' : 'POST') + (options.cors ? ', OPTIONS' : '') });
    send(res, entry, 404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      debug('request failed', error);
      if (!res.headersSent && !closed && !req.socket.destroyed) res.writeHead(500, { ...CORS, 'Content-Type': JSON_TYPE }).end('{"error":"test registry failure"}');
      else req.socket.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    if (closed) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('test registry: no TCP address');
  const url = `http://127.0.0.1:${address.port}${basePath}`;
  debug('listening on', url);

  return {
    url,
    token,
    setFaults(f) {
      faults = { ...faults, ...f };
      debug('faults', faults);
    },
    resetFaults() {
      faults = { mode: 'ok' };
    },
    faults: () => structuredClone(faults),
    registered: () => inOrder.map((r) => ({ ...r })),
    registrationsOf: (id) => byId.get(id)?.times ?? 0,
    sameSubjectAnswers: () => [...sameSubject.values()].map((r) => ({ ...r }) as { id: string; status: string; registrationNumber: string }),
    duplicateAnswers: () => inOrder.reduce((sum, r) => sum + r.duplicates, 0),
    requests: () => log.map((r) => ({ ...r })),
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error(`test registry: condition not met within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        for (const wake of [...wakeOnClose]) wake();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        debug('closed');
      });
      return closing;
    },
  };
}
