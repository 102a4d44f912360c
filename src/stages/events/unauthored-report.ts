import { PREPOSITIONS } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import { type EventContext } from './event-context.js';
import { partyStartingAt } from './event-parties.js';
import { OBJECT_STOPS } from './object-phrase.js';
import { isReporter } from './opposing-party.js';
import { DEMONSTRATIVES } from './event-subject.js';

/**
 * A report or claim rejected whose author no side is: `گزارش‌های برخی رسانه‌های غربی درباره پیام واشنگتن
 * را رد کرد` denies what the press wrote, and the side named after `درباره` is what it was about, not
 * the one answered.
 * @module
 */

/** Nouns of a report, rumour or claim (match keys, plural and ezafe forms). */
const REPORT_NOUNS: ReadonlySet<string> = new Set(
  ['گزارش', 'گزارش‌ها', 'گزارش‌های', 'گزارشی', 'ادعای', 'ادعاهای', 'شایعه', 'شایعات', 'شایعه‌های', 'اخبار', 'خبر', 'خبرهای'].map(matchKey),
);

/** Nouns of the press and unnamed sources (match keys): a report of theirs has no side as its author. */
const PRESS_NOUNS: ReadonlySet<string> = new Set(
  ['رسانه', 'رسانه‌ها', 'رسانه‌های', 'روزنامه', 'روزنامه‌ها', 'روزنامه‌های', 'خبرگزاری', 'خبرگزاری‌ها', 'خبرگزاری‌های', 'منابع', 'شبکه‌های', 'فضای', 'مجازی'].map(matchKey),
);

/** Words that open what a report says (match keys): `ادعای برخی رسانه‌ها مبنی بر ...`. */
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['مبنی'].map(matchKey));

/** Words that place the press abroad (match keys): `رسانه‌های خارج از کشور`. */
const ABROAD: ReadonlySet<string> = new Set(['خارج'].map(matchKey));

/** How far back in its sentence a demonstrative looks for the report it points to (`... گزارش‌های رسانه‌های غربی ...، این گزارش‌ها را`). */
const POINTED_WORDS = 30;

/** Whether the demonstrative at `t` points back to a report with no side as its author named earlier in its sentence. */
function pointsToUnauthored(context: EventContext, t: number): boolean {
  const { keys } = context.view;
  for (let u = t - 1; u >= Math.max(0, t - POINTED_WORDS) && keys[u] !== '.'; u--) {
    if (REPORT_NOUNS.has(keys[u]) && !DEMONSTRATIVES.has(keys[u - 1])) return authorless(context, u, t, true);
  }
  return false;
}

/** How many words of an object phrase before `را` are read back from it. */
const OBJECT_WORDS = 14;

/**
 * Whether the phrase `[from, to)` names, with its noun before `nounsBefore`, a report or claim (`گزارش‌ها`، `ادعای رسانه‌ها`) with no side as its
 * author: no party (other than a news agency) and no noun but the press's between the noun and the first
 * preposition or break after it.
 * The noun must not follow a preposition (`به گزارش ایرنا` is a source, not what is rejected); after a demonstrative
 * (`این ادعا`) it is the claim it points back to in its sentence that must have no author, a news agency counting as one
 * there (`در واکنش به گزارش رویترز درباره ...، این گزارش را «بی‌اساس» خواند` answers Reuters). What the report says,
 * opened by `مبنی بر`, is not its author, nor is the press placed abroad (`رسانه‌های خارج از کشور`).
 * `گزارش‌ها درباره تلفات غیرنظامیان` → true; `ادعای آمریکا درباره ...` → false.
 */
function unauthoredIn(context: EventContext, from: number, nounsBefore: number, to: number): boolean {
  const { keys } = context.view;
  for (let t = from; t < nounsBefore; t++) {
    if (!REPORT_NOUNS.has(keys[t]) || PREPOSITIONS.has(keys[t - 1])) continue;
    // `این ادعا`، `همین گزارش` point back to a claim someone made: it has its author, unless the claim it points to has none
    if (DEMONSTRATIVES.has(keys[t - 1])) return pointsToUnauthored(context, t - 1);
    return authorless(context, t, to);
  }
  return false;
}

/** Whether the report noun at `t` has no side as its author in the words after it, up to `to`, the first preposition or a break. */
function authorless(context: EventContext, t: number, to: number, agencies = false): boolean {
  const { keys } = context.view;
  // (a noun the clause reader counts among prepositions, `نماینده`، `سفیر`, is a noun here)
  for (let u = t + 1; u < to && !(PREPOSITIONS.has(keys[u]) && context.view.tokens[u].pos !== 'NOUN') && !OBJECT_STOPS.has(keys[u]) && !CONTENT_OPENERS.has(keys[u]); u++) {
    const party = partyStartingAt(context.parties, u);
    if (party && (agencies || !isReporter(context.view, party))) return false;
    // people named by a common noun wrote it (`ادعای چند نماینده`): someone at home answered
    if (!party && context.parties.at[u] < 0 && context.view.tokens[u].pos === 'NOUN' && !PRESS_NOUNS.has(keys[u]) && !ABROAD.has(keys[u])) return false;
  }
  return true;
}

/**
 * Whether what a rejection at `first` (its verb at `verb`) rejects is a report with no side as its author:
 * for a verb, the object before its `را` within the clause from `from` (`... گزارش‌ها درباره تلفات را رد
 * کرد`); for a phrase with no verb, the words right after it (`با رد گزارش‌ها درباره اختلاف دو کشور`).
 */
export function rejectsUnauthoredReport(context: EventContext, from: number, first: number, verb: number, hasVerb: boolean, last: number): boolean {
  const { keys, tokens } = context.view;
  if (!hasVerb) return unauthoredIn(context, verb + 1, Math.min(last, verb + 3), last);
  let ra = first - 1;
  while (ra >= from && keys[ra] !== 'را') ra--;
  if (ra < from) return false;
  let start = ra;
  while (start - 1 >= from && ra - start < OBJECT_WORDS && !OBJECT_STOPS.has(keys[start - 1]) && tokens[start - 1].pos !== 'VERB') start--;
  return unauthoredIn(context, start, ra, ra);
}

/** Nouns of a denial (match keys) that may govern the report denied: `با رد گزارش‌ها`، `ضمن تکذیب اخبار`. */
const DENIAL_NOUNS: ReadonlySet<string> = new Set(['رد', 'تکذیب'].map(matchKey));

/**
 * Whether the report noun at `t` is what is denied: governed by a noun of denial (`با رد گزارش‌ها`), or
 * followed, before the next verb, by its `را` or a characterization in « » (`گزارش‌ها ... را «بی‌پایه» خواند`،
 * `گزارش‌های رسانه‌ای در این باره «بی‌اساس» است`) — not a report handed in (`برای ارائه گزارش به جلسه`).
 */
function denied(context: EventContext, t: number, last: number): boolean {
  const { keys, tokens } = context.view;
  if (DENIAL_NOUNS.has(keys[t - 1])) return true;
  for (let u = t + 1; u < last && tokens[u].pos !== 'VERB'; u++) if (keys[u] === 'را' || keys[u] === '«') return true;
  return false;
}

/**
 * Whether the tokens `[first, last)` deny a report or claim with no side as its author
 * (`گزارش‌های برخی رسانه‌های غربی درباره ... را «بی‌پایه» خواند`): what a rejection the pattern table did not
 * read there denies, so that it answers no one.
 */
export function deniesUnauthoredReport(context: EventContext, first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (REPORT_NOUNS.has(context.view.keys[t]) && denied(context, t, last) && unauthoredIn(context, t, t + 1, last)) return true;
  return false;
}
