import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Token } from '../../doc/doc.js';
import type { EntityRecord, Mention } from '../entities/entity-layers.js';
import { extractKeyphrases, type NameUnit } from './keyphrases.js';
import { summarize } from './summarize.js';
import { contentKey, type WordWeights } from './word-weights.js';
import { tokenKeys } from '../clauses/match-key.js';

/** The keyphrase and summary stage, with the word weights it scores against. */
export interface SummaryStage extends Stage {
  readonly name: 'summary';
  readonly weights: WordWeights;
}

/**
 * The keyphrase and summary stage: `layers.keyphrases` (best first) and `layers.summary` (three
 * sentences in report order). `weights` are background document frequencies — the shipped table
 * from the treebank, or a corpus's own when one exists (see `createAnalyzer`'s `documentFrequency`).
 * Requires tokens, sentences, paragraphs.
 */
export function createSummaryStage(weights: WordWeights, options: { keyphrases?: number; sentences?: number } = {}): SummaryStage {
  return {
    name: 'summary',
    version: '1',
    requires: ['tokens', 'sentences', 'paragraphs'],
    assigns: ['keyphrases', 'summary'],
    weights,
    run(doc: Doc): Doc {
      const tokens = doc.layers.tokens ?? [];
      const firstParagraphEnd = doc.layers.paragraphs?.[0]?.end ?? 0;
      const normKeys = tokenKeys(tokens);
      const keys = tokens.map((token, i) => contentKey(token, weights, normKeys[i])); // shared by both
      const { names, values } = entityTokens(doc, tokens);
      for (const [first, last] of values) keys.fill(undefined, first, last); // dates and amounts are not topics
      doc.layers.keyphrases = extractKeyphrases(tokens, firstParagraphEnd, weights, options.keyphrases ?? 8, keys, names);
      doc.layers.summary = summarize(tokens, doc.layers.sentences ?? [], weights, options.sentences ?? 3, keys);
      return doc;
    },
  };
}

const NAME_TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * The token ranges of the entity stage's named mentions (names and aliases of people, organizations,
 * places, MISC) and of what keyphrases leave out (dates, numbers, money, percentages, news agencies);
 * empty without the stage.
 */
function entityTokens(doc: Doc, tokens: readonly Token[]): { names: NameUnit[]; values: [number, number][] } {
  const records = (doc.layers.entities ?? []) as EntityRecord[];
  const canonical = new Map(records.map((e) => [e.id, e.canonical]));
  const subtypes = new Map(records.map((e) => [e.id, e.attributes?.subtype]));
  const names: NameUnit[] = [];
  const values: [number, number][] = [];
  const mentions = [...((doc.layers.mentions ?? []) as Mention[])].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const mention of mentions) {
    // the agency of the attribution line is boilerplate, not a topic: its words are dropped like values
    const agency = subtypes.get(mention.entity) === 'news-agency';
    const isName = NAME_TYPES.has(mention.type) && (mention.kind === 'name' || mention.kind === 'alias') && !agency;
    if (!isName && !agency && NAME_TYPES.has(mention.type)) continue;
    while (t < tokens.length && tokens[t].end <= mention.start) t++;
    let last = t;
    while (last < tokens.length && tokens[last].start < mention.end) last++;
    if (last === t) continue;
    if (isName) names.push({ first: t, last, entity: mention.entity, canonical: canonical.get(mention.entity) ?? tokens.slice(t, last).map((x) => x.norm).join(' ') });
    else values.push([t, last]);
  }
  return { names, values };
}

/** Whether a pipeline stage is the summary stage (and so carries its {@link WordWeights}). */
export function isSummaryStage(stage: Stage): stage is SummaryStage {
  return stage.name === 'summary' && 'weights' in stage;
}
