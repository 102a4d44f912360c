/**
 * Integer feature hashing without building strings: FNV-1a over UTF-16 code units, and a
 * murmur3-style finalizer to combine a feature template with its values. Every function returns
 * an unsigned 32-bit integer, so the same text gives the same feature in training and in use.
 */

/** FNV-1a offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step: `hash` extended by one code unit. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

/**
 * FNV-1a over `text.slice(from, to)` (the whole text by default).
 * `fnv1a('کتاب')` → the same 32-bit number on every run and platform.
 */
export function fnv1a(text: string, from = 0, to = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** {@link mix32}'s bits as a signed 32-bit integer. */
function mixBits(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Scrambles all bits of a 32-bit value (the murmur3 finalizer), so low bits are usable as an index. */
export function mix32(value: number): number {
  return mixBits(value) >>> 0;
}

/** {@link combine}'s bits as a signed 32-bit integer. */
function combineBits(template: number, a: number, b: number): number {
  return mixBits(Math.imul(template + 1, 0x9e3779b1) ^ mixBits(a ^ Math.imul(b, 0x27d4eb2f)));
}

/**
 * The feature of template `template` with value `a` (and optionally `b`): distinct templates give
 * unrelated hashes for the same value. `combine(3, fnv1a('کتاب'))` is "word = کتاب" under template 3.
 */
export function combine(template: number, a: number, b = 0): number {
  return combineBits(template, a, b) >>> 0;
}

/**
 * {@link combine} without its top bit: the same low 31 bits, as a non-negative number the engine
 * keeps as a small integer (never a boxed number), for lookups that read only the low bits (a
 * weight table's row, `hash & mask`).
 */
export function combineLow(template: number, a: number, b = 0): number {
  return combineBits(template, a, b) & 0x7fffffff;
}
