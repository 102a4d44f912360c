/**
 * The Persian verb paradigm as data: person endings (شناسه), the one-word tense shapes built from
 * a stem, and the preverbs, aspect and mood prefixes. Both the conjugation generator
 * (`conjugate.ts`) and the analyzer (`verb-analyzer.ts`) read these tables, so a form the
 * generator writes is a form the analyzer reads.
 */

/** Grammatical person and number of a verb form: 1/2/3 and singular/plural. */
export interface PersonNumber {
  person: 1 | 2 | 3;
  number: 'Sing' | 'Plur';
}

/** A person ending (شناسه) with the person and number it marks. */
export interface PersonEnding extends PersonNumber {
  ending: string;
}

const persons = (endings: string[]): PersonEnding[] =>
  endings.map((ending, i) => ({ ending, person: ((i % 3) + 1) as 1 | 2 | 3, number: i < 3 ? 'Sing' : 'Plur' }));

/** After the past stem: گفتم، گفتی، گفت، گفتیم، گفتید، گفتند. */
export const PAST_ENDINGS = persons(['م', 'ی', '', 'یم', 'ید', 'ند']);
/** After the present stem: گویم → می‌گویم ... (a vowel-final stem takes the glide ی first). */
export const PRESENT_ENDINGS = persons(['م', 'ی', 'د', 'یم', 'ید', 'ند']);
/** After the past participle (گفته): گفته‌ام، گفته‌ای، گفته (است)، گفته‌ایم، گفته‌اید، گفته‌اند. */
export const PERFECT_ENDINGS = persons(['ام', 'ای', '', 'ایم', 'اید', 'اند']);
/** Imperative: بگو (2nd singular), بگویید (2nd plural). */
export const IMPERATIVE_ENDINGS: PersonEnding[] = [
  { ending: '', person: 2, number: 'Sing' },
  { ending: 'ید', person: 2, number: 'Plur' },
];

/** Object clitics attached to a verb: دیدمش، بگیرش، کشتندشان. */
export const VERB_CLITICS = ['م', 'ت', 'ش', 'مان', 'تان', 'شان'] as const;

/** Preverbs written joined to the verb (برگشت، درآمد، بازگرداند، فرارسید، فروریخت، واگذاشت، ورآمد). */
export const PREVERBS = ['دربر', 'باز', 'فرا', 'فرو', 'بر', 'در', 'وا', 'ور'] as const;

/** The future auxiliary's forms (`خواهد`، `خواهند` ...): what marks the future tense before a past stem. */
export const FUTURE_FORMS: ReadonlySet<string> = new Set(['خواهم', 'خواهی', 'خواهد', 'خواهیم', 'خواهید', 'خواهند']);

/** Preverbs written glued to the future auxiliary (`درخواهد آورد`، `برنخواهد گشت`): one word, as in PerDT. */
const GLUED_PREVERBS = ['در', 'بر', 'باز', 'فرا', 'فرو', 'وا'];

/**
 * The future auxiliary with its verb's preverb glued on, in either polarity, → the preverb and the
 * auxiliary alone (folded words; no half-space inside): `درخواهد` → {در، خواهد} (`به حالت تعلیق درخواهد آورد` is the future of `درآورد`),
 * `برنخواهد` → {بر، نخواهد}.
 */
export const GLUED_FUTURE: ReadonlyMap<string, { preverb: string; auxiliary: string }> = new Map(
  GLUED_PREVERBS.flatMap((preverb) => [...FUTURE_FORMS].flatMap((form) => [form, 'ن' + form]).map((auxiliary) => [preverb + auxiliary, { preverb, auxiliary }] as const)),
);

/** One-word tense shapes: which stem, which prefixes, which endings, and the features they mark. */
export type OneWordShape = 'past' | 'pastImperfective' | 'present' | 'subjunctive' | 'imperative' | 'participle';

/** A prefix of a one-word shape: its letters and whether it negates (ن، نمی، مـ). */
export interface ShapePrefix {
  text: string;
  negative: boolean;
}

/** How one shape is written: `prefix + stem + stemSuffix + ending`. */
export interface ShapeRule {
  shape: OneWordShape;
  stem: 'past' | 'present';
  prefixes: readonly ShapePrefix[];
  stemSuffix: string;
  endings: readonly PersonEnding[];
  /** UD features (without Person, Number, Polarity), e.g. `Mood=Ind|Tense=Past`. */
  feats: string;
}

const p = (text: string, negative = false): ShapePrefix => ({ text, negative });
const IMPERFECTIVE = [p('می'), p('نمی', true), p('همی')];

/**
 * The one-word shapes, most frequent first. `subjunctive` without a prefix is also the literary
 * present and the subjunctive of compound verbs (اعلام کند); `خواه` + ending is the future auxiliary.
 */
export const SHAPES: readonly ShapeRule[] = [
  { shape: 'past', stem: 'past', prefixes: [p(''), p('ن', true)], stemSuffix: '', endings: PAST_ENDINGS, feats: 'Mood=Ind|Tense=Past' },
  { shape: 'present', stem: 'present', prefixes: IMPERFECTIVE, stemSuffix: '', endings: PRESENT_ENDINGS, feats: 'Mood=Ind|Tense=Pres' },
  { shape: 'pastImperfective', stem: 'past', prefixes: IMPERFECTIVE, stemSuffix: '', endings: PAST_ENDINGS, feats: 'Aspect=Imp|Mood=Ind|Tense=Past' },
  { shape: 'subjunctive', stem: 'present', prefixes: [p('ب'), p(''), p('ن', true)], stemSuffix: '', endings: PRESENT_ENDINGS, feats: 'Mood=Sub|Tense=Pres' },
  { shape: 'participle', stem: 'past', prefixes: [p(''), p('ن', true), p('می'), p('نمی', true)], stemSuffix: 'ه', endings: PERFECT_ENDINGS, feats: 'Tense=Past|VerbForm=Part' },
  { shape: 'imperative', stem: 'present', prefixes: [p('ب'), p(''), p('ن', true), p('م', true)], stemSuffix: '', endings: IMPERATIVE_ENDINGS, feats: 'Mood=Imp|Tense=Pres' },
];

/** Whether a present stem ending in a vowel takes the glide ی before an ending (آ → آید، نما → نماید). */
export function takesGlide(presentStem: string): boolean {
  return presentStem.endsWith('ا');
}

/**
 * Joins a prefix and a stem as Persian writes it: ب/ن/مـ before a stem starting with آ or ا take
 * a ی (بیاید، نیامد، بیفتد); می and همی are separated by a half-space (می‌آید).
 * `joinPrefix('ب', 'آور')` → `بیاور`; `joinPrefix('ن', 'افت')` → `نیفت`.
 */
export function joinPrefix(prefix: string, stem: string): string {
  if (prefix === '') return stem;
  if (prefix.endsWith('می')) return `${prefix}\u200c${stem}`;
  if (stem.startsWith('آ')) return `${prefix}یا${stem.slice(1)}`;
  if (stem.startsWith('ای')) return `${prefix}ا${stem.slice(1)}`; // بایستد
  if (stem.startsWith('ا')) return `${prefix}ی${stem.slice(1)}`;
  return prefix + stem;
}

/** Joins a stem (with its participle ه) and an ending: `گفته` + `اند` → `گفته‌اند`; `آ` + `د` → `آید`. */
export function joinEnding(stem: string, ending: string, glideStem?: string): string {
  if (ending === '') return stem;
  if (stem.endsWith('ه') && ending.startsWith('ا')) return `${stem}\u200c${ending}`;
  return (glideStem ?? stem) + ending;
}
