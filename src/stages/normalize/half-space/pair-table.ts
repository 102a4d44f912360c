/**
 * A map from pairs of small non-negative integers (word ids) to non-negative integers, by open
 * addressing in one flat array: a lookup reads one slot of three numbers, where a map of maps
 * keyed by strings reads several scattered objects. Grows by doubling while at most half full.
 * `table.set(3, 7, 1); table.get(3, 7)` → 1; `table.get(7, 3)` → -1.
 */
export class PairTable {
  /** Triples (left, right, value); `left` is -1 in an empty slot. */
  private slots: Int32Array;
  private mask: number;
  /** Pairs stored. */
  size = 0;

  constructor(capacity = 1 << 12) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(3 * slots).fill(-1);
  }

  private slotOf(left: number, right: number): number {
    const slots = this.slots;
    let slot = (Math.imul(left, 0x9e3779b1) ^ Math.imul(right, 0x85ebca6b)) >>> 0;
    for (;;) {
      slot &= this.mask;
      const stored = slots[3 * slot];
      if (stored === -1 || (stored === left && slots[3 * slot + 1] === right)) return slot;
      slot++;
    }
  }

  /** The value stored for `(left, right)`, or -1 for none. */
  get(left: number, right: number): number {
    const slot = this.slotOf(left, right);
    return this.slots[3 * slot] === -1 ? -1 : this.slots[3 * slot + 2];
  }

  /** Stores `value` (≥ 0) for `(left, right)` (both ≥ 0). */
  set(left: number, right: number, value: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const slot = this.slotOf(left, right);
    if (this.slots[3 * slot] === -1) this.size++;
    this.slots[3 * slot] = left;
    this.slots[3 * slot + 1] = right;
    this.slots[3 * slot + 2] = value;
  }

  /** Forgets every pair (the array keeps its size). */
  clear(): void {
    this.slots.fill(-1);
    this.size = 0;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length).fill(-1);
    this.mask = 2 * (this.mask + 1) - 1;
    this.size = 0;
    for (let s = 0; s < old.length; s += 3) if (old[s] !== -1) this.set(old[s], old[s + 1], old[s + 2]);
  }
}
