import type { Gazetteer } from '../entities/gazetteer.js';
import { entityKey } from '../entities/entity-key.js';

const KIND_BITS: Record<string, number> = {
  country: 1, province: 2, city: 2, region: 2, landmark: 2, organization: 4, misc: 8, title: 16, rank: 16, honorific: 16, role: 32, 'given-name': 64, demonym: 128,
};

/**
 * What the entity gazetteers say about one word, as a small bit set for the tagger: the kinds of
 * names it is on its own (country, place, organization, given name, title or role word, demonym),
 * whether it starts a longer name, and whether it is also an everyday word; 0 when unknown.
 * `nameClass(gazetteer, 'مازندران')` → the "place" bit; `nameClass(gazetteer, 'کتاب')` → 0.
 */
export function nameClass(gazetteer: Gazetteer, word: string): number {
  const node = gazetteer.root.get(entityKey(word));
  if (!node) return 0;
  let bits = node.next.size > 0 ? 256 : 0;
  for (const entry of node.entries) bits |= (KIND_BITS[entry.kind] ?? 0) | (entry.ambiguous ? 512 : 0);
  return bits;
}
