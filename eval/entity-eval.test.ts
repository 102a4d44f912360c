import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/doc.js';
import { countryReport } from './entity-eval.js';

/** A Doc with hand-made entity layers over a sentence we wrote: `[id, type, canonical, mention, country]`. */
function docWith(text: string, entities: [string, string, string, string, string | undefined][]) {
  const doc = createDoc(text);
  doc.layers.entities = entities.map(([id, type, canonical, , country]) => ({ start: 0, end: 1, id, type, canonical, attributes: country ? { country } : {} })) as never;
  doc.layers.mentions = entities.map(([id, type, , surface]) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, entity: id, type, kind: 'name' };
  }) as never;
  return doc;
}

describe('countries of people and bodies on sample reports', () => {
  const text = 'سخنگوی یونیفل و وزیر خارجه لبنان در بیروت دیدار کردند.';
  it('counts a found person or body right when its country is the gold one, none for none, and skips what is not found', () => {
    const doc = docWith(text, [['e1', 'ORG', 'یونیفل', 'یونیفل', 'LBN'], ['e2', 'PER', 'وزیر خارجه لبنان', 'وزیر خارجه لبنان', 'LBN']]);
    const score = countryReport(doc, {
      entities: [
        { id: 'g1', type: 'ORG', canonical: 'یونیفل', mentions: ['یونیفل'], country: null },
        { id: 'g2', type: 'PER', canonical: 'وزیر خارجه لبنان', mentions: ['وزیر خارجه لبنان'], country: 'LBN' },
        { id: 'g3', type: 'PER', canonical: 'سخنگوی یونیفل', mentions: ['سخنگوی یونیفل'], country: null },
        { id: 'g4', type: 'LOC', canonical: 'بیروت', mentions: ['بیروت'], country: 'LBN' },
      ],
    });
    expect(score).toEqual({ right: 1, total: 2 });
  });
});
