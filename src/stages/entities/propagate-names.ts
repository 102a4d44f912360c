import { type EntityContext, type NameMention } from './entity-context.js';
import { isNameLike } from './find-names.js';
import { TITLE_KINDS } from './gazetteer.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';
import { skeletonKey } from './entity-key.js';
import { sameNameWord } from './person-matching.js';
import { readPersonName } from './person-names.js';

/** Parts of speech a surname never has: a word tagged so is the everyday word, not the person. */
const FUNCTION_POS = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'NUM', 'PART', 'PUNCT', 'ADV']);
/** Verbs of saying right after a word make it the speaker: `فیدان گفت`. */
const SPEECH = new Set(['گفت', 'افزود', 'گفته', 'تصریح', 'تاکید', 'تأکید', 'اظهار', 'اعلام', 'خاطرنشان', 'ادامه']);

/**
 * A report names a person in full once and by surname later (`هاکان فیدان` … `فیدان که ...`):
 * every later occurrence of a known person's full name, or of their surname where it reads as a
 * name (spelled exactly so and rare, after a title or rank, before a verb of saying, or tagged as a
 * noun, adjective or proper noun rather than a function word or verb), becomes a PER name too.
 * `names` is every name found so far, in all sentences; new spans are added to it.
 */
export function propagatePersonNames(context: EntityContext, names: NameMention[], ranges: readonly [number, number][], taken: Uint8Array): void {
  const people = names.filter((n) => n.type === 'PER').map((n) => readPersonName(context, n, 0).keys).filter((k) => k.length > 0);
  if (people.length === 0) return;
  const covered = new Uint8Array(context.tokens.length);
  for (const n of names) covered.fill(1, n.first, n.last);
  const surnames = people.filter((k) => k.length > 1).map((k) => k[k.length - 1]);
  const heads = new Set([...surnames, ...people.filter((k) => k.length > 1).map((k) => k[0])]);
  const skeletons = new Set([...heads].map(skeletonKey));
  const long = [...heads].filter((h) => skeletonKey(h).length >= 4);
  /** Whether a token can be a surname or open a full name: the same word, or a rare word spelled like one. */
  const candidate = (i: number): boolean => {
    const key = context.keys[i];
    if (heads.has(key)) return true;
    if (context.words[i].frequency > 7) return false;
    return skeletons.has(skeletonKey(key)) || long.some((h) => sameNameWord(h, key));
  };
  const titled = (i: number): boolean => {
    for (let length = 1; length <= 3 && i - length >= 0; length++) {
      const match = longestMatchAt(context.resources.gazetteer, context.keys, i - length, i);
      if (match?.last === i && entryOfKind(match.entries, TITLE_KINDS)) return true;
    }
    return false;
  };
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      if (covered[i] || taken[i] || context.tokens[i].kind !== 'word' || !candidate(i)) continue;
      const full = people.find((keys) => keys.length > 1 && i + keys.length <= to && keys.every((k, j) => !covered[i + j] && sameNameWord(k, context.keys[i + j])));
      if (full) {
        names.push({ first: i, last: i + full.length, type: 'PER' });
        covered.fill(1, i, i + full.length);
        i += full.length - 1;
        continue;
      }
      if (!surnames.some((s) => sameNameWord(s, context.keys[i]))) continue;
      const pos = context.tokens[i].pos;
      const exact = surnames.includes(context.keys[i]) && context.words[i].frequency <= 7;
      if (exact || isNameLike(context, i) || titled(i) || SPEECH.has(context.keys[i + 1] ?? '') || (pos !== undefined && !FUNCTION_POS.has(pos))) {
        names.push({ first: i, last: i + 1, type: 'PER' });
        covered[i] = 1;
      }
    }
  }
}
