/**
 * `npm run eval`: Khabar's accuracy on the gold data in ../shared/data (skips cleanly when it is
 * absent). Definitions follow ../shared/design/EVALUATION.md.
 *   node dist/eval/run.js [reports|halfspace|segmentation|morph|entities|all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicons } from '../src/lexicon/load.js';
import { createNormalizer } from '../src/stages/normalize/normalizer.js';
import { projectRoot, readConllu, sharedDataDir } from '../scripts/lib/treebank.js';
import { evaluateHalfSpaces, formatHalfSpaceRows } from './half-space-eval.js';
import { addScores, emptyScores, formatReportScores, readGold, scoreReport } from './report-eval.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { evaluateSegmentation, formatSegmentation } from './segmentation-eval.js';
import { evaluateMorph, formatMorph } from './morph-eval.js';
import { reportLinkingLines, treebankEntityLines } from './entity-eval.js';
import { newsEntityLines } from './news-entity-eval.js';
import { agreementLines } from './annotator-agreement.js';
import { createMorphology } from '../src/stages/morph/morphology.js';
import { foldWord, stripZwnj } from '../src/text/fold.js';
import { perdtSplit } from '../scripts/train-tagger.js';

const which = process.argv[2] ?? 'all';

// sample reports: our own writing, always present — scored even without ../shared
if (which === 'all' || which === 'reports') {
  const pipeline = createAnalyzer(loadLexicons());
  const totals = { tune: emptyScores(), test: emptyScores() };
  for (const { gold, text } of readGold(projectRoot())) totals[gold.split] = addScores(totals[gold.split], scoreReport(analyze(pipeline, text), gold));
  console.log(formatReportScores('Quotes (paragraph + speaker), events (paragraph + type + actor and recipient country), source agency — examples/gold; test = never tuned on', [['tune', totals.tune], ['test', totals.test]]));
  console.log();
  // the ceiling: two people annotating the same reports by the same guide
  const agreement = agreementLines();
  if (agreement.length) console.log(`${agreement.join('\n')}\n`);
}

// entities on the sample reports (person-mention linking) need no ../shared either
if (which === 'all' || which === 'entities') {
  console.log(reportLinkingLines(loadLexicons()).join('\n'));
  console.log();
  console.log(newsEntityLines(loadLexicons()).join('\n'));
  console.log();
}

const shared = sharedDataDir();
if (!shared) {
  console.log('eval: ../shared/data is not available; skipping (set KHABAR_SHARED_DATA to point at it).');
  process.exit(0);
}
const lexicons = loadLexicons();
const perdtDev = readConllu(join(shared, 'perdt', 'fa_perdt-ud-dev.conllu'));

if (which === 'all' || which === 'halfspace') {
  const normalize = createNormalizer({ digits: 'keep' }, lexicons);
  const rows = evaluateHalfSpaces(perdtDev.map((s) => s.text), normalize);
  console.log(formatHalfSpaceRows(`Half-space restoration — PerDT dev, ${perdtDev.length} sentences (targets F1: deleted ≥ .95, spaced ≥ .97, clean ≥ .995)`, rows));
  console.log();
  // news-style paragraphs we wrote ourselves (the clean originals of examples/reports): another
  // source than the treebank, never used for tuning
  const news = readFileSync(join(projectRoot(), 'examples', 'half-space', 'news-paragraphs.txt'), 'utf8').split('\n').filter(Boolean);
  console.log(formatHalfSpaceRows(`Half-space restoration — our news paragraphs (examples/half-space, ${news.length} paragraphs, not used for tuning)`, evaluateHalfSpaces(news, normalize)));
  console.log();
}
if (which === 'all' || which === 'segmentation') {
  console.log(formatSegmentation(evaluateSegmentation(perdtDev, lexicons)));
  console.log();
}
if (which === 'all' || which === 'morph') {
  const morphology = createMorphology(lexicons);
  const table = lexicons.morph?.lemmas.byForm;
  const known = (form: string): boolean => table?.has(stripZwnj(foldWord(form))) ?? false;
  const { test } = perdtSplit('report');
  console.log(formatMorph(`Lemmas and UPOS — PerDT dev, held-out fifth (sentence index % 5 === 4, never trained or tuned on), ${test.length} sentences, gold tokens`, evaluateMorph(test, morphology, known)));
  console.log();
}
if (which === 'all' || which === 'entities') {
  console.log(treebankEntityLines(lexicons).join('\n'));
  console.log();
}
