import { describe, expect, it } from 'vitest';
import { PairTable } from './pair-table.js';

describe('PairTable', () => {
  it('finds a stored pair and tells the order of its numbers apart', () => {
    const table = new PairTable();
    table.set(3, 7, 1);
    expect(table.get(3, 7)).toBe(1);
    expect(table.get(7, 3)).toBe(-1);
  });

  it('overwrites a pair stored twice without counting it again', () => {
    const table = new PairTable();
    table.set(2, 5, 4);
    table.set(2, 5, 9);
    expect(table.get(2, 5)).toBe(9);
    expect(table.size).toBe(1);
  });

  it('keeps every pair while it grows far past its first capacity', () => {
    const table = new PairTable(4);
    for (let left = 0; left < 300; left++) for (let right = 0; right < 10; right++) table.set(left, right, left * 10 + right);
    expect(table.size).toBe(3000);
    for (let left = 0; left < 300; left++) for (let right = 0; right < 10; right++) expect(table.get(left, right)).toBe(left * 10 + right);
    expect(table.get(300, 0)).toBe(-1);
  });

  it('forgets everything when cleared', () => {
    const table = new PairTable();
    table.set(0, 0, 0);
    table.clear();
    expect(table.get(0, 0)).toBe(-1);
    expect(table.size).toBe(0);
  });
});
