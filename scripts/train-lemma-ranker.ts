/**
 * The lemma table and the lemma ranker of the morphology, from UD Persian PerDT dev (CC BY-SA 4.0);
 * run through `scripts/build-morph-data.ts`.
 */
import { HashedPerceptron } from '../src/model/hashed-perceptron.js';
import type { Lexicons } from '../src/lexicon/lexicons.js';
import { parseLemmaLexicon } from '../src/stages/morph/lemma-lexicon.js';
import { candidateFeatures, candidateScore, createRankerScratch, type LemmaEvidence, plausibleCandidates, RANKER_FEATURES } from '../src/stages/morph/lemma-ranker.js';
import { nominalCandidates } from '../src/stages/morph/nominal-candidates.js';
import { foldWord, stripZwnj } from '../src/text/fold.js';
import type { ConlluSentence } from './lib/treebank.js';
import { type GoldWord, joinedWord, shuffled } from './train-tagger.js';

/** The words of a sentence split as the treebank splits them, plus its joined multiword tokens. */
function lemmaItems(sentence: ConlluSentence): GoldWord[] {
  return [...sentence.words, ...sentence.tokens.flatMap((token) => joinedWord(token) ?? [])];
}

/**
 * Lemma table text (`form<TAB>UPOS<TAB>lemma<TAB>count`, most frequent first) of the given
 * sentences: every syntactic word, and every multiword token as written (`کشورمان` NOUN کشور).
 */
export function lemmaTable(sentences: readonly ConlluSentence[], note = ''): string {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of lemmaItems(sentence)) {
      if (word.lemma === '_' || word.form === '_') continue;
      const row = `${foldWord(word.form)}\t${word.upos}\t${foldWord(word.lemma).replace(/^\u200c+/, '')}`;
      counts.set(row, (counts.get(row) ?? 0) + 1);
    }
  }
  const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([row, n]) => `${row}\t${n}`);
  return `# form\tUPOS\tlemma\tcount${note ? ' — ' + note : ''}\n${rows.join('\n')}\n`;
}

const RANKED_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'PRON', 'DET', 'ADV', 'ADP']);

/**
 * Trains the lemma ranker on the words the lemma table would not know: the training sentences
 * are cut into five folds and each fold is seen through a table built from the other four
 * (so "seen as a lemma" evidence is as rare in training as it is on new text).
 */
export function trainRanker(sentences: readonly ConlluSentence[], lexicons: Lexicons, curated: string, epochs = 8): HashedPerceptron {
  const frequency = (key: string): number => lexicons.halfSpace.forms.get(key)?.total ?? 0;
  const broken = lexicons.morph?.brokenPlurals;
  const examples: { key: string; written: string; upos: string; candidates: ReturnType<typeof nominalCandidates>; gold: number; evidence: LemmaEvidence }[] = [];
  for (let fold = 0; fold < 5; fold++) {
    const others = parseLemmaLexicon(lemmaTable(sentences.filter((_, i) => i % 5 !== fold)), curated);
    const evidence: LemmaEvidence = { frequency, lemmaCount: (key) => others.lemmaCounts.get(key) ?? 0 };
    sentences.forEach((sentence, i) => {
      if (i % 5 !== fold) return;
      for (const word of lemmaItems(sentence)) {
        if (!RANKED_TAGS.has(word.upos) || word.lemma === '_') continue;
        const key = stripZwnj(foldWord(word.form));
        if (key.length < 3 || others.byForm.get(key)?.some((e) => e.upos === word.upos)) continue;
        const candidates = plausibleCandidates(foldWord(word.form), nominalCandidates(key, broken), evidence);
        const goldKey = stripZwnj(foldWord(word.lemma));
        const gold = candidates.findIndex((c) => c.lemma === goldKey);
        if (gold >= 0 && candidates.length > 1) examples.push({ key, written: foldWord(word.form), upos: word.upos, candidates, gold, evidence });
      }
    });
  }
  const model = new HashedPerceptron(['no', 'yes'], 16);
  const scratch = createRankerScratch();
  const goldFeatures = new Uint32Array(RANKER_FEATURES);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const ex of shuffled(examples, 99 + epoch)) {
      model.tick();
      let best = 0;
      let bestScore = -Infinity;
      ex.candidates.forEach((candidate, i) => {
        const score = candidateScore(model, candidateFeatures(ex.key, ex.written, candidate, ex.upos, ex.evidence, scratch.features), scratch);
        if (score > bestScore) [best, bestScore] = [i, score];
      });
      if (best === ex.gold) continue;
      const goldCount = candidateFeatures(ex.key, ex.written, ex.candidates[ex.gold], ex.upos, ex.evidence, goldFeatures);
      model.update(goldFeatures, goldCount, 1, 0);
      const guessCount = candidateFeatures(ex.key, ex.written, ex.candidates[best], ex.upos, ex.evidence, scratch.features);
      model.update(scratch.features, guessCount, 0, 1);
    }
  }
  model.average();
  if (process.env.KHABAR_VERBOSE) console.log(`ranker: ${examples.length} examples`);
  return model;
}
