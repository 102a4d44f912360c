import type { EntityContext } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { LIGHT_VERBS, STOP_WORDS } from './function-words.js';
import { longestMatchAt } from './match-gazetteer.js';
import { SAYING_VERB_NOUNS } from './name-filters.js';
import { numberWordValue, parseDigits } from './number-words.js';
import { wordTest } from './word-tests.js';

/** Nouns for people, singular with their plurals: `کارگر` / `کارگران`. */
const PERSON_NOUNS: [string, string][] = [
  ['تبعه', 'اتباع'], ['فرد', 'افراد'], ['شخص', 'اشخاص'], ['مرد', 'مردان'], ['زن', 'زنان'], ['جوان', 'جوانان'],
  ['کارگر', 'کارگران'], ['بازنشسته', 'بازنشستگان'], ['مقام', 'مقامات'], ['منبع', 'منابع'], ['کارشناس', 'کارشناسان'],
  ['متهم', 'متهمان'], ['شاهد', 'شاهدان'], ['دانشجو', 'دانشجویان'], ['معلم', 'معلمان'], ['پزشک', 'پزشکان'],
  ['پرستار', 'پرستاران'], ['کشاورز', 'کشاورزان'], ['راننده', 'رانندگان'], ['شهروند', 'شهروندان'], ['مسافر', 'مسافران'],
  ['زائر', 'زائران'], ['بیمار', 'بیماران'], ['کودک', 'کودکان'], ['سرباز', 'سربازان'], ['افسر', 'افسران'],
  ['دیپلمات', 'دیپلمات‌ها'], ['ساکن', 'ساکنان'], ['معترض', 'معترضان'], ['کارمند', 'کارمندان'], ['تاجر', 'تجار'],
  ['فعال', 'فعالان'], ['ناظر', 'ناظران'], ['تحلیلگر', 'تحلیلگران'], ['سرنشین', 'سرنشینان'], ['قربانی', 'قربانیان'], ['زندانی', 'زندانیان'], ['محکوم', 'محکومان'], ['مجروح', 'مجروحان'],
  ['نماینده', 'نمایندگان'], ['امدادگر', 'امدادگران'], ['مسئول', 'مسئولان'], ['پژوهشگر', 'پژوهشگران'], ['مال‌باخته', 'مال‌باختگان'],
  ['عضو', 'اعضای'], ['روزنامه‌نگار', 'روزنامه‌نگاران'], ['هوادار', 'هواداران'], ['سهامدار', 'سهامداران'], ['طراح', 'طراحان'],
];
/**
 * Offices in the plural (singular key by plural key) after `یکی از`: one office-holder described, not
 * named (`یکی از فرماندهان ارتش`، `یکی از سخنگویان این گروه`). Alone they are offices, not people described.
 */
const OFFICE_PLURALS: ReadonlyMap<string, string> = new Map([
  ['فرمانده', 'فرماندهان'], ['سخنگو', 'سخنگویان'], ['مدیر', 'مدیران'], ['مشاور', 'مشاوران'], ['معاون', 'معاونان'], ['رهبر', 'رهبران'],
  ['وکیل', 'وکلای'], ['وکیل', 'وکلا'], ['قاضی', 'قضات'], ['خبرنگار', 'خبرنگاران'], ['بازیکن', 'بازیکنان'], ['مربی', 'مربیان'],
  ['سفیر', 'سفیران'], ['مأمور', 'مأموران'], ['مأمور', 'ماموران'], ['نظامی', 'نظامیان'], ['وزیر', 'وزرای'], ['وزیر', 'وزیران'],
  ['مذاکره‌کننده', 'مذاکره‌کنندگان'], ['مقام', 'مقام‌های'], ['سیاستمدار', 'سیاستمداران'], ['استاد', 'استادان'], ['مهندس', 'مهندسان'],
].map(([one, many]) => [entityKey(many), entityKey(one)]));

/** A plural in ‌ها with its ezafe (`دیپلمات‌های اروپایی`): the same plural. */
const ezafe = (many: string): string[] => (many.endsWith('ها') ? [many, `${many}ی`] : [many]);
const SINGULAR = new Map(PERSON_NOUNS.flatMap(([one, many]) => [[entityKey(one), entityKey(one)], ...[...ezafe(many), ...ezafe(`${one}‌ها`)].map((m): [string, string] => [entityKey(m), entityKey(one)])]));
const PLURALS = new Set(PERSON_NOUNS.flatMap(([, many]) => ezafe(many).map(entityKey)));
/**
 * Plural nouns for the unnamed sources a report cites, which stand without an opener when an
 * adjective follows (`منابع محلی`، `کارشناسان حقوقی`، `فعالان صنفی`، `شاهدان عینی`) and are taken up
 * with `این` (`این منابع`).
 */
export const SOURCE_PLURALS: ReadonlySet<string> = new Set(['منابع', 'کارشناسان', 'فعالان', 'شاهدان', 'ناظران', 'تحلیلگران', 'مقامات', 'مقام‌ها', 'مسئولان'].map(entityKey));

/** `منابع` (entity key): people only with a word that makes them sources (`منابع محلی`), bare no one. */
export const SOURCES = entityKey('منابع');
/** `چند` (entity key): `چند دیپلمات اروپایی`, several people counted without a number. */
const SEVERAL = entityKey('چند');
/** What makes `منابع` people: `منابع محلی`, `منابع آگاه`, `منابع خبری`, or a demonym (`منابع فلسطینی`). */
const SOURCE_MODIFIERS: ReadonlySet<string> = new Set(['محلی', 'آگاه', 'مطلع', 'خبری', 'رسمی', 'غیررسمی', 'امنیتی', 'دیپلماتیک', 'نظامی', 'پزشکی', 'بیمارستانی', 'دولتی', 'حقوقی', 'قضایی', 'نزدیک', 'موثق', 'رسانه‌ای', 'اطلاعاتی', 'میدانی', 'غربی', 'عربی', 'اسرائیلی'].map(entityKey));

function isSourceModifier(context: EntityContext, j: number): boolean {
  const key = context.keys[j];
  if (key === undefined) return false;
  if (SOURCE_MODIFIERS.has(key)) return true;
  const match = longestMatchAt(context.resources.gazetteer, context.keys, j, j + 1);
  return match !== undefined && match.entries.some((e) => e.kind === 'demonym');
}

/** `متهم` (entity key): `متهم ردیف اول` is a description of its own. */
export const DEFENDANT = entityKey('متهم');
const ROW = entityKey('ردیف');
/** Tokens after which a clause opens: `گفت: متهم ...`, `، متهم ...`, `که متهم ...`, `و متهم ...`. */
const CLAUSE_STARTS = new Set([':', '،', '.', 'که', '«', 'و']);
/** Whether `متهم` at `i` (whatever its tag) follows a noun in ezafe and is accused of nothing after it (`ویلای متهم در ...`). */
function ownsNounBefore(context: EntityContext, i: number): boolean {
  const before = context.tokens[i - 1];
  if (!before || before.kind !== 'word' || before.pos !== 'NOUN' || STOP_WORDS.has(context.keys[i - 1])) return false;
  const after = context.keys[i + 1] ?? '';
  return after !== 'به' && !LIGHT_VERBS.has(after) && context.tokens[i + 1]?.pos !== 'AUX' && context.tokens[i + 1]?.pos !== 'VERB';
}
/** `موکلش`, `موکلم`: a lawyer's client with its pronoun (entity keys), the defendant. */
export const CLIENTS: ReadonlySet<string> = new Set(['موکلش', 'موکلم', 'موکلمان', 'موکلشان'].map(entityKey));
/** `متهم ردیف اول`, `متهم اصلی`, `متهم نخست`: a defendant by rank. */
const DEFENDANT_RANKS = new Set(['ردیف', 'اصلی', 'اول', 'نخست', 'دوم', 'سوم'].map(entityKey));
const ORDINALS = new Set(['اول', 'نخست', 'دوم', 'سوم', 'چهارم', 'پنجم', 'یکم'].map(entityKey));

/** Ranks of defendants by their words. */
const RANKS: ReadonlyMap<string, number> = new Map([['اول', 1], ['نخست', 1], ['یکم', 1], ['اصلی', 1], ['دوم', 2], ['سوم', 3], ['چهارم', 4], ['پنجم', 5]].map(([w, n]) => [entityKey(w as string), n as number]));

/** `{ rank }` of the defendant described by tokens `[first, last)` (`متهم ردیف دوم` → 2), or `{}` when no rank is written. */
export function rankOf(context: EntityContext, first: number, last: number): { rank?: number } {
  for (let k = first; k < last; k++) {
    const rank = RANKS.get(context.keys[k]);
    if (rank !== undefined) return { rank };
  }
  return {};
}

/** Agent nouns in the plural: `امضاکنندگان`، `شرکت‌کنندگان`، `تظاهرکنندگان` (keys drop the half-space). */
const AGENT_PLURAL = /^..+(?:کنندگان|دهندگان)$/;
/** Words after a plural person noun that make it a group acting together: `معترض`، `امضاکننده`، `اعتصابی`. */
const GROUP_MODIFIERS = /^(?:معترض|اعتصابی|.+کننده|.+دهنده)$/;

/** The second word of an agent plural written with a space: `تجمع کنندگان`. */
const AGENT_ENDINGS = /^(?:کنندگان|دهندگان)$/;

/** `یکی از پزشکان این بیمارستان`: `این` and a noun after a described person are whose (the place or body); where they end. */
function ownerAfter(context: EntityContext, at: number, to: number): number {
  return context.keys[at] === 'این' && at + 1 < to && context.tokens[at + 1].pos === 'NOUN' ? at + 2 : at;
}

/** Whether a key is a person noun in the plural (`کارگران`, `نمایندگان`). */
export function isPluralPersonNoun(key: string): boolean {
  return PLURALS.has(key);
}

/** Whether a key is an agent noun in the plural (`امضاکنندگان`). */
export function isAgentPlural(key: string): boolean {
  return AGENT_PLURAL.test(key);
}

/** Whether a value is a count above one. */
function countAboveOne(value: number | undefined): boolean {
  return value !== undefined && value > 1 && Number.isInteger(value);
}

/** Whether a token's key is a number word above one (`دوازده`), remembered per word. */
const isCountWord = wordTest((key) => countAboveOne(numberWordValue(key)));

/** Whether token `i` is a count above one: digits (`۲۱۰`), a number word (`دوازده`) or `چند` (several). */
export function isCount(context: EntityContext, i: number): boolean {
  const token = context.tokens[i];
  if (!token) return false;
  if (context.keys[i] === SEVERAL) return true;
  return token.kind === 'number' ? countAboveOne(parseDigits(context.keys[i])) : isCountWord(context.keys, context.words, i);
}

/** The singular key of a person noun in the singular (`متهم`), or undefined (plurals and other words). */
export function singularPersonNoun(key: string): string | undefined {
  return SINGULAR.get(key) === key ? key : undefined;
}

/** Nouns that say nothing about who: `این فرد` may take up any described person. */
export const GENERIC_PERSON_NOUNS: ReadonlySet<string> = new Set(['فرد', 'شخص'].map(entityKey));

/** A person described rather than named: `یک تبعه اروپایی`, `یکی از کارگران معترض`, `این کارگر`. */
export interface PersonDescription {
  first: number;
  last: number;
  /** The singular noun's key (`کارگر` for `کارگران`). */
  head: string;
  /** `این ...`: someone already described; otherwise someone new. */
  definite: boolean;
  /** A bare plural (`تحلیلگران`) that is someone only with the organization after it (`تحلیلگران گلدمن ساکس`). */
  needsOwner?: boolean;
  /**
   * A group of people (`۲۱۰ نماینده امضاکننده`, `کارگران معترض`, `امضاکنندگان`): with `definite` it
   * takes up the group the report counted or described before (`امضاکنندگان این طرح`).
   */
  group?: boolean;
  /** A group given by its count (`۴۲ نماینده`): another count is another group. */
  counted?: boolean;
  /** A defendant by rank (`متهم ردیف اول`): the defendant described so, else the one named by initials. */
  ranked?: boolean;
  /** A lawyer's client (`موکلش`): the latest defendant named by initials or described alone, never defendants in the plural. */
  client?: boolean;
  /** The defendant's rank: 1 for `ردیف اول`, `نخست`, `اصلی`; 2 for `ردیف دوم`... */
  rank?: number;
  /** A bare plural (`کارگران`): the group of that noun described before, never someone new. */
  takenUp?: boolean;
  /**
   * A plural with an agent or participle after it (`نمایندگان امضاکننده`) or after `این` (`این دیپلمات‌ها`): the group
   * of that noun described before, else someone only where it speaks.
   */
  qualified?: boolean;
  /** A plural with the body its people work for (`کارگران شرکت کشت و صنعت کارون`): a group of its own, named so. */
  ofBody?: boolean;
  /** A group a quantity word opens (`جمعی از کارگران`): its body may follow the noun (`... شرکت فولاد`). */
  gathered?: boolean;
  /** `نمایندگان بازنشستگان`: people of a group, a group of their own where they speak (the one of that noun named before, if any). */
  owned?: boolean;
  /** `یکی از آنان`: one of a group named before, someone only where they speak. */
  ofGroup?: boolean;
  /** `یکی از سخنگویان ارتش`: one holder of an office, someone only where they speak (`X یکی از فرماندهان ... بود` is said of X). */
  oneOfOffice?: boolean;
  /** Where the noun of a group by quantity stands (its name starts there). */
  headAt?: number;
}

/** Words of quantity that open a group of people: `جمعی از کارگران`، `شماری از معترضان`، `برخی نمایندگان`. */
const GATHERINGS = new Set(['جمعی', 'شماری', 'گروهی', 'عده‌ای', 'تعدادی', 'برخی', 'بسیاری', 'انبوهی'].map(entityKey));
/** Counters of people between a count and `از`: `۱۸ نفر از`, `صدها تن از`. */
const PERSON_COUNTERS = new Set(['نفر', 'تن'].map(entityKey));
/** Round plurals of numbers that count people: `صدها نفر از`، `هزاران تن از`، `ده‌ها نفر از`. */
const ROUND_COUNTS = new Set(['ده‌ها', 'دهها', 'صدها', 'هزاران', 'میلیون‌ها'].map(entityKey));
/** `آنان` (entity key): `یکی از آنان`. */
const THEM = entityKey('آنان');

/** Whether token `i` opens a group by quantity (`جمعی از`, `۱۸ نفر از`, `صدها تن از`). */
export function opensGathering(context: EntityContext, i: number): boolean {
  if (GATHERINGS.has(context.keys[i])) return true;
  return (isCount(context, i) || ROUND_COUNTS.has(context.keys[i])) && PERSON_COUNTERS.has(context.keys[i + 1] ?? '') && context.keys[i + 2] === 'از';
}

/**
 * A group by quantity at `i` (`جمعی از کارگران`، `برخی نمایندگان`، `۱۸ نفر از اعضای`، `صدها تن از کشاورزان`): the opener, `از`,
 * and a plural person noun or the doers of an act (`تجمع‌کنندگان`); ends after the noun (its body or
 * adjectives are the caller's to add).
 */
function gatheringAt(context: EntityContext, i: number, to: number): PersonDescription | undefined {
  if (!opensGathering(context, i)) return undefined;
  let j = GATHERINGS.has(context.keys[i]) ? i + 1 : i + 3;
  if (context.keys[j] === 'از') j++;
  const key = context.keys[j];
  if (j >= to || key === undefined || !(PLURALS.has(key) || isAgentPlural(key))) return undefined;
  return { first: i, last: j + 1, head: SINGULAR.get(key) ?? key, definite: false, group: true, gathered: true, headAt: j };
}

/** Adverbs of quantity and time, and nouns of place, that open what follows, never describe the noun: `فعالان محلی دست‌کم ۲۷ نفر`. */
const NEVER_MODIFIERS: ReadonlySet<string> = new Set([
  ...['دست‌کم', 'دستکم', 'حداقل', 'حداکثر', 'تقریبا', 'تقریباً', 'تاکنون', 'اکنون', 'امروز', 'همچنین', 'سرانجام',
    // nouns of place that open a phrase as prepositions do: `کشاورزان مقابل استانداری`
    'مقابل', 'جلوی', 'کنار', 'روبروی', 'روبه‌روی', 'داخل', 'درون', 'نزدیک', 'پشت'].map(entityKey),
  // the nominal part of a saying verb after the people: `جمعی از کارگران خواستار ... شدند`
  ...SAYING_VERB_NOUNS,
]);

/**
 * Whether `دست کم` ("at least") is written at `k` with a space, two words: no modifier either (its second
 * word may have been joined to the number after it: `کم‌ده`).
 */
function atLeastSpaced(context: EntityContext, k: number): boolean {
  return context.keys[k] === AT_LEAST[0] && (context.keys[k + 1] === AT_LEAST[1] || (context.tokens[k + 1]?.norm.startsWith('کم\u200c') ?? false));
}
const AT_LEAST = ['دست', 'کم'].map(entityKey);

/** Up to two modifiers after the noun at `j - 1` (see {@link modifiersAfter}): where they end. */
export function groupModifiersEnd(context: EntityContext, j: number, to: number): number {
  return modifiersAfter(context, j, to);
}

/** Up to two modifiers after the noun (`معترض`, `اروپایی`, `آگاه`): adjectives or nouns, never a function word or the noun of a compound verb (`دستگیر شد`). */
function modifiersAfter(context: EntityContext, j: number, to: number): number {
  let end = j;
  while (end < to && end - j < 2 && context.tokens[end].kind === 'word' && !STOP_WORDS.has(context.keys[end]) && !NEVER_MODIFIERS.has(context.keys[end]) && !LIGHT_VERBS.has(context.keys[end + 1] ?? '') && !atLeastSpaced(context, end)) {
    const pos = context.tokens[end].pos;
    if (pos !== undefined && pos !== 'ADJ' && pos !== 'NOUN') break;
    if (pos === undefined && !context.keys[end].endsWith('ی')) break;
    if (withCopula(context, end)) break;
    end++;
  }
  // an adjective of the last noun is part of it (`یکی از پرستاران بخش مراقبت‌های ویژه`)
  if (end - j === 2 && context.tokens[end - 1].pos === 'NOUN' && end < to && context.tokens[end].pos === 'ADJ' && !withCopula(context, end) && !LIGHT_VERBS.has(context.keys[end + 1] ?? '') && !STOP_WORDS.has(context.keys[end]) && !NEVER_MODIFIERS.has(context.keys[end])) end++;
  return end;
}

/** Up to two adjectives after an office's noun (`ارشد`, `نظامی`): where they end, before the body it serves (`فرماندهان ارشد سپاه`). */
function adjectivesAfter(context: EntityContext, j: number, to: number): number {
  let end = j;
  while (end < to && end - j < 2 && context.tokens[end].pos === 'ADJ' && !withCopula(context, end) && !LIGHT_VERBS.has(context.keys[end + 1] ?? '')) end++;
  return end;
}

/** Whether token `j` is an adjective with the copula joined to it (`معتقدند`, `نگرانیم`): what is said of the people, no modifier. */
function withCopula(context: EntityContext, j: number): boolean {
  const { norm, lemma, pos } = context.tokens[j];
  return pos === 'ADJ' && lemma !== undefined && norm.startsWith(lemma) && /^‌?(?:ند|است|اند|یم|ید)$/.test(norm.slice(lemma.length));
}

/**
 * The description of a person starting at token `i`, or undefined: `یک` + a person noun,
 * `یکی از` + a plural one, `این`/`همین` + a singular one, each with up to two adjectives after it;
 * a source noun in the plural with an adjective (`منابع محلی`), after `این` (`این منابع`) or before
 * an organization (`تحلیلگران گلدمن ساکس`, marked `needsOwner`); a count + a person noun (`۱۲ نماینده`);
 * a group: a plural person noun with an agent after it (`کارگران معترض`) or the doers of an act
 * (`امضاکنندگان این طرح`, definite: the group described before), one a quantity word opens
 * (`جمعی از کارگران`, `۱۸ نفر از اعضای`), a bare plural (`کارگران`: the group described before); one of an
 * office's holders (`یکی از سخنگویان`, see `OFFICE_PLURALS`).
 * `یکی از کارگران معترض` → `{head: 'کارگر', definite: false}`; `این فرد` → `{head: 'فرد', definite: true}`.
 */
export function descriptionAt(context: EntityContext, i: number, to: number): PersonDescription | undefined {
  const key = context.keys[i];
  if (SOURCE_PLURALS.has(key)) {
    // `منابع` is also "resources" (`منابع آب`, `منابع ارزی`): people only as sources of news
    if (key === SOURCES && !isSourceModifier(context, i + 1)) return undefined;
    const last = modifiersAfter(context, i + 1, to);
    const head = SINGULAR.get(key) as string;
    if (last > i + 1) return { first: i, last, head, definite: false };
    return key === SOURCES ? undefined : { first: i, last, head, definite: false, needsOwner: true };
  }
  const gathering = gatheringAt(context, i, to);
  if (gathering) return gathering;
  // a counted group: `۲۱۰ نماینده امضاکننده بیانیه`, `۱۲ نماینده`, `چند دیپلمات اروپایی`
  if (isCount(context, i) && i + 1 < to && SINGULAR.has(context.keys[i + 1] ?? '') && !PLURALS.has(context.keys[i + 1] ?? '')) {
    return { first: i, last: modifiersAfter(context, i + 2, to), head: SINGULAR.get(context.keys[i + 1]) as string, definite: false, group: true, counted: true };
  }
  // a defendant by rank (`متهم ردیف اول`, `متهم اصلی`): someone the report has described or named so
  if (key === DEFENDANT && DEFENDANT_RANKS.has(context.keys[i + 1] ?? '')) {
    let last = i + 2;
    if (context.keys[i + 1] === ROW && ORDINALS.has(context.keys[i + 2] ?? '')) last = i + 3;
    else if (context.keys[i + 1] === ROW) return undefined;
    return { first: i, last, head: DEFENDANT, definite: true, ranked: true, ...rankOf(context, i, last) };
  }
  // `وکیل ... گفت موکلش بی‌گناه است`: a lawyer's client is the defendant described or named before
  if (CLIENTS.has(key)) return { first: i, last: i + 1, head: DEFENDANT, definite: true, ranked: true, client: true };
  // `گفت: متهم با تبلیغات ...`: the defendant alone, a noun opening a clause, is the one described or named before
  // (or owning a noun before it: `ویلای متهم`، `وکیل منتخب متهم`; never accused of something, `متهم به`)
  if (key === DEFENDANT && ((context.tokens[i].pos === 'NOUN' && (i === 0 || CLAUSE_STARTS.has(context.keys[i - 1] ?? ''))) || ownsNounBefore(context, i))) {
    return { first: i, last: i + 1, head: DEFENDANT, definite: true, ranked: true };
  }
  // the doers of an act, named after it (`امضاکنندگان`, `امضاکنندگان این طرح`): the group the report described
  if (isAgentPlural(key)) {
    const last = (context.keys[i + 1] === 'این' || context.keys[i + 1] === 'آن') && i + 2 < to && context.tokens[i + 2].pos === 'NOUN' ? i + 3 : i + 1;
    return { first: i, last, head: key, definite: true, group: true };
  }
  // a plural person noun with an agent or participle after it: `کارگران معترض`, `نمایندگان امضاکننده`
  if (PLURALS.has(key) && i + 1 < to && GROUP_MODIFIERS.test(context.keys[i + 1] ?? '')) {
    return { first: i, last: i + 2, head: SINGULAR.get(key) as string, definite: false, group: true, qualified: true };
  }
  // a bare plural (`کارگران`, `کارگران این واحد`): the group of that noun the report described, if any
  // people of people (`نمایندگان بازنشستگان`, `نمایندگان آنان`): a group of its own, the same one when named again
  const owner = context.keys[i + 1];
  if (PLURALS.has(key) && i + 1 < to && owner !== undefined && ((PLURALS.has(owner) && owner !== SOURCES) || owner === THEM)) {
    return { first: i, last: i + 2, head: SINGULAR.get(key) as string, definite: false, group: true, owned: true };
  }
  if (PLURALS.has(key)) return { first: i, last: i + 1, head: SINGULAR.get(key) as string, definite: false, group: true, takenUp: true };
  if ((key === 'این' || key === 'همین') && SOURCE_PLURALS.has(context.keys[i + 1] ?? '') && i + 1 < to) {
    return { first: i, last: i + 2, head: SINGULAR.get(context.keys[i + 1]) as string, definite: true };
  }
  // `این دیپلمات‌ها`: the group of that noun described before
  const one = SINGULAR.get(context.keys[i + 1] ?? '');
  if ((key === 'این' || key === 'همین') && i + 1 < to && one !== undefined && one !== context.keys[i + 1]) {
    return { first: i, last: i + 2, head: one, definite: false, group: true, qualified: true };
  }
  if (key === 'یک' || key === 'این' || key === 'همین') {
    const head = SINGULAR.get(context.keys[i + 1] ?? '');
    if (!head || i + 1 >= to || PLURALS.has(context.keys[i + 1])) return undefined;
    return { first: i, last: modifiersAfter(context, i + 2, to), head, definite: key !== 'یک' };
  }
  // `یکی از آنان`: one of a group named before, someone of their own
  if (key === 'یکی' && context.keys[i + 1] === 'از' && context.keys[i + 2] === THEM && i + 2 < to) return { first: i, last: i + 3, head: entityKey('فرد'), definite: false, ofGroup: true };
  if (key === 'یکی' && context.keys[i + 1] === 'از' && i + 2 < to && PLURALS.has(context.keys[i + 2])) {
    return { first: i, last: ownerAfter(context, modifiersAfter(context, i + 3, to), to), head: SINGULAR.get(context.keys[i + 2]) as string, definite: false };
  }
  // `یکی از فرماندهان نیروهای واکنش سریع`: one of the holders of an office, known by it (the body after it is the caller's to add)
  const office = key === 'یکی' && context.keys[i + 1] === 'از' && i + 2 < to ? OFFICE_PLURALS.get(context.keys[i + 2]) : undefined;
  if (office) return { first: i, last: ownerAfter(context, adjectivesAfter(context, i + 3, to), to), head: office, definite: false, oneOfOffice: true };
  // one of the doers of an act, written joined or spaced: `یکی از تجمع‌کنندگان`, `یکی از تجمع کنندگان`
  if (key === 'یکی' && context.keys[i + 1] === 'از' && i + 2 < to) {
    const joined = isAgentPlural(context.keys[i + 2]) ? i + 3 : AGENT_ENDINGS.test(context.keys[i + 3] ?? '') && i + 3 < to ? i + 4 : undefined;
    if (joined !== undefined) return { first: i, last: joined, head: context.keys.slice(i + 2, joined).join(''), definite: false };
  }
  return undefined;
}
