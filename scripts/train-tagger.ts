/**
 * Training of the POS tagger from UD Persian PerDT dev (CC BY-SA 4.0), with word clusters and tag
 * profiles from the PerDT train token stream. Run through `scripts/build-morph-data.ts`.
 *
 * The split is fixed: every 5th sentence (index % 5 === 4) is held out for reporting and never
 * trained on; with `tune`, the sentences with index % 5 === 3 are held out too and used to
 * compare choices, so nothing is tuned on the reported fifth.
 */
import { join } from 'node:path';
import { createLexicons, type Lexicons } from '../src/lexicon/lexicons.js';
import { readLexiconFiles } from '../src/lexicon/load.js';
import { HashedPerceptron } from '../src/model/hashed-perceptron.js';
import { formatProfiles, parseProfiles } from '../src/stages/morph/tag-profile.js';
import { FastTagger } from '../src/stages/morph/fast-tagger.js';
import { createScratch, trainSentence } from '../src/stages/morph/tagger.js';
import { UPOS_TAGS, uposIndex } from '../src/stages/morph/upos.js';
import { describeWord, type WordEvidence, type WordInfo } from '../src/stages/morph/word-info.js';
import { nameClass } from '../src/stages/morph/name-class.js';
import { foldWord, stripZwnj } from '../src/text/fold.js';
import { type ConlluSentence, type ConlluToken, readConllu, readTokenStream, sharedDataDir } from './lib/treebank.js';
import { clusterWords } from './lib/word-clusters.js';

/** Which sentences train and which are scored. */
export type SplitMode = 'report' | 'tune';

/** The PerDT dev sentences split for training and scoring (see the file comment). */
export function perdtSplit(mode: SplitMode): { train: ConlluSentence[]; test: ConlluSentence[] } {
  const shared = sharedDataDir();
  if (!shared) throw new Error('../shared/data is not available');
  const all = readConllu(join(shared, 'perdt', 'fa_perdt-ud-dev.conllu'));
  const testFold = mode === 'report' ? 4 : 3;
  return {
    train: all.filter((_, i) => i % 5 !== 4 && i % 5 !== testFold),
    test: all.filter((_, i) => i % 5 === testFold),
  };
}

/** A word as the tagger and lemmatizer learn it: its form, UPOS tag and lemma. */
export interface GoldWord {
  form: string;
  upos: string;
  lemma: string;
}

/**
 * A multiword token as running text writes it (`کشورمان` = کشور + مان): one word with the tag and
 * lemma of its first part; undefined for a plain token or one with punctuation inside.
 */
export function joinedWord(token: ConlluToken): GoldWord | undefined {
  if (token.words.length < 2 || token.words.some((w) => w.upos === 'PUNCT')) return undefined;
  return { form: token.form, upos: token.words[0].upos, lemma: token.words[0].lemma };
}

/** The sentence as running text writes it: its multiword tokens joined (see {@link joinedWord}). */
export function surfaceWords(sentence: ConlluSentence): GoldWord[] {
  return sentence.tokens.flatMap((token) => joinedWord(token) ?? token.words);
}

/** Lexicons whose morphology knows only `table` (no tagger or ranker yet). */
export function lexiconsWith(table: string, clusters = ''): Lexicons {
  const files = readLexiconFiles();
  return createLexicons({ ...files, morphLemmas: table, wordClusters: clusters, taggerModel: '', lemmaRanker: '' });
}

/** Describes a word form for the tagger (cached): the features `describeWord` computes with this evidence. */
export type Describer = (form: string) => WordInfo;

/** A describer over the lexicons' morphology, corpus counts, gazetteers and, optionally, tag profiles. */
export function makeDescriber(lexicons: Lexicons, profiles?: Map<string, number>): Describer {
  const morph = lexicons.morph;
  if (!morph) throw new Error('no morph lexicon');
  const cache = new Map<string, WordInfo>();
  const gazetteer = lexicons.entities?.gazetteer;
  const evidence: WordEvidence = {
    frequency: (key: string): number => lexicons.halfSpace.forms.get(key)?.total ?? 0,
    ...(gazetteer ? { nameClass: (word: string) => nameClass(gazetteer, word) } : {}),
    ...(profiles ? { profile: (key: string) => profiles.get(key) ?? 0 } : {}),
  };
  return (form) => {
    let info = cache.get(form);
    if (!info) cache.set(form, (info = describeWord(foldWord(form), morph, evidence)));
    return info;
  };
}

const ANY_TAG = (1 << UPOS_TAGS.length) - 1;
const bit = (...tags: string[]): number => tags.reduce((mask, tag) => mask | (1 << uposIndex(tag)), 0);
/** What a Seraji tag says in PerDT terms: open classes narrow the tag down (Seraji has no PROPN); closed classes say nothing. */
const SERAJI: Record<string, number> = { NOUN: bit('NOUN', 'PROPN'), ADJ: bit('ADJ'), VERB: bit('VERB', 'AUX'), AUX: bit('AUX', 'VERB'), NUM: bit('NUM', 'NOUN'), PUNCT: bit('PUNCT'), ADP: bit('ADP', 'NOUN'), ADV: bit('ADV', 'ADP', 'NOUN'), PRON: bit('PRON', 'DET'), DET: bit('DET', 'PRON'), CCONJ: bit('CCONJ', 'SCONJ'), SCONJ: bit('SCONJ', 'ADV', 'CCONJ'), PART: bit('ADP', 'PART') };
function seraji(tag: string): number {
  return SERAJI[tag] ?? ANY_TAG;
}

/** UD Persian Seraji dev (CC BY-SA 4.0), its sentence ids marked `seraji:`, for partial supervision of the tagger. */
export function serajiSentences(): ConlluSentence[] {
  const shared = sharedDataDir();
  if (!shared) return [];
  return readConllu(join(shared, 'seraji', 'fa_seraji-ud-dev.conllu')).map((s) => ({ ...s, id: `seraji:${s.id}` }));
}

/** A deterministic shuffle (xorshift), so training is reproducible. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Trains the tagger for `epochs` passes over the sentences (sentence `i` described by
 * `describe(i)`); a sentence with multiword tokens is also learnt as running text writes it
 * (`کشورمان` one word), since the tokenizer does not split clitics. Returns the averaged model.
 */
export function trainTagger(sentences: readonly ConlluSentence[], describe: (sentence: number) => Describer, epochs = 12, bits = 18): HashedPerceptron {
  const model = new HashedPerceptron(UPOS_TAGS, bits);
  const scratch = createScratch();
  const example = (s: ConlluSentence, i: number, words: readonly GoldWord[]): { infos: WordInfo[]; gold: number[] } => ({
    infos: words.map((w) => describe(i)(w.form)),
    gold: words.map((w) => (s.id.startsWith('seraji:') ? seraji(w.upos) : 1 << Math.max(0, uposIndex(w.upos)))),
  });
  const data = sentences.flatMap((s, i) => (s.tokens.some(joinedWord) ? [example(s, i, s.words), example(s, i, surfaceWords(s))] : [example(s, i, s.words)]));
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    let total = 0;
    for (const { infos, gold } of shuffled(data, 17 + epoch)) {
      errors += trainSentence(model, infos, gold, scratch);
      total += infos.length;
    }
    if (process.env.KHABAR_VERBOSE) console.log(`tagger epoch ${epoch + 1}: ${((1 - errors / total) * 100).toFixed(2)}% on train`);
  }
  model.average();
  return model;
}

/** The PerDT train token stream as sentences of words (letters folded, half-spaces kept). */
export function streamSentences(): string[][] {
  const shared = sharedDataDir();
  if (!shared) throw new Error('../shared/data is not available');
  return readTokenStream(join(shared, 'perdt', 'perdt-train-tokens.txt')).map((tokens) => tokens.flatMap((t) => t.split(' ')).map(foldWord).filter(Boolean));
}

/** Tags the stream with `model` and counts, per word key, how often each tag was given. */
export function tagCounts(model: HashedPerceptron, describe: Describer, stream: readonly string[][]): Map<string, Uint32Array> {
  const counts = new Map<string, Uint32Array>();
  const tagger = new FastTagger(model);
  const numbers = new Map<WordInfo, number>();
  const numberOf = (info: WordInfo): number => {
    let number = numbers.get(info);
    if (number === undefined) numbers.set(info, (number = tagger.addWord(info)));
    return number;
  };
  let tags = new Uint8Array(512);
  for (const sentence of stream) {
    const infos = sentence.map(describe);
    if (tags.length < infos.length) tags = new Uint8Array(infos.length * 2);
    tagger.tag(Int32Array.from(infos, numberOf), infos.length, tags);
    infos.forEach((info, i) => {
      let row = counts.get(info.key);
      if (!row) counts.set(info.key, (row = new Uint32Array(UPOS_TAGS.length)));
      row[tags[i]]++;
    });
  }
  return counts;
}

/**
 * The tagger in two rounds. Round one (no profiles) tags the train token stream; each word's tag
 * counts there become its profile, a feature of round two. So that profiles of training words
 * are no better than those of new words, each fifth of the training sentences is trained with
 * profiles from a round-one model that never saw it (jackknifing). Returns the round-two model
 * and the profiles file text (from the round-one model trained on all sentences).
 */
export function trainWithProfiles(sentences: readonly ConlluSentence[], lexicons: Lexicons, epochs = 12, bits = 18): { tagger: HashedPerceptron; profiles: string } {
  const stream = streamSentences();
  const plain = makeDescriber(lexicons);
  const profileText = (train: readonly ConlluSentence[]): string => {
    const model = trainTagger(train, () => plain, epochs, bits);
    return formatProfiles(tagCounts(model, plain, stream)).join('\n');
  };
  const folds = [0, 1, 2, 3, 4].map((k) => makeDescriber(lexicons, parseProfiles(profileText(sentences.filter((_, i) => i % 5 !== k)))));
  const tagger = trainTagger(sentences, (i) => folds[i % 5], epochs, bits);
  const header = '# key\ttop tag\tshare\tsecond tag\tcount — tags given by the round-one tagger to the UD Persian PerDT train token stream (CC BY-SA 4.0); scripts/train-tagger.ts\n';
  return { tagger, profiles: header + profileText(sentences) + '\n' };
}

/**
 * The tagger's word classes (`data/morph/word-clusters.tsv`): words of the PerDT train token stream
 * keyed as the morphology keys them (folded, no half-spaces), `word<TAB>coarse * 1024 + fine`
 * with ids from 1 (0 stands for an unknown word).
 */
export function wordClustersTable(fine = 400, coarse = 40): string {
  const sentences = streamSentences().map((words) => words.map(stripZwnj));
  const clusters = clusterWords(sentences, { fine, coarse, minCount: 3, contexts: 400 });
  const lines = clusters.words.map((w, i) => `${w}\t${(clusters.coarse[i] + 1) * 1024 + clusters.fine[i] + 1}`);
  return `# word\tcluster (coarse * 1024 + fine) — from the UD Persian PerDT train token stream (CC BY-SA 4.0); scripts/train-tagger.ts\n${lines.join('\n')}\n`;
}

