import type { Gazetteer, GazetteerEntry, GazetteerNode } from '../entities/gazetteer.js';
import { entityKey } from '../entities/entity-key.js';
import { knownPerson, lookupPhrase, REPORTER_KINDS } from '../entities/gazetteer.js';
import type { Mention } from '../entities/entity-layers.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { matchKey } from '../clauses/match-key.js';
import { tokenSlots, type WordSlots } from '../../pipeline/word-slots.js';
import { ATTACK_NOUNS } from './opposing-party.js';

/**
 * Something that can act or be acted on in an event, over tokens `[first, last]`: a person,
 * organization or place mention, or a country named only by a demonym (`جنگنده‌های آمریکایی` →
 * USA) or by `این کشور` (the country last named before it; in the goal of that country's attack, `حملات اسرائیل
 * به جنوب این کشور`, the other country named last).
 */
export interface Party {
  first: number;
  last: number;
  mention?: Mention;
  country?: string;
  /** A place other than a country (a city, a region): a recipient, never a subject. */
  place: boolean;
  /** A capital, which may stand for its government as a subject (`واشنگتن ... تحریم کند`). */
  capital?: boolean;
}

/**
 * Capitals news names for their governments (canonical names, match keys): as the subject of a
 * clause, `پاریس`، `واشنگتن` act for their country; elsewhere they stay places. Names that are everyday
 * words or other things too (`دوشنبه`، `امان`، `آستانه`), and seats of international bodies (`بروکسل`،
 * `لاهه`), are left out.
 */
const CAPITALS: ReadonlySet<string> = new Set([
  'تهران', 'واشنگتن', 'مسکو', 'پکن', 'لندن', 'پاریس', 'برلین', 'آنکارا', 'بغداد', 'دمشق', 'بیروت', 'ریاض', 'دوحه', 'مسقط',
  'ابوظبی', 'منامه', 'صنعا', 'کابل', 'اسلام‌آباد', 'دهلی نو', 'توکیو', 'سئول', 'قاهره', 'باکو', 'ایروان', 'تفلیس',
  'کی‌یف', 'کییف', 'استکهلم', 'اسلو', 'کپنهاگ', 'مادرید', 'آمستردام', 'ورشو', 'وین', 'برن', 'اتاوا', 'کانبرا',
  'پیونگ‌یانگ', 'کاراکاس', 'هاوانا', 'برازیلیا', 'پرتوریا', 'ابوجا', 'خارطوم', 'رباط', 'تل‌آویو',
  'عشق‌آباد', 'تاشکند', 'بیشکک', 'مینسک', 'هانوی', 'جاکارتا', 'کوالالامپور', 'مانیل', 'بانکوک',
].map(matchKey));

/** Words for a government (match keys) that make the place named after them a state that acts (`دولت مصر`). */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['دولت', 'حکومت', 'رژیم', 'کابینه'].map(matchKey));

/** The parties of a Doc and, per token, the index of the party covering it (or -1). */
export interface PartyIndex {
  parties: Party[];
  at: Int32Array;
}

const PLURAL = /(‌?ها|‌?های)$/;

/** The country a lone demonym token names (`عمانی`، `آمریکایی‌ها`), if any; cached per word (in its shared slots). */
function demonymCountry(gazetteer: Gazetteer | undefined, slot: WordSlots): string | undefined {
  if (!gazetteer) return undefined;
  if (slot.demonymOwner === gazetteer) return slot.demonym ?? undefined;
  const word = slot.norm;
  let country: string | null = null;
  for (const form of [word, word.replace(PLURAL, '')]) {
    const entry = lookupPhrase(gazetteer, form).find((e) => e.kind === 'demonym' && e.country);
    if (entry?.country) {
      country = entry.country;
      break;
    }
  }
  slot.demonym = country;
  slot.demonymOwner = gazetteer;
  return country ?? undefined;
}

/**
 * The country a report is most about: the one its mentions place most often (countries, cities,
 * organizations and people with a country, news agencies left out; `کشورمان` for the home country) when it is named more than
 * twice as often as the home country; else the home country. A report on Sudan's war → SDN; a report
 * from a Tehran court that names Sweden a few times → the home country.
 */
export function focusCountry(view: SentenceView, homeCountry: string): string {
  const counts = new Map<string, number>();
  for (const mention of view.mentions) {
    const attributes = view.entities.get(mention.entity)?.attributes;
    // the agencies of the source line say who reports, not what the report is about
    if (REPORTER_KINDS.has(attributes?.subtype ?? '')) continue;
    const country = attributes?.country ?? attributes?.roles?.find((r) => r.country)?.country;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  for (const key of view.keys) if (key === 'کشورمان') counts.set(homeCountry, (counts.get(homeCountry) ?? 0) + 1);
  let best = homeCountry;
  for (const [country, n] of counts) if (n > (counts.get(best) ?? 0)) best = country;
  return (counts.get(best) ?? 0) > 2 * (counts.get(homeCountry) ?? 0) ? best : homeCountry;
}

/** The country of a gazetteer node's entries when they name only a country (no everyday word, no province or person). */
function countryOfEntries(entries: readonly GazetteerEntry[]): string | undefined {
  if (entries.some((e) => e.kind !== 'country' && e.kind !== 'demonym')) return undefined;
  return entries.find((e) => e.kind === 'country' && e.country && !e.ambiguous)?.country;
}

/** The gazetteer's first-level node for a word, if any; cached per word (in its shared slots: the same words recur in every report). */
function rootNode(gazetteer: Gazetteer, slot: WordSlots): GazetteerNode | undefined {
  if (slot.rootNodeOwner !== gazetteer) {
    slot.rootNode = gazetteer.root.get(entityKey(slot.norm)) ?? null;
    slot.rootNodeOwner = gazetteer;
  }
  return (slot.rootNode as GazetteerNode | null) ?? undefined;
}

/**
 * A country's own name at token `t` (`روسیه`، `کره شمالی`), in two words when the next token may be
 * read with it (`twoWords`), else one; undefined when the name is also something else. Walks the
 * gazetteer's trie from the word's node remembered in its `slots` (the tokens' {@link tokenSlots}),
 * so most tokens cost no lookup at all.
 */
function countryNameAt(gazetteer: Gazetteer | undefined, view: SentenceView, slots: readonly WordSlots[], t: number, twoWords: boolean): { country: string; last: number } | undefined {
  if (!gazetteer) return undefined;
  const first = rootNode(gazetteer, slots[t]);
  if (!first) return undefined;
  const second = twoWords && t + 1 < view.tokens.length ? first.next.get(entityKey(view.tokens[t + 1].norm)) : undefined;
  const two = second && countryOfEntries(second.entries);
  if (two) return { country: two, last: t + 1 };
  const one = countryOfEntries(first.entries);
  return one ? { country: one, last: t } : undefined;
}

/**
 * Head words of an organization's name (match keys): `نیروهای واکنش سریع سودان`، `شبه‌نظامیان الشباب`،
 * `جنبش ...`. The entity stage may miss such a name; the events stage reads it as a party when it
 * can place it (see {@link organizationPhrase}).
 */
const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(['نیروهای', 'ارتش', 'گروه', 'گروهک', 'جنبش', 'شبهنظامیان', 'سازمان', 'وزارت', 'حزب', 'جبهه', 'ائتلاف'].map(matchKey));
/** Words for an organization named again after `این` and the head word they stand for (`این وزارتخانه` → وزارت). */
const HEAD_ALIASES: ReadonlyMap<string, string> = new Map([['وزارتخانه', 'وزارت']].map(([a, b]) => [matchKey(a), matchKey(b)]));
/** The common noun of any organization (match key): `این سازمان` names the last one when none was named with it. */
const ORGANIZATION = matchKey('سازمان');
/** Parts of speech a word of such a name may have. */
const NAME_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Most words of a name after its head word. */
const NAME_WORDS = 3;

/** An organization-shaped phrase: head word, name words, and the country named right after them, if any. */
interface OrganizationPhrase {
  /** The head and name words, as one key (`نیروهای واکنش سریع`). */
  key: string;
  /** Last token of the phrase, the country word included. */
  last: number;
  country?: string;
}

/**
 * The organization-shaped phrase at token `t`: a head word (`نیروهای`، `ارتش`، `گروه`...), one to three
 * name words (nouns, adjectives, proper nouns no mention covers), then maybe a country or a demonym
 * (`نیروهای واکنش سریع سودان` → SDN). Undefined when no name word follows the head.
 */
function organizationPhrase(view: SentenceView, gazetteer: Gazetteer | undefined, t: number): OrganizationPhrase | undefined {
  const { tokens, keys, mentionAt, mentions, entities } = view;
  if (!ORGANIZATION_HEADS.has(keys[t])) return undefined;
  let u = t + 1;
  while (u < tokens.length && u - t <= NAME_WORDS && mentionAt[u] === mentionAt[t] && NAME_POS.has(tokens[u].pos ?? '') && !demonymCountry(gazetteer, tokenSlots(tokens)[u])) u++;
  if (u === t + 1) return undefined;
  const key = keys.slice(t, u).join(' ');
  const m = u < tokens.length ? mentionAt[u] : -1;
  const attributes = m >= 0 && view.mentionTokens[m][0] === u ? entities.get(mentions[m].entity)?.attributes : undefined;
  if (attributes?.subtype === 'country' && attributes.country) return { key, last: view.mentionTokens[m][1], country: attributes.country };
  const demonym = u < tokens.length ? demonymCountry(gazetteer, tokenSlots(tokens)[u]) : undefined;
  if (demonym) return { key, last: u, country: demonym };
  return { key, last: u - 1 };
}

/**
 * First words of the name of a body of a state (match keys): one named with no country is the home
 * country's (`وزارت رفاه`). International bodies (`سازمان ملل`، `سازمان جهانی بهداشت`، `... بین‌المللی ...`)
 * are left out by {@link isHomeInstitution}.
 */
const HOME_INSTITUTION_HEADS: ReadonlySet<string> = new Set(['وزارت', 'وزارتخانه', 'سازمان', 'اداره', 'پژوهشگاه', 'دانشگاه', 'بنیاد', 'ستاد', 'استانداری', 'فرمانداری', 'شهرداری', 'دادسرا', 'دادگاه', 'کمیسیون', 'صندوق', 'جمعیت', 'خانه', 'پلیس', 'قوه', 'مجلس', 'دولت'].map(matchKey));
/** Words that make a body international or foreign: `ملل`، `جهانی`، `بین‌المللی`، `اروپا`. */
const INTERNATIONAL_WORDS: ReadonlySet<string> = new Set(['ملل', 'جهانی', 'بینالمللی', 'اروپا', 'اروپایی', 'عربی', 'آسیا', 'آسیایی', 'خلیج'].map(matchKey));

/** Whether a body's name is that of a state body with no international word (`سازمان برنامه و بودجه`). */
export function isHomeInstitution(name: string): boolean {
  const words = name.split(/\s+/).map(matchKey);
  return words.length >= 2 && HOME_INSTITUTION_HEADS.has(words[0]) && !words.some((w) => INTERNATIONAL_WORDS.has(w));
}

/** Head words of armed forces and groups (match keys). */
const ARMED_HEADS: ReadonlySet<string> = new Set(['نیروهای', 'شبهنظامیان', 'گروه', 'گروهک', 'جنبش', 'ارتش'].map(matchKey));
/** Kinds of organization that belong to no one state. */
const STATELESS_KINDS: ReadonlySet<string> = new Set(['international', 'igo', 'news-agency', 'media']);

/** Whether a body's name or kind puts it beyond any one state (`اتحادیه اروپا`، `کنفدراسیون فوتبال آسیا`، a news agency). */
function isBeyondStates(name: string, subtype?: string): boolean {
  if (subtype && STATELESS_KINDS.has(subtype)) return true;
  const words = name.split(/\s+/).map(matchKey);
  return words.length < 2 || words.some((w) => ABROAD_WORDS.has(w) || INTERNATIONAL_WORDS.has(w));
}

/** Words that put a person abroad or beyond any one state: `یک تبعه اروپایی`، `دیپلمات خارجی`. */
const ABROAD_WORDS: ReadonlySet<string> = new Set(['خارجی', 'اروپایی', 'غربی', 'بینالمللی', 'ملل', 'جهانی', 'عربی', 'اروپا', 'آسیا', 'آسیایی', 'آفریقا', 'آفریقایی', 'کنفدراسیون', 'فیفا', 'ناتو'].map(matchKey));

/**
 * The country a person's mention `m` names (`یک مقام ارتش سودان` → SDN: a demonym right before it, a
 * mention with a country nested in it, a demonym inside it); `null` when its words put the person abroad
 * with no country (`یک تبعه اروپایی`); undefined when they name no place (`یکی از کارگران معترض`).
 */
function countryInside(view: SentenceView, gazetteer: Gazetteer | undefined, m: number): string | null | undefined {
  const [first, last] = view.mentionTokens[m];
  // a demonym right before the name (`همتای روس خود «آندری بلوسوف»`، `ناو آمریکایی «هری ترومن»`)
  const before = view.keys[first - 1] === '«' ? first - 2 : first - 1;
  const demonymBefore = before >= 0 && view.mentionAt[before] < 0 ? demonymCountry(gazetteer, tokenSlots(view.tokens)[before]) : undefined;
  if (demonymBefore) return demonymBefore;
  // the mentions nested in the person's (`ارتش سودان` in `یک مقام ارتش سودان`), then the words
  for (let n = m + 1; n < view.mentions.length && view.mentionTokens[n][0] <= last; n++) {
    const country = view.mentions[n].type !== 'PER' ? view.entities.get(view.mentions[n].entity)?.attributes?.country : undefined;
    if (country) return country;
  }
  for (let u = first; u <= last; u++) {
    const demonym = demonymCountry(gazetteer, tokenSlots(view.tokens)[u]);
    if (demonym) return demonym;
    if (ABROAD_WORDS.has(view.keys[u])) return null;
  }
  return undefined;
}

/**
 * Indexes the parties of a Doc in one pass: mentions of people, organizations and places, then
 * demonyms and `این کشور` on tokens no mention covers.
 * `نیروهای آمریکایی و انگلیسی` → two parties, USA and GBR.
 *
 * An organization-shaped phrase no mention covers (`نیروهای واکنش سریع سودان`) is a party when it
 * names its country or the same phrase did earlier in the Doc (`نیروهای واکنش سریع را ...` → SDN);
 * inside a person's mention (`سخنگوی نیروهای واکنش سریع`), that country is the person's when the
 * entity has none, for every later mention of the person too. An organization named by its head word
 * alone (`ارتش`) is the latest one of two or more words with that head (`ارتش سودان`), whatever the
 * entity stage linked it to; one followed by `این کشور` is that country's. `این` + an organization's head word (`این کمیسیون`، `این وزارتخانه`، `این
 * نهاد`) is the organization last named with it; `این سازمان` with none so named, the last body named that is no
 * news agency (`برنامه جهانی غذا ... این سازمان`). With `homeCountry`, a state body named with no country (`وزارت رفاه`) is
 * the home country's, and a person whose entity has no country and whose mention names no place
 * (`یکی از کارگران معترض`، `پیرحسین کولیوند رئیس جمعیت هلال احمر`) is of the country the report is
 * about ({@link focusCountry}: the home country unless another is named far more often), and so is any
 * other body of two or more words named with no country and no word of the world beyond one state
 * (`شرکت صنایع ریلی سپهر`; not `اتحادیه اروپا`, nor a one-word name such as `اوپک`), and an armed force's
 * name read on its first naming (`نیروهای واکنش سریع` in a report on Sudan). A person
 * whose mention names one (`یک مقام ارتش سودان`، `همتای روس خود «...»`) is of that country, and one called
 * foreign with no country (`یک تبعه اروپایی`) of none.
 */
export function partyIndex(view: SentenceView, gazetteer: Gazetteer | undefined, homeCountry?: string): PartyIndex {
  const { tokens, keys, mentions, mentionTokens, mentionAt, entities } = view;
  const slots = tokenSlots(tokens);
  const parties: Party[] = [];
  const at = new Int32Array(tokens.length).fill(-1);
  const add = (party: Party): void => {
    for (let t = party.first; t <= party.last; t++) if (at[t] < 0) at[t] = parties.length;
    parties.push(party);
  };
  let m = 0;
  let lastCountry: string | undefined;
  // where the last country was named (its last token), and the last other country any mention has named
  // (`وزارت بهداشت لبنان`): who `این کشور` is when it cannot be the last one
  let lastCountryStart = -1;
  let lastCountryEnd = -1;
  const recentCountries: string[] = [];
  const sawCountry = (country: string): void => {
    if (recentCountries[recentCountries.length - 1] === country) return;
    recentCountries.push(country);
    if (recentCountries.length > 2) recentCountries.shift();
  };
  const nameCountry = (country: string, start: number, end: number): void => {
    lastCountry = country;
    lastCountryStart = start;
    lastCountryEnd = end;
  };
  const otherThan = (country: string): string | undefined => recentCountries.filter((c) => c !== country).pop();
  // countries of organization-shaped phrases, by their words; of people named with one
  const named = new Map<string, string>();
  const personCountry = new Map<string, string | null>();
  // the country the report is about, for people it does not place (computed when first needed)
  let focus: string | undefined;
  // what any of a person's mentions says of their country (`سلمان بن ابراهیم` and later `رئیس کنفدراسیون
  // فوتبال آسیا`): the first mention that names a country or puts them abroad decides
  const insideByEntity = new Map<string, string | null>();
  mentions.forEach((mention, n) => {
    if (mention.type !== 'PER' || insideByEntity.has(mention.entity)) return;
    let inside = countryInside(view, gazetteer, n);
    // or the office set beside the name (`شیخ سلمان بن ابراهیم آل خلیفه رئیس کنفدراسیون فوتبال آسیا`)
    const next = n + 1 < mentions.length ? n + 1 : -1;
    if (inside === undefined && next >= 0 && mentions[next].type === 'PER' && mentionTokens[next][0] - mentionTokens[n][1] <= 3
      && !keys.slice(mentionTokens[n][1] + 1, mentionTokens[next][0]).some((k) => k === '،' || k === 'و')) inside = countryInside(view, gazetteer, next);
    if (inside !== undefined) insideByEntity.set(mention.entity, inside);
  });
  // the latest organization of two or more words, by its first word
  const headed = new Map<string, Mention>();
  // the latest organization by its first word, for `این کمیسیون`
  const byHead = new Map<string, Mention>();
  // the latest organization that is no news agency, for `این سازمان` when none was named with سازمان
  let lastBody: Mention | undefined;
  const placeOrganization = (t: number): OrganizationPhrase | undefined => {
    const phrase = organizationPhrase(view, gazetteer, t);
    if (!phrase) return undefined;
    if (phrase.country) {
      named.set(phrase.key, phrase.country);
      return phrase;
    }
    // named again, perhaps with a word of what follows (`شبه‌نظامیان الشباب مذاکره کرد`): the longest known start
    for (let last = phrase.last; last > t; last--) {
      const country = named.get(view.keys.slice(t, last + 1).join(' '));
      if (country) return { key: phrase.key, last, country };
    }
    return phrase;
  };
  for (let t = 0; t < tokens.length; t++) {
    for (; m < mentions.length && mentionTokens[m][0] <= t; m++) {
      const mention = mentions[m];
      if (mentionTokens[m][0] !== t || (mention.type !== 'PER' && mention.type !== 'ORG' && mention.type !== 'LOC')) continue;
      // (a body named inside a person's mention counts too: `نماینده سازمان جهانی بهداشت ... این سازمان`)
      // (not an armed force: `برنامه جهانی غذا ... در ایست‌های بازرسی نیروهای واکنش سریع ... این سازمان` is the programme)
      if (mention.type === 'ORG' && !REPORTER_KINDS.has(entities.get(mention.entity)?.attributes?.subtype ?? '') && !ARMED_HEADS.has(keys[t])) lastBody = mention;
      if (at[t] >= 0) continue;
      const attributes = entities.get(mention.entity)?.attributes ?? {};
      const isCountry = mention.type === 'LOC' && attributes.subtype === 'country';
      // a place named with its government (`دولت مصر`، `حکومت طالبان`) is the state acting, not a place
      const governed = mention.type === 'LOC' && mentionTokens[m][1] > t && GOVERNMENT_WORDS.has(keys[t]);
      const party: Party = { first: t, last: mentionTokens[m][1], mention, place: mention.type === 'LOC' && !isCountry && !governed };
      // an organization of `این کشور` (`ارتش این کشور`، `وزارت خارجه این کشور`) is that country's, whatever it was linked to
      const end = party.last;
      if (mention.type === 'ORG' && keys[end + 1] === 'این' && keys[end + 2] === 'کشور' && lastCountry && mentionAt[end + 1] < 0 && mentionAt[end + 2] < 0) {
        add({ first: t, last: end + 2, country: lastCountry, place: false });
        continue;
      }
      if (party.place && attributes.subtype === 'city' && CAPITALS.has(matchKey(entities.get(mention.entity)?.canonical ?? ''))) party.capital = true;
      // an organization named again by its head word alone (`ارتش` after `ارتش سودان`) is the one named before
      if (mention.type === 'ORG') {
        byHead.set(keys[t], mention);
        byHead.set('نهاد', mention);
        if (party.last > t) headed.set(keys[t], mention);
        else if (headed.get(keys[t])) party.mention = headed.get(keys[t]);
      }
      // a state body named with no country (`وزارت رفاه`، `سازمان راهداری`, `پژوهشگاه رویان`) is the home country's
      if (mention.type === 'ORG' && !attributes.country && homeCountry && isHomeInstitution(entities.get(mention.entity)?.canonical ?? '')) party.country = homeCountry;
      // any other body named with no country nor a word of the world beyond one state: of the country the report is about
      else if (mention.type === 'ORG' && !attributes.country && homeCountry && !party.country && !isBeyondStates(entities.get(mention.entity)?.canonical ?? '', attributes.subtype)) party.country = focus ??= focusCountry(view, homeCountry);
      if (mention.type === 'PER' && !attributes.country) {
        if (!personCountry.has(mention.entity)) {
          const inside = insideByEntity.get(mention.entity);
          if (inside !== undefined) personCountry.set(mention.entity, inside);
        }
        // organization-shaped phrases inside are read even so: a later mention of one by name needs its country
        for (let u = t + 1; u <= party.last; u++) {
          const country = placeOrganization(u)?.country;
          if (country && !personCountry.has(mention.entity)) personCountry.set(mention.entity, country);
        }
        // (not one the people list knows with no country, the head of an international body: `رافائل گروسی`، `جیانی اینفانتینو`;
        // the guide: officials of international bodies have no country)
        if (!personCountry.has(mention.entity) && gazetteer && knownPerson(gazetteer, entities.get(mention.entity)?.canonical ?? '')) personCountry.set(mention.entity, null);
        if (!personCountry.has(mention.entity) && homeCountry) personCountry.set(mention.entity, (focus ??= focusCountry(view, homeCountry)));
        party.country = personCountry.get(mention.entity) ?? undefined;
      }
      add(party);
      if (isCountry && attributes.country) nameCountry(attributes.country, t, party.last);
      if (attributes.country) sawCountry(attributes.country);
    }
    if (at[t] < 0 && tokens[t].kind === 'word') {
      const phrase = placeOrganization(t);
      if (phrase?.country) {
        add({ first: t, last: phrase.last, country: phrase.country, place: false });
        continue;
      }
      // an armed force named with no country (`نیروهای واکنش سریع` on first naming): of the country the report is about
      if (phrase && homeCountry && ARMED_HEADS.has(keys[t]) && !isBeyondStates(keys.slice(t, phrase.last + 1).join(' '))) {
        add({ first: t, last: phrase.last, country: (focus ??= focusCountry(view, homeCountry)), place: false });
        continue;
      }
    }
    if (at[t] >= 0 || tokens[t].kind !== 'word') continue;
    // `این کمیسیون`، `این وزارتخانه`: the organization last named with that head word
    // (`این سازمان` with no organization named with سازمان before it: the last organization, no news agency: `برنامه جهانی غذا ... این سازمان`)
    const named = keys[t] === 'این' && at[t + 1] < 0 ? byHead.get(HEAD_ALIASES.get(keys[t + 1]) ?? keys[t + 1]) ?? (keys[t + 1] === ORGANIZATION ? lastBody : undefined) : undefined;
    if (named) {
      add({ first: t, last: t + 1, mention: named, place: false });
      continue;
    }
    if (keys[t] === 'کشور' && keys[t - 1] === 'این' && lastCountry) add({ first: t - 1, last: t, country: aimedAway(view, lastCountryStart, lastCountryEnd, t - 1) ? otherThan(lastCountry) ?? lastCountry : lastCountry, place: false });
    else {
      const country = NAME_POS.has(tokens[t].pos ?? 'NOUN') ? demonymCountry(gazetteer, slots[t]) : undefined;
      if (country) {
        add({ first: t, last: t, country, place: false });
        continue;
      }
      // a country's name the entity stage left out (`روسیه اوکراین را ... متهم کرد`), in one or two words
      const named = NAME_POS.has(tokens[t].pos ?? 'NOUN') ? countryNameAt(gazetteer, view, slots, t, t + 1 < tokens.length && at[t + 1] < 0 && mentionAt[t + 1] < 0) : undefined;
      if (named) {
        add({ first: t, last: named.last, country: named.country, place: false });
        nameCountry(named.country, t, named.last);
        sawCountry(named.country);
      }
    }
  }
  return { parties, at };
}

/** Most words between a country and `این کشور` in the goal of that country's act (`حملات اسرائیل به مناطق جنوبی این کشور`). */
const GOAL_WORDS = 5;
/** Prepositions of an act's goal (match keys). */
const GOAL_PREPOSITIONS: ReadonlySet<string> = new Set(['به', 'علیه']);

/**
 * Whether `این کشور` at `at` stands in the goal of an attack by the country named last, right before it (`حملات
 * اسرائیل به جنوب این کشور`، `حمله هوایی اسرائیل به ...`): a country's attack on itself would say `خود`, so `این کشور`
 * is another one. The country (over `[start, end]`) is the genitive of a noun of an attack (past one adjective), and
 * only a preposition of a goal, then nouns and adjectives, stand between.
 */
function aimedAway(view: SentenceView, start: number, end: number, at: number): boolean {
  if (end < 0 || at - end - 1 > GOAL_WORDS || at - end - 1 < 1) return false;
  const { keys, tokens } = view;
  const head = tokens[start - 1]?.pos === 'ADJ' ? start - 2 : start - 1;
  if (!ATTACK_NOUNS.has(keys[head] ?? '')) return false;
  return GOAL_PREPOSITIONS.has(keys[end + 1]) && tokens.slice(end + 2, at).every((token) => token.pos === 'NOUN' || token.pos === 'ADJ');
}

/** The party starting at token `t`, if one does. */
export function partyStartingAt(index: PartyIndex, t: number): Party | undefined {
  const p = index.at[t];
  return p >= 0 && index.parties[p].first === t ? index.parties[p] : undefined;
}

/** The first party starting in `[from, to)` that `accept` takes, if any. */
export function firstPartyIn(index: PartyIndex, from: number, to: number, accept: (party: Party) => boolean): Party | undefined {
  for (let t = from; t < to; t++) {
    const party = partyStartingAt(index, t);
    if (party && accept(party)) return party;
  }
  return undefined;
}

/**
 * The last token of a person named at `party`, past the « » around its name and a role set beside it that
 * names the same entity (`«الهام علی‌اف» رئیس‌جمهور آذربایجان` → the token of آذربایجان), before `limit`.
 */
function apposedEnd(index: PartyIndex, keys: string[], party: Party, limit: number): number {
  let end = party.last;
  if (keys[end + 1] === '»') end++;
  const role = end + 1 < limit ? partyStartingAt(index, end + 1) : undefined;
  if (role?.mention && party.mention?.type === 'PER' && role.mention.entity === party.mention.entity) end = role.last;
  return end;
}

/**
 * `party` and the parties coordinated after it (`آمریکا و انگلیس`، `فرانسه، آلمان و انگلیس`); with `apposed`, each
 * past the « » and the role set beside its name (`با محمدرضا عارف معاون اول رئیس‌جمهور و علی لاریجانی دیدار کرد` →
 * both people); a conjunct named by a common noun counts as the country it is based in (`علیه دو فرمانده نیروهای واکنش
 * سریع و سه شرکت مستقر در امارات` → RSF, the UAE).
 */
export function withConjuncts(index: PartyIndex, keys: string[], party: Party | undefined, limit: number, apposed = false): Party[] {
  if (!party) return [];
  const all = [party];
  const endOf = (p: Party): number => (apposed ? apposedEnd(index, keys, p, limit) : p.last);
  let end = endOf(party);
  while (all.length < 4) {
    if (keys[end + 1] !== 'و' && keys[end + 1] !== '،') break;
    const start = apposed && keys[end + 2] === '«' ? end + 3 : end + 2;
    const next = start < limit ? partyStartingAt(index, start) ?? basedIn(index, keys, start, limit) : undefined;
    if (!next || next.place !== party.place) break;
    // a second role of one already listed is that side again (`نخست‌وزیر و وزیر خارجه قطر`)
    if (apposed && next.mention && all.some((p) => p.mention?.entity === next.mention?.entity)) {
      end = endOf(next);
      continue;
    }
    all.push(next);
    end = endOf(next);
  }
  return all;
}

/** Words that tell where a body named by a common noun is based (match keys): `سه شرکت مستقر در امارات`. */
const BASED_IN = ['مستقر', 'در'];

/**
 * The country a conjunct named by a common noun is based in (`و سه شرکت مستقر در امارات`): the party after `مستقر
 * در` when at most three words (a number, a noun, an adjective) stand before it.
 */
function basedIn(index: PartyIndex, keys: string[], start: number, limit: number): Party | undefined {
  for (let t = start + 1; t < Math.min(limit - 1, start + 4); t++) {
    if (index.at[t] >= 0 || keys[t] === 'و' || keys[t] === '،') return undefined;
    if (keys[t] === BASED_IN[0] && keys[t + 1] === BASED_IN[1]) return t + 2 < limit ? partyStartingAt(index, t + 2) : undefined;
  }
  return undefined;
}

/**
 * The first party of the list joined by `،` and `و` that `party` ends or sits in (`تهران، مسکو و پکن`
 * from پکن → تهران), parties of one kind only (places with places); `party` itself when none stands before it.
 * `stop`, when given, is a party the list may not reach back into (the actor of `ایران و چین ...`).
 */
export function listHead(index: PartyIndex, keys: string[], party: Party, stop?: (party: Party) => boolean): Party {
  let head = party;
  for (;;) {
    const sep = head.first - 1;
    if (keys[sep] !== '،' && keys[sep] !== 'و') break;
    const p = sep > 0 ? index.at[sep - 1] : -1;
    const before = p >= 0 ? index.parties[p] : undefined;
    if (!before || before.last !== sep - 1 || before.place !== party.place || stop?.(before)) break;
    head = before;
  }
  return head;
}

/** How many countries named in one list make a group the gold and the news treat as one side (`فرانسه، آلمان و انگلیس`). */
const GROUP_SIZE = 3;

/**
 * The list of three or more parties of distinct countries joined by `،` and `و` that `party` belongs to,
 * as one party with no country (a group such as the E3 acts as one side, coded by no single member), else
 * undefined.
 * A mention that itself joins two names with `و` (`آلمان و انگلیس` read as one span) counts twice.
 * Linear in the list's length.
 */
export function groupOf(index: PartyIndex, keys: string[], party: Party, limit: number, countryOf: (party: Party) => string | undefined): Party | undefined {
  const head = listHead(index, keys, party);
  const members = withConjuncts(index, keys, head, limit);
  let size = 0;
  const countries = new Set<string>();
  for (const member of members) {
    const country = countryOf(member);
    // a list with a party of no country or one country twice is not a group of states
    if (!country || countries.has(country)) return undefined;
    countries.add(country);
    size += member.last - member.first === 2 && keys[member.first + 1] === 'و' ? 2 : 1;
  }
  if (size < GROUP_SIZE) return undefined;
  return { first: head.first, last: members[members.length - 1].last, place: false };
}
