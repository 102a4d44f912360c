import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { createAnalyzer } from '../../src/pipeline/analyze.js';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/corpus/store/open-store.js';
import type { CorpusStore } from '../../src/corpus/store/store.js';
import { createTestAnnotationStage } from './annotate-stage.js';

/** The PostgreSQL server the contract tests use, if any. */
export const PG_URL = process.env.KHABAR_TEST_PG_URL;

/** The analyzer with the test stand-in for entities, quotes and events (replacing real ones, for fixed results). */
export function testPipeline(): Pipeline {
  const annotations = createTestAnnotationStage();
  const base = createAnalyzer(loadLexicons()).stages.filter((stage) => !stage.assigns.some((layer) => annotations.assigns.includes(layer)));
  return createPipeline([...base, annotations]);
}

/** One backend under test: how to open a fresh, empty store and how to clean up after it. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  open(pipeline: Pipeline): Promise<{ store: CorpusStore; location: string; cleanup: () => Promise<void> }>;
}

export const SQLITE_BACKEND: Backend = {
  name: 'sqlite',
  async open(pipeline) {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-store-'));
    const location = join(dir, 'data');
    const store = await openStore(location, pipeline);
    return { store, location, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

let schemas = 0;

export const POSTGRES_BACKEND: Backend = {
  name: 'postgres',
  async open(pipeline) {
    const schema = `khabar_test_${process.pid}_${Date.now()}_${schemas++}`;
    const url = new URL(PG_URL ?? '');
    url.searchParams.set('schema', schema);
    const store = await openStore(url.toString(), pipeline);
    return {
      store,
      location: url.toString(),
      cleanup: async () => {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      },
    };
  },
};

/** The backends to run the contract against: SQLite always, PostgreSQL when `KHABAR_TEST_PG_URL` is set. */
export function backends(): Backend[] {
  return PG_URL ? [SQLITE_BACKEND, POSTGRES_BACKEND] : [SQLITE_BACKEND];
}

/**
 * Opens a fresh store on a backend for the tests of a `describe` block, seeds it, and closes and
 * removes it afterwards. Returns a getter for the store.
 */
export function useStore(backend: Backend, pipeline: Pipeline, seed: (store: CorpusStore) => Promise<unknown>): () => CorpusStore {
  let store: CorpusStore | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ store, cleanup } = await backend.open(pipeline));
    await seed(store);
  });
  afterAll(async () => {
    await store?.close();
    await cleanup?.();
  });
  return () => store as CorpusStore;
}
