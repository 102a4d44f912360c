import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'khabar.js');
const Z = '\u200c';

function khabar(args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const result = spawnSync(process.execPath, [BIN, ...args], { input: bytes, maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'khabar-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('khabar normalize', () => {
  it('writes one output line per input line, in order, from stdin', () => {
    const result = khabar(['normalize'], 'همكاريهاي بين المللي\n\nمي توانند\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`همکاری${Z}های بین${Z}المللی\n\nمی${Z}توانند\n`);
  });

  it('reads a file argument, with or without a BOM', () => {
    const path = tempFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('كتابها', 'utf8')]));
    expect(khabar(['normalize', path]).stdout).toBe(`کتاب${Z}ها\n`);
  });

  it('detects UTF-16 and Windows-1256', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ميتوانند', 'utf16le')]);
    expect(khabar(['normalize'], utf16).stdout).toBe(`می${Z}توانند\n`);
    // بررسی in Windows-1256
    const cp1256 = Buffer.from([0xc8, 0xd1, 0xd1, 0xd3, 0xed]);
    expect(khabar(['normalize'], cp1256).stdout).toBe('بررسی\n');
    expect(khabar(['normalize', '--encoding', 'windows-1256'], cp1256).stdout).toBe('بررسی\n');
  });

  it('refuses binary and empty input with exit 1 and one line on stderr', () => {
    const binary = khabar(['normalize'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00]));
    expect(binary.status).toBe(1);
    expect(binary.stderr.trim().split('\n')).toHaveLength(1);
    expect(binary.stderr).toMatch(/E001/);
    expect(khabar(['normalize'], '').status).toBe(1);
  });

  it('reports a missing file with exit 1 and usage errors with exit 2', () => {
    expect(khabar(['normalize', '/no/such/file']).status).toBe(1);
    expect(khabar(['normalize', '--digits', 'roman'], 'x').status).toBe(2);
    expect(khabar(['no-such-command']).status).toBe(2);
  });

  it('prints help for every command', () => {
    for (const command of ['normalize', 'tokenize', 'analyze', 'demo']) {
      const result = khabar([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Usage: khabar/);
    }
  });
});

describe('khabar tokenize', () => {
  it('prints one token per line and a blank line between sentences', () => {
    expect(khabar(['tokenize'], 'او آمد. ما رفتيم').stdout).toBe('او\nآمد\n.\n\nما\nرفتیم\n\n');
  });

  it('gives original offsets with --json', () => {
    const input = 'سطر اول\nمي روند';
    const lines = khabar(['tokenize', '--json'], input).stdout.trim().split('\n').map((line) => JSON.parse(line));
    const last = lines[1].tokens[0];
    expect(last.norm).toBe(`می${Z}روند`);
    expect(input.slice(last.start, last.end)).toBe('مي روند');
  });
});

describe('khabar analyze', () => {
  it('prints the Doc with the original text as JSON', () => {
    const input = 'وزير  خارجه گفت: «ما آماده ايم.»';
    const doc = JSON.parse(khabar(['analyze', '--json'], input).stdout);
    expect(doc.text).toBe(input);
    expect(doc.norm.text).toBe(`وزیر خارجه گفت: «ما آماده${Z}ایم.»`);
    expect(doc.layers.sentences).toHaveLength(1);
  });

  it('without --json prints a readable account: people, quotes with speakers, events', () => {
    const input = 'به گزارش ایسنا، سرگئی لاوروف وزیر خارجه روسیه روز دوشنبه در مسکو با وزیر خارجه ترکیه دیدار کرد.\nلاوروف گفت: «همکاری دو کشور ادامه دارد.»';
    const result = khabar(['analyze'], input);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^people:\n {2}سرگئی لاوروف \[PER\] وزیر خارجه/m);
    // a colon quote in « » is the words inside them
    expect(result.stdout).toMatch(/^quotes:\n {2}سرگئی لاوروف \(گفت, direct\): همکاری دو کشور ادامه دارد\.$/m);
    expect(result.stdout).toMatch(/^events:\n {2}CONSULT سرگئی لاوروف RUS/m);
  });

  it('marks the events the learned model inferred, one line for each inferred event of --json', () => {
    const report = join(import.meta.dirname, '..', 'examples', 'reports', 'conflict-03.txt');
    const doc = JSON.parse(khabar(['analyze', '--json', report]).stdout) as { layers: { events: { inferred?: boolean }[] } };
    const inferred = doc.layers.events.filter((e) => e.inferred).length;
    expect(inferred).toBeGreaterThan(0);
    const text = khabar(['analyze', report]).stdout;
    expect(text.match(/^ {2}[A-Z]+ \(inferred\) /gm)?.length).toBe(inferred);
  });

  it('resolves relative dates against --published, given in Persian or ISO', () => {
    const input = 'سفیر دیروز به وزارتخانه احضار شد.';
    const yesterday = (args: string[]) => {
      const doc = JSON.parse(khabar(['analyze', '--json', ...args], input).stdout);
      return doc.layers.entities.find((e: { canonical: string }) => e.canonical === 'دیروز')?.attributes.value;
    };
    expect(yesterday(['--published', '۱۴۰۴/۰۸/۱۲'])).toBe('2025-11-02');
    expect(yesterday(['--published', '2025-11-03'])).toBe('2025-11-02');
    expect(yesterday([])).toBeUndefined();
    const dated = JSON.parse(khabar(['analyze', '--json'], `تهران- ایرنا- ۱۲ آبان ۱۴۰۴ ${input}`).stdout);
    expect(dated.meta.published).toBe('2025-11-03'); // no --published: the date in the opening, as ingest reads it
    const bad = khabar(['analyze', '--published', 'next tuesday'], input);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/expected a date/);
  });
});
