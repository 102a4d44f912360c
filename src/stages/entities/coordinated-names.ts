import type { EntityContext, NameMention } from './entity-context.js';
import { longestMatchAt } from './match-gazetteer.js';

/** The gazetteer kind of countries. */
const COUNTRY_KIND: ReadonlySet<string> = new Set(['country']);

/**
 * Splits a tagger organization that runs over two names into both: at `و` before its own head word again
 * (`سازمان فضایی ایران و سازمان فضایی ملی چین` → two organizations), and after a country that another
 * country follows to its end (`وزارت خارجه سودان امارات متحده عربی` → `وزارت خارجه سودان` + the country,
 * which the gazetteer names on its own). Other spans are returned as they are.
 */
export function splitCoordinated(context: EntityContext, span: NameMention): NameMention[] {
  if (span.type !== 'ORG' || span.entry || span.last - span.first < 3) return [span];
  const { keys } = context;
  for (let i = span.first + 1; i < span.last - 1; i++) {
    if (keys[i] === 'و' && keys[i + 1] === keys[span.first]) return [{ ...span, last: i }, ...splitCoordinated(context, { ...span, first: i + 1 })];
  }
  for (let i = span.first + 1; i < span.last - 1; i++) {
    const country = longestMatchAt(context.resources.gazetteer, keys, i, span.last, COUNTRY_KIND);
    if (!country || country.last >= span.last) continue;
    const next = longestMatchAt(context.resources.gazetteer, keys, country.last, span.last, COUNTRY_KIND);
    if (next && next.last === span.last) return [{ ...span, last: country.last }];
  }
  return [span];
}
