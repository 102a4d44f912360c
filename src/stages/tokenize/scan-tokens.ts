import type { TokenKind } from '../../doc/doc.js';
import { isDigit, isLatinLetter, isPersianLetter, isPersianWordUnit, ZWNJ } from '../../text/characters.js';

/** A token found in the normalized text: offsets into that text. */
export interface ScannedToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const URL = /(?:https?:\/\/|www\.)[^\s\u200c\u0600-\u06ff«»"'<>()\[\]{}،؛]+/iy;
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
  let nextAt = text.indexOf('@', from); // where the next e-mail could be
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === ZWNJ || code === 0x09 || code === 0x0d) {
      i++;
      continue;
    }
    if (nextAt >= 0 && nextAt < i) nextAt = text.indexOf('@', i);
    const found = isPersianLetter(code) ? persianToken(text, i, to) : otherToken(text, i, to, nextAt >= 0);
    const end = Math.min(found.end, to);
    tokens.push({ start: i, end, kind: found.kind });
    i = end;
  }
  return tokens;
}

interface Found {
  end: number;
  kind: TokenKind;
}

/** A token starting with a Persian letter: a word, an abbreviation (`ه.ق.`) or a mixed token (`اف-۳۵`). */
function persianToken(text: string, i: number, to: number): Found {
  if (text.charCodeAt(i + 1) === 0x2e) {
    const end = matchAt(ABBREVIATION, text, i);
    // a one-letter word ending a sentence (`ویتامین ث.`) is not an abbreviation
    if (end > 0 && end < to && text.charCodeAt(end) !== 0x0a) return { end, kind: 'word' };
  }
  const end = wordEnd(text, i);
  const after = text.charCodeAt(end);
  if ((isDigit(after) || after === 0x2d) && mixesLettersAndDigits(text, i, to)) {
    const mixed = matchAt(MIXED, text, i);
    if (mixed > 0) return { end: mixed, kind: 'mixed' };
  }
  return { end, kind: 'word' };
}

const PUNCTUATION = /[\p{P}]/u;

/** Any other token: URL, e-mail, hashtag, mention, mixed, number, Latin word, emoji, punctuation, symbol. */
function otherToken(text: string, i: number, to: number, mayBeEmail: boolean): Found {
  const code = text.charCodeAt(i);
  const latin = isLatinLetter(code);
  const digit = isDigit(code);
  let end: number;
  if (code === 0x68 || code === 0x48 || code === 0x77 || code === 0x57) {
    end = matchAt(URL, text, i);
    if (end > 0) return { end: trimUrl(text, i, end), kind: 'url' };
  }
  if (mayBeEmail && (latin || digit)) {
    end = matchAt(EMAIL, text, i);
    if (end > 0) return { end, kind: 'email' };
  }
  if (code === 0x23 || code === 0x40) {
    end = matchAt(code === 0x23 ? HASHTAG : MENTION, text, i);
    if (end > i + 1) return { end, kind: code === 0x23 ? 'hashtag' : 'mention' };
  }
  if ((latin || digit) && mixesLettersAndDigits(text, i, to)) {
    end = matchAt(MIXED, text, i);
    if (end > 0) return { end, kind: 'mixed' };
  }
  if (digit) return { end: matchAt(NUMBER, text, i), kind: 'number' };
  if (latin) return { end: wordEnd(text, i), kind: 'word' };
  end = matchAt(EMOJI, text, i);
  if (end > 0) return { end, kind: 'emoji' };
  if (code >= 0xd800 && code <= 0xdbff) return { end: i + 2, kind: 'symbol' };
  end = i + 1;
  while (end < to && text.charCodeAt(end) === code) end++;
  return { end, kind: PUNCTUATION.test(text[i]) ? 'punct' : 'symbol' };
}
