import { describe, expect, it } from 'vitest';
import { AlignedBuffer } from './aligned-buffer.js';

describe('AlignedBuffer.toString', () => {
  it.each([
    ['Persian words with a half-space', 'کتاب‌ها و مجله‌ها'],
    ['a leading byte order mark, kept', '\ufeffسلام'],
    ['a lone high surrogate, kept as it is', 'خبر\ud800گزارش'],
    ['a lone low surrogate at the end', 'خبر\udc00'],
    ['a surrogate pair', 'سلام 😀'],
    ['nothing', ''],
  ])('gives back %s unit for unit', (_, text) => {
    expect(AlignedBuffer.fromText(text).toString()).toBe(text);
  });

  it('reads only the units written, not the spare capacity', () => {
    const buffer = new AlignedBuffer(64);
    buffer.push(0x0622, 0, 1);
    buffer.push(0x0628, 1, 2);
    expect(buffer.toString()).toBe('آب');
  });
});
