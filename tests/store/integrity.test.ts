import { describe, expect, it } from 'vitest';
import { seal, sha256Hex, verifyChain } from '../../lib/store/integrity';
import { ModerationRecordSchema } from '../../lib/model';
import { unsealed } from '../helpers/records';

const ids = ['6f9619ff-8b86-4d11-b42d-00c04fc964ff', '7f9619ff-8b86-4d11-b42d-00c04fc964ff', '8f9619ff-8b86-4d11-b42d-00c04fc964ff'];

async function chain() {
  const out = [];
  let prev: string | null = null;
  for (const id of ids) {
    const r = await seal(unsealed(id, `note ${id}`), prev);
    out.push(r);
    prev = r.integrity.sha256;
  }
  return out;
}

describe('integrity chain', () => {
  it('hashes known input to the published SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('links each record to the previous hash and validates against the record schema', async () => {
    const records = await chain();
    expect(records[0]!.integrity.prev).toBeNull();
    expect(records[1]!.integrity.prev).toBe(records[0]!.integrity.sha256);
    for (const r of records) expect(ModerationRecordSchema.safeParse(r).success).toBe(true);
    expect(await verifyChain(records)).toBeNull();
  });

  it('does not depend on key order (canonical JSON)', async () => {
    const a = unsealed(ids[0]!);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect((await seal(reordered, null)).integrity.sha256).toBe((await seal(a, null)).integrity.sha256);
  });

  it('detects an edited record', async () => {
    const records = await chain();
    records[1] = { ...records[1]!, note: 'changed afterwards' };
    expect(await verifyChain(records)).toEqual({ index: 1, id: ids[1], problem: 'hash-mismatch' });
  });

  it('detects a removed record', async () => {
    const records = await chain();
    records.splice(1, 1);
    expect(await verifyChain(records)).toEqual({ index: 1, id: ids[2], problem: 'broken-link' });
  });

  it('lets a log begin with a log-reset record linked to a head it no longer holds, and nothing else', async () => {
    const lostHead = 'c'.repeat(64);
    const reset = await seal({ ...unsealed(ids[0]!), kind: 'log-reset' }, lostHead);
    const next = await seal(unsealed(ids[1]!), reset.integrity.sha256);
    expect(await verifyChain([reset, next])).toBeNull();
    // Any other record claiming a predecessor that is not there is a gap.
    const orphan = await seal(unsealed(ids[0]!), lostHead);
    expect(await verifyChain([orphan])).toEqual({ index: 0, id: ids[0], problem: 'broken-link' });
    // Past the start, a reset record must link like any other.
    const first = await seal(unsealed(ids[2]!), null);
    expect(await verifyChain([first, reset])).toEqual({ index: 1, id: ids[0], problem: 'broken-link' });
  });
});

describe('sealing', () => {
  it('makes every string of the record well-formed before hashing it', async () => {
    const record = { ...unsealed(ids[0]!, 'half an emoji \uD83D'), office: 'Norrby \uDE00' };
    const sealed = await seal(record, null);
    expect(sealed.note).toBe('half an emoji \uFFFD');
    expect(sealed.office).toBe('Norrby \uFFFD');
    expect(JSON.stringify(sealed)).not.toMatch(/\\ud[89a-f]/i);
    expect(await verifyChain([sealed])).toBeNull();
  });
});
