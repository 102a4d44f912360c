import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createRng, generateStory, reportFileText } from '../../bench/corpus/generate-reports.js';
import { SQLITE_FILE } from '../../src/corpus/store/sqlite/sqlite-dialect.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');
const REPORTS = 160;

function corpus(): { root: string; input: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-crash-'));
  const input = join(dir, 'input');
  mkdirSync(input);
  const rng = createRng(99);
  for (let i = 0; i < REPORTS; i++) writeFileSync(join(input, `r${String(i).padStart(4, '0')}.txt`), reportFileText(generateStory(rng, i, [], 1500), rng));
  return { root: dir, input, data: join(dir, 'data') };
}

function storedReports(data: string): number {
  try {
    const db = new Database(join(data, SQLITE_FILE), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

async function killWhen(child: ChildProcess, ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!ready() && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** Everything about the store that must hold whatever moment a run was killed at. */
function checkIntact(data: string): void {
  const db = new Database(join(data, SQLITE_FILE), { readonly: true });
  try {
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
    const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT COUNT(*) FROM reports')).toBe(REPORTS);
    expect(count('SELECT COUNT(DISTINCT content_hash) FROM reports')).toBe(REPORTS);
    expect(count('SELECT COUNT(*) FROM report_docs')).toBe(REPORTS);
    expect(count('SELECT COUNT(*) FROM reports WHERE id NOT IN (SELECT report_id FROM report_bands)')).toBe(0);
    expect(count('SELECT COUNT(*) FROM ingest_jobs')).toBe(0);
    expect(count(`SELECT COUNT(*) FROM report_search WHERE report_search MATCH '"وزیر" OR "گفت" OR "کشور"'`)).toBeGreaterThan(0);
  } finally {
    db.close();
  }
}

function ingest(input: string, data: string, threads = '1'): ChildProcess {
  return spawn(process.execPath, [BIN, 'ingest', input, '--data', data, '--threads', threads], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('a run killed with SIGKILL', { timeout: 240_000 }, () => {
  it.each([
    ['mid-ingest, after some reports were stored', (data: string) => storedReports(data) >= 30],
    ['while starting, before anything was stored', () => true],
  ])('%s leaves nothing half-written, and the next run finishes the job', async (_, ready) => {
    const { root, input, data } = corpus();
    try {
      const first = ingest(input, data);
      await killWhen(first, () => ready(data));
      const stored = storedReports(data);
      expect(stored).toBeLessThan(REPORTS);
      const second = spawnSync(process.execPath, [BIN, 'ingest', input, '--data', data, '--threads', '2', '--json'], { encoding: 'utf8' });
      expect(second.status).toBe(0);
      const summary = JSON.parse(second.stdout);
      expect(summary.added).toBe(REPORTS - stored);
      checkIntact(data);
      const third = spawnSync(process.execPath, [BIN, 'ingest', input, '--data', data, '--json'], { encoding: 'utf8' });
      expect(JSON.parse(third.stdout)).toMatchObject({ added: 0, queued: 0, known: REPORTS });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
