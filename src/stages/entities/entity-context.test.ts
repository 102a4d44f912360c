import { describe, expect, it } from 'vitest';
import { sortByFirst } from './entity-context.js';

describe('sorting spans by their first token', () => {
  it('gives what the built-in stable sort gives, equal starts in their order, short lists and long', () => {
    for (const length of [0, 1, 2, 7, 32, 33, 90]) {
      // a fixed, shuffled list with repeated starts; `id` tells equal starts apart
      const spans = Array.from({ length }, (_, id) => ({ first: (id * 37) % 11, id }));
      const expected = [...spans].sort((a, b) => a.first - b.first).map((s) => s.id);
      const list = [...spans];
      expect(sortByFirst(list)).toBe(list);
      expect(list.map((s) => s.id)).toEqual(expected);
    }
  });
});
