/**
 * Cross-validation of the entity tagger inside the training part of the PerDT dev NER file: each
 * fold (sentence index % 5 = k, k = 0..3) is tagged by a tagger trained on the three others and
 * scored as the held-out evaluation scores (exact span and type, through the whole entity stage).
 * Every fold is tagged with jackknifed POS (`ner-pos.ts`), as new text would be, so the figure is
 * honest about POS; the held-out fifth (index % 5 = 4) is never read. Settings are chosen here.
 *   node dist/scripts/ner-cross-validation.js [--epochs 8] [--orders 5] [--shipped-pos [--pos-noise 0.3]] [--pos-cache /tmp/ner-pos.json] [--news] [--errors] [--seeds 17,1017] [--dump /tmp/folds.json] [--self-train 4000,8000] [--stream-names 2/0.5/PER,3/0.7/PER+LOC+ORG]
 * `--self-train` scores beside the first model the models self-trained on that many sentences of the
 * PerDT train stream tagged by the fold's stage, as `train-ner.ts` ships (`selfTrainTagger`);
 * `--stream-names` scores the first model with the names its stage induces from the stream
 * (at least m tags, share r, the types listed) found again in the fold (`stream-names.ts`).
 * `--news` trains on the names of the sample reports' tune split too, as the shipped tagger is trained
 * (`train-ner.ts`); `--errors` lists every name of the scored folds that gold and prediction do not share; `--seeds 17,1017,2017`
 * trains each fold once per shuffle seed and sums the counts (the order of training alone moves micro F1 by about ±.01).
 * The tagger alone (no span rules, no conventions) is scored beside the stage, to tell what the
 * tagger loses from what the rules lose. `--dump` writes each scored sentence's tokens, POS, gold,
 * stage and tagger tags as JSON (keep it outside the project: it holds treebank sentences).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readLexiconFiles } from '../src/lexicon/load.js';
import { createLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { HashedPerceptron } from '../src/model/hashed-perceptron.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { NER_CLASSES, tagSentence } from '../src/stages/entities/entity-tagger.js';
import { wordStatistics } from '../src/stages/entities/entity-resources.js';
import { createWordEntityTagger } from '../src/stages/entities/tag-words.js';
import { createWordInfoCache } from '../src/stages/entities/word-info.js';
import { readGold } from '../eval/report-eval.js';
import { projectRoot } from './lib/treebank.js';
import { newsNerSentences, type NewsNerSentence } from './news-ner.js';
import { formatEntityScores, iobSpans, type Prf, prf, scoreEntities, type TypedSpan } from '../eval/entity-eval.js';
import { cachedJackknifedPos, TRAINING_FOLDS } from './ner-pos.js';
import { induceNames, silverSentences, streamPos, streamSentences, tagInduced } from './stream-names.js';
import { DEFAULT_EPOCHS, DEFAULT_ORDERS, nameTags, nerDataPath, type NerSentence, readNerSentences, taggerSentence, trainTagger, type TrainOptions, withModel } from './train-ner.js';

const TYPES = ['PER', 'LOC', 'ORG'];

export { withModel };

/** How {@link crossValidate} trains and what it reports besides the counts. */
export interface CrossValidationOptions extends TrainOptions {
  /** Tag the training folds with the lexicons' morphology instead of jackknifed POS. */
  shippedPos?: boolean;
  /** Sample-report sentences added to every fold's training, as `train-ner.ts` adds them. */
  news?: readonly NewsNerSentence[];
  /** Receives the error lines of the scored folds (see {@link listErrors}). */
  errors?: (line: string) => void;
  /** Receives every scored sentence with its POS, gold, stage and tagger tags. */
  dump?: (sentence: { tokens: string[]; pos?: readonly string[]; gold: string[]; stage: string[]; tagger: string[] }) => void;
  /** The PerDT train stream with its POS: each fold's stage tags it and finds again the names it induces there (`stream-names.ts`). */
  stream?: { sentences: readonly (readonly string[])[]; pos: readonly (readonly string[])[]; selfTrain: { size: number; total: Map<string, Prf> }[]; configs: { minTagged: number; minShare: number; types: readonly string[]; total: Map<string, Prf> }[] };
}

/** Adds `counts` into `total`, type by type. */
function addCounts(total: Map<string, Prf>, counts: Map<string, Prf>): void {
  for (const [type, c] of counts) {
    const into = total.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    total.set(type, { tp: into.tp + c.tp, fp: into.fp + c.fp, fn: into.fn + c.fn });
  }
}

/**
 * Exact-span counts per type and `micro`, summed over the four folds, for the whole entity stage
 * (`counts`) and for the tagger alone (`taggerCounts`), and the stage's micro F1 of each fold.
 * `pos` is the jackknifed POS of every sentence; training uses it too unless `shippedPos` (then the
 * lexicons' morphology tags the training folds, with `posNoise`).
 */
export function crossValidate(sentences: readonly NerSentence[], pos: readonly (readonly string[] | undefined)[], lexicons: Lexicons, options: CrossValidationOptions = {}): { counts: Map<string, Prf>; taggerCounts: Map<string, Prf>; folds: number[] } {
  const total = new Map<string, Prf>();
  const taggerTotal = new Map<string, Prf>();
  const folds: number[] = [];
  const news = options.news ?? [];
  for (const fold of TRAINING_FOLDS) {
    const trainAt = sentences.map((_, i) => i).filter((i) => i % 5 !== 4 && i % 5 !== fold);
    const testAt = sentences.map((_, i) => i).filter((i) => i % 5 === fold);
    const trainPos = options.shippedPos ? { pos: undefined } : { pos: [...trainAt.map((i) => pos[i]), ...news.map((s) => s.pos)] };
    const model = trainTagger([...trainAt.map((i) => sentences[i]), ...news], lexicons, { ...options, ...trainPos });
    const foldLexicons = withModel(lexicons, model);
    const tag = createWordEntityTagger(foldLexicons);
    let predicted = testAt.map((i) => tag(sentences[i].tokens, pos[i]).map((t) => (/-(PER|LOC|ORG)$/.test(t) ? t : 'O')));
    const stream = options.stream;
    if (stream) {
      const streamTags = stream.sentences.map((s, i) => tag(s, stream.pos[i]).map((t) => (/-(PER|LOC|ORG)$/.test(t) ? t : 'O')));
      const goldHere = testAt.map((i) => nameTags(sentences[i].tags));
      for (const variant of stream.selfTrain) {
        const silver = silverSentences(stream.sentences, stream.pos, streamTags, variant.size);
        const selfModel = trainTagger([...trainAt.map((i) => sentences[i]), ...news, ...silver.sentences], lexicons, { ...options, pos: [...(trainPos.pos ?? trainAt.map(() => undefined)), ...silver.pos] });
        const selfTag = createWordEntityTagger(withModel(lexicons, selfModel));
        const again = testAt.map((i) => selfTag(sentences[i].tokens, pos[i]).map((t) => (/-(PER|LOC|ORG)$/.test(t) ? t : 'O')));
        addCounts(variant.total, scoreEntities(goldHere, again, TYPES));
        console.error(`fold ${fold} self-training with ${silver.sentences.length} stream sentences`);
      }
      for (const config of stream.configs) {
        const induced = induceNames(stream.sentences, streamTags, config.minTagged, config.minShare).filter((n) => config.types.includes(n.type));
        const names = new Map(induced.map((n) => [n.words, n.type]));
        const longest = Math.max(1, ...induced.map((n) => n.words.split(' ').length));
        const again = predicted.map((tags, k) => tagInduced(sentences[testAt[k]].tokens, tags, names, longest));
        addCounts(config.total, scoreEntities(goldHere, again, TYPES));
        if (config === stream.configs[0]) writeFileSync(`/tmp/ner11-induced-${fold}.tsv`, induced.map((n) => `${n.words}\t${n.type}\t${n.tagged}\t${n.occurrences}`).join('\n'));
        console.error(`fold ${fold} ${config.minTagged}/${config.minShare}/${config.types.join(',')}: ${induced.length} induced names`);
        if (config === stream.configs[0] && options.errors) testAt.forEach((i, k) => { if (again[k].join() !== predicted[k].join()) (options.errors as (line: string) => void)(`INDUCED ${again[k].map((t, j) => t !== predicted[k][j] ? `${sentences[i].tokens[j]}/${t}/${nameTags(sentences[i].tags)[j]}` : '').filter(Boolean).join(' ')}`); });
      }
    }
    const tagged = taggerAlone(foldLexicons, testAt.map((i) => sentences[i].tokens), testAt.map((i) => pos[i]));
    const gold = testAt.map((i) => nameTags(sentences[i].tags));
    const counts = scoreEntities(gold, predicted, TYPES);
    addCounts(total, counts);
    addCounts(taggerTotal, scoreEntities(gold, tagged, TYPES));
    if (options.errors) testAt.forEach((i, k) => listErrors(sentences[i], pos[i], predicted[k], options.errors as (line: string) => void));
    if (options.dump) testAt.forEach((i, k) => options.dump?.({ tokens: sentences[i].tokens, pos: pos[i], gold: gold[k], stage: predicted[k], tagger: tagged[k] }));
    folds.push(prf(counts.get('micro') as Prf).f);
  }
  return { counts: total, taggerCounts: taggerTotal, folds };
}

/** The IOB tags the statistical tagger of `lexicons` alone gives each sentence (no span rules, no conventions). */
function taggerAlone(lexicons: Lexicons, sentences: readonly (readonly string[])[], pos: readonly (readonly string[] | undefined)[]): string[][] {
  const model = lexicons.entities?.model;
  const gazetteer = lexicons.entities?.gazetteer;
  if (!model || !gazetteer) throw new Error('the entity tagger or the gazetteers are missing from the lexicons');
  const describe = createWordInfoCache(wordStatistics(lexicons));
  return sentences.map((tokens, i) => [...tagSentence(model, taggerSentence(tokens, pos[i], describe, gazetteer))].map((c) => NER_CLASSES[c] as string));
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
  const withNews = process.argv.includes('--news');
  const options = { epochs: option('--epochs', DEFAULT_EPOCHS), orders: option('--orders', DEFAULT_ORDERS), posNoise: option('--pos-noise', 0), shippedPos: process.argv.includes('--shipped-pos'), news: withNews };
  const gazetteer = lexicons.entities?.gazetteer;
  if (!gazetteer) throw new Error('the gazetteers are missing from the lexicons');
  // the reports are read by the pipeline without a tagger, as train-ner.ts reads them
  const news = withNews ? newsNerSentences(createAnalyzer(lexicons), readGold(projectRoot()), gazetteer) : [];
  const streamAt = process.argv.indexOf('--stream-names');
  const streamText = streamAt > 0 || process.argv.includes('--self-train') ? streamSentences() : [];
  // --stream-names 2/0.5/PER,3/0.7/PER+LOC
  const configs = streamAt > 0 ? process.argv[streamAt + 1].split(',').map((c) => { const [m, r, t] = c.split('/'); return { minTagged: Number(m), minShare: Number(r), types: t.split('+'), total: new Map<string, Prf>() }; }) : [];
  const selfAt = process.argv.indexOf('--self-train');
  const selfTrain = selfAt > 0 ? process.argv[selfAt + 1].split(',').map((n) => ({ size: Number(n), total: new Map<string, Prf>() })) : [];
  const stream = streamAt > 0 || selfAt > 0 ? { sentences: streamText, pos: streamPos(streamText, lexicons, '/tmp/ner11-stream-pos.json'), configs, selfTrain } : undefined;
  const errors = process.argv.includes('--errors') ? (line: string) => console.log(line) : undefined;
  const dumpAt = process.argv.indexOf('--dump');
  const dumped: object[] = [];
  const seeds = process.argv.includes('--seeds') ? process.argv[process.argv.indexOf('--seeds') + 1].split(',').map(Number) : [17];
  const total = new Map<string, Prf>();
  const taggerTotal = new Map<string, Prf>();
  for (const seed of seeds) {
    const { counts, taggerCounts, folds } = crossValidate(sentences, pos, lexicons, { ...options, news, seed, ...(stream ? { stream } : {}), ...(errors ? { errors } : {}), ...(dumpAt > 0 ? { dump: (s) => dumped.push(s) } : {}) });
    addCounts(total, counts);
    addCounts(taggerTotal, taggerCounts);
    if (seeds.length > 1) console.log(`seed ${seed}: micro F1 ${prf(counts.get('micro') as Prf).f.toFixed(3)}, PER ${prf(counts.get('PER') as Prf).f.toFixed(3)}, LOC ${prf(counts.get('LOC') as Prf).f.toFixed(3)}, ORG ${prf(counts.get('ORG') as Prf).f.toFixed(3)}`);
    console.log(`folds micro F1: ${folds.map((f) => f.toFixed(3)).join(' ')}`);
  }
  if (dumpAt > 0) writeFileSync(process.argv[dumpAt + 1], JSON.stringify(dumped));
  const how = JSON.stringify({ ...options, seeds });
  console.log(formatEntityScores(`Entities — 4-fold cross-validation inside the training part, jackknifed POS on the scored folds (${how}; counts summed over the seeds)`, total));
  for (const v of selfTrain) console.log(formatEntityScores(`Self-trained on ${v.size} stream sentences the fold's stage tagged`, v.total));
  for (const c of configs) console.log(formatEntityScores(`With names induced from the stream, ${c.minTagged}/${c.minShare}/${c.types.join('+')}`, c.total));
  console.log(formatEntityScores('The tagger alone (no span rules, no PerDT conventions), same folds', taggerTotal));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
