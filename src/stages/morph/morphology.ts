import type { Lexicons } from '../../lexicon/lexicons.js';
import type { WordSlots } from '../../pipeline/word-slots.js';
import { foldWord } from '../../text/fold.js';
import { createRankerScratch, type LemmaEvidence } from './lemma-ranker.js';
import { type LemmaResult, type LemmatizerContext, lemmatizeWord } from './lemmatizer.js';
import type { MorphLexicon } from './morph-lexicon.js';
import { fallbackTag } from './fallback-tag.js';
import { FastTagger } from './fast-tagger.js';
import { UPOS_TAGS, type Upos } from './upos.js';
import { GLUED_FUTURE } from './verb-paradigm.js';
import { describeWord, type WordEvidence, type WordInfo } from './word-info.js';
import { nameClass } from './name-class.js';

/** One analysed word: lemma, Universal POS tag, UD features and, for verbs, the present stem. */
export interface MorphWord extends LemmaResult {
  upos: Upos;
}

/** Tagging and lemmatization over loaded lexicons, with a per-process cache of word analyses. */
export interface Morphology {
  /**
   * Tags and lemmatizes the words of one sentence: `['او', 'می‌گوید']` →
   * `[{lemma: 'او', upos: 'PRON'}, {lemma: 'گفت', upos: 'VERB'}]`. The objects are shared by every
   * occurrence of the word with that tag: read them, do not change them.
   */
  analyzeSentence(words: readonly string[]): MorphWord[];
  /**
   * {@link analyzeSentence} over the words `slots[from..to)` (shared word slots, see
   * `pipeline/word-slots.ts`): the same analyses, each word's cached description kept in its slots.
   */
  analyzeSlots(slots: readonly WordSlots[], from: number, to: number): MorphWord[];
  /** The lemma of one word under a tag, without context: `lemmatize('کتاب‌ها', 'NOUN').lemma` → `کتاب`. */
  lemmatize(word: string, upos: Upos): MorphWord;
  /** The cached description of a word (key, verb readings, tagger features). */
  describe(word: string): WordInfo;
}

/** Options of {@link createMorphology}. */
export interface MorphologyOptions {
  /** Word types kept in the cache, and in the tagger's word arrays, before each is emptied (default 100,000: about 60 MB at most). */
  cacheSize?: number;
}

interface CachedWord {
  info: WordInfo;
  /** The word's number in the tagger (see `fast-tagger.ts`), valid in the tagger's epoch `taggerEpoch`. */
  taggerWord: number;
  taggerEpoch: number;
  /** The analysis under each tag, made on first need and shared (treat as read-only). */
  results: (MorphWord | undefined)[];
  /** What the word is when it is a future auxiliary with a preverb glued on (`درخواهد`), looked up once per word. */
  glued: { preverb: string; auxiliary: string } | undefined;
}

/**
 * `{...lemma, upos}` written out, in that key order: two object shapes in all (with and without
 * `presentStem`), where a spread made thousands and every stage reading `lemma` or `upos` missed
 * the engine's property caches (measured: about 800 cache misses per 4 KB report in the morph stage alone).
 */
function morphWord(lemma: LemmaResult, upos: Upos): MorphWord {
  return lemma.presentStem === undefined
    ? { lemma: lemma.lemma, feats: lemma.feats, upos }
    : { lemma: lemma.lemma, feats: lemma.feats, presentStem: lemma.presentStem, upos };
}

/**
 * Builds the morphology over `lexicons.morph` (tagger weights, lemma lexicon, verb table,
 * broken plurals) and the corpus word counts. Without tagger weights, tags come from the lemma
 * lexicon and the verb analyzer alone.
 * @throws Error when `lexicons.morph` is missing (load the lexicons with `loadLexicons()`).
 */
export function createMorphology(lexicons: Lexicons, options: MorphologyOptions = {}): Morphology {
  const lexicon: MorphLexicon | undefined = lexicons.morph;
  if (!lexicon) throw new Error('createMorphology: lexicons.morph is missing; load it with loadLexicons() or createLexicons({..., morphLemmas})');
  const forms = lexicons.halfSpace.forms;
  const evidence: LemmaEvidence = {
    frequency: (key) => forms.get(key)?.total ?? 0,
    lemmaCount: (key) => lexicon.lemmas.lemmaCounts.get(key) ?? 0,
  };
  const gazetteer = lexicons.entities?.gazetteer;
  const profiles = lexicon.profiles;
  const wordEvidence: WordEvidence = {
    frequency: evidence.frequency,
    profile: (key) => profiles.get(key) ?? 0,
    ...(gazetteer ? { nameClass: (word: string) => nameClass(gazetteer, word) } : {}),
  };
  const context: LemmatizerContext = { lexicon, evidence, scratch: createRankerScratch() };
  const cacheSize = options.cacheSize ?? 100_000;
  const cache = new Map<string, CachedWord>();
  const tagger = lexicon.tagger ? new FastTagger(lexicon.tagger) : undefined;
  let tags = new Uint8Array(256);
  /** The tagger's numbers of a sentence's words (scratch). */
  let taggerWords = new Int32Array(256);
  const AUX = UPOS_TAGS.indexOf('AUX');

  const lookup = (word: string): CachedWord => {
    let cached = cache.get(word);
    if (!cached) {
      if (cache.size >= cacheSize) cache.clear();
      const info = describeWord(foldWord(word), lexicon, wordEvidence);
      cached = { info, taggerWord: 0, taggerEpoch: -1, results: [], glued: GLUED_FUTURE.get(info.key) };
      cache.set(word, cached);
    }
    return cached;
  };
  const result = (word: string, cached: CachedWord, tag: number): MorphWord =>
    (cached.results[tag] ??= morphWord(lemmatizeWord(context, foldWord(word), cached.info, UPOS_TAGS[tag]), UPOS_TAGS[tag]));

  /** Tags the cached words `cachedWords[0..n)` (forms `words`) as one sentence. */
  const analyzeCached = (words: readonly string[], cachedWords: readonly CachedWord[], n: number): MorphWord[] => {
    if (tags.length < n) tags = new Uint8Array(n * 2);
    if (tagger) {
      if (taggerWords.length < n) taggerWords = new Int32Array(n * 2);
      // the tagger keeps no more words than the cache: when full it starts again (a new epoch)
      if (tagger.words + n > cacheSize) tagger.clearWords();
      for (let i = 0; i < n; i++) {
        const cached = cachedWords[i];
        if (cached.taggerEpoch !== tagger.epoch) {
          cached.taggerWord = tagger.addWord(cached.info);
          cached.taggerEpoch = tagger.epoch;
        }
        taggerWords[i] = cached.taggerWord;
      }
      tagger.tag(taggerWords, n, tags);
    } else for (let i = 0; i < n; i++) tags[i] = UPOS_TAGS.indexOf(fallbackTag(cachedWords[i].info, lexicon));
    const out: MorphWord[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = result(words[i], cachedWords[i], tags[i]);
    for (let i = 0; i + 1 < n; i++) {
      // a preverb glued to the future auxiliary before a past verb (`درخواهد آورد`، `برنخواهد گشت`) is that
      // auxiliary (PerDT: AUX خواست, Tense=Fut), not a form of درخواستن: the tagger sees the word alone
      const glued = cachedWords[i].glued;
      if (glued && out[i + 1].upos === 'VERB' && out[i + 1].feats?.includes('Tense=Past') && !out[i + 1].feats?.includes('VerbForm=Part')) {
        out[i] = result(glued.auxiliary, lookup(glued.auxiliary), AUX);
      }
    }
    return out;
  };
  const slotWords: string[] = [];
  const slotCached: CachedWord[] = [];
  /** What this morphology's descriptions are kept under in the shared word slots. */
  const owner = {};

  return {
    analyzeSentence(words) {
      const n = words.length;
      const cachedWords: CachedWord[] = new Array(n);
      for (let i = 0; i < n; i++) cachedWords[i] = lookup(words[i]);
      return analyzeCached(words, cachedWords, n);
    },
    analyzeSlots(slots, from, to) {
      const n = to - from;
      slotWords.length = n;
      slotCached.length = n;
      for (let i = 0; i < n; i++) {
        const slot = slots[from + i];
        slotWords[i] = slot.norm;
        if (slot.morphOwner !== owner) {
          slot.morph = lookup(slot.norm);
          slot.morphOwner = owner;
        }
        slotCached[i] = slot.morph as CachedWord;
      }
      return analyzeCached(slotWords, slotCached, n);
    },
    lemmatize(word, upos) {
      return result(word, lookup(word), UPOS_TAGS.indexOf(upos));
    },
    describe(word) {
      return lookup(word).info;
    },
  };
}
