import { analyze } from '../../pipeline/analyze.js';
import { createPipeline, type Pipeline } from '../../pipeline/pipeline.js';
import type { QueryKeyer } from './compile-query.js';
import { searchKey, searchKeys, type TokenKeys } from './search-keys.js';

/** The layers search keys depend on: normalization, segmentation, morphology. */
const KEYING_LAYERS = new Set(['norm', 'paragraphs', 'sentences', 'tokens', 'morph']);
const keyingPipelines = new WeakMap<Pipeline, Pipeline>();

/**
 * The part of a pipeline that search keys need — its normalize, tokenize and morphology stages —
 * for keying short texts (queries, titles) without running entities, quotes, events or summaries.
 */
export function keyingPipeline(pipeline: Pipeline): Pipeline {
  let keying = keyingPipelines.get(pipeline);
  if (!keying) {
    keying = createPipeline(pipeline.stages.filter((stage) => stage.assigns.some((layer) => KEYING_LAYERS.has(layer))));
    keyingPipelines.set(pipeline, keying);
  }
  return keying;
}

/**
 * A keyer that reads query words exactly as reports are read: through the analysis pipeline
 * (normalizer with half-space restoration, tokenizer, and morphology when present), then
 * {@link searchKeys}. `keyer('مي شود')` → `[{surface: 'میشود', ...}]`. Should the pipeline fail on
 * some input, words are keyed one by one instead; it never throws.
 */
export function createQueryKeyer(pipeline: Pipeline): QueryKeyer {
  const keying = keyingPipeline(pipeline);
  return (text: string): TokenKeys[] => {
    try {
      const tokens = analyze(keying, text).layers.tokens ?? [];
      return tokens.map((token) => searchKeys(token)).filter((keys): keys is TokenKeys => keys !== undefined);
    } catch {
      return text.split(/\s+/).map(searchKey).filter(Boolean).map((surface) => ({ surface, extra: [] }));
    }
  };
}
