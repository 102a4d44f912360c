import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { sentenceView } from '../clauses/sentence-view.js';
import { type KhabarEvent, PLOVER_TYPES } from './event-layer.js';
import { pairCandidates, pairFeatures, type Side, typeFeatures } from './event-model.js';
import { pairRanker, paragraphTypeProbabilities, typeAnchor } from './event-model-scoring.js';
import { paragraphFacts } from './paragraph-facts.js';

const lexicons = loadLexicons();
const model = lexicons.report!.eventModel!;

/** Three paragraphs of our own: a meeting of two neighbours, a strike and its condemnation, a spokesman on sanctions. */
const REPORT = [
  'وزیر خارجه ترکیه روز دوشنبه در آنکارا با همتای عراقی خود دیدار و درباره سهم آب دو کشور گفت‌وگو کرد.',
  'ارتش اسرائیل بامداد امروز مواضعی در جنوب لبنان را هدف قرار داد و دولت لبنان این حمله را به شدت محکوم کرد.',
  'سخنگوی وزارت خارجه کشورمان گفت: «تحریم‌های آمریکا علیه مردم ما بی‌اثر است و روسیه و چین هم با آن مخالف‌اند.»',
].join('\n\n');

const doc = analyze(createAnalyzer(lexicons, { learnedEvents: false }), REPORT);
const facts = paragraphFacts(sentenceView(doc), (doc.layers.events ?? []) as KhabarEvent[]);

describe('the event model read at run time', () => {
  it('reads the paragraphs of the report, with countries to rank', () => {
    expect(facts).toHaveLength(3);
    expect(facts.some((p) => p.countries.size >= 2)).toBe(true);
  });

  it('gives each paragraph the probabilities its feature list gives, to the last bit', () => {
    for (const p of facts) {
      const sums = new Float64Array(PLOVER_TYPES.length);
      for (const feature of typeFeatures(p)) {
        const row = model.types.get(feature);
        if (row) for (let i = 0; i < sums.length; i++) sums[i] += row[i];
      }
      expect([...paragraphTypeProbabilities(model, p)]).toEqual([...sums].map((s) => 1 / (1 + Math.exp(-s))));
    }
  });

  it('ranks first, for every type, the pair whose listed features weigh most', () => {
    for (const p of facts) {
      const rank = pairRanker(model, p, 'IRN');
      for (const type of PLOVER_TYPES) {
        let best: [Side, Side] = [null, null];
        let bestScore = -Infinity;
        const anchor = typeAnchor(model, p, type);
        for (const [a, b] of pairCandidates(p, 'IRN')) {
          const score = pairFeatures(p, type, a, b, 'IRN', anchor).reduce((s, f) => s + (model.sides.get(f) ?? 0), 0);
          if (score > bestScore) [best, bestScore] = [[a, b], score];
        }
        expect(rank(type)).toEqual(best);
      }
    }
  });
});
