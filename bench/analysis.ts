/**
 * Full analysis throughput (normalize, tokenize, morphology, entities, quotes, events, keyphrases,
 * summary) on our sample reports, one core, reports of about 4 KB; the peer is normalization alone
 * (the cheapest stage) in the same run.
 *   node dist/bench/analysis.js
 */
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { createNormalizer } from '../src/stages/normalize/normalizer.js';
import { benchmarkReports, countWords } from './corpus-text.js';
import { fmt, peakRssMb, time } from './measure.js';

export function benchAnalysis(): string[] {
  const lexicons = loadLexicons();
  const reports = benchmarkReports(1_000_000);
  const bytes = reports.reduce((sum, r) => sum + Buffer.byteLength(r), 0) / reports.length;
  const words = countWords(reports);
  const pipeline = createAnalyzer(lexicons);
  const normalize = createNormalizer({}, lexicons);
  analyze(pipeline, reports[0]);
  const full = time(() => reports.forEach((r) => analyze(pipeline, r)), 3);
  const peer = time(() => reports.forEach((r) => normalize(r)), 3);
  return [
    `Full analysis — ${reports.length} of our sample reports (${fmt(bytes / 1024, 1)} KB each on average), one core, median of 3 rounds`,
    `full analysis: ${fmt(reports.length / full.seconds)} reports/s, ${fmt(words / full.seconds)} words/s (target ≥ 300 reports/s at 4 KB)`,
    `normalization alone (peer): ${fmt(reports.length / peer.seconds)} reports/s — full analysis costs ${fmt(full.seconds / peer.seconds, 1)}× normalization; peak RSS ${fmt(peakRssMb())} MB`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchAnalysis().join('\n'));
