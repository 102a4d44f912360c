/**
 * Builds the derived morphology files in data/morph/ from ../shared/data (UD Persian PerDT,
 * CC BY-SA 4.0): the lemma table, the word clusters, the tag profiles, the POS tagger and the
 * lemma ranker.
 *   node dist/scripts/build-morph-data.js            write data/morph/* (trained without the reported fifth)
 *   node dist/scripts/build-morph-data.js --tune     train on 3/5, score on the tuning fifth, write nothing
 * Options: --epochs N (tagger passes, default 12), --bits B (tagger table size 2^B, default 20),
 * --no-profiles (one round, no tag profiles), --no-clusters, --no-seraji (the tagger also learns
 * from UD Persian Seraji dev where its tags can be mapped; see `train-tagger.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfiles } from '../src/stages/morph/tag-profile.js';
import { createMorphology } from '../src/stages/morph/morphology.js';
import { foldWord, stripZwnj } from '../src/text/fold.js';
import { evaluateMorph, formatMorph } from '../eval/morph-eval.js';
import { projectRoot, sharedDataDir } from './lib/treebank.js';
import { lemmaTable, trainRanker } from './train-lemma-ranker.js';
import { lexiconsWith, makeDescriber, perdtSplit, serajiSentences, trainTagger, trainWithProfiles, wordClustersTable } from './train-tagger.js';

const SOURCE = 'UD Persian PerDT dev without its reported fifth, and UD Persian Seraji dev for the tagger (both CC BY-SA 4.0)';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

if (!sharedDataDir()) {
  console.error('../shared/data is not available: the morphology files cannot be rebuilt here (the committed ones stay).');
  process.exit(1);
}
const tune = process.argv.includes('--tune');
const epochs = option('--epochs', 12);
const bits = option('--bits', 20);
const root = projectRoot();
const dataPath = (name: string): string => join(root, 'data', 'morph', name);
const { train, test } = perdtSplit(tune ? 'tune' : 'report');

const started = Date.now();
const table = lemmaTable(train, `from ${SOURCE}; scripts/build-morph-data.ts`);
const clusters = process.argv.includes('--no-clusters') ? '' : wordClustersTable(option('--fine', 400), option('--coarse', 40));
const lexicons = lexiconsWith(table, clusters);
const morph = lexicons.morph;
if (!morph) throw new Error('morph lexicon missing');
const taggerTrain = process.argv.includes('--no-seraji') ? train : [...train, ...serajiSentences()];
let profiles = '';
if (process.argv.includes('--no-profiles')) {
  const plain = makeDescriber(lexicons);
  morph.tagger = trainTagger(taggerTrain, () => plain, epochs, bits);
} else {
  const trained = trainWithProfiles(taggerTrain, lexicons, epochs, bits);
  morph.tagger = trained.tagger;
  profiles = trained.profiles;
  morph.profiles = parseProfiles(profiles);
}
morph.ranker = trainRanker(train, lexicons, readFileSync(dataPath('curated-lemmas.tsv'), 'utf8'));
console.log(`trained on ${train.length} sentences in ${((Date.now() - started) / 1000).toFixed(1)} s`);

if (tune) {
  const morphology = createMorphology(lexicons);
  const known = (form: string): boolean => morph.lemmas.byForm.has(stripZwnj(foldWord(form)));
  console.log(formatMorph(`Tuning fifth (index % 5 === 3), ${test.length} sentences`, evaluateMorph(test, morphology, known), Number(process.env.KHABAR_ERRORS ?? 0)));
} else {
  writeFileSync(dataPath('lemmas.tsv'), table);
  writeFileSync(dataPath('word-clusters.tsv'), clusters);
  writeFileSync(dataPath('tag-profiles.tsv'), profiles);
  const note = [`trained by scripts/build-morph-data.ts on ${SOURCE}`, `${train.length} sentences, ${epochs} epochs`];
  writeFileSync(dataPath('tagger.txt'), morph.tagger.serialize(['POS tagger (UPOS) weights', ...note]));
  writeFileSync(dataPath('lemma-ranker.txt'), morph.ranker.serialize(['lemma candidate ranker weights', ...note]));
  console.log('wrote data/morph/lemmas.tsv, word-clusters.tsv, tag-profiles.tsv, tagger.txt, lemma-ranker.txt');
}
