import type { EntityContext } from './entity-context.js';
import { PREPOSITIONS, SOURCE_NOUNS } from './function-words.js';

/**
 * Where a pronoun that is no subject stands in its sentence: after a preposition (`به او`), after a
 * noun it completes (`آزادی وی`, `بازداشت موقت او`), or before `را` (`او را`). Such a pronoun names someone its clause
 * does not: in `فیدان با پزشکیان دیدار کرد و پیام اردوغان را به او داد` neither the subject
 * (فیدان) nor the owner of the thing handed over (اردوغان) but پزشکیان.
 */
export interface PronounPosition {
  /** The first token of the sentence. */
  sentenceFrom: number;
  /** `[first, last)` of the object phrase before `را` the pronoun's preposition follows (`پیام اردوغان را به او`). */
  object?: [number, number];
}

/** Tokens that end the clause before an object phrase: a comma, `و`, `که`, quotation marks. */
const CLAUSE_MARKS = new Set(['،', 'و', 'که', ':', '«', '»', ',']);

/**
 * The position of the pronoun at token `i` of the sentence starting at `from`, or undefined when it
 * may be a subject (nothing before it binds it: `وی افزود`, `گفت که او ...`) or is the source of
 * words (`به گفته وی`, `از نظر او`: the speaker the sentence is about, see {@link SOURCE_NOUNS}).
 * `... دیدار و پیام کتبی اردوغان را به او داد` → `{ sentenceFrom, object: [پیام, را) }`; a name set
 * off by commas closing the object belongs to it (`پیام رئیس‌جمهور، مسعود پزشکیان، را به وی`).
 */
export function pronounPosition(context: EntityContext, from: number, i: number): PronounPosition | undefined {
  const before = i - 1 >= from ? context.tokens[i - 1] : undefined;
  const afterPreposition = before !== undefined && PREPOSITIONS.has(context.keys[i - 1]);
  const dependent = afterPreposition || completesNoun(context, from, i) || context.keys[i + 1] === 'را';
  if (!dependent) return undefined;
  if (!afterPreposition && i - 2 >= from && SOURCE_NOUNS.has(context.keys[i - 1]) && PREPOSITIONS.has(context.keys[i - 2])) return undefined;
  if (!afterPreposition || context.keys[i - 2] !== 'را') return { sentenceFrom: from };
  let k = i - 3;
  if (context.keys[k] === '،') {
    // an apposition closing the object: back over it to the comma that opens it
    const opening = commaBefore(context, from, k);
    if (opening !== undefined) k = opening - 1;
  }
  while (k >= from && !CLAUSE_MARKS.has(context.keys[k]) && context.tokens[k].pos !== 'VERB' && context.tokens[k].pos !== 'AUX') k--;
  return { sentenceFrom: from, object: [k + 1, i - 2] };
}

/** Whether the pronoun at `i` completes the noun before it, across the noun's adjectives (`آزادی وی`, `بازداشت موقت او`). */
function completesNoun(context: EntityContext, from: number, i: number): boolean {
  let k = i - 1;
  while (k > from && context.tokens[k].pos === 'ADJ') k--;
  return k >= from && context.tokens[k].pos === 'NOUN';
}

/** The comma before token `k` within a few words and after `from` (an apposition's opening comma), else undefined. */
function commaBefore(context: EntityContext, from: number, k: number): number | undefined {
  for (let j = k - 1; j >= Math.max(from, k - 6); j--) {
    if (context.keys[j] === '،') return j;
    if (CLAUSE_MARKS.has(context.keys[j]) || context.tokens[j].pos === 'VERB') return undefined;
  }
  return undefined;
}
