import type { VerbTable } from '../../lexicon/verbs.js';
import { PREPOSITIONS } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { findPhrases, findTriggers, type Trigger, type TriggerMatch } from '../clauses/trigger-table.js';
import { FUTURE_FORMS, futureAuxiliary, verbLemma } from '../clauses/verb-lemma.js';
import { carrierMatches } from './carrier-verbs.js';
import type { EventContext, EventPattern } from './event-context.js';

/**
 * How triggers are read beyond the trigger table: a light verb shared by coordinated compounds, an act
 * announced with `خبر داد`, and the nouns before a trigger that make it no act done (a penalty, an undoing).
 * @module
 */

/** Where a clause ends: a shared light verb is not looked for past them. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['،', '.', ':', '؛', 'که', '«', '»']);

/** Light verbs a coordinated compound may share (`احضار و اعتراض ... را ابلاغ کرد`). */
const SHARED_LIGHT_VERBS: ReadonlySet<string> = new Set(['کرد', 'شد', 'داد', 'نمود']);

const elidedIndexes = new WeakMap<object, Map<string, Trigger<EventPattern>[]>>();

/**
 * Compounds whose light verb is left out before `و` and shared with the next verb: `کاردار ایران را
 * احضار و اعتراض رسمی را ابلاغ کرد` → `احضار کرد`. A one-word nominal part of the table followed by `و`,
 * when the next verb of its clause has the pattern's light verb, and not a genitive or a preposition's
 * object (`زیر سایه تهدید و تحریم ... نخواهد کرد`); the match's verb is that verb.
 */
export function ellipsisMatches(view: SentenceView, first: number, last: number, patterns: Map<string, Trigger<EventPattern>[]>, verbs?: VerbTable): TriggerMatch<EventPattern>[] {
  let index = elidedIndexes.get(patterns);
  if (!index) {
    index = new Map();
    for (const verb of SHARED_LIGHT_VERBS) {
      for (const trigger of patterns.get(verb) ?? []) {
        if (trigger.words.length !== 1 || trigger.data.speech || trigger.data.claim) continue;
        const list = index.get(trigger.words[0]) ?? [];
        list.push(trigger);
        index.set(trigger.words[0], list);
      }
    }
    elidedIndexes.set(patterns, index);
  }
  const { keys, tokens } = view;
  const found: TriggerMatch<EventPattern>[] = [];
  for (let t = first; t < last - 2; t++) {
    const candidates = keys[t + 1] === 'و' ? index.get(keys[t]) : undefined;
    if (!candidates || tokens[t].pos === 'VERB') continue;
    // a noun that is a genitive or a preposition's object is no compound's part (`زیر سایه تهدید و تحریم ... مذاکره نخواهد کرد`)
    if (t > first && (tokens[t - 1].pos === 'NOUN' || (tokens[t - 1].pos === 'ADP' && keys[t - 1] !== 'را'))) continue;
    for (let k = t + 2; k < last && k - t < 15 && !CLAUSE_ENDS.has(keys[k]); k++) {
      if (tokens[k].pos !== 'VERB') continue;
      const lemma = verbLemma(tokens[k], verbs);
      const trigger = candidates.find((c) => c.verb === lemma);
      if (trigger) found.push({ trigger, first: t, verb: k });
      break;
    }
  }
  return found;
}

/** Most words of a name set in « » inside an announced phrase (`حکم ۱۰ سال حبس برای «م.ک»`). */
const GUILLEMET_NAME = 4;

/** The `»` closing the `«` at `open` in `(open, end)`, or -1. */
function closingGuillemet(keys: readonly string[], open: number, end: number): number {
  for (let t = open + 1; t < end; t++) if (keys[t] === '»') return t;
  return -1;
}

/**
 * Where `خبر` + a verb (`خبر داد`، `خبر می‌دهد`) follows in `[from, to)` before the clause ends, or -1; a quotation
 * ends the search, a short name set in « » does not (`از صدور حکم ۱۰ سال حبس برای «م.ک» ... خبر داد`).
 */
export function announcementAfter(view: SentenceView, from: number, to: number): number {
  const { keys, tokens } = view;
  for (let t = from; t < to - 1 && t - from < 40; t++) {
    if (keys[t] === '«') {
      const close = closingGuillemet(keys, t, Math.min(t + GUILLEMET_NAME + 2, to));
      if (close >= 0) { t = close; continue; }
    }
    if (keys[t] === '.' || keys[t] === '«') return -1;
    if (keys[t] === 'خبر' && (tokens[t + 1].pos === 'VERB' || /^(?:ن?می)?(?:داد|دهد|دهند|دادند|داده)/.test(keys[t + 1]))) return t;
  }
  return -1;
}

/** Words that open a phrase of means or purpose before a measure's noun (match keys): `از طریق`، `برای`. */
const MEANS_OPENERS: ReadonlySet<string> = new Set(['طریق', 'برای'].map(matchKey));

/** The future auxiliary (match keys): `خواهد`, not a verb that only begins like it (`خواهان`). */
const FUTURE_KEYS: ReadonlySet<string> = new Set([...FUTURE_FORMS].map(matchKey));

/** Most words between a phrase's opener and a measure's noun coordinated in it (`از طریق مراجع بین‌المللی و توقیف ...`). */
const MEANS_REACH = 8;

/**
 * Whether the verb-less measure at `[first, last]` is the means or purpose of an act still to come in its clause, so
 * itself to come (`این حکم از طریق توقیف دارایی‌های آمریکا پیگیری خواهد شد`، `برای اجرای حکم و توقیف دارایی‌ها ... استفاده
 * خواهد کرد`): opened by `از طریق` or `برای` (or coordinated by و in such a phrase), and its clause's verb, before `to`,
 * in the future (`خواهد`).
 */
export function measureAsMeans(view: SentenceView, first: number, last: number, to: number): boolean {
  const { keys, tokens } = view;
  let opened = MEANS_OPENERS.has(keys[first - 1] ?? '');
  for (let t = first - 1; !opened && keys[first - 1] === 'و' && t >= 0 && first - t <= MEANS_REACH && tokens[t].pos !== 'VERB' && !CLAUSE_ENDS.has(keys[t]); t--) opened = MEANS_OPENERS.has(keys[t]);
  if (!opened) return false;
  for (let t = last + 1; t < to && !CLAUSE_ENDS.has(keys[t]); t++) if (FUTURE_KEYS.has(futureAuxiliary(keys[t]))) return true;
  return false;
}

/** Nouns of a measure that stays in force (match keys): a travel ban. */
const MEASURES_IN_FORCE: ReadonlySet<string> = new Set([matchKey('ممنوع‌الخروجی')]);

/**
 * Whether the verb-less phrase at `[first, last]` names a measure in force rather than one announced (the
 * guide: continued detention and a ban that goes on are measures of their own): a travel ban not governed by a
 * preposition (`ممنوع‌الخروجی آنان تا پایان رسیدگی ادامه دارد`، `ممنوع‌الخروجی ۲۰ نفر صادر شده است`) nor undone by
 * its clause's verb (`ممنوع‌الخروجی وی لغو شد` lifts it), or detention someone is held in (`در بازداشت (موقت) به سر می‌برد`).
 */
export function measureInForce(view: SentenceView, first: number, last: number): boolean {
  const { keys } = view;
  if (first === last && MEASURES_IN_FORCE.has(keys[first])) return !PREPOSITIONS.has(keys[first - 1] ?? '') && !undoneAfter(view, last + 1);
  if (keys[first - 1] !== 'در' || keys[first] !== matchKey('بازداشت')) return false;
  const after = keys[last + 1] === matchKey('موقت') ? last + 2 : last + 1;
  return keys[after] === 'به' && keys[after + 1] === 'سر';
}

/** Words after a verdict's noun that make it a release (match keys): `حکم برائت`، `حکم آزادی`. */
const RELEASES: ReadonlySet<string> = new Set(['برائت', 'برایت', 'تبرئه', 'آزادی', 'عفو'].map(matchKey));

/** Whether the verb-less measure ending at `last` is a verdict of release, no measure (`از صدور حکم برائت ... خبر داد`). */
export function verdictOfRelease(view: SentenceView, last: number): boolean {
  return RELEASES.has(view.keys[last + 1] ?? '');
}

/** Nouns of an invitation (match keys): `دعوت`، `دعوت‌نامه`. */
const INVITATIONS: ReadonlySet<string> = new Set(['دعوت', 'دعوت‌نامه'].map(matchKey));
/** Nouns of what an invitation asks one to come to after `به` (match keys): `به سفر`، `به نشست`، `به شرکت در ...`. */
const ATTENDED: ReadonlySet<string> = new Set(['سفر', 'دیدار', 'بازدید', 'حضور', 'شرکت', 'نشست', 'اجلاس', 'همایش', 'کنفرانس', 'مراسم'].map(matchKey));

/**
 * Whether the verb-less invitation at `first` is a call to an act instead (`دعوت شورای امنیت از طرفین به آتش‌بس`):
 * right after the parties of its `از` (`partyEnd`: where the parties starting at a token end, with those coordinated),
 * `به` opens neither a party (`از وزیر به آنکارا`) nor what one attends (`به سفر`، `به نشست`).
 */
export function callToAct(view: SentenceView, first: number, last: number, partyEnd: (t: number) => number | undefined): boolean {
  const { keys, tokens } = view;
  if (!INVITATIONS.has(keys[first])) return false;
  for (let t = first + 1; t < last && t - first < 10; t++) {
    if (keys[t] === '،' || tokens[t].pos === 'VERB') return false;
    if (keys[t] !== 'از') continue;
    const end = partyEnd(t + 1);
    return end !== undefined && keys[end + 1] === 'به' && partyEnd(end + 2) === undefined && !ATTENDED.has(keys[end + 2] ?? '');
  }
  return false;
}

/** Nouns of a penalty (match keys) after `به` in a sentence passed: `به پرداخت ... جریمه`، `به حبس`. */
const PENALTIES: ReadonlySet<string> = new Set(['پرداخت', 'جریمه', 'حبس', 'زندان', 'اعدام', 'شلاق', 'محرومیت', 'جزای', 'تبعید', 'انفصال'].map(matchKey));

/** Whether `به` + a penalty stands in `[from, before)` (the words before `محکوم کرد`). */
export function sentenced(keys: readonly string[], from: number, before: number): boolean {
  for (let t = from; t < before - 1; t++) if (keys[t] === 'به' && PENALTIES.has(keys[t + 1])) return true;
  return false;
}

/** Verbal nouns (match keys) of bringing back or undoing an act named by the noun after them: `بازگرداندن`، `لغو`، `رفع`. */
export const UNDOING: ReadonlySet<string> = new Set(['بازگرداندن', 'بازگشت', 'لغو', 'رفع', 'برداشتن', 'برداشته', 'کاهش', 'تعلیق'].map(matchKey));

/** How many words after a measure's noun its clause's verb may stand (`ممنوع‌الخروجی این فعال رسانه‌ای لغو شد`). */
const VERB_REACH = 8;

/** Whether a word of undoing (`لغو`، `رفع`، `برداشته`) stands from `from` up to the clause's first verb: `... لغو شده است`. */
function undoneAfter(view: SentenceView, from: number): boolean {
  const { keys, tokens } = view;
  for (let t = from; t < keys.length && t - from < VERB_REACH; t++) {
    if (UNDOING.has(keys[t])) return true;
    if (tokens[t].pos === 'VERB' || tokens[t].pos === 'AUX' || keys[t] === '.' || keys[t] === '،') return false;
  }
  return false;
}

/**
 * The triggers of one sentence, in order of their verbs: the table's verbs (every tense, via lemmas), its
 * verb-less phrases (not one inside a verb's own trigger: `خواستار` in `خواستار ... نشدند`), compounds
 * sharing a light verb (`احضار و ... ابلاغ کرد`, before the verb's own match) and acts named by a noun and
 * carried by a verb of doing (`تحریم‌هایی ... وضع کرد`). `elided` are the shared-light-verb matches.
 */
export function sentenceTriggers(context: EventContext, sentence: { first: number; last: number }): { matches: TriggerMatch<EventPattern>[]; elided: TriggerMatch<EventPattern>[] } {
  const { view, patterns, verbs } = context;
  const { keys, tokens } = view;
  const elided = ellipsisMatches(view, sentence.first, sentence.last, patterns, verbs);
  const verbMatches = findTriggers(tokens, sentence.first, sentence.last, patterns, verbs, { adjectives: 2, headEndings: true });
  // an act named by a noun and carried by a verb of doing (`تحریم‌هایی ... وضع کرد`), unless a row of the table reads that verb
  // (a failure row, read only when negated, does not count)
  const carried = carrierMatches(view, sentence.first, sentence.last, patterns, verbs).filter((c) => !verbMatches.some((m) => m.verb === c.verb && m.trigger.data.actor !== 'fails'));
  const matches = [...verbMatches, ...findPhrases(tokens, sentence.first, sentence.last, patterns, keys), ...elided, ...carried]
    .sort((a, b) => a.verb - b.verb || Number(elided.includes(b)) - Number(elided.includes(a)));
  // a verb-less phrase inside a verb's own trigger (`خواستار` in `خواستار ... نشدند`) is read with the verb
  const inVerb = new Set<string>();
  for (const match of matches) if (match.trigger.verb) for (let t = match.first; t < match.verb; t++) inVerb.add(`${t}|${match.trigger.data.type}`);
  return { matches: matches.filter((match) => match.trigger.verb || !inVerb.has(`${match.verb}|${match.trigger.data.type}`)), elided };
}
