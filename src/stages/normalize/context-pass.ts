import { AlignedBuffer } from '../../doc/aligned-buffer.js';
import { digitValue, isDigit, isLatinLetter, isPersianLetter, joinsLeft, ZWNJ } from '../../text/characters.js';
import { restorePhrase } from './half-space/phrase-pass.js';
import type { HalfSpaceRestorers, PhraseRestorer } from './half-space/restore-phrase.js';
import type { ResolvedNormalizeOptions } from './options.js';
import { CLOSING, OPENING, persianMark, persianQuotePairs, spaceAfterClosing } from './punctuation.js';

const PROTECTED = /(?:https?:\/\/|www\.)[^\s\u200c\u0600-\u06ff«»"'<>()\[\]{}،؛]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gi;
const DIGIT_BASE = { persian: 0x06f0, latin: 0x30, arabic: 0x0660 } as const;

/** URLs and e-mail addresses: copied exactly, never respaced or re-digited. */
function protectedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (text.indexOf('@') < 0 && text.indexOf('www') < 0 && text.indexOf('http') < 0 && text.indexOf('WWW') < 0 && text.indexOf('HTTP') < 0) return ranges;
  for (const match of text.matchAll(PROTECTED)) {
    let end = match.index + match[0].length;
    while (end > match.index && '.,:;!?'.includes(text[end - 1])) end--;
    ranges.push([match.index, end]);
  }
  return ranges;
}

/** Whether the line `[from, to)` has a half-space between a joining letter and a letter: its writer uses them. */
function usesHalfSpaces(codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from + 1; i + 1 < to; i++) {
    if (codes[i] === ZWNJ && joinsLeft(codes[i - 1]) && isPersianLetter(codes[i + 1])) return true;
  }
  return false;
}

/** The end of the number starting at `i`: digits with single separators between digits. */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    if (isDigit(text.charCodeAt(j))) j++;
    else if ('.,٫٬/:'.includes(text[j]) && isDigit(text.charCodeAt(j + 1)) && j > i) j++;
    else break;
  }
  return j;
}

/** Whether the number `[i, j)` belongs to Latin text (`F-35`، `COVID-19`، `5G`) and keeps Latin digits. */
function latinNumber(text: string, i: number, j: number): boolean {
  const before = text.charCodeAt(i - 1) === 0x2d ? text.charCodeAt(i - 2) : text.charCodeAt(i - 1);
  const after = text.charCodeAt(j) === 0x2d ? text.charCodeAt(j + 1) : text.charCodeAt(j);
  return isLatinLetter(before) || isLatinLetter(after);
}

/**
 * The context pass of normalization over the character-folded text: restores half-spaces in
 * runs of Persian words, converts digits by policy, Persian punctuation and quotes, and spacing
 * around punctuation, brackets and guillemets. `source` is the character pass's output.
 */
export function contextPass(source: AlignedBuffer, options: ResolvedNormalizeOptions, restorers: HalfSpaceRestorers | undefined, originalLength: number): AlignedBuffer {
  const text = source.toString();
  const codes = source.codes;
  const n = source.length;
  const out = new AlignedBuffer(n + 64);
  const ranges = protectedRanges(text);
  const quotes = options.punctuation ? persianQuotePairs(text) : new Map<number, number>();
  let range = 0;
  let i = 0;
  let lineEnd = -1;
  let restorer: PhraseRestorer | undefined;
  const lastOut = (): number => (out.length > 0 ? out.codes[out.length - 1] : 0x0a);
  while (i < n) {
    if (range < ranges.length && ranges[range][0] === i) {
      for (; i < ranges[range][1]; i++) out.copyFrom(source, i);
      range++;
      continue;
    }
    if (i > lineEnd && restorers) {
      lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = n;
      restorer = usesHalfSpaces(codes, i, lineEnd) ? restorers.careful : restorers.full;
    }
    const c = codes[i];
    if (isPersianLetter(c) && restorer) {
      i = restorePhrase(source, text, i, out, restorer, originalLength);
      continue;
    }
    if (c === ZWNJ) {
      // kept only between a joining letter and a letter; a stray one goes
      if (!restorer && joinsLeft(lastOut()) && isPersianLetter(codes[i + 1]) && lastOut() !== ZWNJ) out.copyFrom(source, i);
      i++;
      continue;
    }
    if (isDigit(c)) {
      const j = numberEnd(text, i);
      const keep = options.digits === 'keep' || latinNumber(text, i, j);
      for (let k = i; k < j; k++) {
        const value = digitValue(codes[k]);
        const code = keep || value < 0 ? codes[k] : DIGIT_BASE[options.digits as keyof typeof DIGIT_BASE] + value;
        out.copyFrom(source, k, code);
      }
      i = j;
      continue;
    }
    if (!options.punctuation) {
      out.copyFrom(source, i++);
      continue;
    }
    const mark = quotes.get(i) ?? persianMark(text, i);
    if (CLOSING.has(mark)) {
      if (lastOut() === 0x20 && out.length >= 2 && out.codes[out.length - 2] !== 0x0a && !OPENING.has(out.codes[out.length - 2])) out.length--;
      out.copyFrom(source, i, mark);
      if (spaceAfterClosing(text, i, mark)) out.insertBefore(source, i + 1, 0x20, originalLength);
      i++;
      continue;
    }
    if (OPENING.has(mark)) {
      const before = lastOut();
      if (before !== 0x20 && before !== 0x0a && !OPENING.has(before) && (isPersianLetter(before) || isLatinLetter(before) || isDigit(before) || CLOSING.has(before) || before === ZWNJ)) {
        if (!(mark === 0x28 && isLatinLetter(before))) out.insertBefore(source, i, 0x20, originalLength);
      }
      out.copyFrom(source, i, mark);
      i++;
      while (i < n && codes[i] === 0x20) i++;
      continue;
    }
    out.copyFrom(source, i, mark);
    i++;
  }
  return out;
}
