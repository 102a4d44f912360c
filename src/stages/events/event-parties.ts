import type { Gazetteer } from '../entities/gazetteer.js';
import { lookupPhrase } from '../entities/gazetteer.js';
import type { Mention } from '../entities/entity-layers.js';
import type { SentenceView } from '../clauses/sentence-view.js';

/**
 * Something that can act or be acted on in an event, over tokens `[first, last]`: a person,
 * organization or place mention, or a country named only by a demonym (`جنگنده‌های آمریکایی` →
 * USA) or by `این کشور` (the country last named before it).
 */
export interface Party {
  first: number;
  last: number;
  mention?: Mention;
  country?: string;
  /** A place other than a country (a city, a region): a recipient, never a subject. */
  place: boolean;
}

/** The parties of a Doc and, per token, the index of the party covering it (or -1). */
export interface PartyIndex {
  parties: Party[];
  at: Int32Array;
}

const PLURAL = /(‌?ها|‌?های)$/;

const demonymCache = new WeakMap<Gazetteer, Map<string, string | null>>();

/** The country a lone demonym token names (`عمانی`، `آمریکایی‌ها`), if any; cached per word. */
function demonymCountry(gazetteer: Gazetteer | undefined, word: string): string | undefined {
  if (!gazetteer) return undefined;
  let cache = demonymCache.get(gazetteer);
  if (!cache) demonymCache.set(gazetteer, (cache = new Map()));
  const known = cache.get(word);
  if (known !== undefined) return known ?? undefined;
  let country: string | null = null;
  for (const form of [word, word.replace(PLURAL, '')]) {
    const entry = lookupPhrase(gazetteer, form).find((e) => e.kind === 'demonym' && e.country);
    if (entry?.country) {
      country = entry.country;
      break;
    }
  }
  if (cache.size >= 50_000) cache.clear();
  cache.set(word, country);
  return country ?? undefined;
}

/**
 * Indexes the parties of a Doc in one pass: mentions of people, organizations and places, then
 * demonyms and `این کشور` on tokens no mention covers.
 * `نیروهای آمریکایی و انگلیسی` → two parties, USA and GBR.
 */
export function partyIndex(view: SentenceView, gazetteer: Gazetteer | undefined): PartyIndex {
  const { tokens, keys, mentions, mentionTokens, entities } = view;
  const parties: Party[] = [];
  const at = new Int32Array(tokens.length).fill(-1);
  const add = (party: Party): void => {
    for (let t = party.first; t <= party.last; t++) if (at[t] < 0) at[t] = parties.length;
    parties.push(party);
  };
  let m = 0;
  let lastCountry: string | undefined;
  for (let t = 0; t < tokens.length; t++) {
    for (; m < mentions.length && mentionTokens[m][0] <= t; m++) {
      const mention = mentions[m];
      if (mentionTokens[m][0] !== t || (mention.type !== 'PER' && mention.type !== 'ORG' && mention.type !== 'LOC')) continue;
      if (at[t] >= 0) continue;
      const attributes = entities.get(mention.entity)?.attributes ?? {};
      const isCountry = mention.type === 'LOC' && attributes.subtype === 'country';
      add({ first: t, last: mentionTokens[m][1], mention, place: mention.type === 'LOC' && !isCountry });
      if (isCountry && attributes.country) lastCountry = attributes.country;
    }
    if (at[t] >= 0 || tokens[t].kind !== 'word') continue;
    if (keys[t] === 'کشور' && keys[t - 1] === 'این' && lastCountry) add({ first: t - 1, last: t, country: lastCountry, place: false });
    else {
      const country = demonymCountry(gazetteer, tokens[t].norm);
      if (country) add({ first: t, last: t, country, place: false });
    }
  }
  return { parties, at };
}

/** The party starting at token `t`, if one does. */
export function partyStartingAt(index: PartyIndex, t: number): Party | undefined {
  const p = index.at[t];
  return p >= 0 && index.parties[p].first === t ? index.parties[p] : undefined;
}

/** `party` and the parties coordinated after it (`آمریکا و انگلیس`، `فرانسه، آلمان و انگلیس`). */
export function withConjuncts(index: PartyIndex, keys: string[], party: Party | undefined, limit: number): Party[] {
  if (!party) return [];
  const all = [party];
  let end = party.last;
  while (all.length < 4) {
    if (keys[end + 1] !== 'و' && keys[end + 1] !== '،') break;
    const next = end + 2 < limit ? partyStartingAt(index, end + 2) : undefined;
    if (!next || next.place !== party.place) break;
    all.push(next);
    end = next.last;
  }
  return all;
}
