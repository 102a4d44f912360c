import { AlignedBuffer } from '../../doc/aligned-buffer.js';
import { isDiacritic, isPersianLetter, isSpace } from '../../text/characters.js';
import type { ResolvedNormalizeOptions } from './options.js';

const DELETE = -1;
const SPACE = -2;
const NEWLINE = -3;
const CARRIAGE_RETURN = -4;
const KASHIDA = -5;
const EXPAND = -6;
const HAMZA_ABOVE = -7;
const HALF_SPACE = -8;

/** Letters unified whatever the options: Arabic ي ى ك and their regional cousins. */
const LETTERS: [string, string][] = [
  ['ي', 'ی'], ['ى', 'ی'], ['ك', 'ک'], ['ڪ', 'ک'], ['ہ', 'ه'], ['ە', 'ه'], ['ٱ', 'ا'], ['ۃ', 'ة'], ['ې', 'ی'],
];

/** Zero-width and bidirectional format marks removed from the view (ZWNJ is kept and repaired later). */
const FORMAT_MARKS = [0x200b, 0x200d, 0x200e, 0x200f, 0x061c, 0xfeff, 0x00ad, 0x2060, 0x180e];

const tables = new Map<string, Int32Array>();
const expansions = new Map<number, string>();

function presentationForm(code: number): string | undefined {
  const folded = String.fromCharCode(code).normalize('NFKC');
  if (folded.length === 1 && folded.charCodeAt(0) === code) return undefined;
  const letters = folded.replace(/ /g, '');
  // a ligature standing for a phrase (ﷺ ﷽) keeps its one-character form
  if (folded.includes(' ') && [...letters].some((ch) => !isDiacritic(ch.charCodeAt(0)) && ch !== 'ـ')) return undefined;
  return letters;
}

function buildTable(options: ResolvedNormalizeOptions): Int32Array {
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (let c = 0; c < 0x20; c++) table[c] = DELETE;
  for (let c = 0x7f; c < 0xa0; c++) table[c] = DELETE;
  for (let c = 0; c < 0x10000; c++) if (isSpace(c)) table[c] = SPACE;
  table[0x0a] = NEWLINE;
  table[0x2028] = NEWLINE;
  table[0x2029] = NEWLINE;
  table[0x0d] = CARRIAGE_RETURN;
  table[0x0640] = KASHIDA;
  table[0x200c] = HALF_SPACE;
  for (const c of FORMAT_MARKS) table[c] = DELETE;
  for (let c = 0x202a; c <= 0x202e; c++) table[c] = DELETE;
  for (let c = 0x2066; c <= 0x2069; c++) table[c] = DELETE;
  for (const ranges of [[0xfb50, 0xfdff], [0xfe70, 0xfeff]]) {
    for (let c = ranges[0]; c <= ranges[1]; c++) {
      const form = presentationForm(c);
      if (form === undefined) continue;
      if (form.length === 1) table[c] = form.charCodeAt(0);
      else {
        table[c] = EXPAND;
        expansions.set(c, form);
      }
    }
  }
  table[0xfeff] = DELETE;
  const letters = [...LETTERS];
  if (options.heYe === 'he') letters.push(['ۀ', 'ه']);
  if (options.teMarbuta === 'he') letters.push(['ة', 'ه']);
  if (options.hamza === 'fold') letters.push(['أ', 'ا'], ['إ', 'ا'], ['ؤ', 'و'], ['ئ', 'ی']);
  for (const [from, to] of letters) table[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let c = 0; c < 0x10000; c++) {
    if (!isDiacritic(c)) continue;
    if (options.diacritics === 'remove') table[c] = DELETE;
    else if (c === 0x0654 && options.heYe === 'he') table[c] = HAMZA_ABOVE;
  }
  // letters reached through a presentation form are unified too (ﻱ → ي → ی)
  for (let c = 0xfb50; c < 0x10000; c++) if (table[c] >= 0 && table[c] !== c) table[c] = table[table[c]];
  return table;
}

function tableFor(options: ResolvedNormalizeOptions): Int32Array {
  const key = `${options.diacritics}|${options.heYe}|${options.hamza}|${options.teMarbuta}`;
  let table = tables.get(key);
  if (!table) {
    table = buildTable(options);
    tables.set(key, table);
  }
  return table;
}

function lastCode(out: AlignedBuffer): number {
  return out.length === 0 ? 0x0a : out.codes[out.length - 1];
}

/**
 * The character pass of normalization: unifies letters (ي ك → ی ک), folds Arabic presentation
 * forms (ﻻ → لا), removes diacritics, kashida, control characters and zero-width/bidi marks
 * (keeping U+200C unless it touches a space or a line edge), turns every horizontal space into one space, trims spaces at line ends and
 * makes `\r\n` a single `\n` — one output line per input line. A kashida standing alone
 * (`تهران ـ ایرنا`) becomes a dash. `كتابهاي  عربي` → `کتابهای عربی`.
 */
export function foldCharacters(text: string, options: ResolvedNormalizeOptions): AlignedBuffer {
  const table = tableFor(options);
  const out = new AlignedBuffer(text.length + 16);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const action = table[text.charCodeAt(i)];
    if (action >= 0) {
      out.push(action, i, i + 1);
      continue;
    }
    switch (action) {
      case DELETE:
        break;
      case SPACE: {
        let j = i + 1;
        while (j < n && table[text.charCodeAt(j)] === SPACE) j++;
        const next = j < n ? table[text.charCodeAt(j)] : NEWLINE;
        const previous = lastCode(out);
        if (next !== NEWLINE && next !== CARRIAGE_RETURN && previous !== 0x0a && previous !== 0x20) out.push(0x20, i, j);
        i = j - 1;
        break;
      }
      case NEWLINE:
      case CARRIAGE_RETURN: {
        const pair = action === CARRIAGE_RETURN && text.charCodeAt(i + 1) === 0x0a;
        while (out.length > 0 && out.codes[out.length - 1] === 0x20) out.length--;
        out.push(0x0a, i, pair ? i + 2 : i + 1);
        if (pair) i++;
        break;
      }
      case KASHIDA: {
        let j = i + 1;
        while (j < n && text.charCodeAt(j) === 0x0640) j++;
        const touchesLetter = isPersianLetter(lastCode(out)) || (j < n && isPersianLetter(text.charCodeAt(j)));
        if (!touchesLetter) out.push(0x2d, i, j);
        i = j - 1;
        break;
      }
      case EXPAND: {
        const form = expansions.get(text.charCodeAt(i)) ?? '';
        for (let k = 0; k < form.length; k++) {
          const code = table[form.charCodeAt(k)];
          if (code >= 0) out.push(code, i, i + 1);
        }
        break;
      }
      case HALF_SPACE: {
        // a half-space touching a space or a line edge can never show: drop it here so that
        // `می ‌شود` is decided like `می شود`
        let j = i + 1;
        while (j < n && (text.charCodeAt(j) === 0x200c || table[text.charCodeAt(j)] === DELETE)) j++;
        const next = j < n ? table[text.charCodeAt(j)] : NEWLINE;
        const previous = lastCode(out);
        if (next !== SPACE && next !== NEWLINE && next !== CARRIAGE_RETURN && previous !== 0x20 && previous !== 0x0a) out.push(0x200c, i, i + 1);
        break;
      }
      case HAMZA_ABOVE:
        if (lastCode(out) !== 0x0647) out.push(0x0654, i, i + 1);
        break;
    }
  }
  while (out.length > 0 && out.codes[out.length - 1] === 0x20) out.length--;
  return out;
}
