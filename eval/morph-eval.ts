/**
 * Lemma and UPOS accuracy with gold tokens (the syntactic words of the treebank, clitics as their
 * own words), as ../shared/design/EVALUATION.md defines them: a lemma matches when equal after
 * folding ي→ی، ك→ک، ۀ/ة→ه and removing half-spaces and diacritics.
 */
import type { Morphology } from '../src/stages/morph/morphology.js';
import { foldWord, stripZwnj } from '../src/text/fold.js';
import type { ConlluSentence } from '../scripts/lib/treebank.js';

/** Counts of one evaluation run. */
export interface MorphScore {
  words: number;
  lemma: number;
  upos: number;
  /** Words whose form the lemma table does not know, and how many of their lemmas are right. */
  unseen: number;
  unseenLemma: number;
  unseenUpos: number;
  /** Lemma = the word itself (the identity baseline). */
  identity: number;
  /** Most frequent wrong lemmas and tags, `gold → predicted`, for error analysis. */
  errors: Map<string, number>;
}

/** Folds a lemma for comparison: `foldLemma('همهٔ')` → `همه`, `foldLemma('هم‌تیمی')` → `همتیمی`. */
export function foldLemma(lemma: string): string {
  return stripZwnj(foldWord(lemma)).replace(/ة/g, 'ه');
}

/** Scores `morphology` on gold sentences; `known(form)` says whether the lemma table has seen a form. */
export function evaluateMorph(sentences: readonly ConlluSentence[], morphology: Morphology, known: (form: string) => boolean): MorphScore {
  const score: MorphScore = { words: 0, lemma: 0, upos: 0, unseen: 0, unseenLemma: 0, unseenUpos: 0, identity: 0, errors: new Map() };
  for (const sentence of sentences) {
    const words = sentence.words.map((w) => w.form);
    const predicted = morphology.analyzeSentence(words);
    sentence.words.forEach((gold, i) => {
      const p = predicted[i];
      const lemmaOk = foldLemma(p.lemma) === foldLemma(gold.lemma);
      const uposOk = p.upos === gold.upos;
      score.words++;
      if (lemmaOk) score.lemma++;
      if (uposOk) score.upos++;
      if (foldLemma(gold.form) === foldLemma(gold.lemma)) score.identity++;
      if (!known(gold.form)) {
        score.unseen++;
        if (lemmaOk) score.unseenLemma++;
        if (uposOk) score.unseenUpos++;
      }
      const key = !lemmaOk ? `lemma ${gold.upos} ${gold.form} → ${p.lemma} (gold ${gold.lemma})` : !uposOk ? `upos ${gold.upos} → ${p.upos}` : '';
      if (key) score.errors.set(key, (score.errors.get(key) ?? 0) + 1);
    });
  }
  return score;
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(2) : '—').padStart(6);

/** A table of the score, with the identity baseline and the unseen-word breakdown. */
export function formatMorph(title: string, score: MorphScore, errorLines = 0): string {
  const lines = [
    title,
    `words ${score.words}, of which unseen by the lemma table ${score.unseen}`,
    `measure        all     unseen`,
    `lemma       ${pct(score.lemma, score.words)}%   ${pct(score.unseenLemma, score.unseen)}%   (identity baseline ${pct(score.identity, score.words).trim()}%; target ≥ 97%)`,
    `UPOS        ${pct(score.upos, score.words)}%   ${pct(score.unseenUpos, score.unseen)}%   (target ≥ 96%)`,
  ];
  if (errorLines > 0) {
    const top = [...score.errors].sort((a, b) => b[1] - a[1]).slice(0, errorLines);
    lines.push('most frequent errors:', ...top.map(([what, n]) => `  ${n}\t${what}`));
  }
  return lines.join('\n');
}
