export { conjugate, type ConjugateOptions, type Tense, TENSES } from './conjugate.js';
export { createMorphStage } from './morph-stage.js';
export { createMorphology, type Morphology, type MorphologyOptions, type MorphWord } from './morphology.js';
export { createSearchStemmer, searchStem, type SearchStemmer } from './search-stem.js';
export { UPOS_TAGS, type Upos } from './upos.js';
export { analyzeVerb, type VerbAnalysis } from './verb-analyzer.js';
