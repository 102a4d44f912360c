/**
 * Tuning run for half-space restoration that never looks at the dev split: the lexicon is built
 * from 9/10 of PerDT train and scored on the other tenth (sentences rebuilt by joining tokens).
 * `node dist/eval/tune-half-space.js [--errors deleted|spaced|clean] [--limit N]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLexicons } from '../src/lexicon/lexicons.js';
import { createNormalizer } from '../src/stages/normalize/normalizer.js';
import { curatedHalfSpaced, halfSpaceTable, trainSentences } from '../scripts/build-half-space-table.js';
import { trainBoundaryModel, trainGapModel } from '../scripts/train-half-space-model.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { evaluateHalfSpaces, formatHalfSpaceRows } from './half-space-eval.js';
import { wordErrors } from './word-errors.js';

const HOLDOUT = 10;
const root = projectRoot();
const read = (path: string): string => readFileSync(join(root, 'data', path), 'utf8');
const table = halfSpaceTable(trainSentences(HOLDOUT, 'train'), curatedHalfSpaced());
const baseLexicons = createLexicons({
  halfSpaceWords: table,
  curatedHalfSpaced: read('curated/zwnj-words.txt'),
  curatedSolid: read('curated/solid-words.txt'),
  verbs: read('curated/verbs.tsv'),
});
const useModel = !process.argv.includes('--no-model');
const maxCountIndex = process.argv.indexOf('--max-count');
const maxCount = maxCountIndex > 0 ? Number(process.argv[maxCountIndex + 1]) : 3;
const lexicons = useModel
  ? {
      ...baseLexicons,
      boundaryModel: trainBoundaryModel(baseLexicons.halfSpace, { maxCount }),
      gapModel: process.argv.includes('--no-gap') ? undefined : trainGapModel(baseLexicons.halfSpace, trainSentences(HOLDOUT, 'train'), { maxCount }),
    }
  : baseLexicons;
const sentences = trainSentences(HOLDOUT, 'heldout').map((words) => words.join(' '));
const errorsIndex = process.argv.indexOf('--errors');
const showVariant = errorsIndex > 0 ? process.argv[errorsIndex + 1] : undefined;
const limitIndex = process.argv.indexOf('--limit');
const limit = limitIndex > 0 ? Number(process.argv[limitIndex + 1]) : 40;
const tally = new Map<string, number>();
const rows = evaluateHalfSpaces(sentences, createNormalizer({ digits: 'keep' }, lexicons), (gold, output, variant) => {
  if (variant !== showVariant) return;
  for (const error of wordErrors(gold, output)) {
    const key = `${error.gold}→${error.output}\t${error.word}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
});
if (showVariant) {
  for (const [key, count] of [...tally].sort((a, b) => b[1] - a[1]).slice(0, limit)) console.log(count, key);
}
console.log(formatHalfSpaceRows(`half-space restoration, PerDT train holdout (every ${HOLDOUT}th sentence, ${sentences.length} sentences)`, rows));
