/** The archive's messages: its status, a check of the whole chain, signing an export, noting an export. */
import { lastHandover, markExported, recountHandover } from '../export/handover';
import { installationSigner } from '../export/keys';
import { hexToBytes } from '../export/signing';
import type { ChainStatus, Handlers } from '../messaging/protocol';
import { chainCheckKey, checkNewEntries, checkWholeLog, type ChainCheck } from '../store/chain-check';
import type { Db } from '../store/db';

export type ArchiveHandlers = Pick<Handlers, 'getRecordsStatus' | 'checkChain' | 'signExport' | 'markExported'>;

export interface ArchiveDeps {
  db: Db;
  /** Whether a registry is set (records leave by sync) or everything stays local. */
  mode: () => Promise<'local' | 'registry'>;
  reminderDays: () => Promise<number>;
  /** After an export was noted (the toolbar reminder looks again). */
  onExported?: () => void;
  now?: () => Date;
}

const chainStatus = (c: ChainCheck): ChainStatus => ({
  ...(c.checkedAt ? { checkedAt: c.checkedAt } : {}),
  ...(c.wholeAt ? { wholeCheckedAt: c.wholeAt } : {}),
  count: c.count,
  ...(c.break ? { break: c.break } : {}),
});

/** Every record is hashed again at least this often; in between, opening the view checks what is new. */
export const WHOLE_CHECK_MS = 24 * 3_600_000;

export function createArchiveHandlers(deps: ArchiveDeps): ArchiveHandlers {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    async getRecordsStatus() {
      const [chain, over, signer, mode, reminderDays] = await Promise.all([
        chainCheckKey.get(db),
        lastHandover(db),
        installationSigner(db, now),
        deps.mode(),
        deps.reminderDays(),
      ]);
      return { ok: true, value: { chain: chainStatus(chain), handover: over, key: { fingerprint: signer.fingerprint, createdAt: signer.createdAt }, mode, reminderDays } };
    },
    async checkChain(request) {
      const at = now();
      const last = await chainCheckKey.get(db);
      const stale = !last.wholeAt || at.getTime() - Date.parse(last.wholeAt) >= WHOLE_CHECK_MS;
      // Sync hashes every record again before it leaves, whatever this check last saw.
      const check = request?.whole || stale ? await checkWholeLog(db, at) : await checkNewEntries(db, at);
      return { ok: true, value: chainStatus(check) };
    },
    async signExport({ manifestSha256 }) {
      const signer = await installationSigner(db, now);
      return { ok: true, value: await signer.sign(hexToBytes(manifestSha256)) };
    },
    async markExported(mark) {
      await markExported(db, { ...mark, count: mark.recordIds.length });
      const counted = await recountHandover(db);
      deps.onExported?.();
      return { ok: true, value: counted };
    },
  };
}
