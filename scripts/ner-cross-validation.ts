/**
 * Cross-validation of the entity tagger inside the training part of the PerDT dev NER file: each
 * fold (sentence index % 5 = k, k = 0..3) is tagged by a tagger trained on the three others and
 * scored as the held-out evaluation scores (exact span and type, through the whole entity stage).
 * Every fold is tagged with jackknifed POS (`ner-pos.ts`), as new text would be, so the figure is
 * honest about POS; the held-out fifth (index % 5 = 4) is never read. Settings are chosen here.
 *   node dist/scripts/ner-cross-validation.js [--epochs 8] [--shipped-pos [--pos-noise 0.3]] [--pos-cache /tmp/ner-pos.json] [--errors] [--seeds 17,1017]
 * `--errors` lists every name of the scored folds that gold and prediction do not share; `--seeds 17,1017,2017`
 * trains each fold once per shuffle seed and sums the counts (the order of training alone moves micro F1 by about ±.01).
 */
import { pathToFileURL } from 'node:url';
import { readLexiconFiles } from '../src/lexicon/load.js';
import { createLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { HashedPerceptron } from '../src/model/hashed-perceptron.js';
import { createWordEntityTagger } from '../src/stages/entities/tag-words.js';
import { formatEntityScores, iobSpans, type Prf, prf, scoreEntities, type TypedSpan } from '../eval/entity-eval.js';
import { cachedJackknifedPos, TRAINING_FOLDS } from './ner-pos.js';
import { DEFAULT_EPOCHS, DEFAULT_ORDERS, modelNotes, nameTags, nerDataPath, type NerSentence, readNerSentences, trainTagger, type TrainOptions } from './train-ner.js';

const TYPES = ['PER', 'LOC', 'ORG'];

/** `lexicons` with `model` as their entity tagger (written and read back, as it ships). */
export function withModel(lexicons: Lexicons, model: HashedPerceptron): Lexicons {
  const entities = lexicons.entities;
  if (!entities) throw new Error('the gazetteers are missing from the lexicons');
  const parsed = HashedPerceptron.parse(model.serialize(modelNotes(lexicons, 'cross-validation')));
  return { ...lexicons, entities: { ...entities, model: parsed, modelClusters: entities.modelClusters ?? modelNotes(lexicons, '')[0].slice('clusters '.length) } };
}

/**
 * Exact-span counts per type and `micro`, summed over the four folds, and the micro F1 of each
 * fold. `pos` is the jackknifed POS of every sentence; training uses it too unless
 * `shippedPos` (then the lexicons' morphology tags the training folds, with `posNoise`).
 */
export function crossValidate(sentences: readonly NerSentence[], pos: readonly (readonly string[] | undefined)[], lexicons: Lexicons, options: TrainOptions & { shippedPos?: boolean; errors?: (line: string) => void } = {}): { counts: Map<string, Prf>; folds: number[] } {
  const total = new Map<string, Prf>([...TYPES, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const folds: number[] = [];
  for (const fold of TRAINING_FOLDS) {
    const trainAt = sentences.map((_, i) => i).filter((i) => i % 5 !== 4 && i % 5 !== fold);
    const testAt = sentences.map((_, i) => i).filter((i) => i % 5 === fold);
    const model = trainTagger(trainAt.map((i) => sentences[i]), lexicons, { ...options, ...(options.shippedPos ? { pos: undefined } : { pos: trainAt.map((i) => pos[i]) }) });
    const tag = createWordEntityTagger(withModel(lexicons, model));
    const predicted = testAt.map((i) => tag(sentences[i].tokens, pos[i]).map((t) => (/-(PER|LOC|ORG)$/.test(t) ? t : 'O')));
    const counts = scoreEntities(testAt.map((i) => nameTags(sentences[i].tags)), predicted, TYPES);
    if (options.errors) testAt.forEach((i, k) => listErrors(sentences[i], pos[i], predicted[k], options.errors as (line: string) => void));
    for (const [type, c] of counts) {
      const into = total.get(type) as Prf;
      into.tp += c.tp;
      into.fp += c.fp;
      into.fn += c.fn;
    }
    folds.push(prf(counts.get('micro') as Prf).f);
  }
  return { counts: total, folds };
}

/**
 * Writes the names of one scored sentence that gold and prediction do not share (`- PER x y` missed,
 * `+ ORG z` predicted wrongly), each with the sentence, tokens marked `word/UPOS`. For the folds
 * of the training part only: the held-out fifth is never scored here.
 */
function listErrors(sentence: NerSentence, pos: readonly string[] | undefined, predicted: readonly string[], write: (line: string) => void): void {
  const words = (span: TypedSpan): string => sentence.tokens.slice(span.first, span.last).join(' ');
  const key = (span: TypedSpan): string => `${span.type}:${span.first}:${span.last}`;
  const gold = iobSpans(nameTags(sentence.tags)).filter((x) => TYPES.includes(x.type));
  const guessed = iobSpans(predicted).filter((x) => TYPES.includes(x.type));
  const goldKeys = new Set(gold.map(key));
  const guessedKeys = new Set(guessed.map(key));
  const lines = [...gold.filter((x) => !guessedKeys.has(key(x))).map((x) => `- ${x.type} ${words(x)}`), ...guessed.filter((x) => !goldKeys.has(key(x))).map((x) => `+ ${x.type} ${words(x)}`)];
  if (lines.length === 0) return;
  write(`${lines.join('\n')}\n  ${sentence.tokens.map((t, i) => (pos?.[i] === 'PROPN' ? `${t}/P` : t)).join(' ')}\n`);
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

function main(): void {
  const path = nerDataPath();
  if (!path) throw new Error('../shared/data is not available');
  const sentences = readNerSentences(path);
  const cacheAt = process.argv.indexOf('--pos-cache');
  const pos = cachedJackknifedPos(sentences.map((s) => s.tokens), cacheAt > 0 ? process.argv[cacheAt + 1] : undefined);
  const lexicons = createLexicons({ ...readLexiconFiles(), entityModel: '' });
  const options = { epochs: option('--epochs', DEFAULT_EPOCHS), orders: option('--orders', DEFAULT_ORDERS), posNoise: option('--pos-noise', 0), shippedPos: process.argv.includes('--shipped-pos') };
  const errors = process.argv.includes('--errors') ? (line: string) => console.log(line) : undefined;
  const seeds = process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1].split(',').map(Number) : [17];
  const total = new Map<string, Prf>();
  for (const seed of seeds) {
    const { counts, folds } = crossValidate(sentences, pos, lexicons, { ...options, seed, ...(errors ? { errors } : {}) });
    for (const [type, c] of counts) {
      const into = total.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      total.set(type, { tp: into.tp + c.tp, fp: into.fp + c.fp, fn: into.fn + c.fn });
    }
    if (seeds.length > 1) console.log(`seed ${seed}: micro F1 ${prf(counts.get('micro') as Prf).f.toFixed(3)}, PER ${prf(counts.get('PER') as Prf).f.toFixed(3)}, LOC ${prf(counts.get('LOC') as Prf).f.toFixed(3)}, ORG ${prf(counts.get('ORG') as Prf).f.toFixed(3)}`);
    console.log(`folds micro F1: ${folds.map((f) => f.toFixed(3)).join(' ')}`);
  }
  console.log(formatEntityScores(`Entities — 4-fold cross-validation inside the training part, jackknifed POS on the scored folds (${JSON.stringify({ ...options, seeds })}; counts summed over the seeds)`, total));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
