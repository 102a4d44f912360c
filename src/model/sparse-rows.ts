/**
 * The non-zero rows of a large, mostly empty weight table, found by open addressing: a trained
 * tagger touches a few tens of thousands of its million rows, so keeping only those (and an index
 * at most half full) takes a few megabytes instead of tens. Read-only once built.
 */
/**
 * A row found by {@link SparseRows.find} (or -1 for none) as an entry of {@link SparseRows.addMixed}:
 * a negative number, so that it cannot be taken for a feature hash. `encodeRow(-1)` is -1.
 */
export function encodeRow(offset: number): number {
  return -offset - 2;
}

export class SparseRows {
  /** Values of the stored rows, `width` per row, in insertion order. */
  readonly values: Float32Array;
  readonly width: number;
  /** Pairs (row, offset of its values), -1 rows for empty slots: a probe reads one cache line. */
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  /** Scratch of {@link sum}: where the rows found start in {@link values}. */
  private found = new Int32Array(64);

  /**
   * Stores `rows` (distinct non-negative row numbers) with their values (`width` each, in the
   * same order). `new SparseRows([7, 900], Float32Array.of(1, 2, 3, 4), 2).find(900)` → 2.
   */
  constructor(rows: ArrayLike<number>, values: Float32Array, width: number) {
    this.values = values;
    this.width = width;
    let bits = 4;
    while (1 << bits < rows.length * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits).fill(-1);
    for (let i = 0; i < rows.length; i++) {
      let slot = Math.imul(rows[i], 0x9e3779b1) >>> this.shift;
      while (this.slots[2 * slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = rows[i];
      this.slots[2 * slot + 1] = i * width;
    }
  }

  /** The offset of `row`'s values in {@link values}, or -1 when the row is all zeros. */
  find(row: number): number {
    const slots = this.slots;
    let slot = Math.imul(row, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const stored = slots[2 * slot];
      if (stored === row) return slots[2 * slot + 1];
      if (stored === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Adds the values of the rows `features[f] & mask` (`f < count`; absent rows are zeros) into `out`,
   * `width` slots, row after row (the sums rounded to 32 bits after each addition, as stores into
   * `out` would round them).
   */
  addRows(features: ArrayLike<number>, count: number, mask: number, out: Float32Array): void {
    const found = this.scratch(count);
    let m = 0;
    for (let f = 0; f < count; f++) {
      const at = this.find(features[f] & mask);
      if (at >= 0) found[m++] = at;
    }
    this.sumFound(found, m, out);
  }

  /**
   * {@link addRows} over a mix of features and rows already found: an entry `v >= 0` is a feature
   * (a hash looked up as `v & mask`, its top bit cleared: see `combineLow`), an entry `v < 0` is the
   * row {@link encodeRow} made of what {@link find} gave. Same sums, in the same order, to the last bit.
   * (A loop of its own rather than {@link addRows}'s with a flag: it reads one kind of array only.)
   */
  addMixed(entries: Int32Array, count: number, mask: number, out: Float32Array): void {
    const found = this.scratch(count);
    let m = 0;
    for (let f = 0; f < count; f++) {
      const v = entries[f];
      const at = v < 0 ? -v - 2 : this.find(v & mask);
      // kept only when found (`at >= 0`, sign bit clear), without a branch the processor would mispredict
      found[m] = at;
      m += 1 - (at >>> 31);
    }
    this.sumFound(found, m, out);
  }

  /** {@link found}, grown to hold at least `count` offsets. */
  private scratch(count: number): Int32Array {
    if (this.found.length < count) this.found = new Int32Array(count * 2);
    return this.found;
  }

  /**
   * Adds the rows at `found[0..m)` into `out`, each slot summed over the rows in order (as adding
   * row after row would). The callers look every row up before any addition, so the lookups run
   * back to back: on the name tagger's rows a third less time than a lookup, then its additions,
   * row after row (measured replaying the bench reports' rows).
   */
  private sumFound(found: Int32Array, m: number, out: Float32Array): void {
    if (m === 0) return;
    if (this.width === 7) {
      this.sumFound7(found, m, out);
      return;
    }
    const values = this.values;
    const width = this.width;
    // four slots at a time
    let c = 0;
    for (; c + 4 <= width; c += 4) {
      let s0 = out[c];
      let s1 = out[c + 1];
      let s2 = out[c + 2];
      let s3 = out[c + 3];
      for (let j = 0; j < m; j++) {
        const at = found[j] + c;
        s0 = Math.fround(s0 + values[at]);
        s1 = Math.fround(s1 + values[at + 1]);
        s2 = Math.fround(s2 + values[at + 2]);
        s3 = Math.fround(s3 + values[at + 3]);
      }
      out[c] = s0;
      out[c + 1] = s1;
      out[c + 2] = s2;
      out[c + 3] = s3;
    }
    for (; c < width; c++) {
      let sum = out[c];
      for (let j = 0; j < m; j++) sum = Math.fround(sum + values[found[j] + c]);
      out[c] = sum;
    }
  }

  /**
   * {@link sumFound} for rows of 7 values (the name tagger's classes) in one pass: the sums stay in
   * registers, rounded to 32 bits after each addition as a store into `out` would round them, so
   * the result is the same to the last bit.
   */
  private sumFound7(found: Int32Array, m: number, out: Float32Array): void {
    const values = this.values;
    let s0 = out[0];
    let s1 = out[1];
    let s2 = out[2];
    let s3 = out[3];
    let s4 = out[4];
    let s5 = out[5];
    let s6 = out[6];
    for (let j = 0; j < m; j++) {
      const at = found[j];
      s0 = Math.fround(s0 + values[at]);
      s1 = Math.fround(s1 + values[at + 1]);
      s2 = Math.fround(s2 + values[at + 2]);
      s3 = Math.fround(s3 + values[at + 3]);
      s4 = Math.fround(s4 + values[at + 4]);
      s5 = Math.fround(s5 + values[at + 5]);
      s6 = Math.fround(s6 + values[at + 6]);
    }
    out[0] = s0;
    out[1] = s1;
    out[2] = s2;
    out[3] = s3;
    out[4] = s4;
    out[5] = s5;
    out[6] = s6;
  }

  /** Bytes held by the index and the values. */
  get byteLength(): number {
    return this.values.byteLength + this.slots.byteLength;
  }
}
