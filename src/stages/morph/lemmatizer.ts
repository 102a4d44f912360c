import { stripZwnj } from '../../text/fold.js';
import { lookupLemma } from './lemma-lexicon.js';
import { type LemmaEvidence, plausibleCandidates, type RankerScratch, rankCandidates } from './lemma-ranker.js';
import type { MorphLexicon } from './morph-lexicon.js';
import { type NominalCandidate, nominalCandidates } from './nominal-candidates.js';
import type { VerbAnalysis } from './verb-analyzer.js';
import { guessVerbLemma } from './verb-guess.js';
import type { WordInfo } from './word-info.js';

/** A lemma with the features that came with it and, for verbs, the present stem. */
export interface LemmaResult {
  lemma: string;
  /** UD features, `Key=Value|...`, or '' when none. */
  feats: string;
  /** Present stem (بن مضارع) of a verb: `گو` for می‌گفتند. */
  presentStem?: string;
}

/** What the lemmatizer reads besides the word. */
export interface LemmatizerContext {
  lexicon: MorphLexicon;
  evidence: LemmaEvidence;
  scratch: RankerScratch;
}

const IDENTITY_TAGS = new Set(['PUNCT', 'NUM', 'SYM', 'X', 'INTJ', 'CCONJ', 'SCONJ', 'PART']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The word's own spelling of its first `letters` letters (half-spaces kept, a trailing one dropped). */
export function spellingOf(word: string, letters: number): string {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) if (word.charCodeAt(i++) !== 0x200c) seen++;
  return word.slice(0, i).replace(/\u200c+$/, '');
}

function bestVerb(verbs: readonly VerbAnalysis[], evidence: LemmaEvidence): VerbAnalysis {
  let best = verbs[0];
  let bestScore = -Infinity;
  for (const verb of verbs) {
    const score = verb.score + 0.3 * Math.log1p(evidence.lemmaCount(verb.lemma));
    if (score > bestScore) {
      bestScore = score;
      best = verb;
    }
  }
  return best;
}

function nominalFeats(upos: string, candidate: NominalCandidate | undefined): string {
  if (!NOMINAL_TAGS.has(upos) || upos === 'ADJ') return '';
  return candidate?.suffixes.some((s) => s.startsWith('plural:')) ? 'Number=Plur' : 'Number=Sing';
}

function fallbackCandidate(key: string, candidates: readonly NominalCandidate[], evidence: LemmaEvidence): number {
  if (evidence.lemmaCount(key) > 0 || evidence.frequency(key) > 0) return 0;
  let best = 0;
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i];
    if (evidence.lemmaCount(c.lemma) + evidence.frequency(c.lemma) > evidence.lemmaCount(candidates[best].lemma) + evidence.frequency(candidates[best].lemma)) best = i;
  }
  return best;
}

/** A noun ending in ا or و followed by the ezafe glide ی and nothing else (`دنیای`، `سخنگوی`): the ی goes in 9 cases of 10. */
function isGlideEzafe(candidate: NominalCandidate): boolean {
  return candidate.suffixes.length === 1 && candidate.suffixes[0] === 'ezafe:ی' && /[او]$/.test(candidate.lemma) && !candidate.lemma.endsWith('ها');
}

/**
 * The lemma of a word (letters folded, half-spaces kept) under the tag `upos`, in order of
 * evidence: the lemma lexicon for this form and tag; for VERB/AUX the verb analyzer (best reading,
 * ties to the more frequent lemma), else a guess from the verb's shape; for nominals the ranked
 * suffix analyses (and broken plurals); otherwise the word itself.
 * `lemmatizeWord(ctx, 'کتاب‌هایمان', info, 'NOUN')` → `{lemma: 'کتاب', feats: 'Number=Plur'}`;
 * `lemmatizeWord(ctx, 'برنمی‌گردند', info, 'VERB')` → `{lemma: 'گشت', presentStem: 'برگرد', ...}`.
 */
export function lemmatizeWord(context: LemmatizerContext, word: string, info: WordInfo, upos: string): LemmaResult {
  const { lexicon, evidence } = context;
  const known = lookupLemma(lexicon.lemmas, info.key, upos);
  if (upos === 'VERB' || upos === 'AUX') {
    const verb = info.verbs.length > 0 ? bestVerb(known ? info.verbs.filter((v) => stripZwnj(v.lemma) === stripZwnj(known.lemma)).concat(info.verbs) : info.verbs, evidence) : undefined;
    if (known) return { lemma: known.lemma, feats: verb && stripZwnj(verb.lemma) === stripZwnj(known.lemma) ? verb.feats : '', ...(verb ? { presentStem: verb.present } : {}) };
    if (verb) return { lemma: verb.lemma, feats: verb.feats, presentStem: verb.present };
    return { lemma: guessVerbLemma(info.key) ?? word, feats: '' };
  }
  if (known) return { lemma: known.lemma, feats: nominalFeats(upos, undefined) };
  if (IDENTITY_TAGS.has(upos) || info.key.length < 3) return { lemma: word, feats: '' };
  const candidates = plausibleCandidates(word, nominalCandidates(info.key, lexicon.brokenPlurals), evidence);
  const glide = upos === 'NOUN' || upos === 'PROPN' ? candidates.findIndex(isGlideEzafe) : -1;
  if (glide > 0) return { lemma: spellingOf(word, candidates[glide].stemLength), feats: nominalFeats(upos, candidates[glide]) };
  const best = lexicon.ranker
    ? rankCandidates(lexicon.ranker, info.key, word, candidates, upos, evidence, context.scratch)
    : fallbackCandidate(info.key, candidates, evidence);
  const chosen = candidates[best];
  const lemma = chosen.broken ? chosen.lemma : spellingOf(word, chosen.stemLength) + chosen.lemma.slice(chosen.stemLength);
  return { lemma, feats: nominalFeats(upos, chosen) };
}
