// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLogDb, type Db } from '../../lib/store/db';
import { readConnection, saveConnection } from '../../lib/sync/connection-store';

let db: Db;
beforeEach(async () => {
  db = await openLogDb(`conn-${Math.random()}`);
});
afterEach(() => db.close());

describe('registry connection store', () => {
  it('uses the address from policy over whatever the page sends, with the user\'s own token', async () => {
    const policy = 'https://diarium.example.org/api';
    expect(await readConnection(db, policy)).toBeNull();
    expect(await saveConnection(db, { endpoint: 'https://elsewhere.example.com', token: 'tok-1' }, policy)).toEqual({ saved: true, localOnly: false });
    expect(await readConnection(db, policy)).toEqual({ endpoint: policy, token: 'tok-1' });
    // With a policy address the user cannot switch to local-only by emptying the field.
    expect(await saveConnection(db, { endpoint: '', token: '' }, policy)).toEqual({ saved: true, localOnly: false });
    expect(await readConnection(db, policy)).toEqual({ endpoint: policy, token: 'tok-1' });
  });

  it('stores a normalised address and keeps the token when the field is left empty', async () => {
    await saveConnection(db, { endpoint: 'http://127.0.0.1:8787/api/', token: 'first' });
    await saveConnection(db, { endpoint: 'http://127.0.0.1:8787/api', token: '' });
    expect(await readConnection(db)).toEqual({ endpoint: 'http://127.0.0.1:8787/api', token: 'first' });
    expect(await saveConnection(db, { endpoint: '', token: '' })).toEqual({ saved: true, localOnly: true });
    expect(await readConnection(db)).toBeNull();
  });

  it('rebuilds an address an older version stored with an empty "?" or "#" from its origin and path', async () => {
    for (const stored of ['https://diarium.example.org/api?', 'https://diarium.example.org/api#', 'https://diarium.example.org/api/?']) {
      await db.put('meta', { endpoint: stored, token: 'tok-1' }, 'registry');
      expect(await readConnection(db)).toEqual({ endpoint: 'https://diarium.example.org/api', token: 'tok-1' });
    }
    // One that can no longer be made valid reads as no registry (local only) rather than being sent to.
    await db.put('meta', { endpoint: 'https://diarium.example.org/api?x=1', token: 'tok-1' }, 'registry');
    expect(await readConnection(db)).toBeNull();
  });

  it('sends nowhere while the policy sets an address that cannot be used, and keeps the token', async () => {
    await saveConnection(db, { endpoint: 'https://own.example.org/api', token: 'tok-1' });
    // '' is what loadSettings gives for a policy address that is invalid with no earlier valid one.
    expect(await readConnection(db, '')).toBeNull();
    expect(await saveConnection(db, { endpoint: '', token: '' }, '')).toEqual({ saved: false, problem: 'endpoint-malformed' });
    expect(await readConnection(db)).toEqual({ endpoint: 'https://own.example.org/api', token: 'tok-1' });
  });
});
