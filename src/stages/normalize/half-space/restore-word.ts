import type { HalfSpaceLexicon } from '../../../lexicon/half-space-lexicon.js';
import { ZWNJ_CHAR } from '../../../text/characters.js';
import { spell } from './spell.js';
import { PERSON_ENDINGS, PREVERBS, SUFFIXES, suffixFits, VERB_PREFIXES } from './affixes.js';
import { boundaryFeatures, candidateBoundaries, type LazyBoundaryModel } from './boundary-features.js';

/** Present and past verb stems (بن مضارع، بن ماضی), for recognising `می` + verb. */
export interface VerbStems {
  present: ReadonlySet<string>;
  past: ReadonlySet<string>;
}

/**
 * Spells one word (letters only, no half-spaces) the way the evidence says:
 * `createWordRestorer(lexicon)('همکاریهای')` → `همکاری‌های`.
 */
export type WordRestorer = ((key: string) => string) & {
  /** Whether the word is attested (corpus or curated lists). */
  known(key: string): boolean;
  /** Whether the word reads as a verb form after می/نمی (`توانند`، `گفتیم`). */
  isVerbBody(key: string): boolean;
};

const MAX_CACHE = 200_000;
const MIN_STEM_COUNT = 2;

/** Bodies that follow می‌ or نمی‌ in the lexicon: `می‌کنند` gives `کنند`. */
function verbBodies(lexicon: HalfSpaceLexicon): Set<string> {
  const bodies = new Set<string>();
  for (const entry of lexicon.forms.values()) {
    if (entry.bestCount === 0) continue;
    for (const prefix of VERB_PREFIXES) {
      if (entry.best.startsWith(prefix + ZWNJ_CHAR)) bodies.add(entry.best.slice(prefix.length + 1).split(ZWNJ_CHAR).join(''));
    }
  }
  return bodies;
}

/**
 * Builds the word restorer: a known word takes its most frequent spelling; an unknown one is
 * analysed as stem + suffix chain (`سامانه‌های`، `کرده‌اند`، `منطقه‌ای`), verbal prefix + verb
 * (`می‌فرستادند`) or بی + noun (`بی‌سابقه`), the stem spelled recursively; otherwise it stays as
 * written. Decisions are cached per key.
 */
export function createWordRestorer(lexicon: HalfSpaceLexicon, verbs?: VerbStems, boundaryModel?: LazyBoundaryModel): WordRestorer {
  const cache = new Map<string, string>();
  const bodies = verbBodies(lexicon);
  const forms = lexicon.forms;

  const count = (key: string): number => forms.get(key)?.total ?? 0;

  const isVerbBody = (body: string): boolean => {
    if (bodies.has(body)) return true;
    // a short body never seen after می could as well be a name: میدری stays a surname
    if (!verbs || body.length < 4) return false;
    for (const ending of PERSON_ENDINGS) {
      if (!body.endsWith(ending)) continue;
      const stem = body.slice(0, body.length - ending.length);
      if (stem.length === 0) continue;
      if (verbs.past.has(stem) || verbs.present.has(stem)) return true;
      if (ending !== '' && stem.endsWith('ی') && verbs.present.has(stem.slice(0, -1))) return true; // گو + ی + د
    }
    return body.endsWith('ه') && verbs.past.has(body.slice(0, -1)); // participle: کرده
  };

  const analyse = (key: string): string | undefined => {
    for (const suffix of SUFFIXES) {
      if (!key.endsWith(suffix.text) || key.length - suffix.text.length < 2) continue;
      const stem = key.slice(0, key.length - suffix.text.length);
      if (count(stem) < MIN_STEM_COUNT && !analyse(stem)) continue;
      const spelled = restore(stem);
      if (suffixFits(stem, suffix)) return spelled + ZWNJ_CHAR + suffix.text;
      if (!suffix.vowelStemOnly) return spelled + suffix.text;
    }
    for (const prefix of VERB_PREFIXES) {
      if (!key.startsWith(prefix) || key.length - prefix.length < 2) continue;
      const body = key.slice(prefix.length);
      if (isVerbBody(body)) return prefix + ZWNJ_CHAR + restore(body);
    }
    for (const preverb of PREVERBS) {
      if (!key.startsWith(preverb)) continue;
      for (const prefix of VERB_PREFIXES) {
        const body = key.slice(preverb.length + prefix.length);
        if (key.startsWith(prefix, preverb.length) && body.length >= 2 && isVerbBody(body)) return preverb + prefix + ZWNJ_CHAR + restore(body);
      }
    }
    if (key.startsWith('بی') && key.length >= 5 && count(key.slice(2)) >= 3) return 'بی' + ZWNJ_CHAR + restore(key.slice(2));
    const boundary = key.length >= 4 ? boundaryModel?.() : undefined;
    if (boundary) {
      // after a leading می/نمی only a verb takes a half-space, whatever the model says (میدری is a surname)
      const verbalPrefix = (p: number): boolean => (VERB_PREFIXES as readonly string[]).includes(key.slice(0, p)) && !isVerbBody(key.slice(p));
      const positions = candidateBoundaries(key).filter((p) => !verbalPrefix(p) && boundary.model.score(boundaryFeatures(key, p, boundary.stats)) > 0);
      if (positions.length > 0) return spell(key, positions);
    }
    return undefined;
  };

  const restore = (key: string): string => {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const entry = forms.get(key);
    let spelled: string;
    if (entry && entry.total > 0) spelled = entry.bestCount > entry.solidCount ? entry.best : key;
    else spelled = analyse(key) ?? key;
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(key, spelled);
    return spelled;
  };

  return Object.assign(restore, { known: (key: string) => count(key) > 0, isVerbBody });
}
