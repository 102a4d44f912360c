import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentenceView } from '../clauses/sentence-view.js';
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
      const { names, values } = entityTokens(doc);
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
function entityTokens(doc: Doc): { names: NameUnit[]; values: [number, number][] } {
  const view = sentenceView(doc); // shared with the quote and event stages, built once per Doc
  const names: NameUnit[] = [];
  const values: [number, number][] = [];
  view.mentions.forEach((mention, m) => {
    const entity = view.entities.get(mention.entity);
    // the agency of the attribution line is boilerplate, not a topic: its words are dropped like values
    const agency = entity?.attributes?.subtype === 'news-agency';
    const isName = NAME_TYPES.has(mention.type) && (mention.kind === 'name' || mention.kind === 'alias') && !agency;
    if (!isName && !agency && NAME_TYPES.has(mention.type)) return;
    const [first, lastToken] = view.mentionTokens[m];
    if (first >= view.tokens.length) return;
    const last = lastToken + 1;
    if (isName) names.push({ first, last, entity: mention.entity, canonical: entity?.canonical ?? view.tokens.slice(first, last).map((x) => x.norm).join(' ') });
    else values.push([first, last]);
  });
  return { names, values };
}

/** Whether a pipeline stage is the summary stage (and so carries its {@link WordWeights}). */
export function isSummaryStage(stage: Stage): stage is SummaryStage {
  return stage.name === 'summary' && 'weights' in stage;
}
