import type { Lexicons } from '../../lexicon/lexicons.js';
import { foldWord, stripZwnj } from '../../text/fold.js';
import { entityKey } from '../entities/entity-key.js';
import { nominalCandidates } from './nominal-candidates.js';
import { analyzeVerb } from './verb-analyzer.js';

/** Suffixes the rule-only stemmer strips from a word written without half-spaces, longest first. */
const JOINED_SUFFIXES = ['هایشان', 'هایمان', 'هایتان', 'هایش', 'هایم', 'هایی', 'های', 'ترین', 'ها', 'تر'];
const VERB_PREFIX = /^(ن?می|همی)\u200c/;
const PERSON = /(یم|ید|ند|م|ی|د)$/;
/** Tags of words that never stand as the stem of another word (به is no stem of بهتر for search). */
const CLOSED_CLASS = new Set(['ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'PART', 'AUX']);

/** Without data: a half-space ends the stem (`همکاری‌هایمان` → `همکاری`), else only unambiguous suffixes go. */
function ruleStem(word: string): string {
  let folded = foldWord(word);
  if (VERB_PREFIX.test(folded)) folded = folded.replace(VERB_PREFIX, '').replace(PERSON, '');
  const zwnj = folded.indexOf('\u200c');
  if (zwnj >= 2) return folded.slice(0, zwnj);
  for (const suffix of JOINED_SUFFIXES) if (folded.length - suffix.length >= 3 && folded.endsWith(suffix)) return folded.slice(0, -suffix.length);
  return folded;
}

/** A stemmer over loaded lexicons; see {@link searchStem}. */
export type SearchStemmer = (word: string) => string;

/**
 * Builds the search stemmer. With the morphology data of `lexicons`, a word is reduced to the
 * best-attested of its readings: a verb form to its past stem with its preverb (`برمی‌گردند` →
 * `برگشت`), a noun or adjective to its stem without plural, ezafe, indefinite, clitic, comparative
 * or را (`همکاری‌هایمان` → `همکاری`), a broken plural to its singular (`اساتید` → `استاد`). Without
 * data, suffixes are stripped by rule. Results are folded like entity keys (آ → ا، ة → ه، half-spaces
 * and diacritics removed, digits Latin) and cached (up to `cacheSize` words, default 100,000).
 */
export function createSearchStemmer(lexicons?: Lexicons, cacheSize = 100_000): SearchStemmer {
  const morph = lexicons?.morph;
  const forms = lexicons?.halfSpace.forms;
  const cache = new Map<string, string>();
  const evidence = (key: string): number =>
    Math.log1p(morph?.lemmas.lemmaCounts.get(key) ?? 0) * 2 + Math.log1p(forms?.get(key)?.total ?? 0);
  const stem = (word: string): string => {
    const key = stripZwnj(foldWord(word));
    if (!morph || key.length < 3) return ruleStem(word);
    const verbs = analyzeVerb(morph.verbs, key);
    const known = morph.lemmas.byForm.get(key)?.[0];
    if (known && !(CLOSED_CLASS.has(morph.lemmas.byForm.get(stripZwnj(known.lemma))?.[0]?.upos ?? '') && known.upos === 'ADJ')) {
      if (known.upos !== 'VERB' && known.upos !== 'AUX') return stripZwnj(known.lemma);
      const verb = verbs.find((v) => v.lemma === stripZwnj(known.lemma)) ?? verbs[0];
      return verb ? verb.preverb + verb.lemma : stripZwnj(known.lemma);
    }
    let best = key;
    let bestScore = evidence(key);
    for (const verb of verbs) {
      const score = evidence(verb.lemma) + verb.score + (verb.prefix.endsWith('می') ? 3 : 0);
      if (score > bestScore) [best, bestScore] = [verb.preverb + verb.lemma, score];
    }
    for (const candidate of nominalCandidates(key, morph.brokenPlurals)) {
      if (CLOSED_CLASS.has(morph.lemmas.byForm.get(candidate.lemma)?.[0]?.upos ?? '')) continue;
      const score = evidence(candidate.lemma) - 0.5 * candidate.suffixes.length;
      if (score > bestScore) [best, bestScore] = [candidate.lemma, score];
    }
    return best;
  };
  return (word) => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      if (cache.size >= cacheSize) cache.clear();
      stemmed = entityKey(stem(word));
      cache.set(word, stemmed);
    }
    return stemmed;
  };
}

const stemmers = new WeakMap<Lexicons, SearchStemmer>();
const ruleStemmer = createSearchStemmer();

/**
 * The search key of a word: aggressive, for recall, unlike the lemmatizer (which is precise and
 * needs the word's tag). Every inflected form of a word gets the same key, so a query for any
 * of them finds all. Pass the loaded lexicons for verb and dictionary knowledge (one stemmer per
 * lexicons object is built on first use); without them suffixes are stripped by rule.
 * `searchStem('می‌گفتند', lexicons)` → `گفت`; `searchStem('كشورهاي', lexicons)` → `کشور`;
 * `searchStem('کتاب‌هایشان')` → `کتاب`.
 */
export function searchStem(word: string, lexicons?: Lexicons): string {
  if (!lexicons) return ruleStemmer(word);
  let stemmer = stemmers.get(lexicons);
  if (!stemmer) stemmers.set(lexicons, (stemmer = createSearchStemmer(lexicons)));
  return stemmer(word);
}
