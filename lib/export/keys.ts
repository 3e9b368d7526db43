/**
 * This installation's signing key pair, made once and kept in the background's IndexedDB (`meta`,
 * key `signing-key`). The private key is non-extractable: it can sign, but nothing can read it out,
 * not even this extension. Only the background holds it; extension pages ask it to sign a digest.
 */
import { z } from 'zod';
import type { Db } from '../store/db';
import { defineMetaKey } from '../store/meta';
import { serialQueue } from '../util/serial';
import { generateSigningKey, signerFor } from './signing';

const isKey = (v: unknown): v is CryptoKey => typeof CryptoKey !== 'undefined' && v instanceof CryptoKey;

const KeyPairSchema = z.object({
  createdAt: z.string(),
  privateKey: z.custom<CryptoKey>(isKey),
  publicKey: z.custom<CryptoKey>(isKey),
});
type StoredKeyPair = z.infer<typeof KeyPairSchema>;

export const signingKeyKey = defineMetaKey<StoredKeyPair | null>('signing-key', KeyPairSchema.nullable(), () => null);

const once = serialQueue();

/** The signer, making the key pair the first time (two first calls at once still make one pair). */
export function installationSigner(db: Db, now: () => Date = () => new Date()): Promise<Awaited<ReturnType<typeof signerFor>> & { createdAt: string }> {
  return once(async () => {
    let stored = await signingKeyKey.get(db);
    if (!stored) {
      const pair = await generateSigningKey();
      stored = { createdAt: now().toISOString(), privateKey: pair.privateKey, publicKey: pair.publicKey };
      await signingKeyKey.put(db, stored);
    }
    return { ...(await signerFor(stored)), createdAt: stored.createdAt };
  });
}
