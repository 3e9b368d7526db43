/**
 * The installation's signing key: ECDSA P-256 made once with WebCrypto, the private half non-extractable.
 * A package's signature covers the SHA-256 digest of its manifest.json; its public key travels in the
 * package and its fingerprint (RFC 7638 thumbprint) is shown on the options page for the registrar to note.
 */
import { sha256Hex } from '../store/integrity';
import { base64ToBytes, bytesToBase64 } from './files';
import type { SignatureFile } from './manifest';

export type PublicJwk = SignatureFile['publicKey'];

export interface Signed {
  /** base64 of the P1363 signature. */
  signature: string;
  publicKey: PublicJwk;
  fingerprint: string;
}

/** Signs a 32-byte digest: with the key itself (background) or by asking the background (extension pages). */
export interface Signer {
  sign(digest: Uint8Array): Promise<Signed>;
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export function generateSigningKey(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

export async function publicJwk(key: CryptoKey): Promise<PublicJwk> {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', key);
  return { kty: kty as 'EC', crv: crv as 'P-256', x: x!, y: y! };
}

/** RFC 7638: SHA-256 over the JSON of the required members in lexicographic order. */
export function fingerprintOf(jwk: PublicJwk): Promise<string> {
  return sha256Hex(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
}

/** "AB12 CD34 …": the first 32 hex digits of the fingerprint in groups, for reading aloud. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 32).toUpperCase().replace(/(.{4})(?!$)/g, '$1 ');
}

export async function signerFor(pair: CryptoKeyPair): Promise<Signer & { publicKey: PublicJwk; fingerprint: string }> {
  const publicKey = await publicJwk(pair.publicKey);
  const fingerprint = await fingerprintOf(publicKey);
  return {
    publicKey,
    fingerprint,
    sign: async (digest) => ({
      signature: bytesToBase64(new Uint8Array(await crypto.subtle.sign(SIGN, pair.privateKey, digest as BufferSource))),
      publicKey,
      fingerprint,
    }),
  };
}

export async function verifySignature(jwk: PublicJwk, digest: Uint8Array, signature: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', { ...jwk, ext: true }, ALGORITHM, true, ['verify']);
    return await crypto.subtle.verify(SIGN, key, base64ToBytes(signature) as BufferSource, digest as BufferSource);
  } catch {
    return false;
  }
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}
