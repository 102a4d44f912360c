import { decodeBase64, encodeBase64 } from './base64.js';
import { SparseRows } from './sparse-rows.js';
import { readVarint, unzigzag, VarintWriter, zigzag } from './varint.js';

/**
 * A multiclass averaged perceptron over hashed integer features (Collins 2002, with the lazy
 * averaging of Daumé's thesis). A feature is a 32-bit hash (see `feature-hash.ts`); its low
 * `bits` bits choose a row of `classes.length` weights, so scoring a word is a few hundred
 * additions and no strings are built.
 *
 * Training fills a dense table of 2^bits rows. A model read with {@link HashedPerceptron.parse}
 * keeps only its non-zero rows ({@link SparseRows}), so a large `bits` (few collisions) costs
 * memory only while training. Defaults: `bits = 18`.
 */
export class HashedPerceptron {
  readonly classes: readonly string[];
  readonly bits: number;
  private readonly mask: number;
  private dense: Float32Array | undefined;
  private sparse: SparseRows | undefined;
  private totals: Float64Array | undefined;
  private stamps: Int32Array | undefined;
  private step = 0;

  /** @throws RangeError when `bits` is outside 8–24 or there are not 2–32 classes. */
  constructor(classes: readonly string[], bits = 18, sparse?: SparseRows) {
    if (bits < 8 || bits > 24) throw new RangeError(`bits must be 8–24, got ${bits}`);
    if (classes.length < 2 || classes.length > 32) throw new RangeError('between 2 and 32 classes');
    this.classes = classes;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.sparse = sparse;
  }

  /** The dense table (created on first use for training, or expanded from a parsed model). */
  private table(): Float32Array {
    if (this.dense) return this.dense;
    const n = this.classes.length;
    const dense = new Float32Array((this.mask + 1) * n);
    if (this.sparse) {
      for (let row = 0; row <= this.mask; row++) {
        const at = this.sparse.find(row);
        if (at >= 0) dense.set(this.sparse.values.subarray(at, at + n), row * n);
      }
      this.sparse = undefined;
    }
    return (this.dense = dense);
  }

  /** Adds the scores of `count` features into `out` (one slot per class; the caller zeroes it). */
  addScores(features: ArrayLike<number>, count: number, out: Float32Array): void {
    const n = this.classes.length;
    const sparse = this.sparse;
    if (sparse) {
      sparse.addRows(features, count, this.mask, out);
      return;
    }
    const w = this.table();
    for (let f = 0; f < count; f++) {
      const row = (features[f] & this.mask) * n;
      for (let c = 0; c < n; c++) out[c] += w[row + c];
    }
  }

  /**
   * What offsets from {@link rowOf} are valid for: the same object as long as the weights stay where
   * they are (it changes when a parsed model is expanded for training). Cache offsets under it.
   */
  get layout(): object {
    return this.sparse ?? this.table();
  }

  /**
   * Where feature `feature`'s row of weights starts, -1 when the row is all zeros: resolve a feature
   * once, then add its row with {@link addMixed} (as `encodeRow(row)`) as often as needed.
   */
  rowOf(feature: number): number {
    const sparse = this.sparse;
    if (sparse) return sparse.find(feature & this.mask);
    this.table();
    return (feature & this.mask) * this.classes.length;
  }

  /**
   * {@link addScores} over a mix of features (hashes with their top bit cleared, `>= 0`: see
   * `combineLow`) and rows resolved with {@link rowOf} under the current {@link layout}, written as
   * `encodeRow(row)` (negative): the same sums, in the same order.
   */
  addMixed(entries: Int32Array, count: number, out: Float32Array): void {
    const sparse = this.sparse;
    if (sparse) {
      sparse.addMixed(entries, count, this.mask, out);
      return;
    }
    const n = this.classes.length;
    const w = this.table();
    for (let f = 0; f < count; f++) {
      const v = entries[f];
      const row = v >= 0 ? (v & this.mask) * n : -v - 2;
      if (row < 0) continue;
      for (let c = 0; c < n; c++) out[c] += w[row + c];
    }
  }

  /** The best class index for `count` features, using `scratch` (length ≥ classes) for the scores. */
  predict(features: ArrayLike<number>, count: number, scratch: Float32Array): number {
    scratch.fill(0, 0, this.classes.length);
    this.addScores(features, count, scratch);
    let best = 0;
    for (let c = 1; c < this.classes.length; c++) if (scratch[c] > scratch[best]) best = c;
    return best;
  }

  /** Starts a new training instance (the averaging clock). */
  tick(): void {
    this.step++;
  }

  /** One correction: weights of `truth` up and of `guess` down, for every feature. */
  update(features: ArrayLike<number>, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const w = this.table();
    const totals = (this.totals ??= new Float64Array(w.length));
    const stamps = (this.stamps ??= new Int32Array(w.length));
    const n = this.classes.length;
    const step = this.step;
    const bump = (i: number, delta: number): void => {
      totals[i] += (step - stamps[i]) * w[i];
      stamps[i] = step;
      w[i] += delta;
    };
    for (let f = 0; f < count; f++) {
      const row = (features[f] & this.mask) * n;
      bump(row + truth, 1);
      bump(row + guess, -1);
    }
  }

  /**
   * One side of a correction: `delta` added to class `target`'s weight of every feature. A
   * structured (sequence) update calls it twice, since the gold and the predicted path see
   * different transition features: `+1` for the gold tag, `-1` for the guessed one.
   */
  adjust(features: ArrayLike<number>, count: number, target: number, delta: number): void {
    const w = this.table();
    const totals = (this.totals ??= new Float64Array(w.length));
    const stamps = (this.stamps ??= new Int32Array(w.length));
    const n = this.classes.length;
    const step = this.step;
    for (let f = 0; f < count; f++) {
      const i = (features[f] & this.mask) * n + target;
      totals[i] += (step - stamps[i]) * w[i];
      stamps[i] = step;
      w[i] += delta;
    }
  }

  /** Replaces each weight by its average over all instances; call once after training. */
  average(): void {
    if (!this.totals || !this.stamps || !this.dense) return;
    const steps = Math.max(1, this.step);
    const w = this.dense;
    for (let i = 0; i < w.length; i++) w[i] = (this.totals[i] + (this.step - this.stamps[i]) * w[i]) / steps;
    this.totals = undefined;
    this.stamps = undefined;
  }

  /**
   * Adds `factor` times `other`'s weights to these (averaged models of the same shape: the mean
   * of models trained on different orders of the same examples varies less than any one of them).
   * @throws RangeError when the classes or bits differ.
   */
  addScaled(other: HashedPerceptron, factor: number): void {
    if (other.bits !== this.bits || other.classes.join() !== this.classes.join()) throw new RangeError('models of different shapes');
    const into = this.table();
    const from = other.table();
    for (let i = 0; i < into.length; i++) into[i] += factor * from[i];
  }

  /** Bytes the weights take in memory now. */
  get byteLength(): number {
    return this.sparse ? this.sparse.byteLength : (this.dense?.byteLength ?? 0);
  }

  /**
   * The weights as text: one `#` header line (`bits`, quantization `scale`, classes), any `notes`
   * as `#` lines, then base64 of the non-zero rows (row delta, class mask, zigzag values as
   * varints, each weight rounded to a multiple of `scale`).
   */
  serialize(notes: string[] = [], levels = 2047): string {
    const w = this.table();
    let max = 0;
    for (const v of w) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? max / levels : 1;
    const n = this.classes.length;
    const out = new VarintWriter();
    let previous = 0;
    for (let row = 0; row <= this.mask; row++) {
      let rowMask = 0;
      for (let c = 0; c < n; c++) if (Math.round(w[row * n + c] / scale) !== 0) rowMask |= 1 << c;
      if (rowMask === 0) continue;
      out.write(row - previous);
      out.write(rowMask >>> 0);
      previous = row;
      for (let c = 0; c < n; c++) if (rowMask & (1 << c)) out.write(zigzag(Math.round(w[row * n + c] / scale)));
    }
    const header = `# hashed-perceptron bits=${this.bits} scale=${scale} classes=${this.classes.join(',')}`;
    return [header, ...notes.map((line) => `# ${line}`), encodeBase64(out.bytes())].join('\n') + '\n';
  }

  /** Reads weights written by {@link serialize}. @throws Error when the header is missing or malformed. */
  static parse(text: string): HashedPerceptron {
    const m = /^# hashed-perceptron bits=(\d+) scale=([\d.e+-]+) classes=(\S+)/.exec(text);
    if (!m) throw new Error('not a hashed-perceptron file: the first line must be its header');
    const classes = m[3].split(',');
    const n = classes.length;
    const scale = Number(m[2]);
    const bytes = decodeBase64(text.split('\n').filter((line) => !line.startsWith('#')).join(''));
    const rows: number[] = [];
    const values: number[] = [];
    const at = { offset: 0 };
    let row = 0;
    while (at.offset < bytes.length) {
      row += readVarint(bytes, at);
      const rowMask = readVarint(bytes, at);
      rows.push(row);
      for (let c = 0; c < n; c++) values.push(rowMask & (1 << c) ? unzigzag(readVarint(bytes, at)) * scale : 0);
    }
    return new HashedPerceptron(classes, Number(m[1]), new SparseRows(rows, Float32Array.from(values), n));
  }
}
