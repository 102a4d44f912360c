import type { VerbTable } from '../../lexicon/verbs.js';
import { PREVERBS, takesGlide } from './verb-paradigm.js';

/** One verb as the analyzer sees it: its stems, its UD lemma and its preverb. */
export interface VerbLemma {
  /** The infinitive (مصدر): `برگشتن`. */
  infinitive: string;
  /** The UD PerDT lemma: the past stem without its preverb (`گشت` for برگشتن). */
  lemma: string;
  /** The full past stem (بن ماضی): `برگشت`. */
  past: string;
  /** The full present stem (بن مضارع): `برگرد`. */
  present: string;
  /** The present stem before a vowel-initial ending when it differs (`گوی` for گو، `آی` for آ). */
  glide?: string;
  /** The joined preverb (`بر`), or ''. */
  preverb: string;
  /** 0 for common verbs; higher for archaic, colloquial and variant entries (ranked lower). */
  rank: number;
}

/** A stem surface and the verb it belongs to; `glide` when it is the form before vowel endings. */
export interface StemMatch {
  verb: VerbLemma;
  glide: boolean;
}

/** The verb table indexed by stem surface, with preverbs split off. */
export interface VerbIndex {
  byPast: Map<string, VerbLemma[]>;
  byPresent: Map<string, StemMatch[]>;
  /** The verbs by their UD lemma (past stem without preverb). */
  byLemma: Map<string, VerbLemma[]>;
}

function rankOf(notes: string): number {
  const tags = notes.split(';')[0];
  let rank = 0;
  if (/archaic/.test(tags)) rank += 2;
  if (/colloquial|variant/.test(tags)) rank += 1;
  return rank;
}

function splitPreverb(past: string, pastStems: Set<string>): string {
  for (const preverb of PREVERBS) {
    if (past.startsWith(preverb) && past.length > preverb.length + 1 && pastStems.has(past.slice(preverb.length))) return preverb;
  }
  for (const preverb of PREVERBS) if (past.startsWith(preverb) && past.length > preverb.length + 1) return preverb;
  return '';
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes `data/curated/verbs.tsv` for analysis. A verb tagged `prefixed` (برگشتن) gets the
 * lemma of its simple verb (`گشت`), as UD PerDT writes it; a vowel-final present stem gets its
 * glide form (`آی`، `نمای`، `گوی` from the notes' "surfaces as ..." remark).
 * `buildVerbIndex(parseVerbTable('گفتن\tگفت\tگو\tt\t...'))` → byPast `گفت`, byPresent `گو` and `گوی`.
 */
export function buildVerbIndex(table: VerbTable): VerbIndex {
  const index: VerbIndex = { byPast: new Map(), byPresent: new Map(), byLemma: new Map() };
  for (const entry of table.entries) {
    const prefixed = /prefixed/.test(entry.notes.split(';')[0]);
    const preverb = prefixed ? splitPreverb(entry.past, table.past) : '';
    const surfaced = /surfaces as (\S+?)[\s,;)]/.exec(entry.notes + ' ')?.[1];
    const glide = surfaced && surfaced !== entry.present && surfaced.startsWith(entry.present) ? surfaced : takesGlide(entry.present) ? `${entry.present}ی` : undefined;
    const verb: VerbLemma = {
      infinitive: entry.infinitive, lemma: entry.past.slice(preverb.length), past: entry.past, present: entry.present,
      preverb, rank: rankOf(entry.notes), ...(glide ? { glide } : {}),
    };
    push(index.byPast, entry.past, verb);
    push(index.byPresent, entry.present, { verb, glide: false });
    if (glide) push(index.byPresent, glide, { verb, glide: true });
    push(index.byLemma, verb.lemma, verb);
  }
  for (const lists of [index.byPast, index.byLemma]) for (const list of lists.values()) list.sort((a, b) => a.rank - b.rank);
  return index;
}
