/**
 * Normalization and segmentation throughput on our fixed sample text, side by side with the
 * `virastar` npm package (Persian text cleanup) in the same process, and the CLI start-up time.
 *   node dist/bench/normalize.js
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { createNormalizer } from '../src/stages/normalize/normalizer.js';
import { projectRoot } from '../scripts/lib/treebank.js';
import { benchmarkReports, countWords } from './corpus-text.js';
import { fmt, peakRssMb, time } from './measure.js';

const require = createRequire(import.meta.url);

export function benchNormalize(): string[] {
  const lexiconStart = process.hrtime.bigint();
  const lexicons = loadLexicons();
  void [lexicons.halfSpace, lexicons.verbs, lexicons.boundaryModel, lexicons.gapModel]; // parse what normalization uses
  const lexiconMs = Number(process.hrtime.bigint() - lexiconStart) / 1e6;
  const reports = benchmarkReports();
  const words = countWords(reports);
  const megabytes = Buffer.byteLength(reports.join('\n')) / 1e6;
  const normalize = createNormalizer({}, lexicons);
  const pipeline = createAnalyzer(lexicons, { morph: false, entities: false, report: false });
  const Virastar = require('virastar') as new () => { cleanup(text: string): string };
  const virastar = new Virastar();

  const khabarNormalize = time(() => reports.forEach((r) => normalize(r)));
  const khabarFull = time(() => reports.forEach((r) => analyze(pipeline, r)));
  const peer = time(() => reports.forEach((r) => virastar.cleanup(r)), 3);

  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [join(projectRoot(), 'bin', 'khabar.js'), 'normalize'], { input: 'مي توانند' });
    startups.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  startups.sort((a, b) => a - b);

  const row = (name: string, seconds: number): string => `${name.padEnd(34)} ${fmt(words / seconds).padStart(12)} ${fmt(megabytes / seconds, 1).padStart(8)}`;
  return [
    `Normalization — ${fmt(words)} words, ${fmt(megabytes, 1)} MB of our sample reports (examples/reports), one core, median of rounds`,
    `${'run'.padEnd(34)} ${'words/s'.padStart(12)} ${'MB/s'.padStart(8)}`,
    row('khabar normalize', khabarNormalize.seconds),
    row('khabar normalize + tokenize', khabarFull.seconds),
    row('virastar cleanup (peer)', peer.seconds),
    `ratio khabar normalize / virastar: ${fmt(peer.seconds / khabarNormalize.seconds, 2)}×   (normalize + tokenize / virastar: ${fmt(peer.seconds / khabarFull.seconds, 2)}×)`,
    `lexicons loaded once in ${fmt(lexiconMs)} ms; CLI start-up (normalize, tiny input) median ${fmt(startups[2])} ms; peak RSS ${fmt(peakRssMb())} MB`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchNormalize().join('\n'));
