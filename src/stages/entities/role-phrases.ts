import { type EntityContext, isPunctuation, type NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { jointOfCountry } from './joint-bodies.js';
import { LIGHT_VERBS, PLACE_CLASSIFIERS, STOP_WORDS } from './function-words.js';
import { COUNTRY_KINDS, lookupPhrase, ORGANIZATION_KINDS, ROLE_KINDS } from './gazetteer.js';
import { RELATIVE_DAYS, WEEKDAYS } from './date-words.js';
import { INSTITUTION_NOUNS } from './institution-nouns.js';
import { descriptionAt, isCount, isPluralPersonNoun } from './person-descriptions.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';
import { placedEnd, SAYING_VERB_NOUNS } from './name-filters.js';
import { wordTest } from './word-tests.js';
import { countryInWords } from './country-in-words.js';
import { FUTURE_AUXILIARIES } from '../clauses/verb-lemma.js';

/** An office named in the text: `سخنگوی وزارت خارجه روسیه`, `وزیر امور خارجه کشورمان`, `همتای ترکیه‌ای`. */
export interface RolePhrase {
  first: number;
  last: number;
  /** The office head as listed (`سخنگو`, `وزیر`, `رئیس‌جمهور`). */
  head: string;
  /** Head and the words that complete it, without organization or place: `وزیر امور خارجه`. */
  role: string;
  /** Keys of the completing words (`امور` left out, so `وزیر خارجه` = `وزیر امور خارجه`). */
  complement: string[];
  /** Sector of the office (GOV, MIL, JUD, LEG, REL...), from the role list. */
  sector?: string;
  /** The organization the office belongs to. */
  organization?: NameMention;
  country?: string;
  /** A province or city the office covers (canonical name). */
  place?: string;
  /** `همتای ...`: the same office as someone else's, in another country. */
  counterpart?: boolean;
  /** `وزرای`, `نمایندگان`: an office held by several people, never one person. */
  plural?: boolean;
  /** `سخنگوی این رزمایش`: the office of something named before by `این` that is no organization. */
  demonstrative?: boolean;
  /** `این دیپلمات روس`: the office after `این`/`همین`, someone the report has named. */
  anaphoric?: boolean;
  /** Spans the tagger took for organizations that are words of the office (`امور خارجه`); they stay names (of the ministry, after `وزیر`). */
  absorbed?: NameMention[];
  /** `وکیل متهم ردیف دوم`: the client by rank the lawyer is known by, `[first, last)`. */
  client?: { first: number; last: number };
  /** Places found inside such a span (`روسیه` in `خارجه روسیه`), names in their own right. */
  revealed?: NameMention[];
}

const BLOCKING_KINDS = new Set(['role', 'title', 'rank', 'given-name']);
const PLURAL_HEADS = new Set(['وزرای', 'سفیران', 'نمایندگان', 'اعضای', 'مقامات', 'مقام‌ها'].map(entityKey));
const COUNTERPART = new Set(['همتای', 'همتا', 'همتایان'].map(entityKey));
/** Whether token `i` is one of {@link COUNTERPART}, remembered per word. */
const isCounterpart = wordTest((key) => COUNTERPART.has(key));
const DROPPED = new Set(['امور']);
/** First words of an organization's name: an ORG the tagger found without them after an office is part of the office (`وزیر امور خارجه`). */
export const INSTITUTIONS: ReadonlySet<string> = new Set(`وزارت سازمان شرکت بانک دانشگاه ستاد نیروی نیروهای قرارگاه شورای مجلس کمیسیون دفتر مرکز اداره اتحادیه
  انجمن حزب جنبش گروه باشگاه تیم فدراسیون کمیته بنیاد موسسه مؤسسه خبرگزاری روزنامه شبکه دادگاه دادگستری دادسرای سپاه ارتش پلیس
  جمعیت هیئت هیات آژانس صندوق دیوان قوه`.split(/\s+/).filter(Boolean).map(entityKey));
/** Offices that serve another office and are named after it: `نماینده دادستان`، `معاون وزیر`، `سخنگوی رئیس‌جمهور`، `فرستاده ویژه دبیرکل`. */
const DEPENDENT_HEADS = new Set(['نماینده', 'معاون', 'مشاور', 'سخنگو', 'دستیار', 'قائم‌مقام', 'وکیل', 'فرستاده'].map(entityKey));
/** Lawyers' offices as listed: known by their client (`وکیل وی`, `وکیل مدافع ح.ک`). */
export const LAWYERS: ReadonlySet<string> = new Set(['وکیل', 'وکیل مدافع']);
/** `استان`, `شهرستان` (entity keys): a province or county left unnamed after an office's words. */
const PROVINCE_WORDS = new Set(['استان', 'شهرستان'].map(entityKey));
/** Bodies that belong to a larger one named right after them (`مرکز`, `اداره`, `دفتر` of a ministry). */
const SUB_BODIES = new Set(['مرکز', 'اداره', 'دفتر'].map(entityKey));
/** Bodies a centre or bureau belongs to: `وزارت بهداشت`, `سازمان ...`, `دانشگاه ...`. */
const PARENT_BODIES = new Set(['وزارت', 'سازمان', 'دانشگاه'].map(entityKey));
/** `دو وزیر`, `چند نماینده` (and any count: `هشت عضو`, `۱۲ نماینده`): an office counted is several people. */
const COUNTED = new Set(['دو', 'سه', 'چهار', 'پنج', 'چند', 'برخی', 'همه', 'تمام', 'سایر'].map(entityKey));
/** `رژیم` (entity key): `این رژیم` is the regime named before, the office's whatever words come between. */
const REGIME = entityKey('رژیم');
/** Demonstratives before an office that take up someone named before: `این دیپلمات روس`. */
const ANAPHORIC = new Set(['این', 'همین']);
const MODIFIERS = new Set(['سابق', 'ارشد', 'موقت', 'وقت', 'جدید', 'پیشین', 'اسبق'].map(entityKey));

/** Everything a role phrase may absorb, looked up by first token. */
export interface RoleSurroundings {
  names: ReadonlyMap<number, NameMention>;
  /** The country the text last named before token `i` (for `این کشور`). */
  lastCountry(i: number): string | undefined;
  /**
   * The latest organization named before token `i` whose name as written or as listed opens with one of `heads` (any when
   * empty; `باشگاه` for `پرسپولیس`): for `این نهاد`; none where a body of that noun left unnamed stands nearer.
   */
  lastOrganization?(i: number, heads: readonly string[]): NameMention | undefined;
}

/** Parts of speech that never complete an office. */
const NOT_COMPLETING = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'NUM', 'PART', 'ADV']);

/** Words of comparison that, before `از`, measure something (`بیش از یک سال`), never an office's words. */
/** Adjectives said of a subject, with what it is ready, bound or able to do after them: never an office's word (`وزیر آماده حضور ... است`). */
const PREDICATE_ADJECTIVES = new Set(['آماده', 'موظف', 'مکلف', 'مایل', 'قادر', 'حاضر', 'ناچار', 'مجبور', 'ناتوان', 'مصمم', 'متعهد', 'خواهان'].map(entityKey));
/** Indefinite spans of time (`ساعاتی بعد`، `دقایقی پیش`): when, never an office's word (`سخنگوی کاخ کرملین ساعاتی بعد ...`). */
const SPANS_OF_TIME = new Set(['ساعاتی', 'دقایقی', 'لحظاتی', 'مدتی', 'ساعتی', 'دقیقه‌ای', 'روزی', 'هفته‌ای'].map(entityKey));
/** Adverbs of how often or when, which the tagger may call nouns (`بارها`): never an office's word (`وزیر کار بارها قول داده بود`). */
const ADVERBS_OF_TIME = new Set(['بارها', 'همواره', 'همیشه', 'هرگز', 'اخیرا', 'اخیراً', 'قبلا', 'قبلاً', 'پیشتر', 'پیش‌تر', 'مجددا', 'مجدداً', 'بلافاصله', 'سرانجام', 'بعدها'].map(entityKey));
const COMPARATIVES = new Set(['بیش', 'بیشتر', 'کمتر', 'فراتر', 'فزون‌تر'].map(entityKey));

/** Pronouns after `وکیل` that name the lawyer's client: `وکیل وی`. */
const CLIENT_PRONOUNS = new Set(['وی', 'او', 'ایشان']);

/** After `وکیل این`: the end of the people it points to (`دو فعال`: a count, then up to three nouns and adjectives), or `j` when there are none. */
function clientEnd(context: EntityContext, j: number, to: number, names: ReadonlyMap<number, NameMention>): number {
  let k = j;
  if (k < to && (COUNTED.has(context.keys[k]) || isCount(context, k))) k++;
  // nouns and adjectives, a person noun too (`فعال`, `متهم`), but no name
  // (not the word of a compound verb of the lawyer's own: `وکیل این فعال کارگری خواستار ... شد`)
  while (k < to && k - j < 3 && !names.has(k) && (context.tokens[k].pos === 'NOUN' || context.tokens[k].pos === 'ADJ') && !beforeLightVerb(context, k) && !OPEN_BEFORE_BECAME.has(context.keys[k]) && !PREDICATE_ADJECTIVES.has(context.keys[k])) k++;
  return k > j && !(COUNTED.has(context.keys[k - 1]) || isCount(context, k - 1)) ? k : j;
}

/** Where `یکی از متهمان`, `دو تن از متهمان`, `سه نفر از محکومان` starting at `j` ends, or `j`. */
function someOfGroupEnd(context: EntityContext, j: number, to: number): number {
  let k = j;
  if (context.keys[k] === 'یکی') k++;
  else if (isCount(context, k)) k += context.keys[k + 1] === 'تن' || context.keys[k + 1] === 'نفر' ? 2 : 1;
  else return j;
  return k + 1 < to && context.keys[k] === 'از' && isPluralPersonNoun(context.keys[k + 1]) ? k + 2 : j;
}

/** Whether the office so far ends on a body's head word alone (`شرکت`, as a word or a one-word organization) just before `j`. */
function bareBody(context: EntityContext, phrase: RolePhrase, words: readonly string[], j: number): boolean {
  const body = phrase.organization;
  if (body) return body.last === j && body.last - body.first === 1 && INSTITUTIONS.has(context.keys[body.first]);
  return words.length > 0 && INSTITUTIONS.has(entityKey(words[words.length - 1]));
}

/** `مردم` (entity key): `نماینده مردم بروجرد`. */
const PEOPLE = entityKey('مردم');

/** `مدافع` (entity key): `وکیل مدافع`, a defence lawyer. */
const DEFENDING = entityKey('مدافع');

/** Office heads that are adjectives too (entity keys): `مهاجم` a striker or attacking, `مدافع` a defender or defending. */
const ADJECTIVAL_HEADS = new Set(['مهاجم', DEFENDING]);

/**
 * Nouns (entity keys, singular; their plurals in `ها` too) of what attacks or defends, which `مهاجم`/`مدافع` after them
 * describe (`پهپاد مهاجم`، `نیروهای مدافع`، `قهرمان مدافع`); after other nouns they name a person (`هویت مهاجم`، `خانه مهاجم`).
 */
const ARMED_THINGS = ['پهپاد', 'جنگنده', 'هواپیما', 'هواپیمای', 'بالگرد', 'ناو', 'ناوچه', 'شناور', 'قایق', 'موشک', 'نیرو', 'نیروی', 'یگان', 'ارتش', 'قهرمان'].map(entityKey);

/** Whether the key names something that attacks or defends, singular or plural (`پهپاد`، `پهپادهای`). */
function isArmedThing(key: string | undefined): boolean {
  return !!key && ARMED_THINGS.some((thing) => key === thing || key === `${thing}ها` || key === `${thing}های`);
}

/** Whether an office's words so far are none or only `مدافع` (`وکیل مدافع`). */
function onlyDefending(words: readonly string[]): boolean {
  return words.every((w) => entityKey(w) === DEFENDING);
}

/** Where a defendant by rank at `j` ends (`متهم ردیف اول`), or undefined. */
function rankedDefendant(context: EntityContext, j: number, to: number): number | undefined {
  const described = descriptionAt(context, j, to);
  return described?.ranked ? described.last : undefined;
}

/** Past stems of the light verbs of compound verbs (`تصمیم گرفت`, `جلسه گذاشتیم`, `ارائه نکند`); not `شد` (`وزیر کشور شد`). */
const LIGHT_VERB_LEMMAS = new Set(['کرد', 'نمود', 'داد', 'گرفت', 'گذاشت', 'زد', 'ساخت', 'یافت', 'آورد', 'کشید', 'بست']);

/** Nouns that make a compound verb with `گفتن` (`سخن گفت`, `پاسخ گفت`); `گفت` after any other noun is a verb of saying (`وزیر کشور گفت`). */
const SAID_NOMINALS = new Set(['سخن', 'پاسخ', 'تبریک', 'تسلیت', 'خوشامد', 'خیرمقدم'].map(entityKey));

/** Forms of `شدن`, the light verb of compounds whose noun may stand far before it (`خواستار دخالت وزیر کار شد`). */
const BECAME = new Set(['شد', 'شدند', 'شده']);
/** Words of compound verbs with `شدن` that take an object phrase before the verb: `خواستار X شد`, `مانع X شد`. */
const OPEN_BEFORE_BECAME = new Set(['خواستار', 'مانع', 'متوجه', 'مدعی', 'موفق'].map(entityKey));

/**
 * Whether token `j` is the nominal part of a compound verb: the next token is a light verb (`جلسه` in
 * `جلسه گذاشتیم`; `سخن` in `سخن گفت`) — but not a noun before `شد` when the compound's own word stands earlier in the
 * sentence (`خواستار دخالت وزیر کار شد`: `کار` is the minister's).
 */
function beforeLightVerb(context: EntityContext, j: number): boolean {
  const next = context.tokens[j + 1];
  if (BECAME.has(context.keys[j + 1] ?? '') && context.tokens[j].pos === 'NOUN' && opensBeforeBecame(context, j)) return false;
  if (FUTURE_AUXILIARIES.has(context.keys[j + 1] ?? '')) {
    // `استعفا نخواهد داد`: the future's auxiliary stands between the noun and its light verb
    const verb = context.tokens[j + 2];
    if (verb?.lemma !== undefined && LIGHT_VERB_LEMMAS.has(verb.lemma)) return true;
  }
  if (next?.lemma === 'گفت' && SAID_NOMINALS.has(context.keys[j])) return true;
  return LIGHT_VERBS.has(context.keys[j + 1] ?? '') || (next?.pos === 'VERB' && next.lemma !== undefined && LIGHT_VERB_LEMMAS.has(next.lemma));
}

/** Whether a word of {@link OPEN_BEFORE_BECAME} stands at most eight tokens before `j`, with no verb or sentence end between. */
function opensBeforeBecame(context: EntityContext, j: number): boolean {
  for (let k = j - 1; k >= 0 && j - k <= 8; k--) {
    if (OPEN_BEFORE_BECAME.has(context.keys[k])) return true;
    if (context.tokens[k].pos === 'VERB' || context.keys[k] === '.') return false;
  }
  return false;
}

/**
 * Whether token `j` carries the indefinite ی (`برنامه مشخصی`, `طرحی`, `برنامه‌ای`): its lemma plus ی is the word.
 * An office's words are definite, so such a word opens something else, the object of a verb.
 */
function isIndefinite(context: EntityContext, j: number): boolean {
  const { norm, lemma, pos } = context.tokens[j];
  if (lemma === undefined || lemma === norm) return false;
  // an adjective in ‌ای is relational as often (`مدیر منطقه‌ای`): only the bare ی of one (`مشخصی`) is surely indefinite
  return pos === 'ADJ' ? norm === `${lemma}ی` : pos === 'NOUN' && (norm === `${lemma}ی` || norm === `${lemma}‌ای`);
}

function completes(context: EntityContext, j: number, to: number, names: ReadonlyMap<number, NameMention>): boolean {
  if (j >= to || context.tokens[j].kind !== 'word' || STOP_WORDS.has(context.keys[j]) || names.has(j)) return false;
  const pos = context.tokens[j].pos;
  if (relationalBeforeBody(context, j, names)) return true;
  if ((pos && NOT_COMPLETING.has(pos)) || LIGHT_VERBS.has(context.keys[j]) || beforeLightVerb(context, j) || context.keys[j].startsWith('می')) return false;
  // a day is when, never what office: `وزیر کار سه‌شنبه ...`
  if (WEEKDAYS.has(context.keys[j]) || RELATIVE_DAYS.has(context.keys[j]) || SPANS_OF_TIME.has(context.keys[j]) || ADVERBS_OF_TIME.has(context.keys[j])) return false;
  // a comparison opens what follows, never the office: `وزیر بیش از یک سال فرصت داشت`
  if (COMPARATIVES.has(context.keys[j]) && context.keys[j + 1] === 'از') return false;
  // what is said of the office-holder: `وزیر آماده حضور است`, an adjective before its verb (`وزیر قانع‌کننده نبود`)
  if (PREDICATE_ADJECTIVES.has(context.keys[j])) return false;
  // the nominal part of a saying verb opens the predicate: `در نامه‌ای به وزیر بهداشت خواستار ... شد`، `مقامات اماراتی قول همکاری دادند`
  if (SAYING_VERB_NOUNS.has(context.keys[j])) return false;
  if (pos === 'ADJ' && !MODIFIERS.has(context.keys[j]) && (context.tokens[j + 1]?.pos === 'VERB' || context.tokens[j + 1]?.pos === 'AUX')) return false;
  const match = longestMatchAt(context.resources.gazetteer, context.keys, j, to);
  if (match && entryOfKind(match.entries, BLOCKING_KINDS)) return false;
  return context.keys[j] !== 'کشورمان' && context.keys[j] !== 'همتای';
}

/**
 * Whether token `j`, read as a second-person verb (`می` + stem + `ی`, `میدانی` → دانستن), is a
 * relational adjective before a body instead (`فرمانده میدانی ارتش`): news text hardly ever says
 * «you», and a body's name follows it.
 */
function relationalBeforeBody(context: EntityContext, j: number, names: ReadonlyMap<number, NameMention>): boolean {
  const key = context.keys[j];
  if (context.tokens[j].pos !== 'VERB' || key.length < 5 || !key.startsWith('می') || !key.endsWith('ی')) return false;
  return names.get(j + 1)?.type === 'ORG' || INSTITUTIONS.has(context.keys[j + 1] ?? '');
}

/**
 * The office phrase starting at token `i`, or undefined: a role head (from the gazetteer) or
 * `همتای`, then up to four completing words (six in a list of portfolios), then an organization, a place or a country
 * (`کشورمان` → the home country, `این کشور` → the last country named, a demonym: `ترکیه‌ای`).
 * `سخنگوی وزارت خارجه روسیه` → `{role: 'سخنگو', organization: وزارت خارجه, country: 'RUS'}`.
 * `afterName`: the phrase follows a person's name, where an ambiguous head with words completing
 * it is an office (`زهرا موسوی‌راد عضو هیئت علمی ...`).
 */
export function rolePhraseAt(context: EntityContext, i: number, to: number, around: RoleSurroundings, afterName = false): RolePhrase | undefined {
  const counterpart = isCounterpart(context.keys, context.words, i);
  const match = counterpart ? undefined : longestMatchAt(context.resources.gazetteer, context.keys, i, to, ROLE_KINDS);
  const entry = match && entryOfKind(match.entries, ROLE_KINDS);
  if (!counterpart && (!entry || around.names.has(i))) return undefined;
  // a participle before its auxiliary is a verb, no office: `فرستاده می‌شود`
  const next = context.tokens[match ? match.last : i + 1];
  if (next && (next.pos === 'VERB' || next.pos === 'AUX') && context.tokens[i].pos !== 'NOUN' && context.tokens[i].pos !== 'PROPN') return undefined;
  const phrase: RolePhrase = {
    first: i, last: match ? match.last : i + 1, head: entry ? entry.canonical : 'همتا', role: '', complement: [],
    ...(entry?.subtype ? { sector: entry.subtype } : {}), ...(entry?.country ? { country: entry.country } : {}),
    ...(counterpart ? { counterpart } : {}),
    ...(ANAPHORIC.has(context.keys[i - 1] ?? '') ? { anaphoric: true } : {}),
    ...(PLURAL_HEADS.has(context.keys[i]) || context.keys[i] === 'همتایان' || COUNTED.has(context.keys[i - 1] ?? '') || isCount(context, i - 1) ? { plural: true } : {}),
  };
  const words: string[] = [];
  let inner: RolePhrase | undefined;
  let country: NameMention | undefined;
  let regime: string | undefined;
  // whether a person named after the office owns its words (`مدیر برنامه‌های ایوان پتروویچ`)
  let owned = false;
  let j = phrase.last;
  // where the head's own words end (`معاون اول`): what an office that serves another has between them is adjectives
  const headEnd = phrase.last;
  // the head's first word (`معاون` of `معاون اول`), by which offices that serve or are posted are known
  const headWord = entityKey(phrase.head.split(' ')[0]);
  while (j < to) {
    const name = around.names.get(j);
    const key = context.keys[j];
    // an office the lists give whole with its country (`امیر قطر`، `رهبر انقلاب`) takes no more words but a modifier,
    // or where it is posted (`نماینده ولی فقیه در استان`)
    if (entry?.country && !MODIFIERS.has(key) && !(key === 'در' && POSTED_HEADS.has(headWord))) break;
    if (name?.type === 'ORG' && (!name.entry || name.entry.derived) && !INSTITUTIONS.has(key) && !phrase.organization && contentWords(words) < 4) {
      (phrase.absorbed ??= []).push(name);
      if (phrase.head === 'وزیر') nameMinistry(context, name);
      const absorbed = absorb(context, name, words);
      j = absorbed ? absorbed.place.last : name.last;
      if (absorbed) {
        phrase.country = absorbed.place.entry?.country;
        (phrase.revealed ??= []).push(absorbed.place);
        break;
      }
    } else if (name?.type === 'ORG' && !phrase.organization) {
      takeOrganization(context, phrase, name, to, around.names);
      if (name.entry?.country) phrase.country = name.entry.country;
      j = name.last;
    } else if (name?.type === 'ORG' && phrase.organization?.last === j && SUB_BODIES.has(context.keys[phrase.organization.first]) && PARENT_BODIES.has(key)) {
      // `رئیس مرکز مدیریت بیماری‌های واگیر وزارت بهداشت`: a centre or bureau named with the ministry it belongs to; the
      // office is the centre's, its mention runs to the ministry's end
      j = name.last;
      break;
    } else if (name?.type === 'LOC') {
      if (name.entry?.kind === 'country') phrase.country = name.entry.country;
      else if (name.entry) [phrase.place, phrase.country] = [name.entry.canonical, name.entry.country ?? phrase.country];
      // a place the lists do not know whole takes the country its words name (`سخنگوی دولت عراق`)
      else phrase.country = countryInWords(context, name.first, name.last) ?? phrase.country;
      j = name.last;
      // `فرمانده ناوگروه اقیانوس آرام روسیه`: a region of no country, then the country whose office it is
      const owner = name.entry?.kind !== 'country' && !name.entry?.country ? around.names.get(j) : undefined;
      if (owner?.type === 'LOC' && owner.entry?.kind === 'country') {
        phrase.country = owner.entry.country;
        j = owner.last;
        break;
      }
      // `نماینده مردم سردشت و پیرانشهر`: a representative's constituency may be two towns or more
      if (headWord === REPRESENTATIVE) j = constituencyEnd(context, j, to, around.names);
      // `نماینده مردم شیراز در مجلس`: the house a representative sits in, named by its common noun
      if (headWord === REPRESENTATIVE && context.keys[j] === 'در' && PARLIAMENTS.has(context.keys[j + 1] ?? '') && !around.names.has(j + 1) && !GATHERINGS.has(context.keys[j + 2] ?? '')) {
        words.push(...context.tokens.slice(name.first, j).map((t) => t.norm), 'در', context.tokens[j + 1].norm);
        j += 2;
        break;
      }
      // `سفیر ایران در مسکو`، `کاردار ایران در استکهلم`: a country's envoy, posted in a place
      const post = context.keys[j] === 'در' ? around.names.get(j + 1) : undefined;
      // (only an office one is posted in: `رئیس‌جمهور لبنان در نیویورک` is where the president is, not his office)
      if (name.entry?.kind === 'country' && post?.type === 'LOC' && post.entry && post.entry.kind !== 'country' && POSTED_HEADS.has(headWord)) {
        // the country stays in the office's words so that its name reads `سفیر ایران در مسکو`
        words.push(...context.tokens.slice(name.first, name.last).map((t) => t.norm), 'در', ...context.tokens.slice(post.first, post.last).map((t) => t.norm));
        j = post.last;
      } else if (post?.type === 'ORG' && !phrase.organization) {
        // `نماینده مردم بروجرد در مجلس شورای اسلامی`, `سفیر ایران در سازمان ملل`: the body the office sits in
        takeOrganization(context, phrase, post, to, around.names);
        j = post.last;
      }
      break;
    } else if (key === 'در' && phrase.organization && (!phrase.organization.entry?.country || POSTED_HEADS.has(entityKey(phrase.head))) && postedIn(around.names.get(j + 1))) {
      // `نماینده سازمان جهانی بهداشت در تهران`، `سخنگوی یونیسف در یمن`: an international body's officer posted in a place,
      // and anyone's correspondent or envoy (`خبرنگار المیادین در جنوب لبنان`); a national body's spokesman `در واشنگتن` is where he spoke
      const post = around.names.get(j + 1) as NameMention;
      words.push('در', ...context.tokens.slice(post.first, post.last).map((t) => t.norm));
      j = post.last;
      break;
    } else if (key === 'در' && !phrase.organization && around.names.get(j + 1)?.type === 'ORG' && (entityKey(words[0] ?? '') === PEOPLE || UNNAMED_OFFICIALS.has(headWord))) {
      // `نماینده مردم مبارکه در مجلس شورای اسلامی`: the people's representative sits in a body; an unnamed
      // official is known by the body he serves in (`دیپلمات آگاه در وزارت امور خارجه`)
      const body = around.names.get(j + 1) as NameMention;
      takeOrganization(context, phrase, body, to, around.names);
      j = body.last;
      break;
    } else if (key === 'در' && !phrase.organization && (around.names.get(j + 1)?.type === 'LOC' || PLACE_CLASSIFIERS.has(context.keys[j + 1] ?? ''))) {
      // `نماینده مردم بروجرد در مجلس`, `هماهنگ‌کننده ... در سودان`; after an organization `در بحرین` is where it is, not the office
      words.push('در');
      j++;
      if (around.names.get(j)?.type !== 'LOC') words.push(context.tokens[j++].norm);
    } else if (key === 'کشورمان') {
      phrase.country = context.homeCountry;
      j++;
      // `سرکنسول کشورمان در کویته`: the home country's envoy, posted in a place
      const post = context.keys[j] === 'در' ? around.names.get(j + 1) : undefined;
      if (post?.type === 'LOC' && post.entry && post.entry.kind !== 'country' && POSTED_HEADS.has(entityKey(phrase.head))) {
        // the office reads with the country's name, as `سفیر ایران در مسکو` does
        words.push(context.resources.countryNames.get(context.homeCountry) ?? key, 'در', ...context.tokens.slice(post.first, post.last).map((t) => t.norm));
        j = post.last;
      }
      break;
    } else if (key === 'این' && context.keys[j + 1] === 'کشور') {
      const country = around.lastCountry(i);
      if (country) phrase.country = country;
      j += 2;
      break;
    } else if (key === 'این' && context.keys[j + 1] === REGIME && !phrase.organization && (regime = lastRegime(context, i, around.names))) {
      // `وزیر جنگ این رژیم`: a regime rules a country, so even after other words it is the office's
      // (the regime named before, on its own or in `ارتش رژیم صهیونیستی`)
      phrase.country = regime;
      j += 2;
      break;
    } else if (LAWYERS.has(phrase.head) && !phrase.organization && onlyDefending(words) && around.names.get(key === '«' ? j + 1 : j)?.type === 'PER') {
      // `وکیل مدافع ح.ک`, `وکیل «ب.س»`: a lawyer before a name is that person's lawyer, not their office
      const client = around.names.get(key === '«' ? j + 1 : j) as NameMention;
      const written = context.tokens.slice(client.first, client.last).map((t) => t.norm);
      // initials stay as written (`ح.ک`, not `ح. ک`)
      words.push(written.length === 2 && written[0].endsWith('.') ? written.join('') : written.join(' '));
      j = context.keys[client.last] === '»' && key === '«' ? client.last + 1 : client.last;
      break;
    } else if (!phrase.organization && words.length > 0 && ofPlural(words[words.length - 1]) && around.names.get(j)?.type === 'PER') {
      // `مدیر برنامه‌های ایوان پتروویچ`: a plural in ezafe before a name is of that person, and the office someone else's
      const owner = around.names.get(j) as NameMention;
      words.push(...context.tokens.slice(owner.first, owner.last).map((t) => t.norm));
      j = owner.last;
      owned = true;
      break;
    } else if (key === '«' && bareBody(context, phrase, words, j)) {
      // `مدیرعامل شرکت «آریان خودرو توس»`: a body's name in « » after its head word is the office's
      const close = context.keys.indexOf('»', j);
      if (close < 0 || close >= to || close - j > 6) break;
      const body = phrase.organization;
      if (body) {
        // the organization is the name in « » (`آریان خودرو توس`), its head word the office's
        words.push(context.tokens[body.first].norm);
        body.first = j + 1;
        body.last = close;
        body.text = context.tokens.slice(body.first, body.last).map((t) => t.norm).join(' ');
        if (body.entry?.derived) body.entry = { ...body.entry, canonical: body.text };
      } else {
        // the name in « » found as an organization of its own (`quotedBodyNames`) is the office's body
        const named = around.names.get(j + 1);
        if (named?.type === 'ORG' && named.last === close) phrase.organization = named;
        else for (let k = j; k <= close; k++) words.push(context.tokens[k].norm);
      }
      j = close + 1;
      break;
    } else if (LAWYERS.has(phrase.head) && onlyDefending(words) && !phrase.organization && someOfGroupEnd(context, j, to) > j) {
      // `وکیل دو تن از متهمان`، `وکیل یکی از محکومان`: a lawyer of some of a group is known by them
      const end = someOfGroupEnd(context, j, to);
      for (let k = j; k < end; k++) words.push(context.tokens[k].norm);
      j = end;
      break;
    } else if (LAWYERS.has(phrase.head) && words.length === 0 && !phrase.organization && (CLIENT_PRONOUNS.has(key) || rankedDefendant(context, j, to) || (key === 'این' && clientEnd(context, j + 1, to, around.names) > j + 1))) {
      // `وکیل وی`، `وکیل این دو فعال`، `وکیل متهم ردیف اول`: a lawyer is known by the client the words after point to
      const ranked = CLIENT_PRONOUNS.has(key) ? undefined : rankedDefendant(context, j, to);
      if (ranked !== undefined) phrase.client = { first: j, last: ranked };
      const end = CLIENT_PRONOUNS.has(key) ? j + 1 : ranked ?? clientEnd(context, j + 1, to, around.names);
      for (let k = j; k < end; k++) words.push(context.tokens[k].norm);
      j = end;
      break;
    } else if (key === 'این' && !phrase.organization && words.length === 0 && j + 1 < to) {
      // right after the head: `سخنگوی این نهاد`, the body named before; `سخنگوی این رزمایش`, the office of this one
      // (after other words `این` qualifies them: `نماینده کارگران این شرکت` is no officer of the company)
      const noun = demonstrativeNoun(context, j + 1, to, around.names);
      if (noun === undefined) break;
      // (a noun of no listed institution takes up a body whose name opens with it, bare or with its ezafe:
      // `نیروی موقت سازمان ملل ... سخنگوی این نیرو`)
      const heads = INSTITUTION_KEYS.get(noun) ?? [noun, entityKey(`${context.tokens[j + 1].norm}ی`)];
      const body = around.lastOrganization?.(i, heads);
      if (body) {
        phrase.organization = body;
        if (body.entry?.country) phrase.country = body.entry.country;
      } else {
        words.push('این', context.tokens[j + 1].norm);
        phrase.demonstrative = true;
      }
      j += 2;
      break;
    } else if (key === 'این' && !phrase.organization && words.length > 0 && j + 1 < to && INSTITUTION_KEYS.has(demonstrativeNoun(context, j + 1, to, around.names) ?? '')) {
      // after other words `این` + a body's noun: whose people the words name (`نماینده کارگران این شرکت`, the
      // words' own), else the office's body named before (`معاون امور بین‌الملل این وزارتخانه`)
      if (words.some((w) => isPluralPersonNoun(entityKey(w)))) words.push('این', context.tokens[j + 1].norm);
      else {
        const body = around.lastOrganization?.(i, INSTITUTION_KEYS.get(context.keys[j + 1]) ?? []);
        if (!body) break;
        phrase.organization = body;
        if (body.entry?.country) phrase.country = body.entry.country;
      }
      j += 2;
      break;
    } else if ((country = countryNameAt(context, j, to))) {
      // `وزیر خارجه اردن`، `سفیر عمان`: a country name the tagger passed over (an everyday word too) still places the office
      phrase.country = country.entry?.country;
      (phrase.revealed ??= []).push(country);
      j = country.last;
      break;
    } else if (demonymAt(context, j, to)) {
      phrase.country = demonymAt(context, j, to);
      j++;
      // a referee's or player's match after his nationality: `داور ژاپنی دیدار`، `داور کره‌ای مسابقه`
      if (phrase.sector === 'SPORT' && MATCHES.has(context.keys[j] ?? '')) words.push(context.tokens[j++].norm);
      // a coach's or player's club after his nationality is the office's body, the nationality stays his
      // (`سرمربی کروات پرسپولیس، میلان ستانکوویچ،`)
      else if (phrase.sector === 'SPORT' && !phrase.organization && around.names.get(j)?.type === 'ORG') {
        const club = around.names.get(j) as NameMention;
        takeOrganization(context, phrase, club, to, around.names);
        j = club.last;
      }
      break;
    } else if (!phrase.organization && DEPENDENT_HEADS.has(headWord) && (onlyAdjectives(context, headEnd, j) || (DEPUTIES.has(headWord) && portfolio(context, headEnd, j, around.names))) && (inner = rolePhraseAt(context, j, to, around)) && !inner.plural && !inner.counterpart) {
      // (a deputy's portfolio may come between: `معاون امور اقتصادی استاندار خوزستان`، `معاون سیاسی و امنیتی استاندار`)
      // `نماینده دادستان`، `معاون وزیر خارجه`، `معاون سیاسی استاندار مرکزی`، `معاون اول رئیس‌جمهور`: an office that serves another office takes it in whole
      for (let k = j; k < inner.last; k++) words.push(context.tokens[k].norm);
      Object.assign(phrase, inner.organization ? { organization: inner.organization } : {}, inner.country ? { country: inner.country } : {}, inner.place ? { place: inner.place } : {});
      j = inner.last;
      break;
    } else if (words.length > 0 && !phrase.organization && !phrase.place && PROVINCE_WORDS.has(key) && !around.names.has(j + 1) && context.tokens[j + 1]?.pos !== 'PROPN') {
      // `مدیرکل تعاون، کار و رفاه اجتماعی استان`, `مدیرکل برنامه و بودجه استان`: a bare `استان` after the office's
      // words is the province the report is about, and the office's
      words.push(context.tokens[j].norm);
      j++;
      break;
    } else if (!phrase.organization && isIndefinite(context, j) && !words.includes('و')) {
      // (in a list of portfolios the ی is relational: `وزیر بهداشت، درمان و آموزش پزشکی`)
      // `وزیر برنامه مشخصی ارائه نکند`: an indefinite word and the noun it qualifies are a verb's object
      if (words.length > 0 && entityKey(words[words.length - 1]) !== 'امور') {
        words.pop();
        j--;
      }
      break;
    } else if (!phrase.organization && words.length > 0 && !words.some((w) => INSTITUTIONS.has(entityKey(w))) && afterDescribingAdjective(context, j)) {
      // `داور ویدئویی نتیجه بازی را تغییر داد`: after an adjective, a common noun opens the next phrase
      break;
    } else if (!phrase.organization && contentWords(words) < (words.includes('،') ? MOST_LISTED_WORDS : MOST_WORDS) && (completes(context, j, to, around.names) || MODIFIERS.has(key))) {
      words.push(context.tokens[j].norm);
      j++;
    } else if (!phrase.organization && words.length > 0 && (key === 'و' || (key === '،' && inList(context, j))) && completes(context, j + 1, to, around.names)) {
      words.push(key === 'و' ? 'و' : '،');
      j++;
    } else if (!phrase.organization && key === 'و' && words.includes('،') && unlistedBody(around.names.get(j + 1))) {
      // `مدیرکل تعاون، کار و رفاه اجتماعی استان مرکزی`: the last portfolio of a list, which the tagger took for a
      // body's name, is the office's (the branch above absorbs it)
      words.push('و');
      j++;
    } else break;
  }
  // a head that is also a common word (`عضو`، `داور`) is an office with its organization or place, or in apposition to a name
  if (entry?.ambiguous && !phrase.organization && !phrase.place && !owned && !(afterName && words.length > 0)) return undefined;
  // so is `مهاجم` or `مدافع` with nothing after it right after a noun of what attacks or defends: it describes that
  // noun (`پهپاد مهاجم را سرنگون کرد`; not `اخراج مدافع سرخپوشان`، `هویت مهاجم`, the person's)
  if (ADJECTIVAL_HEADS.has(context.keys[i]) && !afterName && words.length === 0 && !phrase.organization && !phrase.place && isArmedThing(context.keys[i - 1])) return undefined;
  // `دیپلمات ایرانی حاضر در این سفر`: the words that place the office-holder are the office's
  // (after an organization they place it: `سخنگوی ناوگان پنجم آمریکا مستقر در بحرین`)
  const placed = phrase.organization ? undefined : placedEnd(context, j, to, (k) => around.names.get(k));
  if (placed !== undefined) {
    for (let k = j; k < placed; k++) words.push(context.tokens[k].norm);
    j = placed;
  }
  const affairs = affairsEnd(context, j, to, around.names);
  if (affairs !== undefined) {
    for (let k = j; k < affairs; k++) words.push(context.tokens[k].norm);
    j = affairs;
  }
  phrase.last = j;
  phrase.complement = words.map(entityKey).filter((k) => !DROPPED.has(k) && k !== '،' && k !== 'و' && k !== 'این');
  phrase.role = [phrase.head, ...words].join(' ').replace(/ ،/g, '،');
  return phrase;
}

/**
 * Whether token `j` is a common noun right after an adjective that completed an office (`ویدئویی` in
 * `داور ویدئویی نتیجه بازی`): the office ended with the adjective. A body's head word goes on
 * (`عضو هیئت علمی دانشگاه`), and so do `سابق`, `ارشد` and the like (`وزیر سابق نفت`).
 */
function afterDescribingAdjective(context: EntityContext, j: number): boolean {
  const previous = context.tokens[j - 1];
  // a relational adjective the tagger called a noun: the noun's lemma and ی (`ویدئویی` of `ویدئو`)
  const relational = previous.pos === 'PROPN' && previous.lemma !== undefined && /^(?:ی|یی|‌ای)$/.test(previous.norm.slice(previous.lemma.length)) && previous.norm.startsWith(previous.lemma);
  return (previous.pos === 'ADJ' || relational) && !MODIFIERS.has(context.keys[j - 1]) && context.tokens[j].pos === 'NOUN' && !INSTITUTIONS.has(context.keys[j]);
}

/** Whether an office's word is a plural noun in ezafe (`برنامه‌های`، `امورهای`), which the name after it owns. */
function ofPlural(word: string): boolean {
  const key = entityKey(word);
  return key.length > 4 && key.endsWith('های');
}

/** `امور` (entity key), the affairs an office is charged with. */
const AFFAIRS = entityKey('امور');
/** Most words of the affairs an office is charged with (`نفت و گاز`, `حقوق بشر ایران`), `و` not counted. */
const MOST_AFFAIRS_WORDS = 4;

/**
 * Where `در امور ...` at `j` ends, the affairs an office is charged with (`معاون وزیر نفت در امور بین‌الملل`،
 * `فرستاده ویژه سازمان ملل در امور یمن`، `معاون رئیس کابینه در امور نفت و گاز`): words that complete an office
 * and places, joined by `و`; undefined when no `در امور` stands there.
 */
function affairsEnd(context: EntityContext, j: number, to: number, names: ReadonlyMap<number, NameMention>): number | undefined {
  if (context.keys[j] !== 'در' || context.keys[j + 1] !== AFFAIRS) return undefined;
  let k = j + 2;
  let count = 0;
  while (k < to && count < MOST_AFFAIRS_WORDS) {
    const place = names.get(k);
    if (place?.type === 'LOC') k = place.last;
    else if (completes(context, k, to, names)) k++;
    else if (context.keys[k] === 'و' && count > 0 && completes(context, k + 1, to, names)) {
      k++;
      continue;
    } else break;
    count++;
  }
  return count > 0 ? k : undefined;
}

/** Whether a name is a body's the lists do not know (the tagger's), which an office's words may absorb. */
function unlistedBody(name: NameMention | undefined): boolean {
  return name?.type === 'ORG' && (!name.entry || name.entry.derived === true);
}

/** Most words an office takes after its head (`و` and `،` not counted); more in a list of portfolios (`اداره کل تعاون، کار و رفاه اجتماعی`). */
const MOST_WORDS = 4;
const MOST_LISTED_WORDS = 6;

/**
 * Whether the comma at `j` goes on with a list of an office's portfolios: one word, then `و` or another
 * comma (`وزیر تعاون، کار و رفاه اجتماعی`), no people; not a clause after the office (`به گفته این وکیل دادگستری، دادگاه ...`).
 */
function inList(context: EntityContext, j: number): boolean {
  const after = context.keys[j + 2];
  // people are no portfolio: `به گفته وزیر کشور، مردم و مسئولان باید ...`
  if (context.keys[j + 1] === PEOPLE || isPluralPersonNoun(context.keys[j + 1] ?? '')) return false;
  return after === 'و' || after === '،';
}

/** The office's words so far, `و` and `،` not counted (`تعاون، کار و رفاه` is three). */
function contentWords(words: readonly string[]): number {
  let count = 0;
  for (const w of words) if (w !== 'و' && w !== '،') count++;
  return count;
}

/** `نماینده` (entity key), whose constituency and house complete the office. */
const REPRESENTATIVE = entityKey('نماینده');
/** Common nouns of the house a representative sits in: `نماینده مردم شیراز در مجلس`. */
const PARLIAMENTS = new Set(['مجلس', 'پارلمان'].map(entityKey));
/** What a `مجلس` is when a noun of a gathering follows it (`در مجلس ختم`، `مجلس ترحیم`): a ceremony, no house. */
const GATHERINGS = new Set(['ختم', 'ترحیم', 'عزا', 'عزاداری', 'یادبود', 'بزرگداشت', 'جشن', 'سوگواری'].map(entityKey));

/**
 * Where a representative's constituency that goes on after its first place at `j` ends: `و` and
 * another place, as often as written (`نماینده کنگان و عسلویه`، `نماینده مردم سردشت و پیرانشهر`), or a
 * list set off by commas that `و` closes (`نماینده مردم بوشهر، گناوه، دیلم و دیر`); towns the lists do not
 * know count, one word each, when the house the representative sits in follows the list (`... و دیر در
 * مجلس`); `j` when none.
 */
function constituencyEnd(context: EntityContext, j: number, to: number, names: ReadonlyMap<number, NameMention>): number {
  const { keys, tokens } = context;
  // a place the lists know, or (`unknown`) one word of no other name: where it ends, or -1
  const placeAt = (t: number, unknown: boolean): number => {
    const place = names.get(t);
    if (place) return place.type === 'LOC' && place.last <= to ? place.last : -1;
    return unknown && t < to && tokens[t].kind === 'word' && keys[t] !== 'و' ? t + 1 : -1;
  };
  const housed = (t: number): boolean => keys[t] === 'در' && PARLIAMENTS.has(keys[t + 1] ?? '');
  // the list after `k`: places after commas, then `و` and the last; undefined when it does not close so
  const list = (k: number, unknown: boolean): number | undefined => {
    let c = k;
    while (keys[c] === '،' && placeAt(c + 1, unknown) > 0) c = placeAt(c + 1, unknown);
    if (keys[c] !== 'و' || placeAt(c + 1, unknown) < 0) return undefined;
    const end = placeAt(c + 1, unknown);
    return unknown && !housed(end) ? undefined : end;
  };
  let k = j;
  for (;;) {
    const next = list(k, false) ?? list(k, true);
    if (next === undefined) return k;
    k = next;
  }
}

/** Offices held where one is posted: a correspondent, consul, ambassador, chargé, envoy or representative `در` a place. */
const POSTED_HEADS = new Set(['خبرنگار', 'سرکنسول', 'کنسول', 'سفیر', 'کاردار', 'فرستاده', 'فرستاده ویژه', 'نماینده'].map(entityKey));

/** Offices a report leaves unnamed, known by the body they serve in (first word): `دیپلمات آگاه در وزارت امور خارجه`. */
const UNNAMED_OFFICIALS = new Set(['دیپلمات'].map(entityKey));

/** Nouns of a match (`مسابقه`, `دیدار`, `بازی`) that complete a sports office after a demonym. */
const MATCHES = new Set(['مسابقه', 'دیدار', 'بازی'].map(entityKey));

/** Deputies and advisers, whose portfolio may stand between them and the office they serve. */
const DEPUTIES = new Set(['معاون', 'مشاور', 'دستیار', 'قائم‌مقام'].map(entityKey));

/**
 * Whether `[from, to)` is a portfolio: one to three nouns, adjectives or `و`, no name (`امور اقتصادی`، `سیاسی و امنیتی`،
 * `روابط کار`), or a list of up to three adjectives with commas (`سیاسی، امنیتی و اجتماعی`).
 */
function portfolio(context: EntityContext, from: number, to: number, names: ReadonlyMap<number, NameMention>): boolean {
  const joins = (k: number): boolean => context.keys[k] === 'و' || context.keys[k] === '،';
  const listed = context.keys.slice(from, to).includes('،');
  if (to - from < 1 || to - from > (listed ? 5 : 3) || joins(from) || joins(to - 1)) return false;
  for (let k = from; k < to; k++) {
    const pos = context.tokens[k].pos;
    if (names.has(k) || (!joins(k) && pos !== 'NOUN' && pos !== 'ADJ') || (listed && !joins(k) && pos !== 'ADJ')) return false;
  }
  return true;
}

/** Whether tokens `[from, to)` are all adjectives (none at all too): `سیاسی` in `معاون سیاسی استاندار`. */
function onlyAdjectives(context: EntityContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (context.tokens[k].pos !== 'ADJ') return false;
  return true;
}

/** {@link INSTITUTION_NOUNS} under entity keys. */
const INSTITUTION_KEYS = new Map([...INSTITUTION_NOUNS].map(([noun, heads]) => [entityKey(noun), heads.map(entityKey)]));
/** Nouns of time: `وزیر خارجه این هفته گفت` is no office of a week. */
const TIME_NOUNS = new Set(['روز', 'روزها', 'هفته', 'ماه', 'سال', 'بار', 'مدت', 'زمان', 'دوره', 'روزهای', 'هفته‌های', 'ماه‌های', 'سال‌های', 'اواخر', 'اوایل', 'بین', 'میان', 'گونه', 'طور', 'جا'].map(entityKey));

/**
 * The key of the noun after `این` at `j` when it names what an office belongs to (`نهاد`، `رزمایش`،
 * `شرکت`), or undefined: a noun by its tag, neither a name nor a time (`وزیر خارجه این هفته گفت`).
 */
function demonstrativeNoun(context: EntityContext, j: number, to: number, names: ReadonlyMap<number, NameMention>): string | undefined {
  const key = context.keys[j];
  if (context.tokens[j].kind !== 'word' || context.tokens[j].pos !== 'NOUN' || names.has(j) || TIME_NOUNS.has(key) || STOP_WORDS.has(key)) return undefined;
  return key;
}

/** Makes `body` the office's organization, its span mended (see {@link fitOrganization}) and its text set. */
function takeOrganization(context: EntityContext, phrase: RolePhrase, body: NameMention, to: number, names: ReadonlyMap<number, NameMention>): void {
  fitOrganization(context, body, to, names);
  body.text ??= context.tokens.slice(body.first, body.last).map((t) => t.norm).join(' ');
  phrase.organization = body;
}

/** Whether a name after `در` is a place an office can be posted in: a city, a country or a region the gazetteer knows. */
function postedIn(name: NameMention | undefined): boolean {
  return name?.type === 'LOC' && name.entry !== undefined;
}

/**
 * Mends the tagger's span of an office's organization (in place, so the ORG name is mended too):
 * a verb it ran into is not the name's (`دبیرکل سازمان ملل خواست` → `سازمان ملل`: tagged a verb, or
 * one word past an organization the lists know that they know nothing of), and proper-noun
 * words it left off before a country are (`وزارت صحت` + `عامه` in `سخنگوی وزارت صحت عامه افغانستان`).
 */
function fitOrganization(context: EntityContext, name: NameMention, to: number, names: ReadonlyMap<number, NameMention>): void {
  let last = name.last;
  while (last - name.first > 1 && (context.tokens[last - 1].pos === 'VERB' || context.tokens[last - 1].pos === 'AUX')) last--;
  // a known organization and one word the lists know nothing of: the tagger ran on (`سازمان ملل` + `خواست`)
  const known = last === name.last ? longestMatchAt(context.resources.gazetteer, context.keys, name.first, last, ORGANIZATION_KINDS) : undefined;
  if (known && known.last === last - 1 && !longestMatchAt(context.resources.gazetteer, context.keys, last - 1, last)) {
    last--;
    const entry = entryOfKind(known.entries, ORGANIZATION_KINDS);
    if (entry && name.entry?.derived) name.entry = entry;
  }
  if (last === name.last) {
    let k = last;
    while (k < to && k - last < 2 && !names.has(k) && context.tokens[k].pos === 'PROPN' && !isPunctuation(context, k)) k++;
    const next = names.get(k);
    if (k > last && next?.type === 'LOC' && next.entry?.kind === 'country') last = k;
  }
  if (last === name.last) return;
  name.last = last;
  const text = context.tokens.slice(name.first, last).map((t) => t.norm).join(' ');
  if (name.text !== undefined) name.text = text;
  // a name the lists do not know is called by its words
  if (name.entry?.derived) name.entry = { ...name.entry, canonical: text };
}

/** `وزیر` + `امور خارجه`: the words after a minister's title name the ministry (`وزارت امور خارجه`) when the gazetteer knows it. */
function nameMinistry(context: EntityContext, name: NameMention): void {
  const words = context.tokens.slice(name.first, name.last).map((t) => t.norm).join(' ');
  const ministry = lookupPhrase(context.resources.gazetteer, `وزارت ${words}`).find((e) => e.kind === 'organization');
  if (ministry) name.entry = ministry;
}

/** Takes the words of a tagger ORG span into an office, up to a country named inside it (`خارجه ترکیه`) but a joint body's. */
function absorb(context: EntityContext, name: NameMention, words: string[]): { place: NameMention } | undefined {
  // (the countries of a joint body are its name's: `رئیس اتاق بازرگانی مشترک ایران و ترکیه`)
  const joint = jointOfCountry(context, name);
  for (let k = name.first; k < name.last; k++) {
    const place = joint ? undefined : longestMatchAt(context.resources.gazetteer, context.keys, k, name.last, COUNTRY_KINDS);
    const country = place && entryOfKind(place.entries, COUNTRY_KINDS);
    if (place && country?.country && !country.ambiguous) return { place: { first: k, last: place.last, type: 'LOC', entry: country } };
    words.push(context.tokens[k].norm);
  }
  return undefined;
}

/** The country of the last organization before token `i` with `رژیم` in its words (`ارتش رژیم صهیونیستی` → ISR), or undefined. */
function lastRegime(context: EntityContext, i: number, names: ReadonlyMap<number, NameMention>): string | undefined {
  let found: string | undefined;
  for (const name of names.values()) {
    if (name.type !== 'ORG' || name.last > i || !name.entry?.country) continue;
    if (context.keys.slice(name.first, name.last).includes(REGIME)) found = name.entry.country;
  }
  return found;
}

/** A country's name at `j` that no name span covers (`اردن`, listed as an everyday word too), as a LOC name, or undefined. */
function countryNameAt(context: EntityContext, j: number, to: number): NameMention | undefined {
  const match = longestMatchAt(context.resources.gazetteer, context.keys, j, to, COUNTRY_KINDS);
  const entry = match && entryOfKind(match.entries, COUNTRY_KINDS);
  return match && entry?.country ? { first: j, last: match.last, type: 'LOC', entry } : undefined;
}

/** The country of a demonym at `j` (`ترکیه‌ای` → TUR, `روس` → RUS), or undefined. */
export function demonymAt(context: EntityContext, j: number, to: number): string | undefined {
  if (j >= to || isPunctuation(context, j)) return undefined;
  const match = longestMatchAt(context.resources.gazetteer, context.keys, j, Math.min(to, j + 1));
  return match?.entries.find((e) => e.kind === 'demonym')?.country;
}
