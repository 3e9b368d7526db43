/**
 * Sizes evidence is kept to, so that one record with its picture and fragment inlined as base64 always
 * fits the registry's 5 MiB batch (lib/sync/contract.ts): 2.5 MB of PNG and 0.75 MB of HTML are
 * 4.33 MB as base64, leaving room for the record's own text (at most 0.2 MB of comment and post).
 */
export const MAX_PICTURE_BYTES = 2_500_000;
export const MAX_FRAGMENT_BYTES = 750_000;
/** A picture above this many pixels a side is drawn smaller (canvas limits, and nobody reads it). */
export const MAX_PICTURE_SIDE = 16_000;
