import type { EntityContext } from './entity-context.js';
import { matchGazetteer } from './match-gazetteer.js';

/** Gazetteer kinds whose entries carry the country they name or belong to. */
const COUNTRY_BEARING: ReadonlySet<string> = new Set(['country', 'province', 'city', 'demonym', 'organization']);

/** Words naming a body of water: the country name after them names the water, not the country. */
const WATERS: ReadonlySet<string> = new Set(['اقیانوس', 'دریای', 'خلیج', 'تنگه', 'کانال']);

/**
 * The country named by the words of tokens `[first, last)`: the last country, city, province,
 * demonym or organization with a country among them, or the home country for `کشورمان`.
 * A country after a word for a body of water is skipped (`شمال اقیانوس هند` → none). With `named` (the words of
 * an organization's name), a country whose name is also an everyday word counts where it ends the name after other words.
 * `فرماندهی مرکزی ارتش آمریکا` → `USA`; `ارتش رژیم اشغالگر` → `ISR`; `کارخانه نساجی بروجرد` → `IRN`.
 */
export function countryInWords(context: EntityContext, first: number, last: number, named = false): string | undefined {
  let country: string | undefined;
  for (const match of matchGazetteer(context.resources.gazetteer, context.keys, first, last, COUNTRY_BEARING)) {
    // a sea or an ocean named after a country is no part of it (`اقیانوس هند`، `دریای چین جنوبی`)
    if (match.first > 0 && WATERS.has(context.keys[match.first - 1])) continue;
    // a country whose name is an everyday word too counts where it ends a body's name (`نیروی دریایی عمان`)
    const final = named && match.first > first && match.last === last;
    const entry = match.entries.find((e) => COUNTRY_BEARING.has(e.kind) && e.country && (!e.ambiguous || (final && e.kind === 'country')));
    if (entry?.country) country = entry.country;
  }
  for (let i = first; i < last; i++) if (context.keys[i] === 'کشورمان') country = context.homeCountry;
  return country;
}
