import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/lib/treebank.js';
import { annotatorAgreement, goldAsDoc } from './annotator-agreement.js';
import { type GoldReport, scoreReport } from './report-eval.js';

const text = 'مینا رستمی وزیر خارجه گفت ایران حمله به لبنان را محکوم می‌کند.\nوی افزود که تهران از مذاکره حمایت می‌کند.';
const gold: GoldReport = {
  report: 'x.txt',
  split: 'tune',
  source: { agency: 'ایرنا', via: [] },
  entities: [
    { id: 'e1', type: 'PER', canonical: 'مینا رستمی', mentions: ['مینا رستمی', 'وی'] },
    { id: 'e2', type: 'LOC', canonical: 'ایران', mentions: ['ایران', 'تهران'] },
    { id: 'e3', type: 'LOC', canonical: 'لبنان', mentions: ['لبنان'] },
  ],
  quotes: [
    { paragraph: 0, speaker: 'e1', kind: 'indirect', cue: 'گفت', text: 'ایران حمله به لبنان را محکوم می‌کند' },
    { paragraph: 1, speaker: 'e1', kind: 'indirect', cue: 'افزود', text: 'تهران از مذاکره حمایت می‌کند' },
  ],
  events: [{ paragraph: 0, type: 'ACCUSE', actor: { entity: 'e2', country: 'IRN' }, recipient: { entity: 'e3', country: 'LBN' }, modality: 'asserted' }],
};

describe('agreement of a second annotation with the gold', () => {
  it('scores a gold file against itself as full agreement', () => {
    const scores = scoreReport(goldAsDoc(text, gold), gold);
    expect([scores.quotes, scores.events, scores.agency]).toEqual([{ tp: 2, predicted: 2, gold: 2 }, { tp: 1, predicted: 1, gold: 1 }, { tp: 1, predicted: 1, gold: 1 }]);
  });

  it('counts another speaker, an event in another paragraph or with another country as disagreement, a pronoun as no name', () => {
    const second: GoldReport = {
      ...gold,
      entities: [{ id: 'p', type: 'PER', canonical: 'کمال آیدین', mentions: ['کمال آیدین', 'وی'] }, ...gold.entities.slice(1)],
      quotes: gold.quotes.map((q) => ({ ...q, speaker: 'p' })),
      events: [{ ...gold.events[0], paragraph: 1 }, { ...gold.events[0], recipient: { entity: null, country: null } }],
    };
    const scores = scoreReport(goldAsDoc(text, second), gold);
    expect([scores.quotes.tp, scores.events.tp, scores.events.predicted]).toEqual([0, 0, 2]);
  });

  it('places a paragraph as the pipeline counts them, past empty lines, and refuses one the text lacks', () => {
    const spaced = text.replace('\n', '\n\n');
    expect(scoreReport(goldAsDoc(spaced, gold), gold).quotes.tp).toBe(2);
    expect(() => goldAsDoc(text, { ...gold, events: [{ ...gold.events[0], paragraph: 5 }] })).toThrow(/no paragraph 5/);
  });

  it('scores each shipped second annotation against the writers\' gold of the same tune reports', () => {
    const rows = annotatorAgreement();
    const files = (annotator: string): string[] => readdirSync(join(projectRoot(), 'examples', 'second-annotation', annotator));
    for (const [annotator, s] of rows) {
      const writers = files(annotator).map((f) => JSON.parse(readFileSync(join(projectRoot(), 'examples', 'gold', f), 'utf8')) as GoldReport);
      expect(s.reports).toBe(writers.length);
      expect(s.events.gold).toBe(writers.reduce((n, g) => n + g.events.length, 0));
      expect(s.events.tp).toBeLessThanOrEqual(Math.min(s.events.gold, s.events.predicted));
    }
  });
});
