/**
 * LEB128 variable-length unsigned integers (7 bits a byte, low bits first) and zigzag signed
 * mapping, for compact model files. `zigzag(-1)` → 1, `zigzag(1)` → 2.
 */

/** Collects varints into a growing byte array. */
export class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  /** Appends a non-negative integer below 2^32. */
  write(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const bigger = new Uint8Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  /** The bytes written so far. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Reads one varint at `at.offset` and advances it. */
export function readVarint(bytes: Uint8Array, at: { offset: number }): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at.offset++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
    shift += 7;
  }
}

/** Signed to unsigned: 0, -1, 1, -2, 2 … → 0, 1, 2, 3, 4 … */
export function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

/** The inverse of {@link zigzag}. */
export function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}
