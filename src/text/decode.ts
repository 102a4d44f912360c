import { KhabarError } from '../doc/errors.js';

/** Encodings Khabar reads; anything else is refused with E002. */
export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export const INPUT_ENCODINGS: readonly InputEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'];

/** How many bytes of the start are inspected to guess the encoding. */
export const SNIFF_BYTES = 64 * 1024;

function utf16Guess(bytes: Uint8Array): InputEncoding | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  // Persian in UTF-16 has 0x06 high bytes, not zeros, so look at the 0x06 share too
  let sixEven = 0;
  let sixOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0x06) sixEven++;
    if (bytes[i + 1] === 0x06) sixOdd++;
  }
  if ((zeroOdd + sixOdd) / pairs > 0.6 && zeroEven / pairs < 0.05 && zeroOdd + sixOdd > 2 * (zeroEven + sixEven)) return 'utf-16le';
  if ((zeroEven + sixEven) / pairs > 0.6 && zeroOdd / pairs < 0.05 && zeroEven + sixEven > 2 * (zeroOdd + sixOdd)) return 'utf-16be';
  return undefined;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Whether the bytes look like binary data rather than text: NUL bytes or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * Guesses the encoding of the start of an input: a byte-order mark, then UTF-16 by its byte
 * pattern, then UTF-8 if the bytes are valid UTF-8, else Windows-1256 (common in older Persian
 * archives). Returns also how many BOM bytes to skip.
 * @throws KhabarError E001 for binary input.
 */
export function sniffEncoding(head: Uint8Array): { encoding: InputEncoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const utf16 = utf16Guess(head);
  if (utf16) return { encoding: utf16, bom: 0 };
  if (looksBinary(head)) throw new KhabarError('E001');
  // a multi-byte character may be cut at the end of the sniffed head: drop up to 3 bytes
  const trimmed = head.length > 3 && head.length >= SNIFF_BYTES ? head.subarray(0, head.length - 3) : head;
  return { encoding: validUtf8(trimmed) ? 'utf-8' : 'windows-1256', bom: 0 };
}

/** The part of the WHATWG TextDecoder Khabar uses (typed here so the core needs no DOM types). */
export interface StreamDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** A streaming decoder that refuses invalid UTF-8 instead of inventing replacement characters. */
export function createDecoder(encoding: InputEncoding): StreamDecoder {
  if (!INPUT_ENCODINGS.includes(encoding)) throw new KhabarError('E002', `unknown encoding ${encoding}`);
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8' || encoding.startsWith('utf-16'), ignoreBOM: true });
}

/**
 * Decodes a whole input: `decodeBytes(bytes)` → `{text, encoding}`; `encoding` forces one.
 * @throws KhabarError E001 (binary), E002 (invalid for the encoding), E010 (empty).
 */
export function decodeBytes(bytes: Uint8Array, encoding?: InputEncoding): { text: string; encoding: InputEncoding } {
  if (bytes.length === 0) throw new KhabarError('E010');
  const sniffed = sniffEncoding(bytes.subarray(0, SNIFF_BYTES));
  const chosen = encoding ?? sniffed.encoding;
  const body = encoding && encoding !== sniffed.encoding ? bytes : bytes.subarray(sniffed.bom);
  let text: string;
  try {
    text = createDecoder(chosen).decode(body);
  } catch (error) {
    // valid UTF-8 at the start but not later: an old archive in Windows-1256 with a UTF-8 header
    if (encoding || chosen !== 'utf-8') throw new KhabarError('E002', `${chosen}: ${(error as Error).message}`);
    return decodeBytes(bytes, 'windows-1256');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) throw new KhabarError('E001');
  return { text, encoding: chosen };
}
