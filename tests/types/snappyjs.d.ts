// snappyjs ships no types; these are the two functions it exports (index.js), as the tests use them.
declare module 'snappyjs' {
  /** Decompresses a raw Snappy block (not the framing format); throws on a malformed one. */
  export function uncompress(compressed: Uint8Array, maxLength?: number): Uint8Array;
  export function compress(uncompressed: Uint8Array): Uint8Array;
}
