/**
 * The Universal POS tags (UD v2), in the order of the tagger's classes: the most frequent in
 * Persian news first. `UPOS_TAGS.indexOf('VERB')` → 2.
 */
export const UPOS_TAGS = ['NOUN', 'ADP', 'VERB', 'PUNCT', 'ADJ', 'PRON', 'CCONJ', 'PROPN', 'AUX', 'SCONJ', 'DET', 'ADV', 'NUM', 'INTJ', 'PART', 'X', 'SYM'] as const;

/** One Universal POS tag: `NOUN`, `VERB`, `ADP`... */
export type Upos = (typeof UPOS_TAGS)[number];

/** The tag's class index, or -1 for a string that is no UPOS tag: `uposIndex('ADJ')` → 4. */
export function uposIndex(tag: string): number {
  return (UPOS_TAGS as readonly string[]).indexOf(tag);
}
