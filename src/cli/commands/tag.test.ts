import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'khabar.js');

function khabar(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, maxBuffer: 1 << 26 });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

const rows = (stdout: string): string[][] => stdout.split('\n').filter(Boolean).map((line) => line.split('\t'));

describe('khabar tag', () => {
  it('tags running text: token, lemma, UPOS, entity, a blank line after each sentence', () => {
    const result = khabar(['tag'], 'سفیر ایران گفت که مذاکرات ادامه می‌یابد. او فردا برمی‌گردد.\n');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n\n').filter(Boolean)).toHaveLength(2);
    const table = rows(result.stdout);
    expect(table.every((row) => row.length === 4 && /^(O|[BI]-[A-Z]+)$/.test(row[3]))).toBe(true);
    expect(table.find((row) => row[0] === 'می‌یابد')?.slice(1, 3)).toEqual(['یافت', 'VERB']);
    expect(table.find((row) => row[0] === 'برمی‌گردد')?.[1]).toBe('گشت');
  });

  it('keeps one output line per input line with --pretokenized, blank lines included', () => {
    const input = 'کتاب\nهای\nش\nرا\nخواند\n.\n\n\nما\nرفته‌ایم\n';
    const result = khabar(['tag', '--pretokenized'], input);
    expect(result.status).toBe(0);
    const inLines = input.split('\n');
    const outLines = result.stdout.split('\n');
    expect(outLines).toHaveLength(inLines.length);
    outLines.forEach((line, i) => expect(line === '', `line ${i}`).toBe(inLines[i] === ''));
    outLines.forEach((line, i) => line && expect(line.split('\t')[0]).toBe(inLines[i]));
    expect(outLines[2].split('\t').slice(1, 3)).toEqual(['او', 'PRON']);
    expect(outLines[9].split('\t')[1]).toBe('رفت');
  });

  it('reads a file without a final newline and a sentence longer than the batch size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-tag-'));
    const path = join(dir, 'tokens.txt');
    writeFileSync(path, Array.from({ length: 2500 }, (_, i) => (i % 2 ? 'کتاب' : 'خواند')).join('\n'));
    const result = khabar(['tag', '--pretokenized', path]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2500);
  });

  it('exits 1 with one line on stderr for empty or binary input, 2 for usage errors', () => {
    const empty = khabar(['tag', '--pretokenized'], '');
    expect(empty.status).toBe(1);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(khabar(['tag'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x00, 0x00])).status).toBe(1);
    expect(khabar(['tag', '/no/such/file']).status).toBe(1);
    expect(khabar(['tag', '--no-such-flag'], 'x').status).toBe(2);
    expect(khabar(['tag', '--help']).status).toBe(0);
  });
});
