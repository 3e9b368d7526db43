// @vitest-environment node
// The registry contract as a document: it validates as OpenAPI 3.1 with a maintained parser
// (@apidevtools/swagger-parser), and every answer of the test registry (v1.1: health with capabilities,
// records with duplicate-subject, subjects, rounds, and the errors) matches the schema the document
// gives for that path, method and status (checked with Ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startRegistry, type TestRegistry } from './server';

const FILE = join(import.meta.dirname, '../../lib/sync/registry-v1.openapi.yaml');
type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { responses: Record<string, unknown> } };
const doc = parse(readFileSync(FILE, 'utf8')) as Doc;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(doc as object, 'contract');

/** The JSON schema the document gives for an answer, resolving a shared response (`$ref`). */
function answerSchema(path: string, method: string, status: number): string {
  let response = doc.paths[path]?.[method]?.responses[String(status)] as { $ref?: string; content?: Record<string, { schema: { $ref: string } }> } | undefined;
  if (!response) throw new Error(`${method.toUpperCase()} ${path} documents no ${status} answer`);
  if (response.$ref) response = doc.components.responses[response.$ref.split('/').at(-1)!] as typeof response;
  const ref = response!.content!['application/json']!.schema.$ref;
  return `contract${ref}`;
}

let registry: TestRegistry;

/** Calls the registry and checks the answer against the document; returns the body. */
async function call(path: string, method: 'get' | 'post', init: { query?: string; body?: unknown; token?: string | null } = {}) {
  const headers: Record<string, string> = init.token === null ? {} : { Authorization: `Bearer ${init.token ?? registry.token}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${registry.url}${path}${init.query ?? ''}`, {
    method: method.toUpperCase(),
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const body: unknown = await res.json();
  const validate = ajv.getSchema(answerSchema(path, method, res.status));
  expect(validate, `schema for ${method} ${path} ${res.status}`).toBeDefined();
  const ok = validate!(body);
  expect(ok ? [] : validate!.errors, `${method.toUpperCase()} ${path} ${res.status}: ${JSON.stringify(body)}`).toEqual([]);
  return { status: res.status, body: body as Record<string, unknown> };
}

const record = (id: string, extra: Record<string, unknown>) => ({
  schema: 'moderation-record/1',
  id,
  occurredAt: '2026-11-25T14:03:00+01:00',
  moderator: { id: 'anna.exempel', name: 'Anna Exempel' },
  office: 'Norrby (exempel)',
  account: { platform: 'facebook', name: 'Norrby', url: 'https://www.facebook.com/norrbyexempel' },
  checks: [],
  integrity: { sha256: 'a'.repeat(64), prev: null },
  ...extra,
});
const subject = (id: string, text: string) => ({
  platform: 'facebook',
  kind: 'comment',
  id,
  authorName: 'Ida Exempel',
  text,
  post: { text: 'Inlägg' },
});
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry.close();
});

describe('registry-v1.openapi.yaml', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const api = (await SwaggerParser.validate(FILE)) as { openapi: string; paths: Record<string, unknown> };
    expect(api.openapi).toBe('3.1.0');
    expect(Object.keys(api.paths).sort()).toEqual(['/health', '/records', '/rounds', '/subjects']);
  });

  it("matches the test registry's answers, v1.1 included", async () => {
    expect((await call('/health', 'get', { token: null })).body).toMatchObject({ capabilities: ['subjects', 'rounds'] });

    const posted = await call('/records', 'post', {
      body: {
        records: [
          record(uuid(1), { kind: 'archived', subject: subject('1001', 'När öppnar simhallen?') }),
          record(uuid(2), { kind: 'archived', subject: subject('1001', 'När öppnar simhallen?'), moderator: { id: 'bertil', name: 'Bertil Exempel' } }),
          record(uuid(3), { kind: 'monitoring-round', checks: ['round:done', 'scheduled:2026-11-25T12:00:00+01:00'] }),
          record(uuid(4), { kind: 'retracted', subject: subject('1001', 'När öppnar simhallen?'), refersTo: uuid(2) }),
        ],
      },
    });
    expect((posted.body.results as { status: string }[]).map((r) => r.status)).toEqual(['registered', 'duplicate-subject', 'registered', 'registered']);
    expect((await call('/records', 'post', { body: { records: [record(uuid(1), { kind: 'archived' })] } })).body.results).toEqual([
      { id: uuid(1), status: 'duplicate', registrationNumber: 'HÄ 2026/1' },
    ]);

    const subjects = await call('/subjects', 'get', { query: '?platform=facebook&ids=1001&ids=9999' });
    expect(Object.keys(subjects.body.subjects as object)).toEqual(['1001']);
    const rounds = await call('/rounds', 'get', { query: `?from=${encodeURIComponent('2026-11-25T00:00:00Z')}&to=${encodeURIComponent('2026-11-26T00:00:00Z')}` });
    expect(rounds.body.rounds).toEqual([expect.objectContaining({ status: 'done', moderator: { id: 'anna.exempel', name: 'Anna Exempel' } })]);

    // The documented errors.
    expect((await call('/subjects', 'get', { query: '?platform=facebook' })).status).toBe(400);
    expect((await call('/subjects', 'get', { query: '?platform=facebook&ids=1', token: 'wrong' })).status).toBe(401);
    expect((await call('/rounds', 'get', { query: '?from=x&to=y' })).status).toBe(400);
    expect((await call('/records', 'post', { body: { records: [] } })).status).toBe(400);
  });
});
