import type { VerbLemma } from './verb-index.js';
import {
  IMPERATIVE_ENDINGS, joinEnding, joinPrefix, PAST_ENDINGS, PERFECT_ENDINGS, type PersonNumber, PRESENT_ENDINGS, type PersonEnding,
} from './verb-paradigm.js';

/** Every tense the generator writes; the first six are one word, the rest use auxiliaries. */
export const TENSES = [
  'past', 'pastImperfective', 'present', 'subjunctive', 'imperative', 'perfect', 'perfectImperfective', 'pluperfect', 'pastSubjunctive',
  'future', 'presentProgressive', 'pastProgressive',
] as const;
/** One of {@link TENSES}: `'past'`, `'present'`, `'future'`... */
export type Tense = (typeof TENSES)[number];

/** What to add to a form: negation (ن، نمی), the passive with شدن, an attached object pronoun (م ت ش مان تان شان). */
export interface ConjugateOptions {
  negative?: boolean;
  passive?: boolean;
  clitic?: string;
}

const aux = (past: string, present: string): VerbLemma => ({ infinitive: `${past}ن`, lemma: past, past, present, preverb: '', rank: 0 });
const BUDAN = aux('بود', 'باش');
const SHODAN = aux('شد', 'شو');
const KHASTAN = aux('خواست', 'خواه');
const DASHTAN = aux('داشت', 'دار');
const ONE_WORD = new Set<Tense>(['past', 'pastImperfective', 'present', 'subjunctive', 'imperative']);

function ending(set: readonly PersonEnding[], pn: PersonNumber): string {
  return (set.find((e) => e.person === pn.person && e.number === pn.number) as PersonEnding).ending;
}

/** prefix + stem + ending, the preverb first (برمی‌گردد، برگردد without ب). */
function word(verb: VerbLemma, stemKind: 'past' | 'present', prefix: string, suffix: string, end: string): string {
  const base = (stemKind === 'past' ? verb.past : verb.present).slice(verb.preverb.length);
  const glide = stemKind === 'present' && end !== '' && verb.glide ? verb.glide.slice(verb.preverb.length) : undefined;
  const stem = joinPrefix(prefix, glide ?? base);
  return verb.preverb + joinEnding(stem + suffix, end, undefined);
}

function participle(verb: VerbLemma, negative: boolean, imperfective = false): string {
  return word(verb, 'past', imperfective ? (negative ? 'نمی' : 'می') : negative ? 'ن' : '', 'ه', '');
}

function active(verb: VerbLemma, tense: Tense, pn: PersonNumber, negative: boolean): string | undefined {
  const bOrNone = verb.preverb ? '' : 'ب';
  switch (tense) {
    case 'past': return word(verb, 'past', negative ? 'ن' : '', '', ending(PAST_ENDINGS, pn));
    case 'pastImperfective': return word(verb, 'past', negative ? 'نمی' : 'می', '', ending(PAST_ENDINGS, pn));
    case 'present': return word(verb, 'present', negative ? 'نمی' : 'می', '', ending(PRESENT_ENDINGS, pn));
    case 'subjunctive': return word(verb, 'present', negative ? 'ن' : bOrNone, '', ending(PRESENT_ENDINGS, pn));
    case 'imperative': return pn.person === 2 ? word(verb, 'present', negative ? 'ن' : bOrNone, '', ending(IMPERATIVE_ENDINGS, pn)) : undefined;
    case 'perfect':
    case 'perfectImperfective': {
      const part = participle(verb, negative, tense === 'perfectImperfective');
      return pn.person === 3 && pn.number === 'Sing' ? `${part} است` : joinEnding(part, ending(PERFECT_ENDINGS, pn));
    }
    case 'pluperfect': return `${participle(verb, negative)} ${active(BUDAN, 'past', pn, false)}`;
    case 'pastSubjunctive': return `${participle(verb, negative)} ${active(BUDAN, 'subjunctive', pn, false)?.replace(/^ب/, '')}`;
    case 'future': return `${verb.preverb}${active(KHASTAN, 'subjunctive', pn, negative)?.replace(/^ب/, '')} ${verb.lemma}`;
    case 'presentProgressive': return negative ? undefined : `${active(DASHTAN, 'subjunctive', pn, false)?.replace(/^ب/, '')} ${active(verb, 'present', pn, false)}`;
    case 'pastProgressive': return negative ? undefined : `${active(DASHTAN, 'past', pn, false)} ${active(verb, 'pastImperfective', pn, false)}`;
  }
}

function attach(form: string, clitic: string): string {
  return /[او]$/.test(form) ? `${form}ی${clitic}` : form + clitic;
}

/**
 * Writes one form of a verb with its half-spaces, or undefined when the form does not exist
 * (an imperative of the 1st person, a negative progressive, a passive imperative, a clitic on a
 * periphrastic tense). Defaults: affirmative, active, no clitic.
 * `conjugate(گفتن, 'present', {person: 3, number: 'Sing'}, {negative: true})` → `نمی‌گوید`;
 * `conjugate(آمدن, 'subjunctive', {person: 3, number: 'Plur'})` → `بیایند`;
 * `conjugate(دادن, 'perfect', {person: 3, number: 'Sing'}, {passive: true})` → `داده شده است`.
 */
export function conjugate(verb: VerbLemma, tense: Tense, pn: PersonNumber, options: ConjugateOptions = {}): string | undefined {
  const negative = options.negative ?? false;
  if (options.passive) {
    if (tense === 'imperative' || options.clitic) return undefined;
    const part = participle(verb, false);
    if (tense === 'presentProgressive' || tense === 'pastProgressive') {
      const [helper, main] = (active(SHODAN, tense, pn, negative) ?? '').split(' ');
      return negative ? undefined : `${helper} ${part} ${main}`;
    }
    const helper = active(SHODAN, tense, pn, negative) ?? '';
    return `${part} ${tense === 'subjunctive' ? helper.replace(/^ب/, '') : helper}`;
  }
  const form = active(verb, tense, pn, negative);
  if (!form || !options.clitic) return form;
  if (!ONE_WORD.has(tense)) return undefined;
  return attach(form, options.clitic);
}
