import type { SentenceView } from '../clauses/sentence-view.js';
import { matchKey } from '../clauses/match-key.js';
import { FUTURE_AUXILIARIES, FUTURE_FORMS, futureAuxiliary, isNegated } from '../clauses/verb-lemma.js';
import type { EventContext } from './event-context.js';
import type { Modality } from './event-layer.js';
import { CLAUSE_OPENERS } from './event-subject.js';
import { sequenceAt } from './opposing-party.js';

/**
 * The modality of an event (negated, planned, hypothetical, asserted) and the verb forms that make a
 * trigger no event: an adjectival participle, what someone must do, a readiness.
 * @module
 */

/** Words opening a condition (match keys): an event after them is hypothetical (`اگر`، `در صورتی که`). */
export const CONDITIONS = [['اگر'], ['چنانچه'], ['درصورتی', 'که'], ['در', 'صورتی', 'که'], ['در', 'صورت'], ['هرگاه']];

/** Words of a plan (match keys): an event after them is planned (`قرار است`، `برنامه دارد`). */
const PLANS = [['قرار', 'است'], ['قرار', 'شد'], ['برنامه', 'دارد'], ['در', 'نظر', 'دارد']];

/** The negated future auxiliaries (`امضا نخواهد کرد`; `برنخواهد گشت` once its preverb is off): the negation sits on them, not on the verb. */
const NEGATED_FUTURE = new Set([...FUTURE_FORMS].map((form) => 'ن' + form));

/** What may follow a participle that is a verb (`امضا شده است`، `توقیف شده و`), not an adjective (`تفاهم‌نامه‌های امضا شده در`). */
const AFTER_VERB = new Set(['است', 'اند', 'ایم', 'ام', 'اید', 'ای', 'بود', 'بودند', 'باشد', 'باشند', 'و', '،', '.', ':', '؛', '»', '!', '؟', 'شد', 'شدند', 'بوده', 'است.']);

/** Whether one of `sequences` starts at a token in `[from, to)`. */
export function hasSequence(keys: string[], from: number, to: number, sequences: string[][]): boolean {
  for (let t = from; t < to; t++) if (sequenceAt(keys, t, sequences)) return true;
  return false;
}

/** Whether a trigger's verb is negated, on itself (`امضا نکرد`) or on its future auxiliary (`امضا نخواهد کرد`، `نخواهد پذیرفت`). */
export function isNegatedVerb(view: SentenceView, trigger: [number, number], lemma: string): boolean {
  return isNegated(view.tokens[trigger[1]], lemma) || auxiliaryWords(view, trigger).some((k) => NEGATED_FUTURE.has(futureAuxiliary(k)));
}

/**
 * The words where a trigger's future auxiliary stands: between its words and its verb (`امضا نخواهد کرد`), or,
 * for a trigger that is a verb alone, right before it (`چنین مذاکره‌ای را نخواهد پذیرفت`).
 */
function auxiliaryWords(view: SentenceView, trigger: [number, number]): string[] {
  return trigger[0] === trigger[1] ? view.keys.slice(Math.max(0, trigger[0] - 1), trigger[0]) : view.keys.slice(trigger[0], trigger[1]);
}

/** Negated, planned (future tense, قرار است), hypothetical (اگر، در صورتی که before it) or asserted. */
export function modalityOf(view: SentenceView, first: number, trigger: [number, number], lemma: string): Modality {
  const { keys, tokens } = view;
  if (hasSequence(keys, first, trigger[0], CONDITIONS)) return 'hypothetical';
  if (lemma && isNegatedVerb(view, trigger, lemma)) return 'negated';
  const feats = tokens[trigger[1]].feats ?? '';
  if (feats.includes('Tense=Fut') || auxiliaryWords(view, trigger).some((k) => FUTURE_FORMS.has(futureAuxiliary(k))) || hasSequence(keys, first, trigger[0], PLANS)) return 'planned';
  return 'asserted';
}

/** A past participle used as an adjective (`ساختمان‌های هدف قرار گرفته یک...`): no event. */
export function isAdjectivalParticiple(view: SentenceView, verb: number, last: number): boolean {
  const token = view.tokens[verb];
  const participle = (token.feats ?? '').includes('VerbForm=Part') || /ه$/.test(view.keys[verb]);
  if (!participle || !/ه$/.test(view.keys[verb])) return false;
  return verb + 1 < last && !AFTER_VERB.has(view.keys[verb + 1]);
}

/** Whether `[from, to)` promises an act: a future verb, a condition, or `هرگونه`/`هر` + noun of an act. */
export function promisesAct(view: SentenceView, from: number, to: number): boolean {
  const { keys, tokens } = view;
  for (let t = from; t < to; t++) {
    if (FUTURE_AUXILIARIES.has(keys[t]) || (tokens[t].feats ?? '').includes('Tense=Fut')) return true;
    if (keys[t] === 'هرگونه') return true;
    // a condition whose main clause says what will be done, not what may befall (`... شیوع وبا می‌تواند ...`)
    if (sequenceAt(keys, t, CONDITIONS) && !mayBefall(view, t, to)) return true;
  }
  return false;
}

/** Verbs of what may happen (match keys of their first word): `می‌تواند`، `ممکن است`، `احتمال دارد`. */
const MAY: ReadonlySet<string> = new Set(['میتواند', 'میتوانند', 'ممکن', 'احتمال']);

/** Whether the main clause after the condition at `t` (past its comma, before `to`) tells what may befall: `می‌تواند`، `ممکن است`. */
function mayBefall(view: SentenceView, t: number, to: number): boolean {
  const { keys } = view;
  let comma = t;
  while (comma < to && keys[comma] !== '،') comma++;
  for (let u = comma + 1; u < to && keys[u] !== '.'; u++) if (MAY.has(keys[u])) return true;
  return false;
}

/** Whether `[from, to)` says what someone must or had better do (`باید`، `بهتر است`). */
export function mustDo(keys: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (keys[t] === 'باید' || (keys[t] === 'بهتر' && keys[t + 1] === 'است')) return true;
  return false;
}

/** Words of promising (match keys): `وعده داد`، `قول داد`، `متعهد شد`. */
const PROMISE_WORDS: ReadonlySet<string> = new Set(['وعده', 'قول', 'متعهد', 'تعهد', 'اطمینان'].map(matchKey));

/** Whether a trigger's words are a promise (`وعده داد`): the subjunctive act after it is what is promised, not done. */
export function isPromise(words: readonly string[]): boolean {
  return words.length > 0 && PROMISE_WORDS.has(matchKey(words[0]));
}

/** Readiness (`آماده است ... همکاری کند`; match keys, آ folded): no event unless a condition makes it hypothetical. */
export const READINESS = new Set(['اماده', 'امادگی']);

/**
 * The subjunctive verb of the act a verb of agreeing takes (`پذیرفته است حجم آب ... را افزایش دهد`): the first
 * verb after `from` in the sentence if it is subjunctive and no clause opens before it, else -1.
 */
export function subjunctiveAfter(view: EventContext['view'], from: number, last: number): number {
  for (let t = from; t < Math.min(last, from + 20); t++) {
    if (CLAUSE_OPENERS.has(view.keys[t])) return -1;
    if (view.tokens[t].pos !== 'VERB') continue;
    // the auxiliary of the perfect (`پذیرفته است`) is no act
    if (t === from && view.keys[t] === 'است') continue;
    return (view.tokens[t].feats ?? '').includes('Mood=Sub') ? t : -1;
  }
  return -1;
}

/** Whether the verb of a trigger is in the first person (`درخواست کردیم`، `گفت‌وگو خواهم کرد`). */
export function isFirstPerson(view: SentenceView, first: number, verb: number): boolean {
  for (let t = first; t <= verb; t++) {
    const feats = view.tokens[t].feats ?? '';
    if (feats.includes('Person=1') || view.keys[t] === 'خواهم' || view.keys[t] === 'خواهیم') return true;
  }
  return false;
}
