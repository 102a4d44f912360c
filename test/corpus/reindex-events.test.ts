import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { prepareReport } from '../../src/corpus/ingest/prepare-report.js';
import { openStore } from '../../src/corpus/store/open-store.js';
import { SQLITE_FILE } from '../../src/corpus/store/sqlite/sqlite-dialect.js';
import { type Backend, backends, testPipeline } from './store-fixture.js';
import { SAMPLE_REPORTS } from './sample-reports.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');
const khabar = (args: string[]): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, KHABAR_DATABASE_URL: '' } });

/** Runs SQL on a store's database behind its back (SQLite file, or the PostgreSQL schema of its URL). */
async function runSql(backend: Backend, location: string, statements: string[]): Promise<void> {
  if (backend.name === 'sqlite') {
    const db = new Database(join(location, SQLITE_FILE));
    for (const statement of statements) db.exec(statement);
    db.close();
    return;
  }
  const url = new URL(location);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString(), options: `-c search_path=${schema}` });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Takes a store back to schema version 2, as a corpus built before events kept whether they were inferred. */
const DOWNGRADE_TO_VERSION_2 = ['ALTER TABLE events DROP COLUMN inferred', 'DROP TABLE inferred_pending', 'DELETE FROM khabar_schema WHERE version = 3'];

describe.each(backends())('a corpus stored before schema version 3: $name', { timeout: 120_000 }, (backend) => {
  it('is upgraded with its events read as not inferred, and `khabar reindex-events` reads the flags from the Docs, once', async () => {
    const pipeline = testPipeline();
    const { store: fresh, location, cleanup } = await backend.open(pipeline);
    try {
      await fresh.save(SAMPLE_REPORTS.map((raw) => prepareReport(pipeline, raw)));
      const saved = await fresh.events(0, 10);
      await fresh.close();
      expect(saved.map((event) => event.inferred)).toEqual([false, true]);

      await runSql(backend, location, DOWNGRADE_TO_VERSION_2);
      let store = await openStore(location, pipeline); // migrates to version 3: every older event reads false
      expect((await store.events(0, 10)).map((event) => event.inferred)).toEqual([false, false]);
      expect((await store.entity('هاکان فیدان'))!.events.map((event) => event.inferred)).toEqual([false, false]);
      await store.close();

      const first = khabar(['reindex-events', '--data', location, '--json']);
      expect(first.stderr).toBe('');
      expect(JSON.parse(first.stdout)).toEqual({ marked: 1 });
      expect(JSON.parse(khabar(['reindex-events', '--data', location, '--json']).stdout)).toEqual({ marked: 0 });
      store = await openStore(location, pipeline);
      try {
        expect(await store.events(0, 10)).toEqual(saved);
      } finally {
        await store.close();
      }
    } finally {
      await cleanup();
    }
  });
});
