import { AlignedBuffer } from '../../../doc/aligned-buffer.js';
import { isDiacritic, isPersianLetter, joinsLeft, ZWNJ } from '../../../text/characters.js';
import { stripZwnj } from '../../../text/fold.js';
import type { PhraseRestorer, PhraseWord } from './restore-phrase.js';

interface ScannedWord extends PhraseWord {
  /** Index in the source buffer of each letter of `key`; absent when the letters are contiguous from `start`. */
  letterAt?: number[];
  start: number;
  end: number;
}

/** The source index of letter `k` of a scanned word. */
function letterIndex(word: ScannedWord, k: number): number {
  return word.letterAt ? word.letterAt[k] : word.start + k;
}

/** Reads one word at `i`: letters and diacritics, with the half-spaces between them. */
function scanWord(source: AlignedBuffer, text: string, i: number): ScannedWord {
  const codes = source.codes;
  const n = source.length;
  // the common case: letters only, read as one slice of the text
  let run = i;
  while (run < n && isPersianLetter(codes[run])) run++;
  if (run === n || (!isDiacritic(codes[run]) && codes[run] !== ZWNJ)) return { key: text.slice(i, run), halfSpaces: NO_HALF_SPACES, start: i, end: run };
  let key = '';
  const letterAt: number[] = [];
  const halfSpaces: number[] = [];
  let pendingHalfSpace = false;
  let j = i;
  while (j < n) {
    const c = codes[j];
    if (isPersianLetter(c)) {
      if (pendingHalfSpace && key.length > 0 && joinsLeft(key.charCodeAt(key.length - 1))) halfSpaces.push(key.length);
      pendingHalfSpace = false;
      key += String.fromCharCode(c);
      letterAt.push(j);
      j++;
    } else if (isDiacritic(c)) j++;
    else if (c === ZWNJ) {
      // a half-space between letters of one word (several count as one)
      let k = j;
      while (k < n && codes[k] === ZWNJ) k++;
      if (k >= n || !isPersianLetter(codes[k])) break;
      pendingHalfSpace = true;
      j = k;
    } else break;
  }
  return { key, halfSpaces, letterAt, start: i, end: letterAt.length > 0 ? lastUnitEnd(source, letterAt[letterAt.length - 1]) : i };
}

const NO_HALF_SPACES: number[] = [];

/**
 * The end of the gap at `j` when it separates two Persian words: one space, possibly with stray
 * half-spaces glued to it (`می ‌شود`، `کتاب‌ ها`) — such a gap is decided like a plain space.
 * Returns `j` when there is no such gap.
 */
function gapEnd(source: AlignedBuffer, j: number): number {
  const codes = source.codes;
  let k = j;
  let spaces = 0;
  while (k < source.length && (codes[k] === ZWNJ || codes[k] === 0x20)) {
    if (codes[k] === 0x20) spaces++;
    k++;
  }
  return spaces === 1 && isPersianLetter(codes[k]) ? k : j;
}

/** The end of the letter at `at` together with the diacritics that follow it. */
function lastUnitEnd(source: AlignedBuffer, at: number): number {
  let j = at + 1;
  while (j < source.length && isDiacritic(source.codes[j])) j++;
  return j;
}

/**
 * Restores half-spaces in the phrase of Persian words starting at `i` (words separated by single
 * spaces) and writes it to `out`. Returns the index after the phrase. Characters keep their
 * origin: a space turned into a half-space maps to that space, an inserted half-space to nothing.
 */
export function restorePhrase(source: AlignedBuffer, text: string, i: number, out: AlignedBuffer, restorer: PhraseRestorer, originalLength: number): number {
  const words: ScannedWord[] = [];
  const spaceAllowed: boolean[] = [];
  let j = i;
  for (;;) {
    const word = scanWord(source, text, j);
    words.push(word);
    j = word.end;
    const next = gapEnd(source, j);
    if (next > j) {
      spaceAllowed.push(true);
      j = next;
      continue;
    }
    break;
  }
  const groups = restorer(words, spaceAllowed);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g];
    if (g > 0) {
      // the gap between groups: its one space stays, half-spaces glued to it go
      let k = words[group.first - 1].end;
      while (source.codes[k] !== 0x20) k++;
      out.copyFrom(source, k);
    }
    let letters = words[group.first].key;
    for (let w = group.first + 1; w <= group.last; w++) letters += words[w].key;
    // a spelling must keep the letters; anything else is a bug upstream, so keep the writer's
    const spelling = group.spelling === letters || stripZwnj(group.spelling) === letters ? group.spelling : letters;
    emitGroup(source, out, words, group.first, group.last, spelling, originalLength);
  }
  return j;
}

/** Writes the words `first..last` as `spelling`, mapping each character to its source. */
function emitGroup(source: AlignedBuffer, out: AlignedBuffer, words: ScannedWord[], first: number, last: number, spelling: string, originalLength: number): void {
  let s = 0; // position in spelling
  let separatorFrom = -1; // source units between the previous letter and the next one
  for (let w = first; w <= last; w++) {
    const word = words[w];
    for (let k = 0; k < word.key.length; k++) {
      const at = letterIndex(word, k);
      const previousEnd = k > 0 ? (word.letterAt ? lastUnitEnd(source, word.letterAt[k - 1]) : at) : w > first ? words[w - 1].end : at;
      separatorFrom = previousEnd < at ? previousEnd : -1;
      if (spelling.charCodeAt(s) === ZWNJ) {
        if (separatorFrom >= 0) out.replaceFrom(source, separatorFrom, at, ZWNJ);
        else out.insertBefore(source, at, ZWNJ, originalLength);
        s++;
      }
      if (word.letterAt) for (let u = at; u < lastUnitEnd(source, at); u++) out.copyFrom(source, u);
      else out.copyFrom(source, at);
      s++;
    }
  }
}
