import { foldWord, stripZwnj } from '../text/fold.js';

/** What the lexicon knows about one word, under its half-space-free key. */
export interface FormEntry {
  /** The most frequent spelling with half-spaces (`بین‌المللی`), or the key when none was seen. */
  best: string;
  /** How often `best` was seen (0 when the word was only seen solid). */
  bestCount: number;
  /** How often the word is written without any half-space. */
  solidCount: number;
  /** All occurrences of the key. */
  total: number;
  /** How often the parts of `best` stand as separate words instead (`بین المللی`). */
  spaced: number;
}

/** Spelling evidence for half-space restoration: every known word under its key. */
export interface HalfSpaceLexicon {
  forms: Map<string, FormEntry>;
}

/** Weight a curated entry adds to its spelling, as if seen this many times in the corpus. */
export const CURATED_WEIGHT = 3;

function entryFor(forms: Map<string, FormEntry>, key: string): FormEntry {
  let entry = forms.get(key);
  if (!entry) {
    entry = { best: key, bestCount: 0, solidCount: 0, total: 0, spaced: 0 };
    forms.set(key, entry);
  }
  return entry;
}

function addSpelling(forms: Map<string, FormEntry>, form: string, count: number, spaced: number): void {
  const key = stripZwnj(form);
  const entry = entryFor(forms, key);
  entry.total += count;
  if (form === key) {
    entry.solidCount += count;
  } else if (entry.best === form) {
    entry.bestCount += count;
    entry.spaced += spaced;
  } else if (count > entry.bestCount || entry.best === key) {
    // several half-spaced spellings of one key: keep the most frequent
    entry.best = form;
    entry.bestCount = count;
    entry.spaced = spaced;
  }
}

/** Lines of a word list: one entry per line, `#` comments and blank lines skipped. */
export function listLines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/\r$/, '').split('\t')[0].trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

/**
 * Builds the lexicon from the corpus table (`form<TAB>count<TAB>spaced`, from
 * `data/half-space/words.tsv`) and the curated lists of words written with a half-space
 * (`بهره‌برداری`) and of words that must stay solid (`میز`، `تنها`). A curated spelling counts as
 * {@link CURATED_WEIGHT} occurrences; the corpus decides when it has stronger evidence.
 */
export function parseHalfSpaceLexicon(table: string, curatedHalfSpaced = '', curatedSolid = ''): HalfSpaceLexicon {
  const forms = new Map<string, FormEntry>();
  for (const line of table.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const tab2 = line.indexOf('\t', tab + 1);
    const form = line.slice(0, tab);
    const count = Number(line.slice(tab + 1, tab2 < 0 ? undefined : tab2));
    const spaced = tab2 < 0 ? 0 : Number(line.slice(tab2 + 1));
    addSpelling(forms, form, count, spaced);
  }
  for (const word of listLines(curatedHalfSpaced)) addSpelling(forms, foldWord(word), CURATED_WEIGHT, 0);
  for (const word of listLines(curatedSolid)) addSpelling(forms, stripZwnj(foldWord(word)), CURATED_WEIGHT, 0);
  return { forms };
}
