import { foldWord, stripZwnj } from '../../text/fold.js';

/** One lemma a form was seen with, under one UPOS tag. */
export interface LemmaEntry {
  upos: string;
  /** The lemma as written (half-spaces kept): `هم‌تیمی`. */
  lemma: string;
  count: number;
}

/** Forms with the lemmas and tags they were seen with, and how often each lemma was seen. */
export interface LemmaLexicon {
  /** Key: the form folded, without half-spaces. Entries most frequent first. */
  byForm: Map<string, LemmaEntry[]>;
  /** Key: a lemma folded, without half-spaces; value: how often it was seen as a lemma. */
  lemmaCounts: Map<string, number>;
}

/** Weight of a curated line against corpus counts: it decides only where the corpus is silent or close. */
export const CURATED_LEMMA_WEIGHT = 2;

function add(lexicon: LemmaLexicon, form: string, upos: string, lemma: string, count: number): void {
  const key = stripZwnj(foldWord(form));
  const folded = foldWord(lemma);
  let entries = lexicon.byForm.get(key);
  if (!entries) lexicon.byForm.set(key, (entries = []));
  const same = entries.find((e) => e.upos === upos && stripZwnj(e.lemma) === stripZwnj(folded));
  if (same) same.count += count;
  else entries.push({ upos, lemma: folded, count });
  const lemmaKey = stripZwnj(folded);
  lexicon.lemmaCounts.set(lemmaKey, (lexicon.lemmaCounts.get(lemmaKey) ?? 0) + count);
}

function rows(text: string): string[][] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.replace(/\r$/, '').split('\t'));
}

/**
 * Parses the derived table (`form<TAB>UPOS<TAB>lemma<TAB>count`, `data/morph/lemmas.tsv`) and the
 * curated one (`form<TAB>UPOS<TAB>lemma`, `data/morph/curated-lemmas.tsv`; each line counts
 * {@link CURATED_LEMMA_WEIGHT}). `parseLemmaLexicon('کتاب‌ها\tNOUN\tکتاب\t3', '')` →
 * byForm `کتابها` → `[{upos: 'NOUN', lemma: 'کتاب', count: 3}]`.
 */
export function parseLemmaLexicon(derived: string, curated: string): LemmaLexicon {
  const lexicon: LemmaLexicon = { byForm: new Map(), lemmaCounts: new Map() };
  for (const cols of rows(derived)) if (cols.length >= 4) add(lexicon, cols[0], cols[1], cols[2], Number(cols[3]));
  for (const cols of rows(curated)) if (cols.length >= 3) add(lexicon, cols[0], cols[1], cols[2], CURATED_LEMMA_WEIGHT);
  for (const entries of lexicon.byForm.values()) entries.sort((a, b) => b.count - a.count);
  return lexicon;
}

/** The most frequent lemma of `key` under `upos`, or undefined: `lookupLemma(lexicon, 'کتابها', 'NOUN')?.lemma` → `کتاب`. */
export function lookupLemma(lexicon: LemmaLexicon, key: string, upos: string): LemmaEntry | undefined {
  return lexicon.byForm.get(key)?.find((entry) => entry.upos === upos);
}
