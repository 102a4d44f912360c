/**
 * MinHash over word shingles, with LSH bands to find candidates: two reports whose shingle sets
 * overlap share a band with high probability, and the share of equal signature slots estimates
 * their Jaccard similarity.
 */
import { fnv1a, mix32 } from '../../model/feature-hash.js';

/** Signature length (hash functions). */
export const MINHASH_SIZE = 128;
/** LSH bands × rows = {@link MINHASH_SIZE}: two rows per band finds pairs down to Jaccard ≈ 0.2. */
export const LSH_BANDS = 64;
const ROWS = MINHASH_SIZE / LSH_BANDS;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;

/** FNV-1a over UTF-16 units, mixed: the 32-bit hash of one shingle. */
function hashString(text: string): number {
  return mix32(fnv1a(text));
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 * (i + 1)));

/**
 * The distinct shingle hashes of a word sequence: every run of {@link SHINGLE_WORDS} keys
 * (the whole sequence when it is shorter).
 */
export function shingleHashes(keys: readonly string[]): Uint32Array {
  const set = new Set<number>();
  if (keys.length > 0 && keys.length < SHINGLE_WORDS) set.add(hashString(keys.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= keys.length; i++) set.add(hashString(keys.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set);
}

/** The MinHash signature of a shingle set: per seed, the smallest mixed hash (all ones for an empty set). */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const value = mix32(shingle ^ SEEDS[i]);
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two signatures: the share of equal slots. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / MINHASH_SIZE;
}

/**
 * Estimated overlap of the smaller shingle set with the larger, `|A∩B| / min(|A|, |B|)`, from the
 * Jaccard estimate and the set sizes: a trimmed republication is contained in its origin.
 */
export function containment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

/**
 * The LSH band keys of a signature: one integer per band, `band · 2³² + hash of its rows`, safe as a
 * JavaScript number and as a SQL BIGINT. Reports sharing a key are near-duplicate candidates.
 */
export function lshBands(signature: Uint32Array): number[] {
  const bands: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = band + 1;
    for (let row = 0; row < ROWS; row++) h = mix32(Math.imul(h, 0x01000193) ^ signature[band * ROWS + row]);
    bands.push(band * 0x1_0000_0000 + h);
  }
  return bands;
}

/** A signature as bytes for storage (little-endian uint32s), and back. */
export function signatureToBytes(signature: Uint32Array): Uint8Array {
  return new Uint8Array(signature.buffer.slice(signature.byteOffset, signature.byteOffset + signature.byteLength));
}

/** Reads a signature stored by {@link signatureToBytes}. */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
