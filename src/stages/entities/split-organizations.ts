import type { EntityContext, NameMention } from './entity-context.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';
import { INSTITUTIONS } from './role-phrases.js';

const ORGANIZATION_KINDS = new Set(['organization']);
const PLACE_KINDS = new Set(['country', 'province', 'city', 'region']);

/** Whether a listed, unambiguous name of one of `kinds` ends just before token `j` (from at most four tokens back, not before `first`). */
function listedEndsAt(context: EntityContext, first: number, j: number, kinds: ReadonlySet<string>): number | undefined {
  for (let start = Math.max(first, j - 4); start < j; start++) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, start, j, kinds);
    const entry = match && entryOfKind(match.entries, kinds);
    if (match?.last === j && entry && !entry.ambiguous) return start;
  }
  return undefined;
}

/** Whether token `k` is a word no list knows: a common noun between two bodies (`ادعای`), whatever the tagger calls it. */
function unlisted(context: EntityContext, k: number): boolean {
  return context.tokens[k].kind === 'word' && longestMatchAt(context.resources.gazetteer, context.keys, k, k + 1) === undefined;
}

/**
 * The tagger's organization that runs over two bodies is cut in two, each a name
 * (the words between are left out), where a body's head word (`وزارت`, `سپاه`, `دانشگاه`) opens
 * the second:
 * - after `و`: `دانشگاه صنعتی شریف و دانشگاه فنی باومن` → both universities;
 * - after a place that ends the first: `اتحادیه اروپا سپاه پاسداران` → `اتحادیه اروپا`, `سپاه پاسداران`;
 * - after a listed organization and one or two common nouns no list knows:
 *   `قوه قضاییه ادعای وزارت خارجه انگلیس` → `قوه قضاییه`, `وزارت خارجه انگلیس`.
 * A place the tagger ran over `و` is cut there too (see {@link splitPlaces}). Other spans are returned as they are.
 */
export function splitOrganizations(context: EntityContext, span: NameMention): NameMention[] {
  if (span.type === 'LOC') return splitPlaces(context, span);
  if (span.type !== 'ORG' || span.last - span.first < 3) return [span];
  for (let j = span.first + 2; j < span.last; j++) {
    if (!INSTITUTIONS.has(context.keys[j])) continue;
    let end: number | undefined;
    if (context.keys[j - 1] === 'و') end = j - 1;
    else if (listedEndsAt(context, span.first, j, PLACE_KINDS) !== undefined) end = j;
    else {
      for (let gap = 1; gap <= 2 && end === undefined; gap++) {
        const k = j - gap;
        let plain = k > span.first;
        for (let g = k; g < j && plain; g++) plain = unlisted(context, g);
        if (plain && listedEndsAt(context, span.first, k, ORGANIZATION_KINDS) !== undefined) end = k;
      }
    }
    if (end === undefined || end <= span.first) continue;
    return [{ ...span, last: end }, ...splitOrganizations(context, { ...span, first: j })];
  }
  return [span];
}

/**
 * The tagger's place that runs over `و` is two places (`دجله و فرات`, `ایران و عراق`); a listed name
 * with `و` in it (`بوسنی و هرزگوین`) is whole again once the gazetteer's longer match replaces the parts.
 */
function splitPlaces(context: EntityContext, span: NameMention): NameMention[] {
  for (let j = span.first + 1; j < span.last - 1; j++) {
    if (context.keys[j] === 'و') return [{ ...span, last: j }, ...splitPlaces(context, { ...span, first: j + 1 })];
  }
  return [span];
}
