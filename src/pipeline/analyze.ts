import { createDoc, type Doc, type DocMeta } from '../doc/doc.js';
import type { Lexicons } from '../lexicon/lexicons.js';
import { createNormalizeStage } from '../stages/normalize/normalize-stage.js';
import type { NormalizeOptions } from '../stages/normalize/options.js';
import { createTokenizeStage } from '../stages/tokenize/tokenize-stage.js';
import { createPipeline, type ErrorPolicy, type Pipeline } from './pipeline.js';

export interface AnalyzerOptions {
  normalize?: NormalizeOptions;
  errors?: ErrorPolicy;
}

/** The default pipeline: normalize, then tokenize (paragraphs, sentences, tokens). */
export function createAnalyzer(lexicons: Lexicons | undefined, options: AnalyzerOptions = {}): Pipeline {
  return createPipeline([createNormalizeStage(options.normalize, lexicons), createTokenizeStage()], { errors: options.errors });
}

/**
 * Analyses one report with a pipeline built once by {@link createAnalyzer}:
 * `analyze(pipeline, 'وزير خارجه گفت')` → a Doc with `norm`, `paragraphs`, `sentences`, `tokens`.
 */
export function analyze(pipeline: Pipeline, text: string, meta: DocMeta = {}): Doc {
  return pipeline.run(createDoc(text, meta));
}
