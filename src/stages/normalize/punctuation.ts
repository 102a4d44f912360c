import { isDigit, isLatinLetter, isPersianLetter, ZWNJ } from '../../text/characters.js';

/** Marks that close something: no space before them, one space after them before a word. */
export const CLOSING = new Set([0x060c, 0x061b, 0x3a, 0x2e, 0x21, 0x061f, 0xbb, 0x29, 0x5d, 0x7d, 0x2026]);
/** Marks that open something: one space before them after a word, none after them. */
export const OPENING = new Set([0xab, 0x28, 0x5b, 0x7b]);

const SPACE = 0x20;

/** The nearest code before `i` on the same line that is not a space or half-space (0 at the line start). */
export function previousVisible(text: string, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return 0;
    if (c !== SPACE && c !== ZWNJ) return c;
  }
  return 0;
}

/** The nearest code after `i` on the same line that is not a space or half-space (0 at the line end). */
export function nextVisible(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a) return 0;
    if (c !== SPACE && c !== ZWNJ) return c;
  }
  return 0;
}

/** Whether the mark at `i` sits in Persian text (a Persian letter is its nearest neighbour on a side). */
export function inPersianContext(text: string, i: number): boolean {
  return isPersianLetter(previousVisible(text, i)) || isPersianLetter(nextVisible(text, i));
}

/**
 * The Persian form of the ASCII mark at `i`, or the mark itself: `,` → `،` and `;` → `؛` in Persian
 * context (not between digits, `1,000`), `?` → `؟` after a Persian word.
 */
export function persianMark(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2c) {
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return c;
    return inPersianContext(text, i) ? 0x060c : c;
  }
  if (c === 0x3b) return inPersianContext(text, i) ? 0x061b : c;
  if (c === 0x3f) return isPersianLetter(previousVisible(text, i)) ? 0x061f : c;
  return c;
}

/**
 * Pairs of straight or curly double quotes on one line whose content has Persian letters, as
 * `index → « or »`: `"ایران"` → `«ایران»`. Unpaired quotes are left alone.
 */
export function persianQuotePairs(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const marks: number[] = [];
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22 || c === 0x201c || c === 0x201d) marks.push(i);
    }
    for (let k = 0; k + 1 < marks.length; k += 2) {
      const [open, close] = [marks[k], marks[k + 1]];
      if (text.charCodeAt(open) === 0x201d || text.charCodeAt(close) === 0x201c) continue;
      let persian = false;
      for (let i = open + 1; i < close && !persian; i++) persian = isPersianLetter(text.charCodeAt(i));
      if (persian) {
        pairs.set(open, 0xab);
        pairs.set(close, 0xbb);
      }
    }
    lineStart = lineEnd + 1;
  }
  return pairs;
}

/**
 * Whether a space belongs after the closing mark `mark` (already converted) at `i`, given the
 * next character: `گفت:او` → `گفت: او`، `تهران،ایران` → `تهران، ایران`; never inside numbers
 * (`۱۲:۳۰`، `۳.۵`) or Latin abbreviations (`U.S.`).
 */
export function spaceAfterClosing(text: string, i: number, mark: number): boolean {
  let after = i + 1;
  while (text.charCodeAt(after) === ZWNJ) after++; // stray half-spaces are dropped
  const next = text.charCodeAt(after);
  const before = text.charCodeAt(i - 1);
  const wordNext = isPersianLetter(next) || isLatinLetter(next) || OPENING.has(next) || next === 0x22;
  if (mark === 0x2e) return isPersianLetter(next) && !isLatinLetter(before) && !isDigit(before);
  if (mark === 0x3a) return (isPersianLetter(next) || next === 0xab) && !isDigit(before);
  if (mark === 0x21 || mark === 0x29 || mark === 0x5d || mark === 0x7d) return wordNext && !isLatinLetter(next);
  return wordNext || isDigit(next);
}
