import type { Doc } from '../../doc/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { extractKeyphrases } from './keyphrases.js';
import { summarize } from './summarize.js';
import { contentKey, type WordWeights } from './word-weights.js';

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
      const keys = tokens.map((token) => contentKey(token, weights)); // shared by both
      doc.layers.keyphrases = extractKeyphrases(tokens, firstParagraphEnd, weights, options.keyphrases ?? 8, keys);
      doc.layers.summary = summarize(tokens, doc.layers.sentences ?? [], weights, options.sentences ?? 3, keys);
      return doc;
    },
  };
}

/** Whether a pipeline stage is the summary stage (and so carries its {@link WordWeights}). */
export function isSummaryStage(stage: Stage): stage is SummaryStage {
  return stage.name === 'summary' && 'weights' in stage;
}
