/**
 * Coded errors for misuse of the library (the first of three error tiers; content problems
 * become Doc messages, stage crashes go to the pipeline's error policy).
 *
 * Every code has one fixed explanation that tells the caller how to fix the call, in the
 * manner of spaCy's `errors.py`: `new KhabarError('E003', 'layer "tokens"')`.
 */
export const ERROR_TABLE = {
  E001: 'The input is not text: it contains NUL bytes or too many control characters. Pass UTF-8, UTF-16 or Windows-1256 text.',
  E002: 'The input could not be decoded with the requested encoding. Use --encoding utf-8|utf-16le|utf-16be|windows-1256, or omit it to detect.',
  E003: 'A stage requires a layer that no earlier stage assigns. Add the stage that assigns it before this one.',
  E004: 'Two stages assign the same layer. Remove one of them or rename its layer.',
  E005: 'An option has an invalid value. See the doc comment of the factory for the accepted values.',
  E006: 'A span is out of bounds or inverted. Spans are UTF-16 offsets into doc.text with 0 <= start <= end <= text.length.',
  E007: 'The lexicon data files are missing or unreadable. Reinstall the package or run `npm run data` to regenerate data/.',
  E008: 'The value is not a Khabar Doc. A Doc is a JSON object with a string `text`, `layers`, `messages` and `meta`.',
  E009: 'The input is too large for a single document. Split it, or use the streaming `normalize` command.',
  E010: 'The input is empty.',
} as const;

export type ErrorCode = keyof typeof ERROR_TABLE;

/** An error whose `code` identifies the misuse and whose message says how to fix it. */
export class KhabarError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string) {
    super(detail ? `[${code}] ${ERROR_TABLE[code]} (${detail})` : `[${code}] ${ERROR_TABLE[code]}`);
    this.name = 'KhabarError';
    this.code = code;
    this.detail = detail;
  }
}

/** True when `error` is a {@link KhabarError}, optionally with the given code. */
export function isKhabarError(error: unknown, code?: ErrorCode): error is KhabarError {
  return error instanceof KhabarError && (code === undefined || error.code === code);
}
