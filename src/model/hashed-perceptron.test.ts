import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64.js';
import { combine, combineLow, fnv1a, mix32 } from './feature-hash.js';
import { HashedPerceptron } from './hashed-perceptron.js';
import { SparseRows } from './sparse-rows.js';
import { readVarint, unzigzag, VarintWriter, zigzag } from './varint.js';

describe('feature hashing', () => {
  it('is deterministic and separates templates', () => {
    expect(fnv1a('کتاب')).toBe(fnv1a('کتاب'));
    expect(fnv1a('کتاب')).not.toBe(fnv1a('کتب'));
    expect(combine(1, fnv1a('کتاب'))).not.toBe(combine(2, fnv1a('کتاب')));
    expect(mix32(0)).toBe(0);
    expect(mix32(1)).toBeGreaterThan(0);
  });

  it('keeps every low bit of a feature without its top bit', () => {
    const values = [0, 1, 7, fnv1a('کتاب'), fnv1a('رفت'), 0x5bd1e995, -3, 0xffffffff];
    const full = values.flatMap((a) => [combine(3, a), combine(40, a, fnv1a('به'))]);
    const low = values.flatMap((a) => [combineLow(3, a), combineLow(40, a, fnv1a('به'))]);
    expect(full.some((h) => h >= 2 ** 31)).toBe(true);
    expect(low.every((h) => h >= 0 && h < 2 ** 31)).toBe(true);
    expect(low).toEqual(full.map((h) => h % 2 ** 31));
    // a value wrapped to a signed 32-bit integer names the same feature
    expect(combine(5, fnv1a('کتاب') | 0)).toBe(combine(5, fnv1a('کتاب')));
  });
});

describe('base64 and varints', () => {
  it.each([[[]], [[1]], [[1, 2]], [[1, 2, 3]], [[0, 255, 128, 7, 200]]])('round-trips %j', (bytes) => {
    expect([...decodeBase64(encodeBase64(Uint8Array.from(bytes)))]).toEqual(bytes);
  });

  it('writes and reads unsigned and zigzag values', () => {
    const values = [0, 1, 127, 128, 300, 2 ** 31, 2 ** 32 - 1];
    const writer = new VarintWriter();
    for (const v of values) writer.write(v);
    const at = { offset: 0 };
    expect(values.map(() => readVarint(writer.bytes(), at))).toEqual(values);
    expect([-3, -1, 0, 1, 3].map((v) => unzigzag(zigzag(v)))).toEqual([-3, -1, 0, 1, 3]);
  });

  it('refuses text that is not base64', () => {
    expect(() => decodeBase64('ab!c')).toThrow(/unexpected character/);
  });
});

describe('SparseRows', () => {
  it('finds the rows it holds and nothing else', () => {
    const rows = new SparseRows([5, 1_000_000, 42], Float32Array.of(1, 2, 3, 4, 5, 6), 2);
    expect(rows.find(1_000_000)).toBe(2);
    expect(rows.find(42)).toBe(4);
    expect(rows.find(6)).toBe(-1);
  });
});

describe('HashedPerceptron', () => {
  const train = (): HashedPerceptron => {
    const model = new HashedPerceptron(['NOUN', 'VERB', 'ADP'], 10);
    const examples: [number[], number][] = [[[fnv1a('کتاب'), 7], 0], [[fnv1a('رفت'), 8], 1], [[fnv1a('به'), 9], 2]];
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [features, truth] of examples) {
        model.tick();
        const guess = model.predict(features, features.length, new Float32Array(3));
        model.update(features, features.length, truth, guess);
      }
    }
    model.average();
    return model;
  };

  it('learns, and predicts the same after a serialize/parse round trip', () => {
    const model = train();
    const parsed = HashedPerceptron.parse(model.serialize(['a note']));
    for (const [word, tag] of [['کتاب', 0], ['رفت', 1], ['به', 2]] as const) {
      expect(model.predict([fnv1a(word)], 1, new Float32Array(3))).toBe(tag);
      expect(parsed.predict([fnv1a(word)], 1, new Float32Array(3))).toBe(tag);
    }
    expect(parsed.classes).toEqual(['NOUN', 'VERB', 'ADP']);
    expect(parsed.byteLength).toBeLessThan(model.byteLength);
  });

  it('averages models of the same shape with addScaled, and refuses another shape', () => {
    const a = train();
    const b = train();
    const score = (model: HashedPerceptron, word: string): number[] => {
      const out = new Float32Array(3);
      model.addScores([fnv1a(word)], 1, out);
      return [...out];
    };
    const before = score(a, 'کتاب');
    a.addScaled(b, 1);
    a.addScaled(a, 0.5 - 1);
    score(a, 'کتاب').forEach((v, c) => expect(v).toBeCloseTo(before[c], 5));
    b.addScaled(b, -1);
    expect(score(b, 'رفت')).toEqual([0, 0, 0]);
    expect(() => a.addScaled(new HashedPerceptron(['O', 'B'], 10), 1)).toThrow(RangeError);
  });

  it('adjusts one class of some features and averages the adjustment over the steps', () => {
    const model = new HashedPerceptron(['O', 'B', 'I'], 10);
    const scores = (): number[] => {
      const out = new Float32Array(3);
      model.addScores([fnv1a('کتاب')], 1, out);
      return [...out];
    };
    model.tick();
    model.adjust([fnv1a('کتاب')], 1, 1, 2);
    model.adjust([fnv1a('کتاب')], 1, 2, -1);
    expect(scores()).toEqual([0, 2, -1]);
    model.tick();
    model.adjust([fnv1a('کتاب')], 1, 1, -2);
    model.tick();
    model.average();
    // B held 2 during one of the three steps, I held -1 during two of them
    expect(scores().map((v) => Math.round(v * 1000) / 1000)).toEqual([0, 0.667, -0.667]);
  });

  it('refuses bad sizes and files', () => {
    expect(() => new HashedPerceptron(['a'], 10)).toThrow(RangeError);
    expect(() => new HashedPerceptron(['a', 'b'], 30)).toThrow(RangeError);
    expect(() => HashedPerceptron.parse('nonsense')).toThrow(/header/);
  });
});
