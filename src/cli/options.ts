import { type Command, Option } from 'commander';
import { INPUT_ENCODINGS, type InputEncoding } from '../text/decode.js';

export interface InputOptions {
  encoding?: InputEncoding;
}

/** Adds `--encoding` (utf-8, utf-16le, utf-16be, windows-1256; detected when omitted). */
export function encodingOption(command: Command): Command {
  return command.addOption(new Option('--encoding <name>', 'input encoding (detected when omitted)').choices(INPUT_ENCODINGS as string[]));
}

/** Largest input `analyze` reads at once; `normalize` and `tokenize` stream any size. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
