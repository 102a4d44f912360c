import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../src/api/app.js';
import { openApiStore } from '../../src/api/store/open-api-store.js';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import type { RawReport } from '../../src/corpus/ingest/raw-report.js';
import type { CorpusStore } from '../../src/corpus/store/store.js';
import { seedExamples } from '../../src/api/seed-examples.js';
import type { Pipeline } from '../../src/pipeline/pipeline.js';
import { SAMPLE_REPORTS } from '../corpus/sample-reports.js';
import { type Backend, SQLITE_BACKEND, testPipeline } from '../corpus/store-fixture.js';

/** An app over a fresh SQLite corpus in a temporary folder, and how to take it down. */
export interface TestApi {
  app: Hono;
  store: CorpusStore;
  pipeline: Pipeline;
  location: string;
  close(): Promise<void>;
}

/** Options of {@link openTestApi}. */
export type TestApiOptions = Partial<Omit<AppOptions, 'store' | 'reads' | 'pipeline'>> & {
  pipeline?: Pipeline;
  /** Reports to store; default the corpus tests' sample reports. */
  reports?: RawReport[];
  /** Also ingest the bundled `examples/reports`, as a first start does. */
  examples?: boolean;
  /** Where the corpus lives; default a fresh SQLite folder (see `backends()` for PostgreSQL). */
  backend?: Backend;
};

/**
 * Opens a fresh corpus holding `reports` (by default the corpus tests' sample reports, annotated by
 * their stand-in entity, quote and event stage) and an app over it, without the web UI unless asked.
 */
export async function openTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const pipeline = options.pipeline ?? testPipeline();
  // the backend's own fixture makes (and later drops) a fresh database; the API opens it its own way
  const fresh = await (options.backend ?? SQLITE_BACKEND).open(pipeline);
  await fresh.store.close();
  const { location, cleanup } = fresh;
  const { store, reads } = await openApiStore(location, pipeline);
  if (options.examples) await seedExamples(store, undefined, { threads: 0, pipeline });
  const outcomes = await store.save((options.reports ?? SAMPLE_REPORTS).map((raw) => prepareReport(pipeline, raw)));
  const failed = outcomes.find((outcome) => outcome instanceof Error);
  if (failed) throw failed;
  const { examples: _examples, reports: _reports, backend: _backend, ...appOptions } = options;
  const app = createApp({ webRoot: false, ...appOptions, store, reads, pipeline });
  return {
    app, store, pipeline, location,
    async close() {
      await store.close();
      await cleanup();
    },
  };
}

/** A JSON POST for `app.request`. */
export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) };
}
