/**
 * Full analysis throughput (normalize, tokenize, morphology, entities, quotes, events, keyphrases,
 * summary) on one core: our sample reports as they are (about 2.2 KB of UTF-8 each), and the same
 * text as 4 KB reports (the reports' paragraphs in order, regrouped so that each report just
 * reaches 4,096 bytes), the size the issue's target names; and the 4 KB reports once more as text the
 * pipeline has never read (its word caches cold for their new words: see `unseenThroughput`). The peer is
 * normalization alone (the cheapest stage) in the same run. Wall and CPU time are both printed: on a busy
 * machine CPU time is the steadier figure.
 *   node dist/bench/analysis.js
 */
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { createNormalizer } from '../src/stages/normalize/normalizer.js';
import { benchmarkReports, countWords } from './corpus-text.js';
import { fmt, once, peakRssMb, time, type Timing } from './measure.js';

/** The reports' paragraphs, in order, regrouped into reports that each just reach `bytes` of UTF-8. */
export function joinedReports(reports: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const paragraph of reports.flatMap((r) => r.split('\n')).filter((p) => p.trim())) {
    current = current ? `${current}\n${paragraph}` : paragraph;
    if (Buffer.byteLength(current) >= bytes) {
      out.push(current);
      current = '';
    }
  }
  return out;
}

function throughput(label: string, reports: readonly string[], run: (text: string) => unknown, measure: (work: () => void) => Timing = (work) => time(work, 3)): { line: string; timing: Timing } {
  const bytes = reports.reduce((sum, r) => sum + Buffer.byteLength(r), 0) / reports.length;
  const words = countWords([...reports]);
  const timing = measure(() => reports.forEach((r) => run(r)));
  const perSecond = (seconds: number): string => `${fmt(reports.length / seconds)} reports/s, ${fmt(words / seconds)} words/s`;
  return { timing, line: `${label} — ${reports.length} reports of ${fmt(bytes / 1024, 1)} KB: ${perSecond(timing.cpuSeconds)} by CPU time (${perSecond(timing.seconds)} wall)` };
}

/**
 * Full analysis of text the pipeline has never read, as a stream of new reports meets it: a pipeline that has read
 * nothing yet, warmed up on every other 4 KB report (three passes), then timed once over the others. The rounds of {@link throughput} read the same
 * text again, whose words the pipeline's word caches already hold; this line is the figure without that help.
 */
function unseenThroughput(pipeline: ReturnType<typeof createAnalyzer>, large: readonly string[]): string {
  const warm = large.filter((_, i) => i % 2 === 0);
  for (let pass = 0; pass < 3; pass++) warm.forEach((r) => analyze(pipeline, r));
  const fresh = large.filter((_, i) => i % 2 === 1);
  return throughput('full analysis, 4 KB reports never read before (one pass over half of them, after three over the other half)', fresh, (r) => analyze(pipeline, r), once).line;
}

export function benchAnalysis(): string[] {
  const lexicons = loadLexicons();
  const reports = benchmarkReports(1_000_000);
  const fourKb = joinedReports(reports, 4096);
  const pipeline = createAnalyzer(lexicons);
  // (first, before the pipeline has read any of the text)
  const unseen = unseenThroughput(pipeline, fourKb);
  const normalize = createNormalizer({}, lexicons);
  analyze(pipeline, reports[0]);
  const natural = throughput('full analysis, sample reports as written', reports, (r) => analyze(pipeline, r));
  const large = throughput('full analysis, 4 KB reports', fourKb, (r) => analyze(pipeline, r));
  const peer = throughput('normalization alone (peer)', reports, (r) => normalize(r));
  return [
    'Full analysis on one core, median of 3 rounds after a warm-up round over the same text (target ≥ 300 reports/s at 4 KB)',
    natural.line,
    large.line,
    unseen,
    peer.line,
    `full analysis costs ${fmt(natural.timing.cpuSeconds / peer.timing.cpuSeconds, 1)}× normalization (CPU time); peak RSS ${fmt(peakRssMb())} MB`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(benchAnalysis().join('\n'));
