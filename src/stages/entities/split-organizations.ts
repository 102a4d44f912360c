import type { EntityContext, NameMention } from './entity-context.js';
import { COUNTRY_KINDS, ORGANIZATION_KINDS, PLACE_KINDS } from './gazetteer.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';
import { INSTITUTIONS } from './role-phrases.js';
import { PREPOSITIONS } from './function-words.js';

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
 * - after `و`: `دانشگاه صنعتی شریف و دانشگاه فنی باومن` → both universities; after a preposition: `ارتش با نیروی دریایی عمان`;
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
    // (nor does a name run over a preposition into a body's head word: `ارتش با نیروی دریایی عمان`)
    if (context.keys[j - 1] === 'و' || PREPOSITIONS.has(context.keys[j - 1])) end = j - 1;
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

/**
 * Splits a tagger organization that runs over two names into both: at `و` before its own head word again
 * (`سازمان فضایی ایران و سازمان فضایی ملی چین` → two organizations), and after a country that another
 * country follows to its end (`وزارت خارجه سودان امارات متحده عربی` → `وزارت خارجه سودان` + the country,
 * which the gazetteer names on its own) or a place of another country follows (`ارتش اسرائیل جنوب لبنان`); and a
 * tagger person at its `و` (`دار و متقی` → two people). Other spans are returned as they are.
 */
export function splitCoordinated(context: EntityContext, span: NameMention): NameMention[] {
  const { keys } = context;
  // a person's name holds no `و`: `با دار و متقی` names two people
  if (span.type === 'PER' && !span.entry) {
    const and = keys.indexOf('و', span.first + 1);
    if (and > span.first && and < span.last - 1) return [{ ...span, last: and }, ...splitCoordinated(context, { ...span, first: and + 1 })];
  }
  if (span.type !== 'ORG' || span.entry || span.last - span.first < 3) return [span];
  for (let i = span.first + 1; i < span.last - 1; i++) {
    if (keys[i] === 'و' && keys[i + 1] === keys[span.first]) return [{ ...span, last: i }, ...splitCoordinated(context, { ...span, first: i + 1 })];
  }
  for (let i = span.first + 1; i < span.last - 1; i++) {
    const country = longestMatchAt(context.resources.gazetteer, keys, i, span.last, COUNTRY_KINDS);
    if (!country || country.last >= span.last) continue;
    const next = longestMatchAt(context.resources.gazetteer, keys, country.last, span.last, COUNTRY_KINDS);
    if (next && next.last === span.last) return [{ ...span, last: country.last }];
    // a place of another country after it, or a part of one (`ارتش اسرائیل جنوب لبنان`): the object, not the name
    const at = DIRECTIONS.has(keys[country.last]) ? country.last + 1 : country.last;
    const place = at < span.last ? longestMatchAt(context.resources.gazetteer, keys, at, span.last, PLACE_KINDS) : undefined;
    const own = entryOfKind(country.entries, COUNTRY_KINDS)?.country;
    const theirs = place && entryOfKind(place.entries, PLACE_KINDS)?.country;
    if (place && place.last === span.last && theirs && own && theirs !== own) return [{ ...span, last: country.last }];
  }
  return [span];
}

/** Words for a part of a country before its name: `جنوب لبنان`، `شمال غزه`. */
const DIRECTIONS: ReadonlySet<string> = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'مرکز']);
