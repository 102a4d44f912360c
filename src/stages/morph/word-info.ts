import { combine, fnv1a, FNV_OFFSET, fnvStep } from '../../model/feature-hash.js';
import { isDigit, isLatinLetter, isPersianLetter } from '../../text/characters.js';
import { stripZwnj } from '../../text/fold.js';
import type { MorphLexicon } from './morph-lexicon.js';
import { analyzeVerb, type VerbAnalysis } from './verb-analyzer.js';
import { profileCount, profileSecond, profileShare, profileTag } from './tag-profile.js';

/** Feature templates of the tagger; the number is mixed into every feature hash. */
export const enum T {
  Bias, Word, Suffix1, Suffix2, Suffix3, Suffix4, Prefix1, Prefix2, Prefix3, Shape, Length, Frequency, Cluster,
  VerbShape, VerbLight, VerbGuess, StemEvidence, FirstPart, LastPart,
  PrevWord, NextWord, Prev2Word, Next2Word, PrevTag, PrevTags, PrevTagWord, PrevSuffix, NextSuffix, NextVerb, PrevVerb,
  WordNextWord, PrevWordWord, NextCluster, PrevCluster, PrevTagNextWord, ClusterCoarse, NextCoarse, PrevCoarse, Paradigm, Name, PrevName, NextName, Profile, ProfileSecond, ProfileCount, PrevProfile, NextProfile,
}

/** Evidence about words from outside the morphology data: corpus counts and, optionally, name gazetteers. */
export interface WordEvidence {
  /** How often the key (folded, no half-spaces) occurs in the corpus. */
  frequency(key: string): number;
  /** A bit set of the kinds of names the word is (see `name-class.ts`), 0 for none. */
  nameClass?(word: string): number;
  /** The word's tag profile in the corpus (see `tag-profile.ts`), 0 for none. */
  profile?(key: string): number;
}

/** What the tagger and lemmatizer know about one word type, computed once and cached. */
export interface WordInfo {
  /** The word folded, half-spaces removed: the lexicon key. */
  key: string;
  hash: number;
  suffix3: number;
  cluster: number;
  /** Name gazetteer bits (0 when none). */
  names: number;
  /** 1 + the tag most often given to the word in the corpus, 0 when unknown. */
  profileTop: number;
  /** Hash of the best verb reading's shape, 0 when the word is no known verb form. */
  verbClass: number;
  /** The verb readings, best first. */
  verbs: VerbAnalysis[];
  /** Features that depend on the word alone. */
  features: Uint32Array;
}

const LIGHT_VERBS = new Set(['کرد', 'شد', 'داد', 'گرفت', 'زد', 'داشت', 'آورد', 'یافت', 'گشت', 'نمود', 'بود', 'خواست', 'است']);
const STEM_SUFFIXES = ['های', 'ها', 'ان', 'ات', 'ین', 'ی', 'ای', 'تر', 'ترین', 'ش', 'م', 'شان'];

/** Suffixed forms whose corpus frequency says what a word is: a comparative (ADJ), a plural (NOUN), an abstract noun. */
const PARADIGM = [['تر', 'ترین'], ['ها', 'های', 'هایی'], ['ان', 'انی'], ['ی'], ['ات'], ['ش', 'م', 'شان']];

/** 0 for unseen, then one step per doubling, at most 12. */
export function frequencyBucket(count: number): number {
  return count <= 0 ? 0 : Math.min(12, 1 + Math.floor(Math.log2(count)));
}

function shapeOf(word: string): number {
  let letters = 0;
  let digits = 0;
  let latin = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isPersianLetter(c)) letters++;
    else if (isDigit(c)) digits++;
    else if (isLatinLetter(c)) latin++;
  }
  if (digits > 0) return letters + latin > 0 ? 1 : 2;
  if (latin > 0) return 3;
  if (letters === 0) return 4;
  return 5;
}

/**
 * Describes a word (letters already folded, half-spaces kept): its key, hashes, verb readings
 * and the static tagger features (identity, affixes, shape, corpus frequency, word cluster, verb
 * shape, whether stripping a suffix leaves a known word).
 * `describeWord('می‌گویند', lexicon, count).verbs[0].lemma` → `گفت`.
 */
export function describeWord(word: string, lexicon: MorphLexicon, evidence: WordEvidence): WordInfo {
  const frequency = evidence.frequency;
  const key = stripZwnj(word);
  const features: number[] = [combine(T.Bias, 0)];
  const hash = fnv1a(key);
  features.push(combine(T.Word, hash));
  let suffix = FNV_OFFSET;
  let suffix3 = 0;
  for (let k = 1; k <= 4 && k <= key.length; k++) {
    suffix = fnvStep(suffix, key.charCodeAt(key.length - k));
    if (k === 3) suffix3 = suffix;
    if (k < key.length) features.push(combine(T.Suffix1 + k - 1, suffix));
  }
  let prefix = FNV_OFFSET;
  for (let k = 1; k <= 3 && k < key.length; k++) {
    prefix = fnvStep(prefix, key.charCodeAt(k - 1));
    features.push(combine(T.Prefix1 + k - 1, prefix));
  }
  features.push(combine(T.Shape, shapeOf(key)), combine(T.Length, Math.min(key.length, 10)));
  features.push(combine(T.Frequency, frequencyBucket(frequency(key))));
  const cluster = lexicon.clusters.get(key) ?? 0;
  const names = evidence.nameClass?.(word) ?? 0;
  if (names) features.push(combine(T.Name, names));
  const profile = evidence.profile?.(key) ?? 0;
  const profileTop = profile ? profileTag(profile) + 1 : 0;
  if (profile) {
    features.push(combine(T.Profile, profileTop, profileShare(profile)), combine(T.ProfileSecond, profileTop, profileSecond(profile)), combine(T.ProfileCount, profileTop, profileCount(profile)));
  }
  features.push(combine(T.Cluster, cluster & 1023), combine(T.ClusterCoarse, cluster >> 10));
  const zwnj = word.indexOf('\u200c');
  if (zwnj > 0) {
    features.push(combine(T.FirstPart, fnv1a(word, 0, zwnj)), combine(T.LastPart, fnv1a(word, word.lastIndexOf('\u200c') + 1)));
  }
  const verbs = key.length > 1 && isPersianLetter(key.charCodeAt(0)) ? analyzeVerb(lexicon.verbs, key) : [];
  let verbClass = 0;
  if (verbs.length > 0) {
    const best = verbs[0];
    verbClass = fnv1a(`${best.shape}|${best.prefix}|${best.ending?.person ?? ''}${best.ending?.number ?? ''}|${best.clitic ? 'c' : ''}`) | 1;
    features.push(combine(T.VerbShape, verbClass), combine(T.VerbLight, LIGHT_VERBS.has(best.lemma) ? 1 : 0, verbs.length > 1 ? 1 : 0));
  } else if (/^(ن?می|همی)./.test(key) && key.length > 4) {
    features.push(combine(T.VerbGuess, 1));
  }
  for (let s = 0; s < PARADIGM.length; s++) {
    let seen = 0;
    for (const form of PARADIGM[s]) seen += frequency(key + form);
    if (seen > 0) features.push(combine(T.Paradigm, s, frequencyBucket(seen)));
  }
  for (let s = 0; s < STEM_SUFFIXES.length; s++) {
    const suffixText = STEM_SUFFIXES[s];
    if (key.length > suffixText.length + 1 && key.endsWith(suffixText)) {
      features.push(combine(T.StemEvidence, s, frequencyBucket(frequency(key.slice(0, -suffixText.length)))));
    }
  }
  return { key, hash, suffix3, cluster, names, profileTop, verbClass, verbs, features: Uint32Array.from(features) };
}
