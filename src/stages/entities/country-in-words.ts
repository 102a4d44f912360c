import type { EntityContext } from './entity-context.js';
import { matchGazetteer } from './match-gazetteer.js';

/** Gazetteer kinds whose entries carry the country they name or belong to. */
const COUNTRY_BEARING: ReadonlySet<string> = new Set(['country', 'province', 'city', 'demonym', 'organization']);

/**
 * The country named by the words of tokens `[first, last)`: the last country, city, province,
 * demonym or organization with a country among them, or the home country for `کشورمان`.
 * `فرماندهی مرکزی ارتش آمریکا` → `USA`; `ارتش رژیم اشغالگر` → `ISR`; `کارخانه نساجی بروجرد` → `IRN`.
 */
export function countryInWords(context: EntityContext, first: number, last: number): string | undefined {
  let country: string | undefined;
  for (const match of matchGazetteer(context.resources.gazetteer, context.keys, first, last, COUNTRY_BEARING)) {
    const entry = match.entries.find((e) => COUNTRY_BEARING.has(e.kind) && e.country && !e.ambiguous);
    if (entry?.country) country = entry.country;
  }
  for (let i = first; i < last; i++) if (context.keys[i] === 'کشورمان') country = context.homeCountry;
  return country;
}
