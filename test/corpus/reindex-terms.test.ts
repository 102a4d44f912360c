import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/corpus/store/open-store.js';
import { SQLITE_FILE } from '../../src/corpus/store/sqlite/sqlite-dialect.js';
import { SAMPLE_REPORTS } from './sample-reports.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');
const khabar = (args: string[]): { status: number | null; stdout: string; stderr: string } =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, KHABAR_DATABASE_URL: '' } });

/** Takes a store back to schema version 1, as a corpus built before the document frequencies were. */
function downgradeToVersion1(data: string): void {
  const db = new Database(join(data, SQLITE_FILE));
  db.exec(`DROP TABLE corpus_terms; DROP TABLE corpus_terms_total; DROP INDEX reports_terms_uncounted;
    ALTER TABLE reports DROP COLUMN terms_counted; ALTER TABLE events DROP COLUMN inferred; DROP TABLE inferred_pending;
    DELETE FROM khabar_schema WHERE version >= 2`);
  db.close();
}

describe('a corpus stored before schema version 2', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-reindex-'));
  const data = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is upgraded uncounted, and `khabar reindex-terms` counts it as ingesting would have, once', async () => {
    const jsonl = join(dir, 'reports.jsonl');
    writeFileSync(jsonl, SAMPLE_REPORTS.map((r) => JSON.stringify({ text: r.text, title: r.title, source: r.source, published: r.published })).join('\n'));
    expect(khabar(['ingest', jsonl, '--data', data, '--threads', '1', '--json']).status).toBe(0);
    let store = await openStore(data);
    const ingested = await store.termFrequency();
    await store.close();
    expect(ingested.documents).toBe(SAMPLE_REPORTS.length);

    downgradeToVersion1(data);
    store = await openStore(data); // migrates to version 2 (and on): nothing counted yet
    expect(await store.termReports()).toBe(0);
    await store.close();

    const first = khabar(['reindex-terms', '--data', data, '--json']);
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toEqual({ counted: ingested.documents, reports: ingested.documents });
    expect(JSON.parse(khabar(['reindex-terms', '--data', data, '--json']).stdout)).toEqual({ counted: 0, reports: ingested.documents });
    expect(khabar(['reindex-terms', '--data', data]).stdout).toBe(`0 reports counted; keyphrase statistics now count ${ingested.documents} reports (they are used from 100)\n`);
    store = await openStore(data);
    try {
      expect(await store.termFrequency()).toEqual(ingested);
    } finally {
      await store.close();
    }
  });
});
