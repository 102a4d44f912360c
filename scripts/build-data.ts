/**
 * Regenerates every derived file in data/ from ../shared/data (the curated lists in data/curated
 * are written by hand and only read here). `npm run data`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHalfSpaceLexicon } from '../src/lexicon/half-space-lexicon.js';
import { buildHalfSpaceTable, trainSentences } from './build-half-space-table.js';
import { trainBoundaryModel, trainGapModel } from './train-half-space-model.js';
import { projectRoot, sharedDataDir } from './lib/treebank.js';

if (!sharedDataDir()) {
  console.error('../shared/data is not available: the derived data files cannot be rebuilt here (the committed ones stay).');
  process.exit(1);
}
const root = projectRoot();
const read = (path: string): string => readFileSync(join(root, 'data', path), 'utf8');
const table = buildHalfSpaceTable();
console.log('wrote', table);
const lexicon = parseHalfSpaceLexicon(read('half-space/words.tsv'), read('curated/zwnj-words.txt'), read('curated/solid-words.txt'));
const note = (what: string): string => `# ${what} (averaged perceptron) trained on data/half-space/words.tsv and PerDT train sentences (UD Persian PerDT, CC BY-SA 4.0); scripts/train-half-space-model.ts\n`;
writeFileSync(join(root, 'data', 'half-space', 'boundary-model.tsv'), note('half-space boundary model') + trainBoundaryModel(lexicon).serialize() + '\n');
writeFileSync(join(root, 'data', 'half-space', 'gap-model.tsv'), note('half-space gap model') + trainGapModel(lexicon, trainSentences()).serialize() + '\n');
console.log('wrote data/half-space/boundary-model.tsv, data/half-space/gap-model.tsv');
// the morphology files (lemma table, word clusters, tag profiles, POS tagger, lemma ranker)
await import('./build-morph-data.js');
// the entity gazetteers (CLDR, world-countries), then the entity tagger, which reads the morphology files
await import('./build-gazetteers.js');
const { buildEntityModel } = await import('./train-ner.js');
console.log('wrote', buildEntityModel());
// the learned paragraph model of events, which reads the reports through everything above
const { buildEventModel } = await import('./train-events.js');
console.log('wrote', buildEventModel());
