import { describe, expect, it } from 'vitest';
import { AlignedBuffer } from './aligned-buffer.js';
import { alignmentLengths, normToOrig, origToNorm } from './alignment.js';

/** Builds runs by hand from an edit script over `original`. */
function runsOf(original: string, build: (source: AlignedBuffer, out: AlignedBuffer) => void): number[] {
  const source = AlignedBuffer.fromText(original);
  const out = new AlignedBuffer();
  build(source, out);
  return out.runs(original.length);
}

describe('alignment runs', () => {
  it('an unchanged text is one copy run', () => {
    const runs = runsOf('سلام', (s, o) => {
      for (let i = 0; i < s.length; i++) o.copyFrom(s, i);
    });
    expect(runs).toEqual([4, 4]);
  });

  it('an inserted half-space is a [0, 1] block between copies', () => {
    // میتوانند → می‌توانند
    const runs = runsOf('میتوانند', (s, o) => {
      o.copyFrom(s, 0);
      o.copyFrom(s, 1);
      o.insertBefore(s, 2, 0x200c, 8);
      for (let i = 2; i < 8; i++) o.copyFrom(s, i);
    });
    expect(runs).toEqual([2, 2, 0, 1, 6, 6]);
    expect(alignmentLengths(runs)).toEqual([8, 9]);
    // the token می‌توانند maps back to the whole original word
    expect(normToOrig(runs, 0, 9)).toEqual([0, 8]);
    // توانند alone starts after the inserted half-space
    expect(normToOrig(runs, 3, 9)).toEqual([2, 8]);
    expect(origToNorm(runs, 2, 8)).toEqual([3, 9]);
  });

  it('collapsed spaces are one block whose parts map to the whole', () => {
    // 'آب   نان' → 'آب نان'
    const runs = runsOf('آب   نان', (s, o) => {
      o.copyFrom(s, 0);
      o.copyFrom(s, 1);
      o.replaceFrom(s, 2, 5, 0x20);
      for (let i = 5; i < 8; i++) o.copyFrom(s, i);
    });
    expect(runs).toEqual([2, 2, 3, 1, 3, 3]);
    expect(normToOrig(runs, 2, 3)).toEqual([2, 5]);
    expect(normToOrig(runs, 3, 6)).toEqual([5, 8]);
    expect(origToNorm(runs, 3, 4)).toEqual([2, 3]);
  });

  it('a deleted character is skipped by spans on either side', () => {
    // 'کتابـ ها' with the kashida deleted
    const runs = runsOf('کتابـها', (s, o) => {
      for (const i of [0, 1, 2, 3, 5, 6]) o.copyFrom(s, i);
    });
    expect(runs).toEqual([4, 4, 1, 0, 2, 2]);
    expect(normToOrig(runs, 0, 4)).toEqual([0, 4]);
    expect(normToOrig(runs, 4, 6)).toEqual([5, 7]);
    expect(origToNorm(runs, 4, 5)).toEqual([4, 4]);
  });
});
