import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.js';
import { sentenceView } from './sentence-view.js';

describe('the shared sentence view', () => {
  it('gives a mention nested in the one before it its own tokens', () => {
    const text = 'نخست‌وزیر لبنان گفت';
    const doc = createDoc(text);
    const words = [['نخست‌وزیر', 0], ['لبنان', 10], ['گفت', 16]] as const;
    doc.layers.tokens = words.map(([norm, start]) => ({ start, end: start + norm.length, norm, kind: 'word' })) as never;
    doc.layers.sentences = [{ start: 0, end: text.length }];
    doc.layers.mentions = [
      { start: 0, end: 15, entity: 'e1', type: 'PER', kind: 'role' },
      { start: 10, end: 15, entity: 'e2', type: 'LOC', kind: 'name' },
    ] as never;
    const view = sentenceView(doc);
    expect(view.mentionTokens).toEqual([[0, 1], [1, 1]]);
    expect([...view.mentionAt]).toEqual([0, 0, -1]);
  });
});
