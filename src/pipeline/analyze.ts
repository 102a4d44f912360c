import { createDoc, type Doc, type DocMeta } from '../doc/doc.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { createMorphStage } from '../stages/morph/morph-stage.js';
import { createEntitiesStage } from '../stages/entities/entities-stage.js';
import { createEventsStage } from '../stages/events/events-stage.js';
import { createQuotesStage } from '../stages/quotes/quotes-stage.js';
import { createSourceStage } from '../stages/source/source-stage.js';
import { createSummaryStage } from '../stages/summary/summary-stage.js';
import { type DocumentFrequency, withDocumentFrequency } from '../stages/summary/word-weights.js';
import { createNormalizeStage } from '../stages/normalize/normalize-stage.js';
import type { NormalizeOptions } from '../stages/normalize/options.js';
import { createTokenizeStage } from '../stages/tokenize/tokenize-stage.js';
import { createPipeline, type ErrorPolicy, type Pipeline } from './pipeline.js';

export interface AnalyzerOptions {
  normalize?: NormalizeOptions;
  errors?: ErrorPolicy;
  /** Run the entity stage (people, organizations, places, dates, numbers; mentions and coreference); default true when its data is loaded. */
  entities?: boolean;
  /** Run the report stages (source chain, quotes, events, keyphrases, summary); default true when their data is loaded. */
  report?: boolean;
  /** Add the events the learned paragraph model reads where no trigger pattern matched (`data/events/event-model.txt`); default true when it is loaded. */
  learnedEvents?: boolean;
  /** Run the morphology stage (lemma, POS, features on every token); default true when the lexicons carry its data. */
  morph?: boolean;
  /**
   * The document frequencies keyphrases and the summary score words against (how rare a word is);
   * default the shipped table (`data/keyphrases/document-frequency.tsv`, from a treebank). The corpus
   * passes its own once it has enough reports (`corpusDocumentFrequency`); stopwords stay the lexicons'.
   */
  documentFrequency?: DocumentFrequency;
}

/**
 * The default pipeline: normalize, tokenize (paragraphs, sentences, tokens), morphology (lemma, POS,
 * features), entities (mentions, coreference), then the report stages — source chain, quotes,
 * events, keyphrases and summary. Each later stage runs when its data is loaded and its option is
 * not false. `createAnalyzer(lexicons, {documentFrequency: await corpusDocumentFrequency(store)})`
 * scores keyphrases against a corpus's own statistics.
 */
export function createAnalyzer(lexicons: Lexicons | undefined, options: AnalyzerOptions = {}): Pipeline {
  const stages = [createNormalizeStage(options.normalize, lexicons), createTokenizeStage()];
  if (options.morph !== false && lexicons?.morph) stages.push(createMorphStage(lexicons));
  if (lexicons?.entities && options.entities !== false) stages.push(createEntitiesStage(lexicons));
  if (lexicons?.report && options.report !== false) {
    const report = lexicons.report;
    const weights = options.documentFrequency ? withDocumentFrequency(report.weights, options.documentFrequency) : report.weights;
    stages.push(createSourceStage(lexicons.entities?.gazetteer), createQuotesStage(lexicons, report.cues), createEventsStage(lexicons, report.eventPatterns, options.learnedEvents === false || !report.eventModel ? {} : { model: report.eventModel, ...(report.eventJudge ? { judge: report.eventJudge } : {}) }), createSummaryStage(weights));
  }
  return createPipeline(stages, { errors: options.errors });
}

/**
 * Analyses one report with a pipeline built once by {@link createAnalyzer}:
 * `analyze(pipeline, 'وزير خارجه گفت')` → a Doc with `norm`, `paragraphs`, `sentences`, `tokens`.
 */
export function analyze(pipeline: Pipeline, text: string, meta: DocMeta = {}): Doc {
  return pipeline.run(createDoc(text, meta));
}
