/**
 * Flushes 10,000 logged records to the test registry on 127.0.0.1 through the real sync engine, and,
 * in the same run, posts the same records with bare fetch calls (no IndexedDB, no bookkeeping) as the
 * baseline, so the engine's own cost shows as a ratio. IndexedDB is fake-indexeddb here (Node).
 */
import 'fake-indexeddb/auto';
import { openLogDb } from '../../lib/store/db';
import { ActionLog } from '../../lib/store/log';
import { readConnection, saveConnection } from '../../lib/sync/connection-store';
import { SyncEngine } from '../../lib/sync/engine';
import { outboxCounts } from '../../lib/sync/outbox';
import { unsealed } from '../helpers/records';
import { startRegistry } from '../registry/server';

const COUNT = 10_000;
const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

export async function benchSync(): Promise<string[]> {
  const db = await openLogDb('bench-sync');
  const log = new ActionLog(db);
  let start = performance.now();
  for (let i = 0; i < COUNT; i++) await log.append(unsealed(uuid('00000000', i), `anteckning ${i}`));
  const appendSeconds = (performance.now() - start) / 1000;

  const registry = await startRegistry({ year: 2026 });
  try {
    await saveConnection(db, { endpoint: registry.url, token: registry.token });
    const engine = new SyncEngine({ db, log, connection: () => readConnection(db), schedule: () => undefined });
    start = performance.now();
    const result = await engine.flush();
    const flushSeconds = (performance.now() - start) / 1000;
    const counts = await outboxCounts(db);
    const engineRequests = registry.requests().filter((r) => r.method === 'POST').length;
    const exactlyOnce = registry.registered().every((r) => r.times === 1);

    // Baseline: the same records, other ids, posted in batches of 100 without the engine.
    const records = (await log.all()).map((r, i) => ({ ...r, id: uuid('11111111', i) }));
    start = performance.now();
    for (let i = 0; i < records.length; i += 100) {
      const response = await fetch(`${registry.url}/records`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${registry.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ records: records.slice(i, i + 100) }),
      });
      await response.json();
    }
    const baseSeconds = (performance.now() - start) / 1000;

    return [
      `log append (setup, not timed below): ${COUNT} records in ${appendSeconds.toFixed(1)} s`,
      `engine flush: ${COUNT} records in ${flushSeconds.toFixed(2)} s = ${Math.round(COUNT / flushSeconds)} records/s, ${engineRequests} requests, result ${result.state}`,
      `registered ${counts.registered}, pending ${counts.pending}, rejected ${counts.rejected}, each exactly once: ${exactlyOnce}`,
      `baseline (bare fetch, same batches): ${baseSeconds.toFixed(2)} s; engine/baseline = ${(flushSeconds / baseSeconds).toFixed(2)}×`,
      `goal: all ${COUNT} registered in under 10 s: ${counts.registered === COUNT && flushSeconds < 10 ? 'met' : 'NOT met'}`,
    ];
  } finally {
    db.close();
    await registry.close();
  }
}
