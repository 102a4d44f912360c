/**
 * Entity tagging throughput on one core (`node dist/bench/entities.js`): the entity stage alone
 * (names, values, people, coreference) and, within it, the statistical tagger, over our sample
 * reports already normalized, tokenized and tagged for POS, against normalize + tokenize of the
 * same text in the same run (no JavaScript Persian entity tagger exists to compare with).
 * Target: ≥ 200,000 words/s.
 */
import { pathToFileURL } from 'node:url';
import type { Doc } from '../src/doc/doc.js';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import type { Lexicons } from '../src/lexicon/lexicons.js';
import { createEntitiesStage } from '../src/stages/entities/entities-stage.js';
import { wordStatistics } from '../src/stages/entities/entity-resources.js';
import { prepareSentence, tagSentence } from '../src/stages/entities/entity-tagger.js';
import { createWordInfoCache } from '../src/stages/entities/word-info.js';
import { benchmarkReports, countWords } from './corpus-text.js';
import { fmt, time } from './measure.js';

/** The statistical tagger alone (word features, gazetteer classes, greedy IOB decoding) over every sentence. */
function tagOnly(lexicons: Lexicons, docs: readonly Doc[]): void {
  const resources = lexicons.entities;
  if (!resources?.model) return;
  const describe = createWordInfoCache(wordStatistics(lexicons));
  for (const doc of docs) {
    const tokens = doc.layers.tokens ?? [];
    const words = tokens.map((t) => describe(t.norm));
    const input = { tokens, words, keys: words.map((w) => w.key) };
    let t = 0;
    for (const sentence of doc.layers.sentences ?? []) {
      const first = t;
      while (t < tokens.length && tokens[t].end <= sentence.end) t++;
      if (t > first) tagSentence(resources.model, prepareSentence(input, first, t, resources.gazetteer));
    }
  }
}

/** The least CPU seconds (user + system, this process) of `rounds` runs of `work` after one warm-up: on a shared machine other work only ever adds time, so the best round is the steadiest figure. */
function cpuTime(work: () => void, rounds = 5): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1e6);
  }
  return Math.min(...samples);
}

/** The benchmark's printed lines. */
export function benchEntities(): string[] {
  const lexicons = loadLexicons();
  const reports = benchmarkReports(1_000_000);
  const words = countWords(reports);
  const prepare = createAnalyzer(lexicons, { entities: false, report: false });
  const segment = createAnalyzer(lexicons, { entities: false, report: false, morph: false });
  const docs: Doc[] = reports.map((r) => analyze(prepare, r));
  const tokens = docs.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);
  const stage = createEntitiesStage(lexicons);
  const entities = time(() => docs.forEach((d) => stage.run(d)));
  const cpuSeconds = cpuTime(() => docs.forEach((d) => stage.run(d)));
  const baseline = time(() => reports.forEach((r) => analyze(segment, r)), 3);
  const mentions = docs.reduce((n, d) => n + (d.layers.mentions?.length ?? 0), 0);
  const tagger = time(() => tagOnly(lexicons, docs));
  const taggerCpu = cpuTime(() => tagOnly(lexicons, docs));
  const row = (name: string, seconds: number): string => `${name.padEnd(34)} ${fmt(words / seconds).padStart(12)} ${fmt(tokens / seconds).padStart(12)}`;
  return [
    `Entities — ${fmt(words)} words (${fmt(tokens)} tokens) of our sample reports, one core, median of rounds (target ≥ 200,000 words/s)`,
    `${'run'.padEnd(34)} ${'words/s'.padStart(12)} ${'tokens/s'.padStart(12)}`,
    row('khabar entity stage', entities.seconds),
    row('  of which: the statistical tagger', tagger.seconds),
    row('khabar normalize + tokenize', baseline.seconds),
    `ratio entity stage / normalize + tokenize: ${fmt(baseline.seconds / entities.seconds, 2)}×; ${fmt(mentions / docs.length, 1)} mentions per report`,
    `by CPU time (best of 5 rounds, all threads of the process, steadier on a busy machine): entity stage ${fmt(words / cpuSeconds)} words/s, statistical tagger ${fmt(words / taggerCpu)} words/s`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchEntities().join('\n'));
