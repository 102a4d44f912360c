/**
 * The corpus benchmark (`npm run bench:corpus -- [--reports 2000] [--copies 0.2] [--queries 300]
 * [--threads N] [--analysis full|keys|minimal] [--keep]`): generates a corpus of varied sample reports
 * with republished copies, ingests it on every core into a fresh SQLite store (`keys` runs only the
 * stages search keys need, `minimal` only normalize and tokenize, to build large corpora for search timings), and prints ingest reports/s
 * and peak memory (against the same analysis alone on one thread), search p50/p95 (against a naive LIKE
 * scan of the same texts, in the same process) and near-duplicate precision and recall.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { ingest } from '../src/corpus/ingest/ingest.js';
import { prepareReport } from '../src/corpus/ingest/prepare-report.js';
import { openStore } from '../src/corpus/store/open-store.js';
import { dataDir, loadLexicons } from '../src/lexicon/load.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { createRng, exampleParagraphs, type GeneratedReport, generateStory, reportFileText, republish } from './corpus/generate-reports.js';
import { analysisPipeline } from '../src/corpus/ingest/analysis-pool.js';
import { pairwiseScores, percentile, sampleMemory } from './corpus/measure.js';
import { searchQueries } from './corpus/queries.js';

const { values: flags } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    copies: { type: 'string', default: '0.2' },
    queries: { type: 'string', default: '300' },
    threads: { type: 'string', default: String(availableParallelism()) },
    keep: { type: 'boolean', default: false },
    analysis: { type: 'string', default: 'full' },
  },
});
const total = Number(flags.reports);
const threads = Number(flags.threads);
const rng = createRng(1403);
const root = join(dataDir(), '..');
const work = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
const line = (text: string): void => void process.stdout.write(text + '\n');

// 1. the corpus, streamed to files (and to a plain table for the LIKE peer): stories, and republications
// of earlier ones; a story is regenerated from its own seed when republished, so nothing is kept in memory
const extra = exampleParagraphs(root);
const share = Number(flags.copies);
const analysis = flags.analysis === 'keys' || flags.analysis === 'minimal' ? flags.analysis : 'full';
const input = join(work, 'input');
const naive = new Database(join(work, 'naive.sqlite'));
naive.exec('CREATE TABLE texts (id INTEGER PRIMARY KEY, text TEXT)');
const insert = naive.prepare('INSERT INTO texts (text) VALUES (?)');
const story = (k: number): GeneratedReport => generateStory(createRng(1_000_000 + k), k, extra);
const sample: string[] = [];
let stories = 0;
let bytes = 0;
naive.transaction(() => {
  for (let i = 0; i < total; i++) {
    const report = stories > 0 && rng() < share ? republish(story(Math.floor(rng() * stories)), rng) : story(stories++);
    const text = reportFileText(report, rng);
    const dir = join(input, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `s${report.story}-r${i}.txt`), text);
    insert.run(text);
    bytes += Buffer.byteLength(text);
    if (sample.length < 300) sample.push(text);
  }
})();
const meanBytes = Math.round(bytes / total);
line(`corpus: ${total} reports (${stories} stories, ${total - stories} republications), mean ${meanBytes} bytes, ${extra.length} paragraphs from examples/reports`);

// 2. peer: the same analysis alone, one thread, no store
const pipeline = createAnalyzer(loadLexicons());
const peerPipeline = analysisPipeline(createAnalyzer(loadLexicons(), { morph: analysis !== 'minimal' }), analysis);
let start = performance.now();
for (const [i, text] of sample.entries()) prepareReport(peerPipeline, { text, origin: `sample-${i}` });
const analysisRate = sample.length / ((performance.now() - start) / 1000);

// 3. ingest: read, analyse on every core, store
const store = await openStore(join(work, 'data'), pipeline);
const memory = sampleMemory();
start = performance.now();
const summary = await ingest(store, [input], { threads, analysis, onProblem: (p) => line(`problem: ${p.origin}: ${p.reason}`) });
const ingestSeconds = (performance.now() - start) / 1000;
const peakMb = memory.stop();
const ingestRate = summary.read / ingestSeconds;
line(`ingest (${analysis} analysis): ${summary.added} added, ${summary.duplicates + summary.known} duplicates, ${summary.problems} problems in ${ingestSeconds.toFixed(1)} s`);
line(`  ${ingestRate.toFixed(0)} reports/s on ${threads} threads (peer: analysis alone on 1 thread ${analysisRate.toFixed(0)} reports/s; ratio ${(ingestRate / analysisRate).toFixed(2)}×), peak RSS ${peakMb} MB`);

// 4. search: p50/p95 over a mix of queries, against a naive LIKE scan of the same texts
const queries = searchQueries(rng, Number(flags.queries));
for (const q of queries.slice(0, 20)) await store.search(q.request);
const timings: number[] = [];
let hits = 0;
for (const q of queries) {
  const t = performance.now();
  hits += (await store.search(q.request)).total;
  timings.push(performance.now() - t);
}
const like = naive.prepare(`SELECT id, (SELECT COUNT(*) FROM texts WHERE text LIKE @w) AS total FROM texts WHERE text LIKE @w ORDER BY id LIMIT 10`);
const likeTimings: number[] = [];
const words = queries.filter((q) => q.word !== undefined).slice(0, 40);
for (const q of words) {
  const t = performance.now();
  like.all({ w: `%${q.word}%` });
  likeTimings.push(performance.now() - t);
}
const p = (values: number[], at: number): string => percentile(values, at).toFixed(2);
line(`search: ${queries.length} queries over ${summary.added} reports, p50 ${p(timings, 0.5)} ms, p95 ${p(timings, 0.95)} ms, mean ${(hits / queries.length).toFixed(0)} matches`);
line(`  peer: naive LIKE scan, ${words.length} single-word queries: p50 ${p(likeTimings, 0.5)} ms, p95 ${p(likeTimings, 0.95)} ms (ratio LIKE/khabar p50 ${(percentile(likeTimings, 0.5) / percentile(timings, 0.5)).toFixed(1)}×)`);

// 5. near-duplicates: pairwise precision and recall of the clusters against the stories
const clustered: { story: number; cluster: number | null; id: number }[] = [];
for (let after = 0, page = await store.reports(0, 500); page.length > 0; after = page[page.length - 1].id, page = await store.reports(after, 500)) {
  for (const report of page) clustered.push({ id: report.id, cluster: report.clusterId, story: Number(/^s(\d+)-/.exec(basename(report.origin))?.[1]) });
}
const scores = pairwiseScores(clustered);
line(`near-duplicates: precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)} (${scores.truePairs} true pairs, ${scores.predictedPairs} predicted)`);
line(JSON.stringify({ reports: total, meanBytes, threads, analysis, ingestRate: Math.round(ingestRate), analysisRate: Math.round(analysisRate), peakMb,
  searchP50: percentile(timings, 0.5), searchP95: percentile(timings, 0.95), likeP50: percentile(likeTimings, 0.5), likeP95: percentile(likeTimings, 0.95),
  precision: scores.precision, recall: scores.recall }));
await store.close();
naive.close();
if (flags.keep) line(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
