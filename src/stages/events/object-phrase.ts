import { PREPOSITIONS } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { type EventContext, partyCountry } from './event-context.js';
import { type Party, partyStartingAt } from './event-parties.js';
import { ATTACK_NOUNS, sequenceAt } from './opposing-party.js';

/**
 * Parties inside a noun phrase: after a preposition (`با X`), in an object before `را`, an author after
 * `از سوی`/`توسط` or right after the noun (`حملات هوایی آمریکا`).
 * @module
 */

/** Sentence and clause breaks an object phrase does not cross. */
export const OBJECT_STOPS = new Set(['،', ':', '؛', 'که', '.', 'را']);

/** The party within four words after the nearest `marker` in `[from, before)`, else an organization named by its head word within them. */
export function markedParty(context: EventContext, marker: string, from: number, before: number): Party | undefined {
  const { keys } = context.view;
  for (let t = before - 1; t >= from; t--) {
    if (keys[t] !== marker) continue;
    // a mediator or host is no side (`با میانجی‌گری قطر دیدار کردند`، `با میزبانی امارات`)
    if (marker === 'با' && MEDIATION.has(keys[t + 1])) continue;
    // nor is the source a report is told by, set off by a comma (`به گزارش شانا، ...`، `به گفته منابع محلی، ...`;
    // not a report objected to: `به گزارش آژانس اعتراض کرد`)
    if (marker === 'به' && SOURCE_NOUNS.has(keys[t + 1]) && keys.slice(t + 2, before).includes('،')) continue;
    let stop = before;
    // past four words only along a chain of nouns and adjectives (`از تمامیت ارضی و حاکمیت ارمنستان`)
    let chain = true;
    for (let u = t + 1; u < before && (u - t <= 4 || (chain && u - t <= MARKED_CHAIN)); u++) {
      const party = partyStartingAt(context.parties, u);
      if (party) return party;
      if (OBJECT_STOPS.has(keys[u])) {
        // a group named by a common noun, then the members it stands for most (`از کشورهای ضامن، به‌ویژه آمریکا و فرانسه، خواست`)
        const especially = keys[u] === '،' ? sequenceAt(keys, u + 1, ESPECIALLY) : undefined;
        const member = especially && partyStartingAt(context.parties, u + 1 + especially.length);
        if (member) return member;
        stop = u;
        break;
      }
      chain &&= CHAIN_WORDS.has(context.view.tokens[u].pos ?? '') || keys[u] === 'و';
    }
    // an organization named by its head word alone, the phrase's head or a genitive in it (`به «منابع آتش ارتش»`)
    for (let u = t + 1; u < Math.min(stop, before) && u - t <= 4; u++) {
      const party = headWordParty(context.view, u);
      if (party) return party;
    }
    return undefined;
  }
  return undefined;
}

/** Nouns after `به` naming a report's source when a comma sets the phrase off (match keys): `به گزارش`، `به نوشته`، `به نقل از`، `به گفته`. */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['گزارش', 'نوشته', 'نقل', 'گفته'].map(matchKey));

/** Nouns after `با` naming a mediator or host (match keys): `میانجی‌گری`، `وساطت`، `میزبانی`. */
const MEDIATION: ReadonlySet<string> = new Set(['میانجی‌گری', 'میانجی', 'میانجیگری', 'وساطت', 'میزبانی'].map(matchKey));

/** Words that name the members a group stands for most (match keys): `به‌ویژه`، `به خصوص`، `از جمله`. */
const ESPECIALLY: readonly (readonly string[])[] = [['به', 'ویژه'], ['بهویژه'], ['بویژه'], ['به', 'خصوص'], ['بهخصوص'], ['بخصوص'], ['از', 'جمله'], ['خصوصا'], ['بالاخص']];

/** Most words between a marker and its party along a chain of nouns and adjectives. */
const MARKED_CHAIN = 8;
/** Parts of speech of a chain of genitives a marker's party may end (`تمامیت ارضی و حاکمیت X`). */
const CHAIN_WORDS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/** How many earlier mentions a head word is compared with. */
const HEAD_WORD_REACH = 60;

/**
 * An organization named again by its head word alone (`از دیوان درخواست داریم` after `دیوان
 * بین‌المللی دادگستری`): the latest earlier ORG mention of two or more words that starts with the
 * word at `t`.
 */
function headWordParty(view: SentenceView, t: number): Party | undefined {
  const { mentions, mentionTokens, keys } = view;
  if (view.mentionAt[t] >= 0) return undefined;
  let m = mentions.length - 1;
  while (m >= 0 && mentionTokens[m][0] >= t) m--;
  for (let seen = 0; m >= 0 && seen < HEAD_WORD_REACH; m--, seen++) {
    const [first, last] = mentionTokens[m];
    if (mentions[m].type === 'ORG' && last > first && keys[first] === keys[t]) return { first: t, last: t, mention: mentions[m], place: false };
  }
  return undefined;
}

/**
 * The recipient in the object phrase before `را` at `ra`: the author of the act it names, after از سوی or
 * توسط (`تحریم دو شرکت ایرانی از سوی وزارت خزانه‌داری آمریکا را`); else the last party before the phrase's first
 * preposition (`حملات رژیم صهیونیستی را` → ISR); for an attack with no author named, the last
 * attacker (`حمله به مناطق مسکونی لبنان را محکوم کرد`); else the first party with a country after a
 * preposition (`چند منطقه در جنوب لبنان را هدف قرار دادند` → LBN; `با ده حمله هوایی بندر الحدیده را` → YEM:
 * an attack named inside a preposition's phrase is how, not what).
 */
export function objectParty(context: EventContext, from: number, ra: number): Party | undefined {
  const { keys, tokens } = context.view;
  ra = beforeAppositive(context.view, from, ra);
  let start = ra;
  while (start - 1 >= from && ra - start < 14 && !OBJECT_STOPS.has(keys[start - 1]) && tokens[start - 1].pos !== 'VERB') start--;
  // the author of the act the phrase names, after از سوی/توسط (`تحریم دو شرکت ایرانی از سوی وزارت خزانه‌داری آمریکا را`)
  const agent = namedAgent(context, start, ra);
  if (agent) return agent;
  let preposition = ra;
  for (let t = start; t < ra; t++) if (PREPOSITIONS.has(keys[t]) && context.parties.at[t] < 0) { preposition = t; break; }
  let head: Party | undefined;
  for (let t = start; t < preposition; t++) head = partyStartingAt(context.parties, t) ?? head;
  // the last of coordinated parties stands for all of them: the first one heads the list (`آلمان و لبنان را`)
  for (let before = head && head.first - 2; head && before !== undefined && before >= start && (keys[head.first - 1] === 'و' || keys[head.first - 1] === '،'); before = head.first - 2) {
    const p = context.parties.at[before];
    if (p < 0 || context.parties.parties[p].last !== before) break;
    head = context.parties.parties[p];
  }
  if (head) return head;
  if (keys.slice(start, preposition).some((k) => ATTACK_NOUNS.has(k))) return context.memory.attacker;
  for (let t = preposition; t < ra; t++) {
    const party = partyStartingAt(context.parties, t);
    if (party && (party.country || (party.mention && !party.place))) return party;
    if (party) {
      const country = partyCountry(context, party);
      if (country) return party;
    }
  }
  return undefined;
}

/** Most tokens of an appositive set off by commas inside an object phrase. */
const APPOSITIVE_WORDS = 8;

/**
 * Where an object phrase ends when an appositive between commas closes it (`مواضع ارتش این کشور در
 * شهر الفاشر، مرکز ایالت دارفور شمالی، را`): the comma opening the appositive; else `ra` itself.
 */
function beforeAppositive(view: SentenceView, from: number, ra: number): number {
  const { keys, tokens } = view;
  if (keys[ra - 1] !== '،') return ra;
  for (let t = ra - 2; t > from && ra - t <= APPOSITIVE_WORDS + 2; t--) {
    if (keys[t] === '،') return t;
    if (tokens[t].pos === 'VERB' || OBJECT_STOPS.has(keys[t])) return ra;
  }
  return ra;
}

/**
 * Whether a party stands in a prepositional phrase that follows a noun of an object phrase (`بیانیه ...
 * درباره برنامه هسته‌ای ایران را`), within four words before it — not an adjunct of the clause (`در
 * بیانیه‌ای نیروهای واکنش سریع را`).
 */
export function insideAdjunct(context: EventContext, party: Party, from: number): boolean {
  const { keys, tokens } = context.view;
  for (let p = party.first - 1; p >= Math.max(from + 1, party.first - 4); p--) {
    if (!PREPOSITIONS.has(keys[p])) continue;
    return context.parties.at[p - 1] < 0 && (tokens[p - 1].pos === 'NOUN' || tokens[p - 1].pos === 'ADJ');
  }
  return false;
}

/** The party named after `از سوی` or `توسط` in `[from, before)`, if any. */
export function namedAgent(context: EventContext, from: number, before: number): Party | undefined {
  const { keys } = context.view;
  for (let t = from; t < before; t++) {
    if ((keys[t] === 'سوی' && keys[t - 1] === 'از') || keys[t] === 'توسط') {
      const agent = partyStartingAt(context.parties, t + 1);
      if (agent && !agent.place) return agent;
    }
  }
  return undefined;
}

/**
 * A party whose name the entity stage began with the phrase's own last word (`دعوای جمهوری اسلامی ایران`
 * tagged as one organization, `همکاری بانک‌های مرکزی روسیه`): the name after that word, with a country.
 */
export function gluedParty(context: EventContext, word: number): Party | undefined {
  const party = partyStartingAt(context.parties, word);
  if (!party || party.last === word || !party.mention || party.mention.type !== 'ORG') return undefined;
  return partyCountry(context, party) ? party : undefined;
}

/** First-person possessors (match keys) that make the speaker the author of a noun's act. */
const OUR: ReadonlySet<string> = new Set(['ما', 'کشورمان']);

/** The party a noun's phrase names as its author: after از سوی/توسط, else within three words after it (`حملات هوایی آمریکا`; `ما` in a quote: its speaker). */
export function genitiveParty(context: EventContext, from: number, last: number): Party | undefined {
  // an agent named with از سوی or توسط inside the phrase comes first (`ارسال موشک از سوی آلمان به ...`)
  for (let t = from; t < Math.min(last, from + 8) && !OBJECT_STOPS.has(context.view.keys[t]); t++) {
    if (context.view.keys[t] === 'سوی' || context.view.keys[t] === 'توسط') {
      const agent = partyStartingAt(context.parties, t + 1);
      if (agent) return agent;
    }
  }
  const glued = gluedParty(context, from - 1);
  if (glued) return glued.place ? undefined : glued;
  for (let t = from; t < Math.min(last, from + 3); t++) {
    if (PREPOSITIONS.has(context.view.keys[t]) || OBJECT_STOPS.has(context.view.keys[t])) return undefined;
    const party = partyStartingAt(context.parties, t);
    if (party) return party.place ? undefined : party;
    // `همکاری‌های دفاعی ما با مسکو` in what someone says: the speaker's side
    if (OUR.has(context.view.keys[t])) return context.speakerAt(t);
  }
  return undefined;
}

/** Beginning of the match keys of a message's noun (`پیام`، `پیامی`) and the words that may stand between it and its author (`پیام کتبی`، `پیام مکتوب`). */
const MESSAGE = matchKey('پیام');
const MESSAGE_WORDS: ReadonlySet<string> = new Set(['کتبی', 'مکتوب', 'شفاهی', 'رسمی', 'ویژه'].map(matchKey));
/** Titles before a name (match keys): `دکتر`، `مهندس`. */
const TITLES: ReadonlySet<string> = new Set(['دکتر', 'مهندس', 'شیخ', 'سلطان'].map(matchKey));
/** Words that point at a message named before (match keys): `در این پیام`، `که در آن`. */
const IN_THE_MESSAGE = [['این', 'پیام'], ['در', 'آن']].map((words) => words.map(matchKey));

/**
 * The author of the message a passive act in `[from, before)` is told inside (`پیام کتبی X را ... تسلیم کرد. در این
 * پیام از Y برای سفر به تهران دعوت شده است`، `پیام مکتوب X را تحویل داد که در آن از Y ... دعوت شده است`): with
 * `این پیام` or `در آن` before the act, the party named right after the last `پیام` in `[since, before)`.
 */
export function messageAuthor(context: EventContext, since: number, from: number, before: number): Party | undefined {
  const { keys } = context.view;
  let pointed = false;
  for (let t = from; t < before && !pointed; t++) pointed = IN_THE_MESSAGE.some((words) => words.every((word, k) => keys[t + k] === word));
  if (!pointed) return undefined;
  for (let t = before - 1; t >= since; t--) {
    if (!keys[t].startsWith(MESSAGE) || keys[t].length > MESSAGE.length + 1) continue;
    let u = t + 1;
    while (MESSAGE_WORDS.has(keys[u])) u++;
    // (past a title the name's mention leaves out: `پیام کتبی دکتر مسعود پزشکیان`)
    const author = partyStartingAt(context.parties, u) ?? (TITLES.has(keys[u]) ? partyStartingAt(context.parties, u + 1) : undefined);
    if (author && !author.place) return author;
  }
  return undefined;
}

/** Most words an object phrase runs on after a target before its `را`. */
const TARGETS_REACH = 16;

/**
 * Targets of other countries coordinated after `party` in the object phrase it stands in, up to the
 * phrase's `را` (`یک پالایشگاه در شانگهای چین و سه شرکت ثبت‌شده در هنگ‌کنگ را تحریم کرد` from چین →
 * هنگ‌کنگ; `دو شرکت اماراتی و یک بانک ترکیه‌ای را` from اماراتی → ترکیه‌ای): firms in several countries are one
 * sanction per country (guide, CE, CJ). None when no `را` closes the phrase, a verb or clause break comes
 * first, or an agent is named (`از سوی`، `توسط`); `actor`'s own country is never a target.
 */
export function targetsInOtherCountries(context: EventContext, party: Party, actor: Party | undefined): Party[] {
  const { keys, tokens } = context.view;
  const countries = new Set([partyCountry(context, party), actor && partyCountry(context, actor)]);
  const found: Party[] = [];
  let coordinated = false;
  for (let t = party.last + 1; t < keys.length && t - party.last <= TARGETS_REACH; t++) {
    if (keys[t] === 'را') return found;
    if (OBJECT_STOPS.has(keys[t]) || tokens[t].pos === 'VERB' || keys[t] === 'سوی' || keys[t] === 'توسط') return [];
    if (keys[t] === 'و') coordinated = true;
    const next = coordinated ? partyStartingAt(context.parties, t) : undefined;
    const country = next && partyCountry(context, next);
    if (!next || !country) continue;
    if (!countries.has(country)) found.push(next);
    countries.add(country);
    t = next.last;
  }
  return [];
}
