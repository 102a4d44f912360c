import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_REPORTS } from './sample-reports.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'khabar.js');

function khabar(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, KHABAR_DATABASE_URL: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the corpus commands', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-cli-corpus-'));
  const data = join(dir, 'data');
  const jsonl = join(dir, 'reports.jsonl');

  beforeAll(() => {
    writeFileSync(jsonl, SAMPLE_REPORTS.map((r) => JSON.stringify({ text: r.text, title: r.title, source: r.source, published: r.published })).join('\n') + '\n{"title":"no text"}\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
  });

  it('ingests, reports a bad input by name and reason, and goes on', () => {
    const result = khabar(['ingest', jsonl, join(dir, 'binary.txt'), '--data', data, '--threads', '1', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ read: SAMPLE_REPORTS.length, added: SAMPLE_REPORTS.length, problems: 2 });
    expect(result.stderr).toContain(`skipped ${jsonl}:6: \`text\` is required`);
    expect(result.stderr).toMatch(/skipped .*binary\.txt: \[E001\]/);
    expect(result.stderr).toMatch(/ingest: 5\/5/);
  });

  it('adds nothing when the same reports come again, from standard input', () => {
    const result = khabar(['ingest', '--data', data, '--json'], readFileSync(jsonl, 'utf8'));
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 0, known: SAMPLE_REPORTS.length });
  });

  it('searches in any spelling and prints {total, hits}', () => {
    const spaced = JSON.parse(khabar(['search', 'همکاری', 'های', '--json', '--all', '--data', data]).stdout);
    const joined = JSON.parse(khabar(['search', 'همكاريهاي', '--json', '--all', '--data', data]).stdout);
    expect(spaced.total).toBe(2);
    expect(joined.hits.map((h: { id: number }) => h.id).sort()).toEqual(spaced.hits.map((h: { id: number }) => h.id).sort());
    expect(Object.keys(spaced.hits[0])).toEqual(expect.arrayContaining(['id', 'title', 'published', 'source', 'snippet', 'score']));
    expect(khabar(['search', 'همکاری', '--data', data]).stdout).toMatch(/^1 stories\n1\. .*2 copies/);
  });

  it('prints stats as JSON', () => {
    const stats = JSON.parse(khabar(['stats', '--json', '--data', data]).stdout);
    expect(Object.keys(stats)).toEqual(['reports', 'entities', 'quotes', 'events', 'clusters']);
    expect(stats).toMatchObject({ reports: 5, clusters: 1 });
  });

  it.each([
    ['jsonl', (out: string) => expect(out.trim().split('\n').map((l) => JSON.parse(l).text)).toEqual(SAMPLE_REPORTS.map((r) => r.text))],
    ['csv', (out: string) => expect(out.split('\r\n')[0]).toBe('id,title,published,source,url,author,cluster_id,origin,chars,tokens')],
    ['conllu', (out: string) => expect(out).toMatch(/^# newdoc id = r1\n# sent_id = r1-1\n# text = /)],
    ['plover', (out: string) => expect(out.split('\n').filter(Boolean).every((l) => /^[A-Z]+$/.test(JSON.parse(l).event_type))).toBe(true)],
  ])('exports %s', (format, check) => {
    const result = khabar(['export', '--format', format, '--data', data]);
    expect(result.status).toBe(0);
    check(result.stdout);
  });

  it('says so when an entity is unknown, and refuses bad usage', () => {
    const missing = khabar(['entity', 'کسی', '--data', data]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(khabar(['export', '--format', 'xml', '--data', data]).status).toBe(2);
    expect(khabar(['search', '--data', data]).status).toBe(2);
  });

  it('fails in one line when the store cannot be reached', () => {
    const result = khabar(['stats', '--data', 'postgres://nobody@127.0.0.1:9/none']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^khabar: cannot open the corpus at postgres:\/\/\*\*\*@127\.0\.0\.1:9\/none/);
  });

  it('queues with --enqueue-only and lets `khabar worker` do the analysis', () => {
    const shared = join(dir, 'shared');
    const queued = khabar(['ingest', jsonl, '--enqueue-only', '--data', shared, '--json']);
    expect(JSON.parse(queued.stdout)).toMatchObject({ queued: SAMPLE_REPORTS.length, added: 0 });
    expect(JSON.parse(khabar(['stats', '--json', '--data', shared]).stdout).reports).toBe(0);
    const worked = khabar(['worker', '--data', shared, '--threads', '1', '--json']);
    expect(JSON.parse(worked.stdout)).toEqual({ added: SAMPLE_REPORTS.length, duplicates: 0, failed: 0 });
    expect(JSON.parse(khabar(['stats', '--json', '--data', shared]).stdout).reports).toBe(SAMPLE_REPORTS.length);
  });
});
