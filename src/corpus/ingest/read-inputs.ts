import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { decodeBytes } from '../../text/decode.js';
import { readFeed, looksLikeFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonLine } from './read-json.js';
import type { IngestProblem, RawReport, ReadResult } from './raw-report.js';
import { readTextReport } from './read-text-report.js';

/** What reading inputs yields: a report, or a problem with one input or item (reported, then skipped). */
export type InputItem = { report: RawReport } | { problem: IngestProblem };

/** The formats ingest reads. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'feed';

/** Largest file read whole (JSON Lines are streamed, any size). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** The format of an input: by its extension, else by its first characters. */
export function inputFormat(name: string, head: string): InputFormat {
  const byExtension = EXTENSIONS[extname(name).toLowerCase()];
  if (byExtension) return byExtension;
  if (looksLikeFeed(head)) return 'feed';
  if (/^\s*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head)) return 'html';
  if (/^\s*\{/.test(head) && /\}[ \t\r]*\n\s*\{/.test(head)) return 'jsonl';
  if (/^\s*[[{]/.test(head)) return 'json';
  return 'text';
}

function oneReport(read: () => RawReport, origin: string): ReadResult {
  try {
    return { reports: [read()], problems: [] };
  } catch (error) {
    return { reports: [], problems: [{ origin, reason: (error as Error).message }] };
  }
}

/** Reads one whole input's bytes in the given (or sniffed) format. Never throws: problems are returned. */
export function readBytes(bytes: Uint8Array, origin: string, format?: InputFormat): ReadResult {
  let text: string;
  try {
    text = decodeBytes(bytes).text;
  } catch (error) {
    return { reports: [], problems: [{ origin, reason: (error as Error).message }] };
  }
  switch (format ?? inputFormat(origin, text.slice(0, 64 * 1024))) {
    case 'html': return oneReport(() => readHtml(text, origin), origin);
    case 'feed': return readFeed(text, origin);
    case 'json': return readJson(text, origin);
    case 'jsonl': {
      const result: ReadResult = { reports: [], problems: [] };
      text.split('\n').forEach((line, i) => {
        const read = readJsonLine(line, `${origin}:${i + 1}`);
        if (read) result.reports.push(...read.reports), result.problems.push(...read.problems);
      });
      return result;
    }
    case 'text': return oneReport(() => {
      if (text.trim() === '') throw new Error('the file is empty');
      return readTextReport(text, origin);
    }, origin);
  }
}

async function* yieldResult(result: ReadResult): AsyncGenerator<InputItem> {
  for (const report of result.reports) yield { report };
  for (const problem of result.problems) yield { problem };
}

/** Streams a JSON Lines file line by line (UTF-8), so that its size does not matter. */
async function* readJsonLines(path: string): AsyncGenerator<InputItem> {
  let number = 0;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity })) {
    number++;
    const clean = number === 1 ? line.replace(/^\ufeff/, '') : line;
    if (clean.includes('\u0000')) {
      yield { problem: { origin: path, reason: 'binary data in a JSON Lines file' } };
      return;
    }
    const read = readJsonLine(clean, `${path}:${number}`);
    if (read) yield* yieldResult(read);
  }
}

async function* readPath(path: string): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { problem: { origin: path, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (error as Error).message } };
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) if (entry.isDirectory() || entry.isFile()) yield* readPath(join(path, entry.name));
    return;
  }
  if (inputFormat(path, '') === 'jsonl') return yield* readJsonLines(path);
  if (info.size > MAX_FILE_BYTES) {
    yield { problem: { origin: path, reason: `larger than ${MAX_FILE_BYTES} bytes (split it, or use JSON Lines)` } };
    return;
  }
  try {
    yield* yieldResult(readBytes(await readFile(path), path));
  } catch (error) {
    yield { problem: { origin: path, reason: (error as Error).message } };
  }
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_FILE_BYTES) throw new Error(`standard input is larger than ${MAX_FILE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads every input — files of any supported format, directories (recursively, in name order, hidden
 * files skipped) and `-` for standard input (format sniffed) — yielding reports and problems as it
 * goes, so memory stays bounded. Never throws for a bad input: it becomes a problem.
 */
export async function* readInputs(paths: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path !== '-') {
      yield* readPath(path);
      continue;
    }
    try {
      yield* yieldResult(readBytes(await readStream(stdin), 'stdin'));
    } catch (error) {
      yield { problem: { origin: 'stdin', reason: (error as Error).message } };
    }
  }
}
