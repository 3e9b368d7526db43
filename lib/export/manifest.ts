/** manifest.json: every file of the package with its SHA-256 and size, the records' range and the chain. */
import { z } from 'zod';

const sha = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z.object({
  schema: z.literal('modereringsstod-export/1'),
  packageId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  office: z.string(),
  software: z.object({ name: z.string(), version: z.string() }),
  /** What was asked for: the period (Stockholm days, inclusive) and any filter in words. */
  selection: z.object({ from: z.string(), to: z.string(), description: z.string() }),
  records: z.object({
    count: z.number().int().nonnegative(),
    firstOccurredAt: z.string().nullable(),
    lastOccurredAt: z.string().nullable(),
    /** The log positions of the records, in order (a gap means the selection left records out). */
    seqs: z.array(z.number().int().positive()),
    ids: z.array(z.string()),
  }),
  chain: z.object({
    /** `integrity.prev` of the first record and `integrity.sha256` of the last one. */
    firstPrev: sha.nullable(),
    head: sha.nullable(),
    /** The browser log's head when the package was made (the records after this package's last one). */
    logHead: sha.nullable(),
  }),
  files: z.array(z.object({ path: z.string().min(1), sha256: sha, size: z.number().int().nonnegative() })),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const SignatureSchema = z.object({
  algorithm: z.literal('ECDSA-P256-SHA256'),
  /** What is signed: the 32-byte SHA-256 digest of manifest.json's bytes. */
  signed: z.literal('sha256(manifest.json)'),
  manifestSha256: sha,
  /** base64 of the IEEE P1363 signature (r ‖ s), as WebCrypto makes it. */
  signature: z.string().min(1),
  publicKey: z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string() }).loose(),
  /** RFC 7638 JWK thumbprint (SHA-256, hex) of the public key: the fingerprint the options page shows. */
  fingerprint: sha,
});
export type SignatureFile = z.infer<typeof SignatureSchema>;
