import type { VerbTable } from '../../lexicon/verbs.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { PREPOSITIONS } from '../clauses/find-subject.js';
import { matchKey, nounStem } from '../clauses/match-key.js';
import { findTriggers, parseTriggerTable, type Trigger, type TriggerMatch } from '../clauses/trigger-table.js';
import type { EventPattern } from './event-context.js';
import type { PloverType } from './event-layer.js';

/**
 * Verbs that carry an act named by their object noun (match keys of the nominal part, then the verb's
 * lemma): `تحریم‌های جدیدی علیه روسیه وضع کرد`، `حملات هوایی به ... انجام دادند`، `مسئولیت حمله ... را بر
 * عهده گرفت`، `تجمعی مقابل مجلس برگزار شد`. The act's type is the noun's; `passive` carriers name no
 * actor (only an agent after از سوی/توسط); a `near` one (`داشت`) carries only the noun right before it or
 * before its adjectives (`با ترکیه همکاری نزدیکی دارد`); a `to` one (`ادامه داد`) also the noun right after به, its
 * complement (`به ارسال سلاح برای ... ادامه داد`).
 */
const CARRIERS = `وضع کرد
اعمال کرد
برگزار کرد
انجام داد
صورت داد
به عمل آورد
ترتیب داد
آغاز کرد
ادامه داد	to
تشدید کرد
از سر گرفت
اجرا کرد
ارائه کرد
ارائه داد
مطرح کرد
صادر کرد
وارد کرد
ثبت کرد
بر عهده گرفت
برعهده گرفت
تصویب کرد
تمدید کرد
گسترش داد
شدت بخشید
منتقل کرد
کشاند
برد
به اجرا گذاشت
برپا کرد
راه انداخت
به راه انداخت
وضع شد	passive
اعمال شد	passive
برگزار شد	passive
انجام شد	passive
صورت گرفت	passive
به عمل آمد	passive
آغاز شد	passive
ادامه یافت	passive
تشدید شد	passive
مطرح شد	passive
ارائه شد	passive
انجام گرفت	passive
صورت پذیرفت	passive
اجرا شد	passive
به اجرا درآمد	passive
تصویب شد	passive
تمدید شد	passive
حاصل شد	passive
به دست آمد	passive
داشت	near`;

const carrierTable = parseTriggerTable(CARRIERS, (columns) => ({ passive: columns[0] === 'passive', near: columns[0] === 'near', to: columns[0] === 'to' }));
for (const [plain, formal] of [['کرد', 'نمود'], ['شد', 'گردید']]) carrierTable.set(formal, [...(carrierTable.get(formal) ?? []), ...(carrierTable.get(plain) ?? []).map((t) => ({ ...t, verb: formal }))]);

/** How many tokens before its carrier an act's noun may stand. */
const NOUN_REACH = 8;
/** Carriers of a responsibility taken (match keys of their first word): `بر عهده گرفت`، `برعهده گرفت`. */
const RESPONSIBLE_CARRIERS: ReadonlySet<string> = new Set(['بر', 'برعهده']);
/** The noun of responsibility (match key) that opens the phrase of the act it names. */
const RESPONSIBILITY = matchKey('مسئولیت');
/** How many tokens before a carrier of responsibility the act's noun may stand, right after `مسئولیت`. */
const RESPONSIBILITY_REACH = 20;
/** How many tokens before a `near` carrier (`داشت`) an act's noun may stand, adjectives between. */
const NEAR_REACH = 3;
/** Tokens an object phrase does not reach across. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set(['،', '.', ':', '؛', 'که', '«', '»', 'و']);

/** The event noun rows of a pattern table (written `N &`), by their noun's match key. */
function nounsOf(patterns: Map<string, Trigger<EventPattern>[]>): Map<string, Trigger<EventPattern>> {
  let nouns = nounIndexes.get(patterns);
  if (!nouns) {
    nouns = new Map();
    for (const trigger of patterns.get('&') ?? []) nouns.set(trigger.words.join(''), trigger);
    nounIndexes.set(patterns, nouns);
  }
  return nouns;
}
const nounIndexes = new WeakMap<object, Map<string, Trigger<EventPattern>>>();

/** The event noun row a token's key names, with or without a plural or indefinite ending. */
function nounRow(nouns: Map<string, Trigger<EventPattern>>, key: string): Trigger<EventPattern> | undefined {
  const row = nouns.get(key);
  if (row) return row;
  const noun = nounStem(key, (k) => nouns.has(k));
  return noun === undefined ? undefined : nouns.get(noun);
}

/** Parts of speech of the words a preposition may govern a noun through (`برای ازسرگیری مذاکرات`، `پس از این حمله`). */
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'NUM']);

/** Nouns of a batch or a round (match keys) before a partitive از: `بسته جدیدی از تحریم‌ها`، `موج تازه‌ای از حملات`. */
const BATCHES: ReadonlySet<string> = new Set(['بسته', 'دور', 'موج', 'سلسله', 'سری', 'مجموعه', 'رشته'].flatMap((w) => [w, w + 'ای', w + 'ی']));

/** Whether `u` is a partitive از after a noun of a batch, its adjectives between (`بسته جدیدی از`). */
function isPartitive(view: SentenceView, u: number, first: number): boolean {
  if (view.keys[u] !== 'از') return false;
  for (let v = u - 1; v >= first && u - v <= 3; v--) {
    if (BATCHES.has(view.keys[v])) return true;
    if (view.tokens[v].pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * Whether a preposition governs the noun at `t`, right before it or through up to two nouns and adjectives;
 * a partitive از after a batch does not (`بسته جدیدی از تحریم‌ها را تصویب کرد` carries the sanctions).
 */
function isGoverned(view: SentenceView, t: number, first: number): boolean {
  for (let u = t - 1; u >= first && t - u <= 3; u--) {
    if (PREPOSITIONS.has(view.keys[u])) return !isPartitive(view, u, first);
    if (!NOMINAL.has(view.tokens[u].pos ?? '')) return false;
  }
  return false;
}

/**
 * Acts named by a noun and carried by a light verb of doing (table rows `N &`; carriers above), as
 * matches over `[noun, verb]` with the noun's row as trigger (its verb the carrier's lemma): the
 * leftmost noun of an act within {@link NOUN_REACH} tokens before the carrier (the noun right after `مسئولیت` within
 * {@link RESPONSIBILITY_REACH} before `بر عهده گرفت`), in the same phrase and
 * not governed by a preposition, even through other nouns (`در پاسخ به حملات ...`، `برای ازسرگیری
 * مذاکرات ... انجام می‌شود` carry no act). A passive carrier's
 * row has `passive` set so the act's actor is only an agent named with it.
 * `اتحادیه اروپا تحریم‌های جدیدی علیه روسیه وضع کرد` → SANCTION over `تحریم‌های ... کرد`.
 */
export function carrierMatches(view: SentenceView, first: number, last: number, patterns: Map<string, Trigger<EventPattern>[]>, verbs?: VerbTable): TriggerMatch<EventPattern & { passive?: boolean }>[] {
  const nouns = nounsOf(patterns);
  if (nouns.size === 0) return [];
  const { keys, tokens } = view;
  const found: TriggerMatch<EventPattern & { passive?: boolean }>[] = [];
  for (const carrier of findTriggers(tokens, first, last, carrierTable, verbs)) {
    let noun = -1;
    if (carrier.trigger.data.near) {
      // a verb of having carries only the noun right before it, or with its adjectives (`همکاری نزدیکی دارد`)
      let t = carrier.first - 1;
      while (t >= first && carrier.first - t <= NEAR_REACH && tokens[t].pos === 'ADJ' && !nounRow(nouns, keys[t])) t--;
      if (t >= first && nounRow(nouns, keys[t])) noun = t;
    } else {
      // (a responsibility taken reaches back to the act it names, at its phrase's head: `مسئولیت حمله پهپادی به یک پایگاه نظامی در ... را بر عهده گرفت`)
      const reach = RESPONSIBLE_CARRIERS.has(keys[carrier.first]) ? RESPONSIBILITY_REACH : NOUN_REACH;
      for (let t = carrier.first - 1; t >= first && carrier.first - t <= reach; t--) {
        if (PHRASE_BREAKS.has(keys[t]) || tokens[t].pos === 'VERB') break;
        if (carrier.first - t > NOUN_REACH && keys[t - 1] !== RESPONSIBILITY) continue;
        // a `to` carrier takes its act after به (`به حملات خود ادامه داد`): that به governs the act itself
        if (nounRow(nouns, keys[t]) && (!isGoverned(view, t, first) || (carrier.trigger.data.to && keys[t - 1] === 'به'))) noun = t;
      }
    }
    if (noun < 0) continue;
    const row = nounRow(nouns, keys[noun]) as Trigger<EventPattern>;
    const data = carrier.trigger.data.passive ? { ...row.data, passive: true } : row.data;
    found.push({ trigger: { words: row.words, verb: carrier.trigger.verb, data }, first: noun, verb: carrier.verb });
  }
  return found;
}

/**
 * The act an accusation charges someone with (`امارات را به ارسال سلاح برای نیروهای واکنش سریع متهم کرد`): the
 * noun of an act (table rows `N &`, or one of {@link CHARGED_NOUNS}) right after the به that follows the accused's
 * را, before the verb at `verb` (the را looked for back to `first`), as its type and index.
 */
export function chargedAct(view: SentenceView, first: number, verb: number, patterns: Map<string, Trigger<EventPattern>[]>): { type: PloverType; at: number } | undefined {
  const { keys } = view;
  let ra = verb - 1;
  while (ra >= first && keys[ra] !== 'را') ra--;
  if (ra < first || keys[ra + 1] !== 'به' || ra + 2 >= verb) return undefined;
  const type = actNounAt(view, ra + 2, patterns);
  return type && { type, at: ra + 2 };
}

/**
 * The type of the act the noun at `at` names, as a charge or a denial names it: a noun of an act (table rows
 * `N &`) or one of {@link CHARGED_NOUNS} (`هدف` only as `هدف قرار دادن/گرفتن`).
 */
export function actNounAt(view: SentenceView, at: number, patterns: Map<string, Trigger<EventPattern>[]>): PloverType | undefined {
  const { keys } = view;
  const row = nounRow(nounsOf(patterns), keys[at]);
  if (row) return row.data.type;
  const charged = CHARGED_NOUNS.get(keys[at]);
  return charged && (keys[at] !== 'هدف' || keys[at + 1] === 'قرار') ? charged : undefined;
}

/**
 * Nouns of acts one is charged with or denies that carry no act elsewhere (match keys): `X را به هدف قرار
 * دادن/کشتار غیرنظامیان متهم کرد` (ASSAULT), `به تأمین پهپادهای ... / پناه دادن به ... متهم کرد` (AID), `اخراج
 * کارگران را تکذیب کرد` (COERCE).
 */
const CHARGED_NOUNS: ReadonlyMap<string, PloverType> = new Map([
  ...['هدف', 'کشتار', 'کشتن', 'قتل'].map((word): [string, PloverType] => [matchKey(word), 'ASSAULT']),
  ...['تأمین', 'تامین', 'پناه', 'تسلیح'].map((word): [string, PloverType] => [matchKey(word), 'AID']),
  [matchKey('اخراج'), 'COERCE'],
]);
