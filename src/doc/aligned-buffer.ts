import type { AlignmentRuns } from './alignment.js';

/**
 * Decodes code units to a string many times faster than `String.fromCharCode`: on a little-endian
 * machine (the units' byte order in memory), keeping a leading U+FEFF, and throwing on a lone
 * surrogate instead of replacing it (the caller then copies the units as they are).
 */
const UTF16_DECODER = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }) : undefined;

/**
 * A growable buffer of UTF-16 code units, each remembering the range of the original text
 * it came from. Normalization passes write into one and read from the previous one, so
 * alignments compose by index lookup; {@link AlignedBuffer.runs} compresses the result.
 *
 * Inserted characters (an added half-space) have an empty source range `[p, p)`.
 */
export class AlignedBuffer {
  codes: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
  }

  /** A buffer holding `text` unchanged, each unit mapped to itself. */
  static fromText(text: string): AlignedBuffer {
    const buffer = new AlignedBuffer(text.length);
    for (let i = 0; i < text.length; i++) buffer.push(text.charCodeAt(i), i, i + 1);
    return buffer;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const start = new Int32Array(size);
    start.set(this.start);
    const end = new Int32Array(size);
    end.set(this.end);
    this.codes = codes;
    this.start = start;
    this.end = end;
  }

  /** Appends one code unit produced from original range `[from, to)`. */
  push(code: number, from: number, to: number): void {
    if (this.length === this.codes.length) this.grow();
    const i = this.length++;
    this.codes[i] = code;
    this.start[i] = from;
    this.end[i] = to;
  }

  /** Appends unit `i` of `source` unchanged, keeping its original range. */
  copyFrom(source: AlignedBuffer, i: number, code = source.codes[i]): void {
    this.push(code, source.start[i], source.end[i]);
  }

  /** Appends a unit that `source` did not have, inserted before source unit `i`. */
  insertBefore(source: AlignedBuffer, i: number, code: number, originalLength: number): void {
    const at = i < source.length ? source.start[i] : originalLength;
    this.push(code, at, at);
  }

  /** Appends a unit that replaces source units `[i, j)` as a whole. */
  replaceFrom(source: AlignedBuffer, i: number, j: number, code: number): void {
    this.push(code, source.start[i], source.end[j - 1]);
  }

  /** The code units as a string (a lone surrogate stays as it is). */
  toString(): string {
    const units = this.codes.subarray(0, this.length);
    if (UTF16_DECODER) {
      try {
        return UTF16_DECODER.decode(units);
      } catch {
        // a lone surrogate, which the decoder rejects: copied unit by unit below
      }
    }
    let out = '';
    const chunk = 8192;
    for (let i = 0; i < units.length; i += chunk) {
      out += String.fromCharCode.apply(null, units.subarray(i, Math.min(units.length, i + chunk)) as unknown as number[]);
    }
    return out;
  }

  /** Compresses the per-unit ranges into alignment runs over an original of `originalLength`. */
  runs(originalLength: number): AlignmentRuns {
    const runs: AlignmentRuns = [];
    const push = (orig: number, norm: number): void => {
      const n = runs.length;
      if (orig === norm && n > 0 && runs[n - 2] === runs[n - 1]) {
        runs[n - 2] += orig;
        runs[n - 1] += norm;
      } else if (orig !== 0 || norm !== 0) {
        runs.push(orig, norm);
      }
    };
    let position = 0;
    let i = 0;
    while (i < this.length) {
      const from = Math.max(position, this.start[i]);
      const to = Math.max(from, this.end[i]);
      if (from > position) push(from - position, 0);
      let j = i + 1;
      while (j < this.length && this.start[j] === this.start[i] && this.end[j] === this.end[i]) j++;
      push(to - from, j - i);
      position = to;
      i = j;
    }
    if (position < originalLength) push(originalLength - position, 0);
    return runs;
  }
}
