/**
 * The items in the order a stable sort by `compare` would put them (negative: `a` first; ties keep the
 * items' order), produced one at a time: a heap over all of them (linear) and a logarithmic step per
 * item taken, so taking the best few of a long list costs much less than sorting it.
 * `[...bestFirst([3, 1, 2], (a, b) => a - b)]` → `[1, 2, 3]`.
 */
export function* bestFirst<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<T> {
  const heap = Int32Array.from(items.keys());
  // whether item i comes before item j
  const before = (i: number, j: number): boolean => {
    const order = compare(items[i], items[j]);
    return order < 0 || (order === 0 && i < j);
  };
  const siftDown = (at: number, size: number): void => {
    const item = heap[at];
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && before(heap[child + 1], heap[child])) child++;
      if (!before(heap[child], item)) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = item;
  };
  for (let at = (heap.length >> 1) - 1; at >= 0; at--) siftDown(at, heap.length);
  for (let size = heap.length; size > 0; size--) {
    const top = heap[0];
    heap[0] = heap[size - 1];
    siftDown(0, size - 1);
    yield items[top];
  }
}
