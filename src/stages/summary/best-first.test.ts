import { describe, expect, it } from 'vitest';
import { bestFirst } from './best-first.js';

describe('bestFirst', () => {
  it('yields the order of a stable sort, ties in the items\' order', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({ score: (i * 37) % 11, at: i }));
    const compare = (a: { score: number }, b: { score: number }): number => b.score - a.score;
    expect([...bestFirst(items, compare)]).toEqual([...items].sort(compare));
  });

  it('gives the best items first when only a few are read', () => {
    const taken: number[] = [];
    for (const x of bestFirst([5, 9, 1, 7, 3], (a, b) => b - a)) {
      taken.push(x);
      if (taken.length === 2) break;
    }
    expect(taken).toEqual([9, 7]);
  });

  it('yields nothing for no items', () => {
    expect([...bestFirst([], (a: number, b: number) => a - b)]).toEqual([]);
  });
});
