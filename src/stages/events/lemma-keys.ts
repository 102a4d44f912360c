import type { WordSlots } from '../../pipeline/word-slots.js';
import { PairTable } from '../normalize/half-space/pair-table.js';

/**
 * The lemma keys the learned event model reads a paragraph by (a lemma, `lemma_verb`, `lemma+lemma`;
 * see `./paragraph-facts.ts`) numbered once per process: equal keys get equal numbers and different
 * keys different ones, so a paragraph's keys are compared and looked up as small integers, and the key
 * of two lemmas in a row is found from their numbers in a {@link PairTable} instead of being spelled
 * and hashed again for every paragraph that holds it.
 * `lemmaKey(verbKeyId(lemmaKeyId('دیدار'), lemmaKeyId('کرد')))` → `دیدار_کرد`.
 * @module
 */

/** Keys numbered before the table starts over (a new {@link lemmaKeyGeneration}). */
const MAX_KEYS = 1_000_000;

const ids = new Map<string, number>();
const keys: string[] = [];
/** Per pair of key numbers, the number of `left_right` (a word before a verb). */
const verbPairs = new PairTable();
/** Per pair of key numbers, the number of `left+right` (two nouns or adjectives in a row). */
const phrasePairs = new PairTable();
let generation = 0;

/** Which numbering the numbers given now belong to: it changes only when {@link startLemmaKeys} starts the table over. */
export function lemmaKeyGeneration(): number {
  return generation;
}

/** Starts the numbering over when the table holds {@link MAX_KEYS} keys: call before numbering a document's keys, never while numbers given are still read. */
export function startLemmaKeys(): void {
  if (keys.length < MAX_KEYS) return;
  ids.clear();
  keys.length = 0;
  verbPairs.clear();
  phrasePairs.clear();
  generation++;
}

/** How many keys are numbered (every number given is below it). */
export function lemmaKeyCount(): number {
  return keys.length;
}

/** The number of key `key`, given on first sight. */
export function lemmaKeyId(key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = keys.length;
    ids.set(key, id);
    keys.push(key);
  }
  return id;
}

/**
 * {@link lemmaKeyId} of `lemma`, the lemma of a token whose word's slots are `slots`: remembered there, so the
 * tokens of one word with one lemma find their number without looking the lemma up in the table of all keys.
 */
export function slotLemmaKeyId(slots: WordSlots, lemma: string): number {
  if (slots.keyedLemma === lemma && slots.lemmaKeyNumbering === generation) return slots.lemmaKeyId;
  const id = lemmaKeyId(lemma);
  slots.keyedLemma = lemma;
  slots.lemmaKeyId = id;
  slots.lemmaKeyNumbering = generation;
  return id;
}

/** The key numbered `id` in numbering `numbering` (a {@link lemmaKeyGeneration}); an error once the table started over since. */
export function lemmaKey(id: number, numbering = generation): string {
  const key = keys[id];
  if (key === undefined || numbering !== generation) throw new Error(`lemma key ${id} of numbering ${numbering} is gone (now ${generation})`);
  return key;
}

/** The number of the pair key `left` + `joiner` + `right` (by their numbers), remembered in `table`. */
function pairKeyId(table: PairTable, joiner: string, left: number, right: number): number {
  let id = table.get(left, right);
  if (id < 0) {
    id = lemmaKeyId(keys[left] + joiner + keys[right]);
    table.set(left, right, id);
  }
  return id;
}

/** The number of `left_right`: a word (key number `left`) before a verb (`right`). */
export function verbKeyId(left: number, right: number): number {
  return pairKeyId(verbPairs, '_', left, right);
}

/** The number of `left+right`: two nouns or adjectives in a row. */
export function phraseKeyId(left: number, right: number): number {
  return pairKeyId(phrasePairs, '+', left, right);
}
