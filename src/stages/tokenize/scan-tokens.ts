import type { TokenKind } from '../../doc/doc.js';
import { isDigit, isLatinLetter, isPersianLetter, isPersianWordUnit, ZWNJ } from '../../text/characters.js';

/** A token found in the normalized text: offsets into that text. */
export interface ScannedToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const URL = /(?:https?:\/\/|www\.)[^\s«»"'<>()\[\]{}،؛]+/iy;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;
const HASHTAG = /#[\p{L}\p{N}_\u200c]+/uy;
const MENTION = /@[A-Za-z0-9_]+/y;
/** A number: digits with decimal/thousands/date/time separators between digits (۳٫۵، 1,000، ۱۴۰۲/۰۵/۱۲، ۱۲:۳۰). */
const NUMBER = /[0-9۰-۹٠-٩]+(?:[.,٫٬/:][0-9۰-۹٠-٩]+)*/y;
/** Letters and digits joined by hyphens with at least one digit: F-35، اف-۳۵، COVID-19، G7. */
const MIXED = /[\p{L}\p{N}\u200c]*(?:\p{L}[\p{L}\u200c]*-?[0-9۰-۹٠-٩]|[0-9۰-۹٠-٩]-?\p{L})[\p{L}\p{N}\u200c]*(?:-[\p{L}\p{N}\u200c]+)*/uy;
/** Abbreviations made of single letters each followed by a dot: ع. ، ه.ق. ، ج.ا.ا. */
const ABBREVIATION = /(?:[\u0621-\u064a\u067e-\u06cc]\.)+/y;
const EMOJI = /\p{Extended_Pictographic}(?:\ufe0f|\u200d\p{Extended_Pictographic}|[\u{1f3fb}-\u{1f3ff}])*/uy;

function matchAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** Trailing punctuation that ends a sentence rather than a URL. */
function trimUrl(text: string, start: number, end: number): number {
  while (end > start && '.,:;!?'.includes(text[end - 1])) end--;
  return end;
}

function wordEnd(text: string, at: number): number {
  let j = at;
  const n = text.length;
  const code = text.charCodeAt(at);
  if (isPersianLetter(code)) {
    while (j < n && isPersianWordUnit(text.charCodeAt(j))) j++;
    while (j > at + 1 && text.charCodeAt(j - 1) === ZWNJ) j--; // a stray half-space after the word is not part of it
    return j;
  }
  while (j < n) {
    const c = text.charCodeAt(j);
    if (isLatinLetter(c)) j++;
    else if ((c === 0x27 || c === 0x2019 || c === 0x2d) && isLatinLetter(text.charCodeAt(j + 1)) && j > at) j++; // O'Brien, Al-Qaeda
    else break;
  }
  return j;
}

/** Whether the run of letters, digits, half-spaces and hyphens at `at` has both a letter and a digit. */
function mixesLettersAndDigits(text: string, at: number, to: number): boolean {
  let letter = false;
  let digit = false;
  for (let j = at; j < to; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) digit = true;
    else if (isWordStart(c)) letter = true;
    else if (c !== 0x2d && c !== ZWNJ) break;
    if (letter && digit) return true;
  }
  return false;
}

function isWordStart(code: number): boolean {
  return isPersianLetter(code) || isLatinLetter(code);
}

/**
 * Splits normalized text into tokens: words with their half-spaces kept whole
 * (`همکاری‌های`), numbers with separators (`۳٫۵`، `1,000`، `۱۴۰۲/۰۵/۱۲`), mixed tokens (`F-35`،
 * `اف-۳۵`), URLs, e-mails, hashtags, mentions, emoji, single-letter abbreviations (`ه.ق.`),
 * and punctuation one mark at a time (a run of the same mark, `...` or `!!`, stays one token).
 * White space and stray half-spaces separate tokens and are not tokens.
 */
export function scanTokens(text: string, from = 0, to = text.length): ScannedToken[] {
  const tokens: ScannedToken[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === ZWNJ || code === 0x09 || code === 0x0d) {
      i++;
      continue;
    }
    let end = -1;
    let kind: TokenKind = 'word';
    if (code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57) {
      end = matchAt(URL, text, i);
      if (end > 0) {
        end = trimUrl(text, i, end);
        kind = 'url';
      }
    }
    if (end < 0 && (isLatinLetter(code) || isDigit(code)) && text.indexOf('@', i) >= 0) {
      end = matchAt(EMAIL, text, i);
      if (end > 0) kind = 'email';
    }
    if (end < 0 && code === 0x23) {
      end = matchAt(HASHTAG, text, i);
      if (end > i + 1) kind = 'hashtag';
      else end = -1;
    }
    if (end < 0 && code === 0x40) {
      end = matchAt(MENTION, text, i);
      if (end > i + 1) kind = 'mention';
      else end = -1;
    }
    if (end < 0 && (isWordStart(code) || isDigit(code)) && mixesLettersAndDigits(text, i, to)) {
      end = matchAt(MIXED, text, i);
      if (end > 0) kind = 'mixed';
    }
    if (end < 0 && isDigit(code)) {
      end = matchAt(NUMBER, text, i);
      kind = 'number';
    }
    if (end < 0 && isPersianLetter(code) && text.charCodeAt(i + 1) === 0x2e) {
      end = matchAt(ABBREVIATION, text, i);
      // a one-letter word ending a sentence (`ویتامین ث.`) is not an abbreviation
      if (end > 0 && (end >= to || text.charCodeAt(end) === 0x0a)) end = -1;
      if (end > 0) kind = 'word';
    }
    if (end < 0 && isWordStart(code)) {
      end = wordEnd(text, i);
      kind = 'word';
    }
    if (end < 0 && code >= 0xd800 && code <= 0xdbff) {
      end = matchAt(EMOJI, text, i);
      if (end > 0) kind = 'emoji';
      else {
        end = i + 2;
        kind = 'symbol';
      }
    }
    if (end < 0) {
      end = matchAt(EMOJI, text, i);
      if (end > 0) kind = 'emoji';
    }
    if (end < 0) {
      end = i + 1;
      while (end < to && text.charCodeAt(end) === code && !isDigit(code)) end++;
      kind = /[\p{P}]/u.test(text[i]) ? 'punct' : 'symbol';
    }
    end = Math.min(end, to);
    tokens.push({ start: i, end, kind });
    i = end;
  }
  return tokens;
}
