import { decodeBase64, encodeBase64 } from './base64.js';
import { readVarint, VarintWriter, zigzag, unzigzag } from './varint.js';

/**
 * A multiclass averaged perceptron over hashed integer features (Collins 2002, with the lazy
 * averaging of Daumé's thesis). A feature is a 32-bit hash (see `feature-hash.ts`); its low
 * `bits` bits choose a row of `classes.length` weights in one flat Float32Array, so scoring a
 * token is a few hundred additions over contiguous memory and no strings are built.
 *
 * Defaults: `bits = 18` (262,144 rows). Colliding features share a row; with a table several
 * times larger than the number of distinct features this costs little accuracy.
 */
export class HashedPerceptron {
  readonly classes: readonly string[];
  readonly bits: number;
  readonly weights: Float32Array;
  private readonly mask: number;
  private totals: Float64Array | undefined;
  private stamps: Int32Array | undefined;
  private step = 0;

  /** @throws RangeError when `bits` is outside 8–24 or there are more than 32 classes. */
  constructor(classes: readonly string[], bits = 18, weights?: Float32Array) {
    if (bits < 8 || bits > 24) throw new RangeError(`bits must be 8–24, got ${bits}`);
    if (classes.length < 2 || classes.length > 32) throw new RangeError('between 2 and 32 classes');
    this.classes = classes;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * classes.length);
  }

  /** Adds the scores of `count` features into `out` (one slot per class; the caller zeroes it). */
  addScores(features: ArrayLike<number>, count: number, out: Float32Array): void {
    const n = this.classes.length;
    const w = this.weights;
    for (let f = 0; f < count; f++) {
      const row = (features[f] & this.mask) * n;
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
    this.totals ??= new Float64Array(this.weights.length);
    this.stamps ??= new Int32Array(this.weights.length);
    const n = this.classes.length;
    for (let f = 0; f < count; f++) {
      const row = (features[f] & this.mask) * n;
      this.bump(row + truth, 1);
      this.bump(row + guess, -1);
    }
  }

  private bump(i: number, delta: number): void {
    const totals = this.totals as Float64Array;
    const stamps = this.stamps as Int32Array;
    totals[i] += (this.step - stamps[i]) * this.weights[i];
    stamps[i] = this.step;
    this.weights[i] += delta;
  }

  /** Replaces each weight by its average over all instances; call once after training. */
  average(): void {
    if (!this.totals || !this.stamps) return;
    const steps = Math.max(1, this.step);
    for (let i = 0; i < this.weights.length; i++) {
      this.weights[i] = (this.totals[i] + (this.step - this.stamps[i]) * this.weights[i]) / steps;
    }
    this.totals = undefined;
    this.stamps = undefined;
  }

  /**
   * The weights as text: one `#` header line (`bits`, quantization `scale`, classes), any `notes`
   * as `#` lines, then base64 of the non-zero rows (row delta, class mask, zigzag values as
   * varints, each weight rounded to a multiple of `scale`).
   */
  serialize(notes: string[] = [], levels = 2047): string {
    let max = 0;
    for (const w of this.weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / levels : 1;
    const n = this.classes.length;
    const out = new VarintWriter();
    let previous = 0;
    for (let row = 0; row <= this.mask; row++) {
      let rowMask = 0;
      for (let c = 0; c < n; c++) if (Math.round(this.weights[row * n + c] / scale) !== 0) rowMask |= 1 << c;
      if (rowMask === 0) continue;
      out.write(row - previous);
      out.write(rowMask >>> 0);
      previous = row;
      for (let c = 0; c < n; c++) if (rowMask & (1 << c)) out.write(zigzag(Math.round(this.weights[row * n + c] / scale)));
    }
    const header = `# hashed-perceptron bits=${this.bits} scale=${scale} classes=${this.classes.join(',')}`;
    return [header, ...notes.map((line) => `# ${line}`), encodeBase64(out.bytes())].join('\n') + '\n';
  }

  /** Reads weights written by {@link serialize}. @throws Error when the header is missing or malformed. */
  static parse(text: string): HashedPerceptron {
    const m = /^# hashed-perceptron bits=(\d+) scale=([\d.e+-]+) classes=(\S+)/.exec(text);
    if (!m) throw new Error('not a hashed-perceptron file: the first line must be its header');
    const model = new HashedPerceptron(m[3].split(','), Number(m[1]));
    const scale = Number(m[2]);
    const body = text.split('\n').filter((line) => !line.startsWith('#')).join('');
    const bytes = decodeBase64(body);
    const n = model.classes.length;
    const at = { offset: 0 };
    let row = 0;
    while (at.offset < bytes.length) {
      row += readVarint(bytes, at);
      const rowMask = readVarint(bytes, at);
      for (let c = 0; c < n; c++) if (rowMask & (1 << c)) model.weights[row * n + c] = unzigzag(readVarint(bytes, at)) * scale;
    }
    return model;
  }
}
