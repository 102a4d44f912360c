import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { KhabarError } from '../doc/errors.js';
import { createDecoder, decodeBytes, type InputEncoding, looksBinary, type StreamDecoder, SNIFF_BYTES, sniffEncoding } from '../text/decode.js';

/** A file path, or `-`/undefined for standard input. */
export type InputSource = string | undefined;

function openSource(source: InputSource): Readable {
  return source === undefined || source === '-' ? process.stdin : createReadStream(source);
}

/**
 * Reads an input as text in bounded memory, yielding whole lines in batches (without their
 * `\n`; a final line without one is yielded too). The encoding is sniffed from the first 64 KiB
 * unless given.
 * @throws KhabarError E001 binary, E002 undecodable, E010 empty.
 */
export async function* readLineBatches(source: InputSource, encoding?: InputEncoding): AsyncGenerator<string[]> {
  const stream = openSource(source);
  let decoder: StreamDecoder | undefined;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let carry = '';
  let total = 0;
  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return (decoder as StreamDecoder).decode(bytes, { stream: !final });
    } catch {
      throw new KhabarError('E002', `invalid bytes near byte ${total}`);
    }
  };
  const start = (head: Buffer): string => {
    const sniffed = sniffEncoding(head);
    decoder = createDecoder(encoding ?? sniffed.encoding);
    return decode(encoding && encoding !== sniffed.encoding ? head : head.subarray(sniffed.bom), false);
  };
  const split = function* (text: string): Generator<string[]> {
    const lines = (carry + text).split('\n');
    carry = lines.pop() ?? '';
    if (lines.length > 0) yield lines;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (!decoder) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < SNIFF_BYTES) continue;
      yield* split(start(Buffer.concat(pending)));
      pending = [];
      continue;
    }
    if (chunk.includes(0) && looksBinary(chunk) && !(decoder.encoding ?? '').startsWith('utf-16')) throw new KhabarError('E001');
    yield* split(decode(chunk, false));
  }
  if (!decoder) {
    const head = Buffer.concat(pending);
    if (head.length === 0) throw new KhabarError('E010');
    yield* split(start(head));
  }
  carry += decode(new Uint8Array(0), true);
  if (carry.length > 0) yield [carry];
}

/**
 * Reads a whole input as one string (for `analyze`), refusing inputs over `maxBytes`.
 * @throws KhabarError E001, E002, E009 (too large), E010.
 */
export async function readText(source: InputSource, encoding: InputEncoding | undefined, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of openSource(source) as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new KhabarError('E009', `more than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return decodeBytes(Buffer.concat(chunks), encoding).text;
}
