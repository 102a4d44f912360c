/**
 * Trains the entity tagger (a hashed averaged perceptron over IOB PER/LOC/ORG) on the PerDT dev
 * NER file, keeping every 5th sentence out for evaluation, and on the names of our own sample reports'
 * `tune` split projected onto their tokens (`news-ner.ts`; the `test` split is never read), and
 * writes `data/ner/tagger-model.txt`.
 *   node dist/scripts/train-ner.js [--epochs 8] [--shipped-pos [--pos-noise 0.3]] [--pos-cache /tmp/ner-pos.json] [--no-news] [--silver 4000]
 * `--no-news` trains on the treebank alone; `--silver N` self-trains on N sentences of the PerDT train stream ({@link selfTrainTagger}). The weights are the mean of {@link DEFAULT_ORDERS} models,
 * each trained on another order of the sentences.
 * Needs ../shared/data (UD Persian PerDT, CC BY-SA 4.0: the weights are derived data under that licence).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HashedPerceptron } from '../src/model/hashed-perceptron.js';
import { readLexiconFiles } from '../src/lexicon/load.js';
import { createLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { learnSentence, NER_CLASSES, prepareSentence, type TaggerInput } from '../src/stages/entities/entity-tagger.js';
import { clusterFingerprint, createWordInfoCache, type WordInfo } from '../src/stages/entities/word-info.js';
import type { Gazetteer } from '../src/stages/entities/gazetteer.js';
import type { TaggerSentence } from '../src/stages/entities/tagger-features.js';
import { wordStatistics } from '../src/stages/entities/entity-resources.js';
import { createMorphology } from '../src/stages/morph/morphology.js';
import { foldWord } from '../src/text/fold.js';
import { projectRoot, sharedDataDir } from './lib/treebank.js';
import { cachedJackknifedPos } from './ner-pos.js';
import { newsNerSentences } from './news-ner.js';
import { readGold } from '../eval/report-eval.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { createWordEntityTagger } from '../src/stages/entities/tag-words.js';
import { silverSentences, streamPos, streamSentences } from './stream-names.js';

/** One sentence of the NER file: its tokens and gold IOB tags. */
export interface NerSentence {
  tokens: string[];
  tags: string[];
}

/** Reads `token<TAB>tag` lines with blank lines between sentences. */
export function readNerSentences(path: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let current: NerSentence = { tokens: [], tags: [] };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const tab = line.lastIndexOf('\t');
    current.tokens.push(line.slice(0, tab));
    current.tags.push(line.slice(tab + 1).trim());
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/** The deterministic held-out part: every 5th sentence (index 4, 9, 14...). */
export function isHeldOut(index: number): boolean {
  return index % 5 === 4;
}

/** Gold tags reduced to PER/LOC/ORG in valid IOB (an I- after O becomes B-). */
export function nameTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const type = tag.slice(2);
    if (tag === 'O' || !['PER', 'LOC', 'ORG'].includes(type)) out.push('O');
    else if (tag[0] === 'I' && out.length > 0 && out[out.length - 1].slice(2) === type) out.push(tag);
    else out.push(`B-${type}`);
  }
  return out;
}

/** The path of the NER file in ../shared/data, or undefined when it is absent. */
export function nerDataPath(): string | undefined {
  const shared = sharedDataDir();
  return shared ? join(shared, 'perdt', 'perdt-dev-ner.tsv') : undefined;
}

function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * A deterministic corrupter of POS tags, as the POS tagger errs on text it never saw: a PROPN
 * becomes NOUN (or ADJ) with probability `lost`, a NOUN or ADJ becomes PROPN with probability
 * `found`. A crude stand-in for jackknifed POS (`ner-pos.ts`), kept for comparison: with
 * POS from the shipped morphology, which was trained on the training sentences themselves, PROPN
 * recall is .99 there and .63 on the held-out fifth.
 */
export function posConfusion(lost: number, found = lost / 15, seed = 7): (upos: string) => string {
  let state = seed >>> 0;
  const draw = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 0x100000000;
  return (upos) => {
    if (upos === 'PROPN') return lost > 0 && draw() < lost ? (draw() < 0.8 ? 'NOUN' : 'ADJ') : upos;
    if (upos === 'NOUN' || upos === 'ADJ') return found > 0 && draw() < found ? 'PROPN' : upos;
    return upos;
  };
}

/** How the tagger is trained: passes, table size, POS noise, and the POS of each sentence. */
export interface TrainOptions {
  /** Passes over the sentences (default {@link DEFAULT_EPOCHS}). */
  epochs?: number;
  /** Hash table size 2^bits (default 18). */
  bits?: number;
  /** Share of PROPN turned into NOUN/ADJ (see {@link posConfusion}); default 0. */
  posNoise?: number;
  /**
   * UPOS per token of each sentence (jackknifed: see `ner-pos.ts`); a sentence without it is
   * tagged by `lexicons`' morphology, as the pipeline would tag it.
   */
  pos?: readonly (readonly string[] | undefined)[];
  /** Seed of the shuffles (default 17): cross-validation averages over a few to see past the order's noise. */
  seed?: number;
  /** Models trained on as many orders of the sentences (seeds `seed`, `seed + 1000`...) and averaged (default {@link DEFAULT_ORDERS}). */
  orders?: number;
}

/**
 * The tagger's view of a pretokenized sentence, as the training sees it: folded words, punctuation
 * marked, `pos` (one UPOS per word) when given, word descriptions from `describe`.
 */
export function taggerSentence(words: readonly string[], pos: readonly string[] | undefined, describe: (norm: string) => WordInfo, gazetteer: Gazetteer): TaggerSentence {
  const tokens: TaggerInput[] = words.map((t) => ({ norm: foldWord(t), kind: /^[\p{P}\p{S}]+$/u.test(t) ? 'punct' : 'word' }));
  pos?.forEach((upos, i) => (tokens[i].pos = upos));
  const described = tokens.map((t) => describe(t.norm));
  return prepareSentence({ tokens, words: described, keys: described.map((w) => w.key) }, 0, tokens.length, gazetteer);
}

/** Orders averaged, chosen by cross-validation inside the training part. */
export const DEFAULT_ORDERS = 5;

/** Passes over the training sentences, chosen by cross-validation inside the training part. */
export const DEFAULT_EPOCHS = 8;

/**
 * Trains a model on `sentences`: `orders` models (default {@link DEFAULT_ORDERS}), each over its own
 * fixed-seed shuffle of the sentences every pass, averaged. Tokens get the POS of `options.pos`, else
 * the POS the lexicons' morphology predicts for them.
 */
export function trainTagger(sentences: readonly NerSentence[], lexicons: Lexicons, options: TrainOptions = {}): HashedPerceptron {
  const { epochs = DEFAULT_EPOCHS, bits = 18, posNoise = 0, seed = 17 } = options;
  const resources = lexicons.entities;
  if (!resources) throw new Error('the gazetteers are missing from the lexicons');
  const model = new HashedPerceptron(NER_CLASSES, bits);
  const describe = createWordInfoCache(wordStatistics(lexicons));
  const morphology = lexicons.morph ? createMorphology(lexicons) : undefined;
  const confuse = posConfusion(posNoise);
  const classIndex = new Map(NER_CLASSES.map((c, i) => [c as string, i]));
  const prepared = sentences.map((s, index) => {
    const pos = options.pos?.[index] ?? morphology?.analyzeSentence(s.tokens.map(foldWord)).map((a) => a.upos);
    const sentence = taggerSentence(s.tokens, pos?.map(confuse), describe, resources.gazetteer);
    return { sentence, gold: nameTags(s.tags).map((t) => classIndex.get(t) ?? 0) };
  });
  const orders = options.orders ?? DEFAULT_ORDERS;
  for (let order = 0; order < orders; order++) {
    const one = order === 0 ? model : new HashedPerceptron(NER_CLASSES, bits);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const { sentence, gold } of shuffle([...prepared], seed + 1000 * order + epoch)) learnSentence(one, sentence, gold);
    }
    one.average();
    if (one !== model) model.addScaled(one, 1);
  }
  if (orders > 1) model.addScaled(model, 1 / orders - 1);
  return model;
}

/** `lexicons` with `model` as their entity tagger (written and read back, as it ships). */
export function withModel(lexicons: Lexicons, model: HashedPerceptron): Lexicons {
  const entities = lexicons.entities;
  if (!entities) throw new Error('the gazetteers are missing from the lexicons');
  const parsed = HashedPerceptron.parse(model.serialize(modelNotes(lexicons, 'cross-validation')));
  return { ...lexicons, entities: { ...entities, model: parsed, modelClusters: entities.modelClusters ?? modelNotes(lexicons, '')[0].slice('clusters '.length) } };
}

/**
 * Sentences of the PerDT train stream added to the training as a first model's stage tagged them
 * (self-training, `--silver N`): off. 4,000 gained .002–.007 in cross-validation (two shuffle seeds) but
 * moved the news tune entity F1 .914 → .913 and 9 events right fewer (docs/MEASUREMENTS.md).
 */
export const DEFAULT_SILVER = 0;

/**
 * Self-training: trains a first model on `sentences` (POS `options.pos`), tags the unlabeled PerDT
 * train stream with the entity stage over it (POS from the lexicons' morphology, which never saw the
 * stream; kept in `posCache` when given), and trains again on `sentences` and `silver` stream
 * sentences with a name in them, their tags taken as gold. Without the stream (no ../shared/data) or
 * with `silver` 0, the first model.
 */
export function selfTrainTagger(sentences: readonly NerSentence[], lexicons: Lexicons, options: TrainOptions = {}, silver = DEFAULT_SILVER, posCache?: string): HashedPerceptron {
  const first = trainTagger(sentences, lexicons, options);
  const stream = silver > 0 ? streamSentences() : [];
  if (stream.length === 0) return first;
  const pos = streamPos(stream, lexicons, posCache);
  const tag = createWordEntityTagger(withModel(lexicons, first));
  const tags = stream.map((words, i) => tag(words, pos[i]).map((t) => (/-(PER|LOC|ORG)$/.test(t) ? t : 'O')));
  const chosen = silverSentences(stream, pos, tags, silver);
  const goldPos = options.pos ?? sentences.map(() => undefined);
  return trainTagger([...sentences, ...chosen.sentences], lexicons, { ...options, pos: [...goldPos, ...chosen.pos] });
}

/** The model file's header lines: the word classes it was trained with, how, and the licence. */
export function modelNotes(lexicons: Lexicons, description: string): string[] {
  return [
    `clusters ${clusterFingerprint(lexicons.morph?.clusters)}`,
    description,
    'source: UD Persian PerDT (CC BY-SA 4.0), derived weights share that licence, and the tune split of examples/ (ours); made by scripts/train-ner.ts',
  ];
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/**
 * Trains on the PerDT dev NER file (every 5th sentence kept out) with jackknifed POS (see
 * `ner-pos.ts`; `--shipped-pos` tags the training sentences with data/morph instead) and the
 * lexicons in data/ — the tagger reads the morphology's word classes, so run it after the
 * morphology files — and writes `data/ner/tagger-model.txt`. @throws Error when ../shared/data is absent.
 */
export function buildEntityModel(): string {
  const path = nerDataPath();
  if (!path) throw new Error('../shared/data is not available: the tagger cannot be retrained here (the committed weights stay).');
  const epochs = option('--epochs', DEFAULT_EPOCHS);
  const posNoise = option('--pos-noise', 0);
  const cacheAt = process.argv.indexOf('--pos-cache');
  const sentences = readNerSentences(path);
  const shipped = process.argv.includes('--shipped-pos');
  const pos = shipped ? undefined : cachedJackknifedPos(sentences.map((s) => s.tokens), cacheAt > 0 ? process.argv[cacheAt + 1] : undefined);
  const keep = (_: unknown, i: number): boolean => !isHeldOut(i);
  const training = sentences.filter(keep);
  const lexicons = createLexicons({ ...readLexiconFiles(), entityModel: '' });
  const gazetteer = lexicons.entities?.gazetteer;
  if (!gazetteer) throw new Error('the gazetteers are missing from the lexicons');
  // The reports are read by the pipeline without a tagger: only its tokens, POS and sentences are used.
  const news = process.argv.includes('--no-news') ? [] : newsNerSentences(createAnalyzer(lexicons), readGold(projectRoot()), gazetteer);
  const trainingPos = pos ? pos.filter(keep) : training.map(() => undefined);
  const silver = option('--silver', DEFAULT_SILVER);
  const model = selfTrainTagger([...training, ...news], lexicons, { epochs, posNoise, pos: [...trainingPos, ...news.map((s) => s.pos)] }, silver);
  const how = shipped ? `POS from data/morph${posNoise > 0 ? ` with PROPN noise ${posNoise}` : ''}` : 'jackknifed POS (each fold tagged by a morphology trained without it)';
  const notes = modelNotes(lexicons, `entity tagger (IOB PER/LOC/ORG), structured perceptron, Viterbi, ${epochs} epochs, the mean of ${DEFAULT_ORDERS} models trained on different orders, ${how}, on ${training.length} of ${sentences.length} sentences of perdt-dev-ner.tsv (every 5th kept out) and ${news.length} sentences of the sample reports' tune split${silver > 0 ? `, self-trained on ${silver} sentences of the PerDT train stream tagged by a first model's entity stage` : ''}`);
  writeFileSync(join(projectRoot(), 'data', 'ner', 'tagger-model.txt'), model.serialize(notes));
  return `data/ner/tagger-model.txt (${training.length} treebank and ${news.length} news training sentences, ${epochs} epochs)`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log('wrote', buildEntityModel());
