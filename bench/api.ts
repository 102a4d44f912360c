/**
 * The API benchmark (`npm run bench:api -- --reports 100000`): generates a corpus with the corpus
 * benchmark's generator (or reuses one with `--data DIR`), ingests it (`--analysis fast`, the default:
 * tokens, lemmas and a vocabulary stand-in for entities, quotes and events; `--analysis full`: the
 * real analyzer), serves it
 * on loopback, and prints p50/p95 of `GET /api/search` and `GET /api/entities/{id}` over HTTP, each
 * against its peer measured in the same run — the same store call without HTTP — plus facets,
 * report pages, events, and the web UI's first load in headless Chromium when it is installed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/api/app.js';
import { startServer } from '../src/api/server.js';
import { createQueryPipeline, openApiStore } from '../src/api/store/open-api-store.js';
import { ingest } from '../src/corpus/ingest/ingest.js';
import { createProgress } from '../src/corpus/ingest/progress.js';
import type { SearchRequest } from '../src/corpus/store/store.js';
import { dataDir, loadLexicons } from '../src/lexicon/load.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { createVocabularyStage } from './api/vocabulary-stage.js';
import { describeLatency, timeCalls } from './api/time-requests.js';
import { measureFirstLoad } from './api/ui-load.js';
import { writeCorpus } from './api/write-corpus.js';
import { createRng } from './corpus/generate-reports.js';
import { searchQueries } from './corpus/queries.js';

const { values: flags } = parseArgs({
  options: {
    reports: { type: 'string', default: '10000' },
    copies: { type: 'string', default: '0.2' },
    queries: { type: 'string', default: '300' },
    entities: { type: 'string', default: '200' },
    threads: { type: 'string', default: String(availableParallelism()) },
    data: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'skip-ui': { type: 'boolean', default: false },
    analysis: { type: 'string', default: 'fast' },
  },
});
const line = (text: string): void => void process.stdout.write(text + '\n');
const root = join(dataDir(), '..');
const work = mkdtempSync(join(tmpdir(), 'khabar-bench-api-'));
const location = flags.data ?? join(work, 'data');
const lexicons = loadLexicons();
const pipeline = createAnalyzer(lexicons);
const { store, reads } = await openApiStore(location, createQueryPipeline(lexicons));

// 1. the corpus: generated and ingested, unless --data names one already filled
let { reports } = await store.stats();
if (reports === 0) {
  const input = join(work, 'reports.jsonl');
  await writeCorpus(input, Number(flags.reports), Number(flags.copies), root);
  const started = performance.now();
  // `full`: the real analyzer on every core; `fast` (default): tokens and lemmas with a vocabulary stand-in
  // for entities, quotes and events, on one thread, so that large corpora build in minutes
  const fast = flags.analysis !== 'full';
  const options = fast ? { pipeline: createPipeline([...createQueryPipeline(lexicons).stages, createVocabularyStage()]), threads: 0 } : { threads: Number(flags.threads) };
  const summary = await ingest(store, [input], { ...options, progress: createProgress(process.stderr, 'ingest') });
  const seconds = (performance.now() - started) / 1000;
  line(`ingest (${fast ? 'fast analysis, 1 thread' : `full analysis, ${flags.threads} threads`}): ${summary.added} reports in ${seconds.toFixed(0)} s (${(summary.read / seconds).toFixed(0)} reports/s)`);
  reports = (await store.stats()).reports;
}
const stats = await store.stats();
line(`corpus: ${JSON.stringify(stats)}${flags.data ? ` (${flags.data})` : ''}`);

const webRoot = join(root, 'dist', 'web');
const app = createApp({ store, reads, pipeline, webRoot: existsSync(join(webRoot, 'index.html')) ? webRoot : false });
const server = await startServer(app, { port: 0 });
const get = async (path: string): Promise<void> => {
  // a keep-alive connection the server closed while idle is retried once, as browsers do
  const response = await fetch(server.url + path).catch(() => fetch(server.url + path));
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
};
const toQuery = (request: SearchRequest): string => {
  const params = new URLSearchParams({ q: request.query });
  for (const key of ['source', 'from', 'to'] as const) if (request[key]) params.set(key, request[key] as string);
  return `/api/search?${params}`;
};

// 2. search over HTTP, against the same searches as store calls
const queries = searchQueries(createRng(7), Number(flags.queries));
const search = await timeCalls(queries, (q) => get(toQuery(q.request)));
const searchPeer = await timeCalls(queries, (q) => store.search(q.request));
line(`GET /api/search: ${describeLatency(search)}`);
line(`  peer: store.search without HTTP: ${describeLatency(searchPeer)}; ratio p95 ${(search.p95 / searchPeer.p95).toFixed(2)}×`);

// 3. entity pages: the most mentioned entities (the heaviest pages) and a sample of the rest
const top = await reads.entities({ limit: 20, offset: 0 });
const rest = await reads.entities({ limit: Number(flags.entities), offset: 20 });
const rng = createRng(11);
const entityIds = [...top, ...rest.filter(() => rng() < 0.5)].map((e) => e.id);
let entityP95: number | undefined;
if (entityIds.length > 0) {
  // cold: the first request for each entity computes its profile; warm: the same again, from the API's cache
  const entity = await timeCalls(entityIds, (id) => get(`/api/entities/${id}`), 0);
  const warm = await timeCalls(entityIds, (id) => get(`/api/entities/${id}`), 0);
  const names = new Map([...top, ...rest].map((e) => [e.id, e.canonical]));
  const storeProfile = await timeCalls(entityIds, (id) => store.entity(names.get(id) as string), 0);
  entityP95 = entity.p95;
  line(`GET /api/entities/{id}, first request for each: ${describeLatency(entity)} over ${entityIds.length} entities (the most mentioned, ${top[0]?.canonical}: ${top[0]?.mentions} mentions)`);
  line(`  again, from the API's cache (valid until a report is added): ${describeLatency(warm)}`);
  line(`  peer: the corpus store's own profile without HTTP (store.entity, co-mentions over every report): ${describeLatency(storeProfile)}; ratio API cold/store p95 ${(entity.p95 / storeProfile.p95).toFixed(2)}×`);
} else {
  line('GET /api/entities/{id}: no entities in this corpus (the analyzer has no entity stage)');
}

// 4. the other pages the UI opens
const facets = await timeCalls(queries.slice(0, 100), (q) => get(`/api/search/facets?q=${encodeURIComponent(q.request.query)}`));
line(`GET /api/search/facets: ${describeLatency(facets)}`);
line(`GET /api/reports (latest stories, the UI's first page): ${describeLatency(await timeCalls(Array.from({ length: 100 }, (_, i) => (i % 10) * 10), (offset) => get(`/api/reports?offset=${offset}`)))}`);
const reportIds = Array.from({ length: 200 }, () => 1 + Math.floor(rng() * reports));
line(`GET /api/reports/{id}: ${describeLatency(await timeCalls(reportIds, (id) => get(`/api/reports/${id}`)))}`);
const eventFilters = ['', '?type=CONSULT', '?country=IRN', '?type=AGREE&limit=200', '?modality=negated'];
line(`GET /api/events: ${describeLatency(await timeCalls(Array.from({ length: 100 }, (_, i) => eventFilters[i % eventFilters.length]), (f) => get(`/api/events${f}`)))}`);

// 5. the UI's first load
let ui: Awaited<ReturnType<typeof measureFirstLoad>> | undefined;
if (!flags['skip-ui'] && existsSync('/usr/bin/chromium') && existsSync(join(webRoot, 'index.html'))) {
  ui = await measureFirstLoad(server.url + '/');
  line(`UI first load (empty cache, loopback, median of 5): load event ${ui.load} ms, first results shown ${ui.results} ms (worst ${ui.worst} ms)`);
}

line(JSON.stringify({ reports: stats.reports, entities: stats.entities, searchP50: search.p50, searchP95: search.p95, searchPeerP95: searchPeer.p95, entityP95, facetsP95: facets.p95, ui }));
await server.close();
await store.close();
// the generated input always goes; the corpus stays when it was named (--data) or asked for (--keep)
if (flags.keep || flags.data) line(`corpus kept in ${location}: rerun with --data ${location}`);
rmSync(flags.keep && !flags.data ? join(work, 'reports.jsonl') : work, { recursive: true, force: true });
