import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/doc.js';
import type { GoldReport } from './report-eval.js';
import { scoreNewsEntities } from './news-entity-eval.js';

/** A Doc with hand-made entity layers over a sentence we wrote. */
function docWith(text: string, entities: { id: string; type: string; canonical: string; mentions: [string, string][] }[]) {
  const doc = createDoc(text);
  doc.layers.entities = entities.map((e) => ({ start: 0, end: 1, id: e.id, type: e.type, canonical: e.canonical, attributes: {} })) as never;
  doc.layers.mentions = entities.flatMap((e) => e.mentions.map(([surface, kind]) => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, entity: e.id, type: e.type, kind };
  })) as never;
  return doc;
}

const gold = (entities: GoldReport['entities']): GoldReport => ({ report: 'x.txt', split: 'tune', source: { agency: '', via: [] }, entities, quotes: [], events: [] });

describe('entity-level scoring on news reports', () => {
  const text = 'وزير خارجه روسيه در مسکو گفت که وي با سفیر چین دیدار کرد.';
  const golds = gold([
    { id: 'e1', type: 'PER', canonical: 'سرگئی لاوروف', mentions: ['وزير خارجه روسيه', 'وي'] },
    { id: 'e2', type: 'LOC', canonical: 'مسکو', mentions: ['مسکو'] },
    { id: 'e3', type: 'LOC', canonical: 'چین', mentions: ['چین'] },
  ]);

  it('matches by type and any shared name, folding letters', () => {
    const doc = docWith(text, [
      { id: 'e1', type: 'PER', canonical: 'وزیر خارجه روسیه', mentions: [['وزير خارجه روسيه', 'role'], ['وي', 'pronoun']] },
      { id: 'e2', type: 'LOC', canonical: 'مسکو', mentions: [['مسکو', 'name']] },
    ]);
    const { counts } = scoreNewsEntities(doc, golds);
    expect(counts.get('micro')).toEqual({ tp: 2, fp: 0, fn: 1 });
  });

  it('counts a wrong type, a pronoun-only match and a split entity as errors', () => {
    const doc = docWith(text, [
      { id: 'e1', type: 'PER', canonical: 'او', mentions: [['وي', 'pronoun']] },
      { id: 'e2', type: 'ORG', canonical: 'مسکو', mentions: [['مسکو', 'name']] },
      { id: 'e3', type: 'LOC', canonical: 'چین', mentions: [['چین', 'name']] },
      { id: 'e4', type: 'LOC', canonical: 'چین', mentions: [['چین', 'alias']] },
    ]);
    const { counts } = scoreNewsEntities(doc, golds);
    expect(counts.get('LOC')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts.get('ORG')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(counts.get('PER')).toEqual({ tp: 0, fp: 1, fn: 1 }); // a pronoun names nobody
  });

  it('finds the home country named only as کشورمان by its canonical name', () => {
    const doc = docWith('وزیر خارجه کشورمان گفت', [{ id: 'e1', type: 'LOC', canonical: 'ایران', mentions: [['کشورمان', 'pronoun']] }]);
    const { counts } = scoreNewsEntities(doc, gold([{ id: 'e1', type: 'LOC', canonical: 'ایران', mentions: ['کشورمان'] }]));
    expect(counts.get('LOC')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('takes a place with or without its classifier as the same name', () => {
    const doc = docWith('در شهر نبطیه', [{ id: 'e1', type: 'LOC', canonical: 'شهر نبطیه', mentions: [['شهر نبطیه', 'name']] }]);
    const { counts } = scoreNewsEntities(doc, gold([{ id: 'e1', type: 'LOC', canonical: 'نبطیه', mentions: ['نبطیه'] }]));
    expect(counts.get('LOC')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});
