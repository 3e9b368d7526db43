/** The archive's messages: its status, a check of the whole chain, signing an export, noting an export. */
import { handover, markExported } from '../export/handover';
import { installationSigner } from '../export/keys';
import { hexToBytes } from '../export/signing';
import type { ChainStatus, Handlers } from '../messaging/protocol';
import { chainCheckKey, checkWholeLog, type ChainCheck } from '../store/chain-check';
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

const chainStatus = (c: ChainCheck): ChainStatus => ({ ...(c.checkedAt ? { checkedAt: c.checkedAt } : {}), count: c.count, ...(c.break ? { break: c.break } : {}) });

export function createArchiveHandlers(deps: ArchiveDeps): ArchiveHandlers {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    async getRecordsStatus() {
      const [chain, over, signer, mode, reminderDays] = await Promise.all([
        chainCheckKey.get(db),
        handover(db),
        installationSigner(db, now),
        deps.mode(),
        deps.reminderDays(),
      ]);
      return { ok: true, value: { chain: chainStatus(chain), handover: over, key: { fingerprint: signer.fingerprint, createdAt: signer.createdAt }, mode, reminderDays } };
    },
    async checkChain() {
      return { ok: true, value: chainStatus(await checkWholeLog(db, now())) };
    },
    async signExport({ manifestSha256 }) {
      const signer = await installationSigner(db, now);
      return { ok: true, value: await signer.sign(hexToBytes(manifestSha256)) };
    },
    async markExported(mark) {
      await markExported(db, { ...mark, count: mark.recordIds.length });
      deps.onExported?.();
      return { ok: true, value: await handover(db) };
    },
  };
}
