import { type EntityContext, isPunctuation, type NameMention, overlapsAny, sortByFirst } from './entity-context.js';
import { prepareSentence, tagSentence } from './entity-tagger.js';
import { LANDFORM_HEADS, PLACE_CLASSIFIERS, STOP_WORDS } from './function-words.js';
import { COUNTRY_KINDS, GIVEN_KINDS, type GazetteerEntry, lookupPhrase, OFFICE_KINDS, PLACE_KINDS, ROLE_KINDS, TITLE_KINDS } from './gazetteer.js';
import { cuedOutlet, isCuedName } from './cued-names.js';
import { abbreviatedOrganizations, initialsAt } from './initials.js';
import { findSubBodies } from './sub-bodies.js';
import { findCourtNames } from './court-names.js';
import { takePortfolios } from './ministry-names.js';
import { findSpelledOutNames } from './spelled-out-names.js';
import { entityKey } from './entity-key.js';
import { INSTITUTIONS } from './role-phrases.js';
import { INSTITUTION_NOUN_KEYS } from './institution-nouns.js';
import { splitCoordinated, splitOrganizations } from './split-organizations.js';
import { jointOfCountry } from './joint-bodies.js';
import { findLocalOffices, placeNotOrganization } from './local-offices.js';
import { entryOfKind, longestMatchAt, matchGazetteer } from './match-gazetteer.js';
import { balanceBrackets, endAtRelation, endBeforeDemonstrative, endBeforePlaced, endBeforeSayingNoun, isEzafeNoun, endBeforeToldOutlet, isCommonWord, looksPersonal, organizationOpeners, RELATION_WORDS, SAYING_VERB_NOUNS, trimOffice, trimStopWords } from './name-filters.js';

const NAME_TYPES: Record<string, NameMention['type']> = {
  country: 'LOC', province: 'LOC', city: 'LOC', region: 'LOC', landmark: 'LOC', organization: 'ORG', misc: 'MISC', person: 'PER',
};
const NAME_KINDS = new Set(Object.keys(NAME_TYPES));
const NOT_NAME_KINDS = new Set(['role', 'title', 'rank', 'given-name', 'demonym']);
/** Kinds of body PerDT keeps inside the organization's name that follows (`تیم استقلال`, `شرکت ایران‌خودرو`). */
const ORGANIZATION_HEADS = new Set(['تیم', 'باشگاه', 'حزب', 'شرکت', 'سایت'].map(entityKey));
/** Words for a state's government (`دولت`, `حکومت`, `رژیم`): with a country after them, an organization (`دولت روسیه`). */
export const GOVERNMENTS: ReadonlySet<string> = new Set(['دولت', 'حکومت', 'رژیم'].map(entityKey));
/** Words of a government that rules for a while: `حکومت سرپرست`، `دولت موقت`، `دولت انتقالی`. */
const INTERIM = new Set(['سرپرست', 'موقت', 'انتقالی'].map(entityKey));
/** A country's missions abroad, which the gazetteer has no names for: `سفارت آمریکا` stays one organization. */
export const MISSIONS: ReadonlySet<string> = new Set(['سفارت', 'سفارتخانه', 'کنسولگری', 'سرکنسولگری'].map(entityKey));
/** Heads of local companies, factories and associations, whose place ends their name (`کارخانه قند اسلام‌آباد غرب`). */
const LOCAL_BODIES = new Set(['شرکت', 'کارخانه', 'کارخانجات', 'مجتمع', 'انجمن', 'خانه', 'کشت‌وصنعت', 'تعاونی'].map(entityKey));
const NAME_CLOSERS = new Set(['،', ':', '»', '.', ')', '(', 'گفت', 'افزود', 'گفته', 'تصریح', 'اظهار']);
/** Letters-and-digits designations: F-35، اف-۳۵، MQ-9، سپهر-۳ (not COVID-19-like words with a gazetteer entry). */
const DESIGNATION = /^(?:[a-z]{1,4}-?\d{1,4}[a-z]?|[\u0600-\u06ff\u200c]{2,}-\d{1,4})$/;

function taggerSpans(context: EntityContext, from: number, to: number): NameMention[] {
  const model = context.resources.model;
  if (!model) return [];
  const tags = tagSentence(model, prepareSentence(context, from, to, context.resources.gazetteer));
  const spans: NameMention[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = model.classes[tags[i]];
    if (tag === 'O') continue;
    const type = tag.slice(2) as NameMention['type'];
    if (tag[0] === 'I' && spans.length > 0 && spans[spans.length - 1].last === from + i && spans[spans.length - 1].type === type) spans[spans.length - 1].last++;
    else spans.push({ first: from + i, last: from + i + 1, type });
  }
  return spans;
}

/**
 * Merges a gazetteer name into the tagger's spans: it fills gaps, names spans it matches, wins when
 * longer, and cuts off words the tagger put before it that open no organization (`علنی مجلس شورای
 * اسلامی`, `ساختمان مجلس شورای اسلامی` → `مجلس شورای اسلامی`; `کمیسیون ... مجلس` stays whole) —
 * also from a span of another type when the name is a listed person's full name (`پیام کتبی رجب
 * طیب اردوغان`, read as ORG → the person `رجب طیب اردوغان`) or a country ending a tagger organization
 * (`حمایت جمهوری اسلامی ایران` → the country; `ارتش جمهوری اسلامی ایران`, `سفارت آمریکا` stay whole).
 */
function addGazetteerName(context: EntityContext, spans: NameMention[], first: number, last: number, entry: GazetteerEntry): void {
  const type = NAME_TYPES[entry.kind];
  const overlapping = spans.filter((s) => s.first < last && s.last > first);
  if (overlapping.length === 0) {
    if (!entry.ambiguous || (last - first === 1 && isCuedName(context, first, entry.subtype))) spans.push({ first, last, type, entry });
    return;
  }
  const holder = overlapping.length === 1 ? overlapping[0] : undefined;
  // a body the tagger ended inside its place's name (`کارخانه قند اسلام‌آباد` + `غرب`, `دادگاه کیفری یک استان
  // خراسان` + `رضوی`) takes the whole place; so does a local body whose head the tagger left out, reading the
  // rest as a place (`کارخانه` + `قند اسلام‌آباد`)
  if (holder && !holder.entry && holder.first < first && first < holder.last && holder.last < last && type === 'LOC' && entry.kind !== 'country' && !entry.ambiguous) {
    const headless = holder.type !== 'ORG' && holder.first > 0 && LOCAL_BODIES.has(context.keys[holder.first - 1]) && !spans.some((s) => s.last === holder.first);
    if (holder.type === 'ORG' || headless) {
      if (headless) Object.assign(holder, { first: holder.first - 1, type: 'ORG' });
      holder.last = last;
      return;
    }
  }
  // a listed surname alone after another first name is someone else of that name (`حسین همتی`)
  if (holder && entry.kind === 'person' && last - first === 1 && holder.type === 'PER' && holder.first < first && opensWithGivenName(context, holder.first, first)) return;
  // a known person's full name ending a span the tagger read as something else (`پیام کتبی رجب طیب اردوغان`, ORG)
  const fullPerson = entry.kind === 'person' && last - first >= 2 && holder !== undefined && !holder.entry;
  // a country ending an organization the tagger found with words before it that open none (`حمایت جمهوری اسلامی ایران`, `شمال عراق`)
  const gluedCountry = entry.kind === 'country' && holder !== undefined && holder.type === 'ORG' && !holder.entry
    && !INSTITUTIONS.has(context.keys[holder.first]) && !MISSIONS.has(context.keys[holder.first]);
  if (holder && !entry.ambiguous && (holder.type === type || fullPerson || gluedCountry) && holder.first < first && holder.last === last) {
    const openers = organizationOpeners(context.resources.gazetteer);
    let opens = false;
    for (let i = holder.first; i < first; i++) if (openers.has(context.keys[i])) opens = true;
    if (!opens) {
      Object.assign(holder, { first, type, entry });
      return;
    }
  }
  // a known organization the tagger read on into its own country (`نیروهای واکنش سریع سودان`): that organization
  if (holder && !entry.ambiguous && holder.type === type && !holder.entry && holder.first === first && holder.last > last && entry.country) {
    const rest = longestMatchAt(context.resources.gazetteer, context.keys, last, holder.last, NAME_KINDS);
    const country = rest && rest.last === holder.last ? entryOfKind(rest.entries, COUNTRY_KINDS) : undefined;
    if (country?.country === entry.country) {
      holder.entry = entry;
      return;
    }
  }
  const same = overlapping.find((s) => s.first === first && s.last === last);
  if (same) {
    if (same.type === type || !entry.ambiguous) Object.assign(same, { type, entry });
    return;
  }
  const inside = overlapping.every((s) => s.first >= first && s.last <= last);
  const crossing = overlapping.some((s) => s.first < first || s.last > last) && overlapping.every((s) => s.last - s.first < last - first);
  const designation = type === 'MISC' && overlapping.every((s) => !s.entry);
  if ((inside || crossing || designation) && !entry.ambiguous) {
    for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
    spans.push({ first, last, type, entry });
  }
}

/**
 * Whether a name of the gazetteer of two words or more starts at token `i` (`سه کشور اروپایی`, the E3): a number
 * word there opens the name and is no count of its own.
 */
export function opensGazetteerName(context: EntityContext, i: number, to: number): boolean {
  const match = longestMatchAt(context.resources.gazetteer, context.keys, i, to, NAME_KINDS);
  return match !== undefined && match.last - match.first > 1;
}

/** Whether token `i` can be part of a person's name: a word, not a function word, title or role. */
export function isNameLike(context: EntityContext, i: number): boolean {
  const token = context.tokens[i];
  if (!token || token.kind !== 'word' || STOP_WORDS.has(context.keys[i])) return false;
  const match = longestMatchAt(context.resources.gazetteer, context.keys, i);
  const entry = match && entryOfKind(match.entries, NOT_NAME_KINDS);
  if (entry && (entry.kind === 'role' || entry.kind === 'title' || entry.kind === 'rank') && !entry.ambiguous) return false;
  if (entry?.kind === 'given-name') return true;
  if (token.pos && (NOT_NAME_POS.has(token.pos) || token.pos === 'ADJ')) return false;
  return context.words[i].frequency <= 7 || token.pos === 'PROPN' || entry?.kind === 'demonym';
}

/** After a title or rank (`سرلشکر`, `آیت‌الله`, `آقای`), the name-like words that follow are a person. */
function titledPeople(context: EntityContext, spans: NameMention[], from: number, to: number, taken: Uint8Array): void {
  // (no callback in this loop: one that read its variables would cost an allocation per token)
  for (let i = from; i < to; i++) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i, to, TITLE_KINDS);
    const entry = match && entryOfKind(match.entries, TITLE_KINDS);
    if (!match || !entry || entry.ambiguous) continue;
    i = personAfterTitles(context, spans, i, match.last, to, taken);
  }
}

/** The person after the titles at `[i, titleEnd)` (see {@link titledPeople}), into `spans`; returns the token to go on after. */
function personAfterTitles(context: EntityContext, spans: NameMention[], i: number, titleEnd: number, to: number, taken: Uint8Array): number {
  let j = titleEnd;
  for (let more = longestMatchAt(context.resources.gazetteer, context.keys, j, to, TITLE_KINDS); more; more = longestMatchAt(context.resources.gazetteer, context.keys, j, to, TITLE_KINDS)) j = more.last;
  if (context.keys[j] === '«') j++;
  for (let k = spans.length - 1; k >= 0; k--) {
    const span = spans[k];
    if (span.first < i || span.first >= j) continue;
    // a span that starts on the titles is the person after them
    if (span.last <= j) spans.splice(k, 1);
    else if (!span.entry) Object.assign(span, { first: j, type: 'PER' });
  }
  const covering = spans.find((s) => s.first <= j && s.last > j);
  if (covering) {
    if (covering.type !== 'PER' && !covering.entry) covering.type = 'PER';
    return j;
  }
  let last = j;
  // a country after a monarch's title is whose monarch, not a name: `پادشاه عمان`, `امیر قطر`
  const country = (k: number): boolean => entryOfKind(longestMatchAt(context.resources.gazetteer, context.keys, k, to, COUNTRY_KINDS)?.entries ?? [], COUNTRY_KINDS) !== undefined;
  while (last < to && last - j < 3 && !taken[last] && isNameLike(context, last) && !spans.some((s) => s.first === last) && !country(last)) last++;
  if (last > j) spans.push({ first: j, last, type: 'PER' });
  return Math.max(i, last - 1);
}

/**
 * A person's initials (`ع.ن`, `«م.ک»`) are a person's name: spans the tagger or the lists put over
 * them without a listed meaning give way (`دادگاه ر.` read as one organization).
 */
function initialedPeople(context: EntityContext, spans: NameMention[], from: number, to: number, taken: Uint8Array): void {
  for (let i = from; i + 1 < to; i++) {
    if (taken[i] || taken[i + 1] || !initialsAt(context, i)) continue;
    if (takeInitials(spans, i)) i++;
  }
}

/** The initials at `[i, i + 2)` as a person, in place of the spans over them without a listed meaning; false when one has one. */
function takeInitials(spans: NameMention[], i: number): boolean {
  const overlapping = spans.filter((s) => s.first < i + 2 && s.last > i);
  if (overlapping.some((s) => s.entry && !s.entry.derived)) return false;
  for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
  spans.push({ first: i, last: i + 2, type: 'PER' });
  return true;
}

/** Whether a first name from the list is among tokens `[first, last)` (`حسین` in `حسین همتی`). */
function opensWithGivenName(context: EntityContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i, last, GIVEN_KINDS);
    const given = match && entryOfKind(match.entries, GIVEN_KINDS);
    if (given && !given.ambiguous) return true;
  }
  return false;
}

/** A span made only of titles and ranks (`امیر سرتیپ`, `والمسلمین`) names nobody. */
function onlyTitles(context: EntityContext, span: NameMention): boolean {
  let i = span.first;
  while (i < span.last) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i, span.last, TITLE_KINDS);
    if (!match) return false;
    i = match.last;
  }
  return span.type !== 'MISC';
}

/** Parts of speech that never belong to a name. */
const NOT_NAME_POS = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'NUM', 'PART', 'PUNCT']);

/**
 * Whether token `i` can be the surname after a first name: a word, not a function word, verb,
 * office or title — a proper noun or an unseen word, or any word the name visibly ends after
 * (`یحیی سریع، سخنگوی ...`).
 */
function surnameLike(context: EntityContext, i: number): boolean {
  const token = context.tokens[i];
  if (!token || token.kind !== 'word' || STOP_WORDS.has(context.keys[i]) || RELATION_WORDS.has(context.keys[i]) || SAYING_VERB_NOUNS.has(context.keys[i]) || (token.pos && NOT_NAME_POS.has(token.pos)) || isEzafeNoun(context, i)) return false;
  // (nor the first word of an office written in two: `نخست وزیر` after `ویکتور اوربان`)
  const match = longestMatchAt(context.resources.gazetteer, context.keys, i, context.keys.length, OFFICE_KINDS);
  const entry = match && entryOfKind(match.entries, OFFICE_KINDS);
  if (entry) return false;
  const frequency = context.words[i].frequency;
  if (token.pos === undefined ? frequency <= 10 : token.pos === 'PROPN' || (frequency === 0 && (token.pos === 'NOUN' || token.pos === 'ADJ'))) return true;
  return closesName(context, i + 1);
}

/** Whether an office head or a title (not an everyday word) ends just before token `i`: `قاضی`, `آقای`. */
function officeEndsAt(context: EntityContext, i: number): boolean {
  for (let length = 1; length <= 2 && i - length >= 0; length++) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i - length, i, OFFICE_KINDS);
    const entry = match?.last === i ? entryOfKind(match.entries, OFFICE_KINDS) : undefined;
    if (entry && !entry.ambiguous) return true;
  }
  return false;
}

/** Whether token `i` is a content word that is no office: a surname may be an everyday adjective or noun. */
function plainWord(context: EntityContext, i: number): boolean {
  const token = context.tokens[i];
  if (token.kind !== 'word' || STOP_WORDS.has(context.keys[i]) || RELATION_WORDS.has(context.keys[i]) || (token.pos && NOT_NAME_POS.has(token.pos))) return false;
  const match = longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, OFFICE_KINDS);
  return !(match && entryOfKind(match.entries, OFFICE_KINDS));
}

/** Marks after which a name has ended: `،` `:` `»` `.`, an office (`سخنگوی`), a verb of saying. */
function closesName(context: EntityContext, j: number): boolean {
  const key = context.keys[j];
  if (key === undefined || NAME_CLOSERS.has(key) || RELATION_WORDS.has(key)) return true;
  const match = longestMatchAt(context.resources.gazetteer, context.keys, j, j + 1, ROLE_KINDS);
  return match !== undefined && entryOfKind(match.entries, ROLE_KINDS)?.ambiguous !== true;
}

/**
 * One word the tagger made a name of its own (no listed entry) right after a person who opens with a
 * first name, and before the name visibly ends (`closedAfter(i)`: an office, a comma... at `i`, and
 * the word surname-like), is that person's surname: `کامران شهابی معاون ...` with `شهابی` read as an
 * organization → `کامران شهابی`. Changes `spans` in place.
 */
export function joinSurname(spans: NameMention[], person: NameMention, closedAfter: (i: number) => boolean): void {
  const next = spans.find((s) => s.first === person.last && s.last === s.first + 1 && s.type !== 'PER' && (!s.entry || s.entry.derived));
  if (!next || !closedAfter(next.last)) return;
  person.last = next.last;
  spans.splice(spans.indexOf(next), 1);
}

/** Most words of a person's name {@link takeProperNouns} grows it to by default. */
const MOST_NAME_WORDS = 3;

/**
 * A person's span goes on over the words after it that `properNoun(i)` accepts, to `most` words: a person
 * the tagger found (no listed entry, no listed first name) and ended before a proper noun that is no
 * other name (`ادوین` + `وندرسار`, the POS tagger reading both as proper nouns), or one opening with a
 * listed first name over surname-like words. Changes `person` in place.
 */
export function takeProperNouns(person: NameMention, to: number, properNoun: (i: number) => boolean, most = MOST_NAME_WORDS): void {
  while (person.last < to && person.last - person.first < most && properNoun(person.last)) person.last++;
}

/**
 * A person the tagger read on into a place after the name (`بقائی اروپا را به ... متهم کرد`): the name
 * ends before a place the lists hold (a country, province, city or region, not an everyday word too),
 * when the words before the place read as a surname, unless the person opens with a first name (`جورج
 * واشنگتن`: the place may be a surname) or the lists know the whole as a person.
 */
function personBeforePlace(context: EntityContext, span: NameMention): NameMention {
  const last = span.last - 1;
  if (span.type !== 'PER' || last <= span.first) return span;
  const place = longestMatchAt(context.resources.gazetteer, context.keys, last, span.last, PLACE_KINDS);
  const entry = place && entryOfKind(place.entries, PLACE_KINDS);
  if (!entry || entry.ambiguous || place.entries.some((e) => !PLACE_KINDS.has(e.kind))) return span;
  if (opensWithGivenName(context, span.first, last) || longestMatchAt(context.resources.gazetteer, context.keys, span.first, span.last)?.last === span.last) return span;
  // a name before it, not a group of a place (`مقام‌های ترکیه`, `مردم لبنان`)
  for (let i = span.first; i < last; i++) if (!surnameLike(context, i)) return span;
  return { ...span, last };
}

/** Whether token `i` is a hyphen written tight between two words (`ژان-لوک`), the word after it inside `to`. */
function hyphenJoined(context: EntityContext, i: number, to: number): boolean {
  const [before, hyphen, after] = [context.tokens[i - 1], context.tokens[i], context.tokens[i + 1]];
  return i + 1 < to && hyphen?.norm === '-' && before?.end === hyphen.start && after?.start === hyphen.end && after.kind === 'word';
}

/**
 * Whether the first name at `[first, last)`, with no surname after it, is a person on its own: a
 * proper noun to the POS tagger (`تو را طاهره می‌نامم`, fiction and memoirs call people by first
 * name). Everyday words among first names (`امید`, `جان`) are listed as ambiguous and never taken so.
 */
function givenNameAlone(context: EntityContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (context.tokens[i].pos !== 'PROPN') return false;
  return true;
}

/**
 * A first name from the list followed by surname-like words is a person (`هانس گروندبرگ`), and so is
 * one alone that the POS tagger reads as a proper noun (see {@link givenNameAlone}); a
 * person's span that ends on a first name takes the surname after it (`ماریا` + `زاخارووا`).
 */
function completePeople(context: EntityContext, spans: NameMention[], from: number, to: number, taken: Uint8Array): NameMention[] {
  const covered = (i: number): boolean => spans.some((s) => s.first <= i && s.last > i);
  for (let i = from; i < to; i++) {
    const given = longestMatchAt(context.resources.gazetteer, context.keys, i, to, GIVEN_KINDS);
    const entry = given && entryOfKind(given.entries, GIVEN_KINDS);
    if (!given || !entry || entry.ambiguous || taken[i] || covered(i)) continue;
    let last = given.last;
    if (hyphenJoined(context, last, to) && !taken[last + 1] && !covered(last + 1)) last += 2;
    while (last < to && last - given.last < 2 && !taken[last] && !covered(last) && surnameLike(context, last)) last++;
    // after an office or title a first name is surely followed by its surname, even an everyday word (`قاضی ابوالقاسم صلواتی`)
    if (last === given.last && last < to && !taken[last] && !covered(last) && officeEndsAt(context, i) && plainWord(context, last)) last++;
    if (last > given.last || givenNameAlone(context, i, given.last)) spans.push({ first: i, last, type: 'PER' });
    i = last - 1;
  }
  for (const span of spans) {
    if (span.type !== 'PER') continue;
    for (let back = 1; back <= 3 && span.first - back >= from; back++) {
      const title = longestMatchAt(context.resources.gazetteer, context.keys, span.first - back, to, TITLE_KINDS);
      if (title && title.last > span.first && title.last < span.last && entryOfKind(title.entries, TITLE_KINDS)?.ambiguous !== true) span.first = title.last;
    }
  }
  // a double first name joined by a hyphen with no space (`ژان-لوک`, `ژان-نوئل`): the part after it
  // is the same name, and a person's span ending on it goes on to the surname
  // (a first name read as a place before it, `ژان` + `-نوئل بارو`, is that person's too)
  for (const span of [...spans]) {
    if (!hyphenJoined(context, span.last, to) || taken[span.last + 1]) continue;
    const next = spans.find((s) => s.first === span.last + 1);
    if (next ? next.type !== 'PER' : span.type !== 'PER') continue;
    if (span.type !== 'PER' && longestMatchAt(context.resources.gazetteer, context.keys, span.first, span.last, GIVEN_KINDS)?.last !== span.last) continue;
    if (next) spans.splice(spans.indexOf(next), 1);
    span.type = 'PER';
    delete span.entry;
    span.last = next?.last ?? span.last + 2;
  }
  sortByFirst(spans);
  for (let k = spans.length - 1; k > 0; k--) {
    if (spans[k].type === 'PER' && spans[k - 1].type === 'PER' && spans[k - 1].last === spans[k].first) spans[k - 1].last = spans.splice(k, 1)[0].last;
  }
  for (const span of spans) {
    if (span.type !== 'PER') continue;
    if (!longestMatchAt(context.resources.gazetteer, context.keys, span.first, span.first + 1, GIVEN_KINDS)) {
      if (!span.entry) takeProperNouns(span, to, (i) => !taken[i] && !covered(i) && context.tokens[i].pos === 'PROPN' && surnameLike(context, i) && !longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, NAME_KINDS));
      continue;
    }
    takeProperNouns(span, to, (i) => !taken[i] && !covered(i) && surnameLike(context, i), 4);
    if (span.last - span.first < 4) joinSurname(spans, span, (i) => closesName(context, i) && surnameLike(context, i - 1));
  }
  return spans;
}

/**
 * An organization the tagger found without a gazetteer entry gets one from its words: the
 * country named in it (`وزارت خارجه چین` → CHN) and the kind of the organization it opens with, else
 * international when it names an international body and no country (a committee of one).
 */
function describeOrganization(context: EntityContext, span: NameMention): void {
  let country: string | undefined;
  let subtype: string | undefined;
  let international = false;
  for (let i = span.first; i < span.last; i++) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i, span.last, NAME_KINDS);
    const entry = match && entryOfKind(match.entries, NAME_KINDS);
    if (!entry || entry.ambiguous) continue;
    if (entry.kind === 'country') country ??= entry.country;
    else if (entry.kind === 'organization' && i === span.first) subtype = entry.subtype;
    else if (entry.kind === 'organization' && entry.subtype === 'international') international = true;
  }
  // a body of an international one is international too (`کمیته استیناف AFC`، `کمیته انضباطی کنفدراسیون فوتبال آسیا`)
  if (international) subtype ??= 'international';
  const canonical = context.tokens.slice(span.first, span.last).map((t) => t.norm).join(' ');
  // a body of a country is no international one, whatever its first words name (`شورای امنیت ملی و دفاع اوکراین`)
  if (country && subtype === 'international') subtype = undefined;
  span.entry = { kind: 'organization', canonical, derived: true, ...(country ? { country } : {}), ...(subtype ? { subtype } : {}) };
}

/**
 * `شرکت «ساختمان آرمان»`, `حزب «همبستگی»`: the words in « » right after a body's head word (a company,
 * party, team, site, factory or association; six words at most) name that body, when nothing else does.
 */
function quotedBodyNames(context: EntityContext, spans: NameMention[], from: number, to: number, taken: Uint8Array): void {
  for (let i = from; i + 2 < to; i++) {
    if (context.keys[i + 1] !== '«' || !(ORGANIZATION_HEADS.has(context.keys[i]) || LOCAL_BODIES.has(context.keys[i]))) continue;
    const close = context.keys.indexOf('»', i + 2);
    if (close < 0 || close >= to || close === i + 2 || close - i - 2 > 6) continue;
    if (overlapsAny(spans, i + 2, close)) continue;
    let free = true;
    for (let k = i + 2; k < close; k++) if (taken[k] || isPunctuation(context, k) || context.tokens[k].pos === 'VERB') free = false;
    if (!free) continue;
    const canonical = context.tokens.slice(i + 2, close).map((t) => t.norm).join(' ');
    spans.push({ first: i + 2, last: close, type: 'ORG', entry: { kind: 'organization', canonical, derived: true } });
  }
}

/** `ملی` (entity key), national. */
const NATIONAL = entityKey('ملی');

/**
 * `کشور چین`, `استان فارس`, `رودخانهٔ نیل`: a place takes its classifier or the heads of a natural
 * feature; `وزارت خارجه چین`: an organization takes its country, `وزارت امور خارجه کشورمان` the home
 * country (`وزارت امور خارجه ایران`); a local company, factory or association its place
 * (`کارخانه قند اسلام‌آباد غرب`); a body known abroad made national with a country after it is that country's own
 * (`شورای امنیت ملی اوکراین`); a government, a caretaker or interim one too, with its country is one organization
 * (`دولت روسیه`، `حکومت سرپرست افغانستان`).
 */
function extendSpans(context: EntityContext, spans: NameMention[]): void {
  sortByFirst(spans);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    // the tagger took `کشورمان` into the organization: read below as the home country
    if (span.type === 'ORG' && !span.entry && span.last - span.first > 1 && context.keys[span.last - 1] === 'کشورمان') span.last--;
    if (span.type === 'ORG' && !span.entry) describeOrganization(context, span);
    governmentOfCountry(context, spans, k);
    const before = span.first - 1;
    // `شهر الجزیره`: a name the tagger read as an organization is the place its classifier says it is
    if (span.type === 'ORG' && before >= 0 && PLACE_CLASSIFIERS.has(context.keys[before]) && span.last - span.first === 1 && !spans.some((s) => s.last > before && s.first <= before)) {
      const place = entryOfKind(lookupPhrase(context.resources.gazetteer, context.keys[span.first]), PLACE_KINDS);
      if (place) Object.assign(span, { type: 'LOC', entry: place });
    }
    if (span.type === 'LOC' && before >= 0 && PLACE_CLASSIFIERS.has(context.keys[before]) && !spans.some((s) => s.last > before && s.first <= before)) span.first = before;
    // `دولت روسیه`, `حکومت عربستان`: a country's government is an organization (PerDT's convention); so is its mission (`سفارت آلمان`)
    // (and a caretaker or interim one: `حکومت سرپرست افغانستان`، `دولت موقت سوریه`)
    const ruling = before >= 1 && INTERIM.has(context.keys[before]) && GOVERNMENTS.has(context.keys[before - 1]) ? before - 1 : before;
    // (the tagger's organization of the government's word alone joins it: `حکومت` + `سرپرست افغانستان`)
    const alone = ruling < before ? spans.findIndex((s) => s.type === 'ORG' && s.first === ruling && s.last === ruling + 1) : -1;
    const governs = span.type === 'LOC' && span.entry?.kind === 'country' && before >= 0 && (GOVERNMENTS.has(context.keys[ruling]) || MISSIONS.has(context.keys[before])) && !spans.some((s, j) => j !== alone && s.last > ruling && s.first <= before);
    if (governs && alone >= 0) {
      spans.splice(alone, 1);
      if (alone < k) k--;
    }
    if (governs) {
      Object.assign(span, { first: GOVERNMENTS.has(context.keys[ruling]) ? ruling : before, type: 'ORG', entry: undefined });
      describeOrganization(context, span);
    }
    // `تیم استقلال`, `حزب بعث`: the kind of body before an organization's name belongs to it
    if (span.type === 'ORG' && before >= 0 && ORGANIZATION_HEADS.has(context.keys[before]) && !spans.some((s) => s.last > before && s.first <= before)) span.first = before;
    // `قلهٔ کوه اورست`, `رودخانهٔ نیل`: the heads of natural features before a place, one or two
    for (let more = 0; more < 2 && span.type === 'LOC' && span.first > 0 && LANDFORM_HEADS.has(context.keys[span.first - 1]) && !spans.some((s) => s !== span && s.last > span.first - 1 && s.first <= span.first - 1); more++) span.first--;
    const next = spans[k + 1];
    // `شورای امنیت ملی اوکراین`: a body known abroad, made national and given a country, is that country's own
    if (span.type === 'ORG' && span.entry && !span.entry.country && next && next.first === span.last + 1 && context.keys[span.last] === NATIONAL && next.type === 'LOC' && next.entry?.kind === 'country') {
      span.last = next.last;
      const canonical = context.tokens.slice(span.first, span.last).map((t) => t.norm).join(' ');
      span.entry = { kind: 'organization', canonical, derived: true, country: next.entry.country };
      spans.splice(k + 1, 1);
    } else if (span.type === 'ORG' && next && next.first === span.last && next.type === 'LOC' && next.entry?.kind === 'country' && (!span.entry?.country || span.entry.country === 'IRN')) {
      span.last = next.last;
      span.entry = span.entry ? { ...span.entry, canonical: `${span.entry.canonical} ${next.entry.canonical}`, country: next.entry.country } : undefined;
      spans.splice(k + 1, 1);
    } else if (span.type === 'ORG' && next && next.first === span.last && next.type === 'LOC' && next.entry?.kind === 'country' && span.entry?.country === next.entry.country) {
      // `گازپروم روسیه`: a known organization with its own country after it keeps its name, the country in its mention
      span.last = next.last;
      spans.splice(k + 1, 1);
    }
    // `کمیسیون مشترک اقتصادی ایران و ترکیه`, `اتاق بازرگانی مشترک ایران و عراق`: a joint body's name runs over `و` to the
    // second country (a body of no one country, as the writers give it)
    const second = spans[k + 1];
    if (span.type === 'ORG' && second?.type === 'LOC' && second.entry?.kind === 'country' && second.first === span.last + 1 && context.keys[span.last] === 'و' && jointOfCountry(context, span)) {
      span.last = second.last;
      spans.splice(k + 1, 1);
      const canonical = context.tokens.slice(span.first, span.last).map((t) => t.norm).join(' ');
      span.entry = { kind: 'organization', canonical, derived: true, ...(span.entry?.subtype ? { subtype: span.entry.subtype } : {}) };
    }
    // `شرکت فولادسازان کارون`, `کارخانه قند اسلام‌آباد غرب`, `خانه کارگر استان لرستان`: a local body's place is in its name
    const local = spans[k + 1];
    const classified = local && PLACE_CLASSIFIERS.has(context.keys[span.last]) && local.first === span.last + 1;
    if (span.type === 'ORG' && LOCAL_BODIES.has(context.keys[span.first]) && local?.type === 'LOC' && local.entry && local.entry.kind !== 'country' && (local.first === span.last || classified)) {
      span.last = local.last;
      spans.splice(k + 1, 1);
      const canonical = context.tokens.slice(span.first, span.last).map((t) => t.norm).join(' ');
      span.entry = { kind: 'organization', canonical, derived: true, country: local.entry.country ?? span.entry?.country ?? context.homeCountry, ...(span.entry?.subtype ? { subtype: span.entry.subtype } : {}) };
    }
    // `وزارت امور خارجه کشورمان`: the home country, as `وزارت خارجه چین` names China
    const home = context.homeCountry;
    if (span.type === 'ORG' && context.keys[span.last] === 'کشورمان' && (!span.entry?.country || span.entry.country === home) && !spans.some((s) => s !== span && s.first <= span.last && s.last > span.last)) {
      span.last++;
      const homeName = context.resources.countryNames.get(home);
      if (span.entry && homeName && !span.entry.canonical.endsWith(homeName)) span.entry = { ...span.entry, canonical: `${span.entry.canonical} ${homeName}`, country: home };
    }
  }
}

/** The most words a named government may have between its `دولت` and its country (`دولت نجات ملی یمن`). */
const MAX_GOVERNMENT_NAME = 3;
/** The parts of speech of a government's own name (`نجات ملی`, `وحدت ملی`, `موقت`). */
const NAME_WORD_POS = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * `وزارت خارجه دولت نجات ملی یمن`, `وزارت کشور دولت موقت سوریه`: an organization the tagger ended on a government's word
 * (`دولت`, `حکومت`) runs on over that government's own name, up to three nouns and adjectives no name takes, to the country
 * after it, and is that country's (the writers give the whole as one body of it; cut at `دولت` it fell to the home country).
 */
function governmentOfCountry(context: EntityContext, spans: NameMention[], k: number): void {
  const span = spans[k];
  if (span.type !== 'ORG' || span.last - span.first < 2 || !GOVERNMENTS.has(context.keys[span.last - 1])) return;
  const country = spans.findIndex((s) => s.type === 'LOC' && s.entry?.kind === 'country' && s.first >= span.last && s.first - span.last <= MAX_GOVERNMENT_NAME);
  if (country < 0) return;
  const next = spans[country];
  for (let i = span.last; i < next.first; i++) {
    const pos = context.tokens[i].pos;
    if (context.tokens[i].kind !== 'word' || STOP_WORDS.has(context.keys[i]) || NAME_CLOSERS.has(context.keys[i]) || (pos && !NAME_WORD_POS.has(pos)) || overlapsAny(spans, i, i + 1)) return;
  }
  span.last = next.last;
  const canonical = context.tokens.slice(span.first, span.last).map((t) => t.norm).join(' ');
  span.entry = { kind: 'organization', canonical, derived: true, country: next.entry!.country, ...(span.entry?.subtype ? { subtype: span.entry.subtype } : {}) };
  spans.splice(country, 1);
}

/**
 * Whether a tagger span is an institution noun alone after a demonstrative (`سخنگوی این کمیسیون`): no name
 * of its own but the body named before, which the role phrase or the quote takes up.
 */
function demonstrativeInstitution(context: EntityContext, span: NameMention): boolean {
  if (span.type !== 'ORG' || span.last - span.first !== 1 || span.entry) return false;
  const before = context.keys[span.first - 1];
  return (before === 'این' || before === 'همین') && INSTITUTION_NOUN_KEYS.has(context.keys[span.first]);
}

/**
 * Finds the names in a sentence (tokens `[from, to)`): the statistical tagger's PER/LOC/ORG spans (two
 * organizations it ran together split: see {@link splitCoordinated}),
 * gazetteer places, organizations and MISC names (unambiguous ones fill the tagger's gaps and
 * correct its boundaries), designations (`F-35`, `اف-۳۵`), people after titles and ranks, place
 * classifiers and organizations' countries, people's initials (`ع.ن`), bodies named in « » after their head word, parts of organizations
 * (`کمیته انضباطی کنفدراسیون فوتبال آسیا`). Tokens `taken` by dates and numbers are never names.
 */
export function findNames(context: EntityContext, from: number, to: number, taken: Uint8Array): NameMention[] {
  const isFree = (s: NameMention): boolean => {
    for (let i = s.first; i < s.last; i++) if (taken[i] || isPunctuation(context, i) && context.keys[i] !== '(' && context.keys[i] !== ')') return false;
    return true;
  };
  const spans = taggerSpans(context, from, to)
    .flatMap((s) => splitCoordinated(context, s))
    .map((s) => personBeforePlace(context, placeNotOrganization(context, endBeforePlaced(context, endBeforeToldOutlet(context, endBeforeSayingNoun(context, endBeforeDemonstrative(context, endAtRelation(context, trimOffice(context, trimStopWords(context, balanceBrackets(context, s)))))))))))
    .flatMap((s) => splitOrganizations(context, s))
    .filter((s) => s.last > s.first && isFree(s) && !isCommonWord(context, s) && !demonstrativeInstitution(context, s) && (s.type !== 'PER' || looksPersonal(context, s)));
  for (const match of matchGazetteer(context.resources.gazetteer, context.keys, from, to, NAME_KINDS)) {
    const entry = cuedOutlet(context, match.first, match.entries) ?? entryOfKind(match.entries, NAME_KINDS);
    if (entry && isFree({ first: match.first, last: match.last, type: 'MISC' })) addGazetteerName(context, spans, match.first, match.last, entry);
  }
  for (let i = from; i < to; i++) {
    if (!taken[i] && (context.tokens[i].kind === 'mixed' && DESIGNATION.test(context.keys[i])) && !overlapsAny(spans, i, i + 1)) spans.push({ first: i, last: i + 1, type: 'MISC' });
  }
  initialedPeople(context, spans, from, to, taken);
  abbreviatedOrganizations(context, spans, from, to, taken);
  quotedBodyNames(context, spans, from, to, taken);
  findLocalOffices(context, spans);
  titledPeople(context, spans, from, to, taken);
  extendSpans(context, spans);
  findSubBodies(context, spans);
  findCourtNames(context, spans, from, to, taken);
  takePortfolios(context, spans, to);
  findSpelledOutNames(context, spans, from);
  return sortByFirst(completePeople(context, spans.filter((s) => !onlyTitles(context, s)), from, to, taken));
}
