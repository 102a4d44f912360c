/**
 * Jackknifed POS for training the entity tagger. The shipped morphology (`data/morph/`) is trained
 * on the very sentences the entity tagger trains on, so there its tags are nearly gold (PROPN
 * recall .99), while on text it never saw PROPN recall is .63: a tagger trained on those tags
 * learns to trust PROPN and fails on new text. Here each fold of the training part (sentence
 * index % 5 = k, k = 0..3; the held-out fifth, index % 5 = 4, is never used) gets its POS from a
 * morphology trained as `scripts/build-morph-data.ts` trains it — lemma table, tag profiles and
 * tagger, on PerDT dev and Seraji dev — but without that fold, as new text would.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLexiconFiles } from '../src/lexicon/load.js';
import { createMorphology } from '../src/stages/morph/morphology.js';
import { parseProfiles } from '../src/stages/morph/tag-profile.js';
import { foldWord } from '../src/text/fold.js';
import { readConllu, sharedDataDir } from './lib/treebank.js';
import { lemmaTable } from './train-lemma-ranker.js';
import { lexiconsWith, serajiSentences, trainWithProfiles } from './train-tagger.js';

/** The folds of the training part: sentence index % 5 (4 is the held-out fifth, never a fold). */
export const TRAINING_FOLDS = [0, 1, 2, 3] as const;

/**
 * UPOS for every token of `tokens[i]` (sentence `i` of PerDT dev, tokens as the NER file writes
 * them), from a morphology that never saw sentence `i`; undefined for the held-out fifth.
 * `epochs` are the POS tagger's (12 as shipped). Takes about 45 s per fold.
 * @throws Error when ../shared/data is absent.
 */
export function jackknifedPos(tokens: readonly (readonly string[])[], epochs = 12, bits = 20): (string[] | undefined)[] {
  const shared = sharedDataDir();
  if (!shared) throw new Error('../shared/data is not available');
  const treebank = readConllu(join(shared, 'perdt', 'fa_perdt-ud-dev.conllu'));
  if (treebank.length !== tokens.length) throw new Error(`the NER file has ${tokens.length} sentences, PerDT dev ${treebank.length}: they must be the same sentences`);
  const clusters = readLexiconFiles().wordClusters ?? '';
  const seraji = serajiSentences();
  const pos: (string[] | undefined)[] = new Array(tokens.length).fill(undefined);
  for (const fold of TRAINING_FOLDS) {
    const train = treebank.filter((_, i) => i % 5 !== 4 && i % 5 !== fold);
    const lexicons = lexiconsWith(lemmaTable(train), clusters);
    const morph = lexicons.morph;
    if (!morph) throw new Error('morph lexicon missing');
    const trained = trainWithProfiles([...train, ...seraji], lexicons, epochs, bits);
    morph.tagger = trained.tagger;
    morph.profiles = parseProfiles(trained.profiles);
    const morphology = createMorphology(lexicons);
    tokens.forEach((sentence, i) => {
      if (i % 5 === fold) pos[i] = morphology.analyzeSentence(sentence.map(foldWord)).map((a) => a.upos);
    });
  }
  return pos;
}

/**
 * {@link jackknifedPos}, kept in `cache` (a JSON file outside the project: the tags follow
 * treebank sentences) so repeated experiments skip the four morphology trainings.
 */
export function cachedJackknifedPos(tokens: readonly (readonly string[])[], cache?: string): (string[] | undefined)[] {
  if (cache && existsSync(cache)) {
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as (string[] | null)[];
    if (stored.length === tokens.length && stored.every((p, i) => p === null || p.length === tokens[i].length)) return stored.map((p) => p ?? undefined);
  }
  const pos = jackknifedPos(tokens);
  if (cache) writeFileSync(cache, JSON.stringify(pos.map((p) => p ?? null)));
  return pos;
}
