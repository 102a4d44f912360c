import type { Token } from '../doc/doc.js';

/**
 * What the stages know about one word form (a token's `norm`), kept in one place for all of them:
 * a document's tokens find their word's slots with one map lookup (once per token list), and each
 * stage that describes words reads and stores its description there instead of looking the word up
 * in a map of its own. A description is stored with the object that made it (a morphology, an
 * entity stage), so pipelines over different lexicons never read each other's.
 */
export interface WordSlots {
  readonly norm: string;
  /** `matchKey(norm)` of the clause stages (see `stages/clauses/match-key.ts`). */
  matchKey: string | undefined;
  /** The morphology's cached word (see `stages/morph/morphology.ts`), made by `morphOwner`. */
  morph: unknown;
  morphOwner: object | undefined;
  /** The entity stage's word description (see `stages/entities/word-info.ts`), made by `entityOwner`. */
  entity: unknown;
  entityOwner: object | undefined;
  /** The country the word names as a lone demonym (events; null for none), read in `demonymOwner` (a gazetteer). */
  demonym: string | null | undefined;
  demonymOwner: object | undefined;
  /** The gazetteer trie's node of the word at its root (events; null for none), read in `rootNodeOwner` (a gazetteer). */
  rootNode: unknown;
  rootNodeOwner: object | undefined;
  /** The lemma a token of this form had when the events last numbered it, and its number in numbering `lemmaKeyNumbering` (see `stages/events/lemma-keys.ts`). */
  keyedLemma: string | undefined;
  lemmaKeyId: number;
  lemmaKeyNumbering: number;
}

/** Word forms kept before the table is emptied (each stage's descriptions go with them). */
const MAX_WORDS = 200_000;
const byNorm = new Map<string, WordSlots>();
const byTokens = new WeakMap<readonly Token[], WordSlots[]>();

/** The slots of one word form, made empty on first sight. */
export function wordSlots(norm: string): WordSlots {
  let slots = byNorm.get(norm);
  if (slots === undefined) {
    if (byNorm.size >= MAX_WORDS) byNorm.clear();
    slots = { norm, matchKey: undefined, morph: undefined, morphOwner: undefined, entity: undefined, entityOwner: undefined, demonym: undefined, demonymOwner: undefined, rootNode: undefined, rootNodeOwner: undefined, keyedLemma: undefined, lemmaKeyId: -1, lemmaKeyNumbering: -1 };
    byNorm.set(norm, slots);
  }
  return slots;
}

/**
 * The slots of every token of a list (by its `norm`), looked up once per list and shared by the
 * stages that read it; looked up again if the list's length changed.
 */
export function tokenSlots(tokens: readonly Token[]): WordSlots[] {
  let slots = byTokens.get(tokens);
  if (slots === undefined || slots.length !== tokens.length) {
    slots = new Array<WordSlots>(tokens.length);
    for (let i = 0; i < tokens.length; i++) slots[i] = wordSlots(tokens[i].norm);
    byTokens.set(tokens, slots);
  }
  return slots;
}
