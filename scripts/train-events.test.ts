import { describe, expect, it } from 'vitest';
import { formatEventModel } from '../src/stages/events/event-model.js';
import { modelPicks, typeProbability } from '../src/stages/events/event-model-scoring.js';
import { lemmaKeyGeneration, lemmaKeyId } from '../src/stages/events/lemma-keys.js';
import type { ParagraphFacts } from '../src/stages/events/paragraph-facts.js';
import { type EventExample, trainEventModel } from './train-events.js';

/** A paragraph by hand: its lemmas and the countries it names, in order. */
function paragraph(index: number, lemmas: string[], countries: string[]): ParagraphFacts {
  return {
    index, words: [0], keyed: [], sentenceSides: new Map(), lemmaIds: [...new Set(lemmas)].map(lemmaKeyId), lemmaNumbering: lemmaKeyGeneration(), order: countries, speakers: new Set(), ruleTypes: new Map(), ruleEvents: [], ruleSides: new Set(), readTypes: new Set(), entityTypes: new Set(),
    countries: new Map(countries.map((c, i) => [c, { first: i * 10, kinds: new Set(['name']), types: new Set(['LOC:country']), context: new Set([i === 0 ? 'n:را' : 'p:به']), places: [] }])),
  };
}

/** Paragraphs that tell a blockade (`محاصره`) by the first country against the second, and paragraphs about weather that tell nothing. */
function examples(): EventExample[] {
  const out: EventExample[] = [];
  const pairs = [['ISR', 'LBN'], ['RUS', 'UKR'], ['USA', 'VEN'], ['SAU', 'YEM'], ['TUR', 'SYR']];
  for (let i = 0; i < 40; i++) {
    const [a, b] = pairs[i % pairs.length];
    out.push({ report: `r${i}`, facts: paragraph(i % 4, ['محاصره', 'بندر', `w${i}`], [a, b]), gold: [{ type: 'COERCE', actor: a, recipient: b }], patterns: [], events: [] });
    out.push({ report: `r${i}`, facts: paragraph(i % 4, ['باران', 'هوا', `w${i}`], [a]), gold: [], patterns: [], events: [] });
  }
  return out;
}

describe('event model training', () => {
  it('learns a type from the lemmas of the paragraphs that tell it, and its sides from where the countries stand', () => {
    const model = trainEventModel(examples());
    const told = paragraph(0, ['محاصره', 'بندر'], ['CHN', 'PHL']);
    const quiet = paragraph(0, ['باران', 'هوا'], ['CHN']);
    expect(typeProbability(model, told, 'COERCE')).toBeGreaterThan(0.8);
    expect(typeProbability(model, quiet, 'COERCE')).toBeLessThan(0.2);
    expect(modelPicks(model, told, 'IRN')).toEqual([{ type: 'COERCE', sides: ['CHN', 'PHL'] }]);
    expect(modelPicks(model, quiet, 'IRN')).toEqual([]);
  });

  it('gives the same model for the same examples', () => {
    expect(formatEventModel(trainEventModel(examples()), [])).toBe(formatEventModel(trainEventModel(examples()), []));
  });
});
