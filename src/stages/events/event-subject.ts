import { clauseStart, PREPOSITIONS, wrapperEnd } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { type EventContext, isInternational } from './event-context.js';
import { type Party, partyStartingAt, withConjuncts } from './event-parties.js';
import { CONDITION_OPENERS, sequenceAt } from './opposing-party.js';

/**
 * The actor of an event: the subject of its clause (past leads, conditions, objects and genitives),
 * `دو طرف` acting for the two sides of the last meeting, and where the next clause starts.
 * @module
 */

/** Words opening an embedded clause whose own subject acts: `اعلام کرد که X ...`، `گفت: X ...`. */
export const CLAUSE_OPENERS = new Set(['که', ':', '؛']);

/** Nouns that name a country's or a body's own people and organs (match keys): `دولت آمریکا` acts as America. */
const GOVERNING_NOUNS: ReadonlySet<string> = new Set(['دولت', 'ارتش', 'نیروهای', 'نیروی', 'وزارت', 'سفارت', 'پارلمان', 'مجلس', 'رژیم', 'رهبر', 'رئیس', 'مقامات', 'سخنگوی', 'هیئت', 'هیات', 'تیم', 'سپاه', 'پلیس', 'گروه', 'کاخ', 'کنگره', 'سنای', 'حکومت', 'مردم', 'شبهنظامیان', 'جنبش', 'نخستوزیر', 'وزیر', 'سفیر', 'نماینده', 'هواپیماهای', 'جنگندههای', 'ناوگان', 'نظامیان', 'اعضای', 'نمایندگان', 'رزمندگان', 'جنگجویان', 'مبارزان', 'سربازان', 'مأموران'].map(matchKey));

/** Leads before a clause's subject, ended by a comma: `بر اساس گزارش‌های رسانه‌های یمنی، ...`. */
const LEADS = [['بر', 'اساس'], ['براساس'], ['طبق'], ['به', 'نوشته']];

/**
 * The subject of a clause `[from, before)`: the leftmost party not inside « » (« » around a name alone are
 * no quotation: `«م.ن» ... رد کرد`), not governed by a preposition, not a place other than a country or a
 * capital, and not an object (`حزب‌الله را`); a lead (`بر اساس ...،`) or a condition before its comma (`اگر
 * امارات ... ادامه دهد، خارطوم ... شکایت خواهد کرد` → خارطوم) is passed over.
 */
export function subjectIn(context: EventContext, from: number, before: number, verb = before): Party | undefined {
  const { keys } = context.view;
  let inQuote = 0;
  let start = clauseStart(context.view, from, before);
  // a lead (`بر اساس ...،`) or a condition (`اگر امارات ... ادامه دهد، خارطوم ...`) before the comma is not where the subject stands
  const opener = CLAUSE_OPENERS.has(keys[start]) ? start + 1 : start;
  if (LEADS.some((lead) => lead.every((word, k) => keys[start + k] === word)) || sequenceAt(keys, opener, CONDITION_OPENERS)) {
    const comma = keys.indexOf('،', start);
    if (comma >= 0 && comma < before) start = comma + 1;
  }
  // a verb inside « » has its subject inside them too (`گفت: «چین ... را رد می‌کند»`)
  // (the verb itself, not only the words before it: `X را «اقدامی خصمانه» خواند` is said outside them)
  const open = openQuoteBefore(keys, start, Math.max(before, verb));
  if (open >= 0) start = open + 1;
  // where the clause's noun phrase opens, past a partitive (`یکی از پهپادهای اسرائیلی ... را هدف قرار داد`، `سه نفر از
  // اعضای کمیسیون ...`): the part acts for the whole, whose words are read as if they opened the clause
  const first = keys[start] === 'که' ? start + 1 : start;
  const head = PARTITIVES.has(keys[first]) && keys[first + 1] === 'از' ? first + 2 : start;
  for (let t = start; t < before; t++) {
    // a name set in « » (`«م.ن» ... رد کرد`) is no quotation
    if (keys[t] === '«' && wrapperEnd(context.view, t) >= 0) continue;
    if (keys[t] === '«') inQuote++;
    else if (keys[t] === '»') inQuote = Math.max(0, inQuote - 1);
    // the subject comes before the object: none after its را (`... را به اتهام حمل نفت ایران ... افزود`)
    else if (keys[t] === 'را' && inQuote === 0) return undefined;
    const party = partyStartingAt(context.parties, t);
    if (inQuote > 0 || !party || (party.place && !party.capital) || isGoverned(context, t, from)) continue;
    // a lone demonym is a subject only at the head of its clause (`جنگنده‌های آمریکایی ...`), or of what follows an
    // adverbial lead's comma (`ساعاتی پس از این عملیات، جنگنده‌های آمریکایی و انگلیسی ... را بمباران کردند`)
    if (!party.mention && party.last === party.first && t - head > 2 && !(keys[t - 2] === '،' && inQuote === 0)) continue;
    if (isObject(context, party, before)) continue;
    // a genitive inside a noun phrase that does not open the clause is not its subject
    // (`فناوری ماهواره‌برهای ایران`، `این کمیسیون تصمیم پارلمان اروپا ... را`), unless the noun governs
    // in its name (`... دولت آمریکا`)
    // (a noun after a preposition and a demonstrative ends that phrase: `در این جلسه نماینده دادستان ...`)
    if (t - 1 > head && genitiveHead(context.view, head, t) && !GOVERNING_NOUNS.has(keys[t - 1]) && !(DEMONSTRATIVES.has(keys[t - 2]) && PREPOSITIONS.has(keys[t - 3])) && !(isInternational(context, party) && opensClause(context.view, start, t))) continue;
    return party;
  }
  return undefined;
}

/**
 * Whether the word before `t` ends a noun phrase whose genitive `t` is: a noun, or adjectives after a noun
 * inside the clause, not opening it (`یک پایگاه نظامی اسرائیل`: the base is Israel's, Israel is no subject;
 * `رسانه‌های دولتی روسیه` opening the clause is Russia's, Russia its subject).
 */
function genitiveHead(view: SentenceView, start: number, t: number): boolean {
  if (view.tokens[t - 1].pos === 'NOUN') return true;
  let u = t - 1;
  while (u > start && view.tokens[u].pos === 'ADJ') u--;
  // (not the phrase that opens the clause, the subject's own: `رسانه‌های دولتی روسیه ... متهم کردند`)
  return u > start && view.tokens[u].pos === 'NOUN' && !GOVERNING_NOUNS.has(view.keys[u]);
}

/** Parts of speech of the words of a clause's opening noun phrase. */
const OPENING_PHRASE: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * Whether `[start, t)` is a run of nouns and adjectives (past a name in « »): an international body at `t`
 * is then a genitive of the clause's opening noun phrase, the body an official acts for
 * (`«توبیاس لیندکویست» هماهنگ‌کننده امور بشردوستانه سازمان ملل ... خواست`).
 */
function opensClause(view: SentenceView, start: number, t: number): boolean {
  for (let u = start; u < t; u++) {
    if (view.keys[u] === '«' || view.keys[u] === '»') continue;
    if (!OPENING_PHRASE.has(view.tokens[u].pos ?? '')) return false;
  }
  return true;
}

/** The `«` still open at `before` (searched from `from`), or -1. */
export function openQuoteBefore(keys: string[], from: number, before: number): number {
  const opens: number[] = [];
  for (let t = from; t < before; t++) {
    if (keys[t] === '«') opens.push(t);
    else if (keys[t] === '»') opens.pop();
  }
  return opens.length > 0 ? opens[opens.length - 1] : -1;
}

/** Whether a preposition governs the phrase a party at `t` belongs to (`با همتای روس خود آندری بلوسوف`), not a phrase opened by a demonstrative before it (`در این جلسه X`). */
function isGoverned(context: EventContext, t: number, from: number): boolean {
  const { keys, tokens } = context.view;
  let words = 0;
  for (let u = t - 1; u >= from && words < 4; u--) {
    if (keys[u] === '«' || keys[u] === '»' || context.parties.at[u] >= 0) continue;
    words++;
    // a partitive از governs nothing: the members act for their body (`سه نفر از اعضای کمیسیون ...`)
    if (keys[u] === 'از' && u > from && PARTITIVES.has(keys[u - 1])) return false;
    if (PREPOSITIONS.has(keys[u])) return true;
    if (keys[u] === '،' || tokens[u].pos === 'VERB' || CLAUSE_OPENERS.has(keys[u])) return false;
    // a demonstrative opens the phrase the preposition governs, which ends before the party
    // (`در این جلسه نماینده دادستان ...`)
    if (u < t - 1 && DEMONSTRATIVES.has(keys[u])) return false;
  }
  return false;
}

/** Words of a part of a group before a partitive از (match keys): `سه نفر از`، `یکی از`، `برخی از`، `هیئتی از` (a delegation acts for the body it comes from). */
const PARTITIVES: ReadonlySet<string> = new Set(['نفر', 'تن', 'یکی', 'برخی', 'بعضی', 'تعدادی', 'شماری', 'گروهی', 'جمعی', 'هیئتی', 'هیاتی', 'تیمی'].map(matchKey));

/** Demonstratives that open a noun phrase (match keys). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['این', 'آن', 'همین', 'همان', 'ان']);

/**
 * Whether `را` follows the party right away (past « » and a place it is in), or after a conjunct that is
 * a short plain noun phrase: it ends the object (`انبارهای حزب‌الله را`، `کاردار ایران در استکهلم را`،
 * `۹ شرکت کشتیرانی و ۱۴ نفتکش را`).
 */
function isObject(context: EventContext, party: Party, before: number): boolean {
  const { keys } = context.view;
  let t = party.last + 1;
  for (;;) {
    while (t < before && (keys[t] === '«' || keys[t] === '»')) t++;
    const place = keys[t] === 'در' && t + 1 < before ? partyStartingAt(context.parties, t + 1) : undefined;
    if (!place?.place) break;
    t = place.last + 1;
  }
  if (keys[t] === 'را') return true;
  // (names joined to it by و: `دولت آمریکا و اسرائیل را`; not by a comma, which may close a subject: `مجلس، دولت را ...`)
  const joined = keys[t] === 'و' ? partyStartingAt(context.parties, t + 1) : undefined;
  if (joined) return keys[(withConjuncts(context.parties, keys, joined, before).at(-1) as Party).last + 1] === 'را';
  // the first of an object's conjuncts (`۹ شرکت کشتیرانی و ۱۴ نفتکش را`): و, then a short plain noun phrase, then را
  if (keys[t] !== 'و') return false;
  for (let u = t + 1; u < before && u - t <= 4; u++) {
    if (keys[u] === 'را') return u > t + 1;
    if (context.parties.at[u] >= 0 || !PLAIN_NOMINAL.has(context.view.tokens[u].pos ?? '')) return false;
  }
  return false;
}

/** Parts of speech of a plain noun phrase: a number, nouns, adjectives. */
const PLAIN_NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);

/** Auxiliaries that may follow a relative clause's verb before its comma (`شده بود،`). */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['است', 'بود', 'بودند', 'اند', 'باشد', 'شد', 'شده']);

/**
 * Where the next clause starts after a trigger's verb: right after it, unless the verb ends a relative
 * clause on a party (`عراقچی ... که عصر یکشنبه وارد مسقط شده بود، صبح امروز با ... دیدار کرد`), whose
 * main clause goes on with the party as its subject: then where the clause began.
 */
export function nextClause(context: EventContext, clauseFirst: number, match: { first: number; verb: number }): number {
  const { keys } = context.view;
  let after = match.verb + 1;
  while (CLAUSE_AUXILIARIES.has(keys[after])) after++;
  if (keys[after] !== '،') return match.verb + 1;
  for (let k = match.first - 1; k > clauseFirst; k--) {
    if (keys[k] !== 'که') continue;
    return context.parties.at[k - 1] >= 0 ? clauseFirst : match.verb + 1;
  }
  return match.verb + 1;
}

/** Both sides of the last meeting: `دو طرف`، `طرفین`، `دو کشور`، and their people `دو وزیر`، `دو هیئت`، `دو رئیس‌جمهور`. */
const BOTH_SIDES = [['دو', 'طرف'], ['طرفین'], ['دو', 'کشور'], ['دو', 'وزیر'], ['دو', 'هیئت'], ['دو', 'هیات'], ['دو', 'رئیس‌جمهور'], ['دو', 'رئیس', 'جمهور'], ['دو', 'رهبر']].map((words) => words.map(matchKey));

/** Nouns of the people or hands of both sides (`وزرای دو کشور`، `به امضای دو طرف`): through them the sides still act. */
const SIDES_PEOPLE: ReadonlySet<string> = new Set(['وزرای', 'وزیران', 'مقامات', 'رهبران', 'روسای', 'رئیسان', 'نمایندگان', 'هیئتهای', 'هیاتهای', 'امضای', 'سران'].map(matchKey));

/** Prepositions (match keys) after which both sides are asked or spoken to, not acting: `از دو طرف خواست`، `به طرفین هشدار داد`. */
const ADDRESSING: ReadonlySet<string> = new Set(['از', 'به', 'با', 'بر', 'برای']);

/**
 * Whether `دو طرف`، `طرفین` or `دو کشور` in `[from, to)` acts (the two sides of the last meeting): not
 * when it is the genitive of a noun (`توافق‌های پیشین دو کشور`) other than the sides' people or hands
 * (`به امضای وزرای دو کشور رسید`), nor when a preposition governs it or را follows it (`از هر دو طرف خواست`،
 * `دو طرف را به خویشتن‌داری فراخواند`: they are asked).
 */
export function bothSidesAct(view: SentenceView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const words = sequenceAt(view.keys, t, BOTH_SIDES);
    if (!words) continue;
    const before = view.keys[t - 1] === 'هر' ? t - 2 : t - 1;
    if (ADDRESSING.has(view.keys[before]) || view.keys[t + words.length] === 'را') continue;
    let u = t - 1;
    while (u >= from && view.tokens[u].pos === 'ADJ') u--;
    if (u < from || view.tokens[u].pos !== 'NOUN' || GOVERNING_NOUNS.has(view.keys[u]) || SIDES_PEOPLE.has(view.keys[u])) return true;
  }
  return false;
}
