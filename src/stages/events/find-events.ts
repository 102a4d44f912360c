import type { VerbTable } from '../../lexicon/verbs.js';
import { clauseStart, PREPOSITIONS, wrapperEnd } from '../clauses/find-subject.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { findPhrases, findTriggers, type Trigger, type TriggerMatch } from '../clauses/trigger-table.js';
import { FUTURE_AUXILIARIES, FUTURE_FORMS, isNegated, verbLemma } from '../clauses/verb-lemma.js';
import { matchKey } from '../clauses/match-key.js';
import { codeParty } from './code-party.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import type { Modality, PloverType } from './event-layer.js';
import { carrierMatches, chargedAct } from './carrier-verbs.js';
import { prepositionBefore, type RecipientChoice, recipientCandidates } from './recipient-features.js';
import { focusCountry, groupOf, type Party, type PartyIndex, partyStartingAt, withConjuncts } from './event-parties.js';
import { ATTACK_NOUNS, CONDITION_OPENERS, conditionSubject, isReporter, type OpposingMemory, opposingParty, rememberParties, sequenceAt } from './opposing-party.js';

/**
 * One row of the event-pattern table: the PLOVER type and the words marking the recipient, tried
 * in order — a preposition before it (`با`، `به`، `از`، `علیه`، `برای`), `را` after it, `+` the name
 * right after a verb-less phrase, `^` the subject (a passive; the agent follows `توسط`), `*` the
 * name inside the phrase's gap (`مورد استقبال X قرار گرفت`, required), `>به` the name after the next
 * `به` that follows the phrase (`سفر گروسی به تهران`), `~` the opposing party (required: see
 * {@link opposingParty}), `-` none.
 */
export interface EventPattern {
  type: PloverType;
  recipient: string[];
  /** A noun phrase whose actor follows the noun (`حملات هوایی آمریکا به ...`): both parties must be named. */
  actorAfter?: boolean;
  /**
   * A speech act read from what someone says (`«... دروغی بزرگ است»`): the actor is the speaker of
   * the quote the phrase sits in (none outside a quote); the event is asserted, since it was said.
   */
  speech?: boolean;
  /** A claim (`مدعی شد که ...`): an accusation unless the claim is about the claimant's own act. */
  claim?: boolean;
  /**
   * How the sides of a noun phrase are found. `news`: an act announced (`از امضای قرارداد ... با عراق
   * خبر داد`): the phrase must follow `از` and precede `خبر` + verb; the actor is who announces it, the
   * recipients every party of another country inside the phrase. `joint`: an act done together
   * (`رزمایش مشترک`): the actor is the subject (else the first party with a country), the recipients
   * every party of another country in the sentence. `fails`: a failure told of someone (`گفت: وزارت رفاه
   * هیچ برنامه‌ای ارائه نکرده است`): only negated (or after a negated `توانست`), an accusation by the speaker
   * (else the subject of the saying clause) against the subject of the failing clause.
   */
  actor?: 'news' | 'joint' | 'fails' | 'accepts';
  /**
   * A refusal told by a negated verb of giving or granting (`به مربیان ما روادید نداد`، `توضیحات وزیر را
   * قانع‌کننده ندانستند`، `رأی اعتماد نداد`): read only when its verb is negated, and then asserted —
   * the refusal took place (conditional, it stays hypothetical).
   */
  refusal?: boolean;
  /** An act carried by a passive light verb (`تجمعی ... برگزار شد`): its actor is only an agent named after از سوی/توسط. */
  passive?: boolean;
}

export interface FoundEvent {
  type: PloverType;
  trigger: [number, number];
  lemma: string;
  actor?: Party;
  recipient?: Party;
  modality: Modality;
  /** Read from what someone said (a speech act or a claim), not from a verb of the act itself. */
  speech?: boolean;
  /** A claim read as an accusation (`مدعی شد`). */
  claim?: boolean;
}

/**
 * What earlier sentences of the Doc tell a later one: the last two sides that met, the last attacker,
 * the parties named so far and the last claimant (for recipients named only earlier).
 */
export interface EventMemory extends OpposingMemory {
  pair?: [Party, Party];
  attacker?: Party;
}

/** Where the events of one sentence are looked for, and what they may fall back on. */
export interface EventContext {
  view: SentenceView;
  parties: PartyIndex;
  patterns: Map<string, Trigger<EventPattern>[]>;
  verbs?: VerbTable;
  /** The speaker of the quote covering a token, if any. */
  speakerAt: (token: number) => Party | undefined;
  memory: EventMemory;
  /** The gazetteer, for the country of well-known people. */
  gazetteer?: Gazetteer;
  /** ISO 3166-1 alpha-3 of the report's own country (`کشورمان`), IRN by default. */
  homeCountry: string;
  /** The country the report is about (see {@link focusCountry}), computed once when first asked. */
  focus: () => string;
  /** Told of every trigger read, kept or not (a diagnostic: `event-errors.js` tells a trigger never read from a candidate lost). */
  trace?: (candidate: { type: PloverType; first: number; verb: number }) => void;
  /** Told of every event kept, with the sides its sentence offers (`eval/recipient-chooser.ts`; see {@link recipientCandidates}). */
  candidates?: (choice: RecipientChoice) => void;
}

const CONDITIONS = [['اگر'], ['چنانچه'], ['درصورتی', 'که'], ['در', 'صورتی', 'که'], ['در', 'صورت'], ['هرگاه']];
const PLANS = [['قرار', 'است'], ['قرار', 'شد'], ['برنامه', 'دارد'], ['در', 'نظر', 'دارد']];
/** The negated future auxiliaries (`امضا نخواهد کرد`): the negation sits on them, not on the verb. */
const NEGATED_FUTURE = new Set([...FUTURE_FORMS].map((form) => 'ن' + form));
/** Words opening an embedded clause whose own subject acts: `اعلام کرد که X ...`، `گفت: X ...`. */
const CLAUSE_OPENERS = new Set(['که', ':', '؛']);
/** What may follow a participle that is a verb (`امضا شده است`، `توقیف شده و`), not an adjective (`تفاهم‌نامه‌های امضا شده در`). */
const AFTER_VERB = new Set(['است', 'اند', 'ایم', 'ام', 'اید', 'ای', 'بود', 'بودند', 'باشد', 'باشند', 'و', '،', '.', ':', '؛', '»', '!', '؟', 'شد', 'شدند', 'بوده', 'است.']);
/** Both sides of the last meeting: `دو طرف`، `طرفین`، `دو کشور`. */
const BOTH_SIDES = [['دو', 'طرف'], ['طرفین'], ['دو', 'کشور']];
/** Events whose unnamed recipient, when a home-country actor acts with no foreign party, is the home country. */
const DOMESTIC: ReadonlySet<PloverType> = new Set(['COERCE', 'REQUEST', 'CONSULT', 'ACCUSE', 'PROTEST', 'AID', 'CONCEDE', 'THREATEN']);
/** Nouns of a charge or claim (match keys): one denied at home answers someone at home. */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(['اتهام', 'اتهامات', 'ادعا', 'ادعای', 'ادعاها', 'ادعاهای'].map(matchKey));
/** Words that put the unnamed recipient abroad: `یک نفتکش خارجی`، `متحدان غربی`. */
const FOREIGN = new Set(['خارجی', 'غربی', 'بینالمللی', 'اروپایی', 'همه']);
/** Events whose town or region named is where they happen, not who they are aimed at. */
const PLACE_NO_RECIPIENT: ReadonlySet<PloverType> = new Set(['RETREAT', 'COERCE']);
/** How many words after a verb-less phrase may name what it is about. */
const VERBLESS_OBJECT = 6;
/** Events two sides do together. */
const SYMMETRIC: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** Events aimed at an opponent: with no recipient named, the opposing party (see {@link opposingParty}). */
const OPPOSED: ReadonlySet<PloverType> = new Set(['ACCUSE', 'THREATEN', 'REJECT']);
/**
 * Events that need a recipient: with none found, nothing is coded (`از تمدید این سیاست حمایت کرده
 * بودند`، `واردات این کالا را ممنوع نکرده است`، `با همکاری کشورهای ساحلی`).
 */
const NEEDS_RECIPIENT: ReadonlySet<PloverType> = new Set(['SUPPORT', 'CONSULT', 'SANCTION', 'AGREE', 'COOPERATE']);
/** A meeting named again (`در این دیدار ... گفت‌وگو کردیم`): its two sides are those of the last meeting. */
const THIS_MEETING = [['این', 'دیدار'], ['این', 'نشست'], ['این', 'گفتوگو'], ['این', 'گفتگو'], ['این', 'ملاقات']];
/** Agreement rows that, negated, are a rejection (`نپذیرفت`، `قبول نکرد`; `موافقت نکرد` stays an agreement not made): match keys of words and verb. */
const ACCEPTING: ReadonlySet<string> = new Set(['پذیرفت', 'قبول کرد', 'قبول نمود']);
/** Readiness (`آماده است ... همکاری کند`; match keys, آ folded): no event unless a condition makes it hypothetical. */
const READINESS = new Set(['اماده', 'امادگی']);
/** Nouns that name a country's or a body's own people and organs (match keys): `دولت آمریکا` acts as America. */
const GOVERNING_NOUNS: ReadonlySet<string> = new Set(['دولت', 'ارتش', 'نیروهای', 'نیروی', 'وزارت', 'سفارت', 'پارلمان', 'مجلس', 'رژیم', 'رهبر', 'رئیس', 'مقامات', 'سخنگوی', 'هیئت', 'هیات', 'تیم', 'سپاه', 'پلیس', 'گروه', 'کاخ', 'کنگره', 'سنای', 'حکومت', 'مردم', 'شبهنظامیان', 'جنبش', 'نخستوزیر', 'وزیر', 'سفیر', 'نماینده', 'هواپیماهای', 'جنگندههای', 'ناوگان', 'نظامیان', 'اعضای', 'نمایندگان'].map(matchKey));
/** Leads before a clause's subject, ended by a comma: `بر اساس گزارش‌های رسانه‌های یمنی، ...`. */
const LEADS = [['بر', 'اساس'], ['براساس'], ['طبق'], ['به', 'نوشته']];
/** Sentence and clause breaks an object phrase does not cross. */
const OBJECT_STOPS = new Set(['،', ':', '؛', 'که', '.', 'را']);

/**
 * Whether `دو طرف`، `طرفین` or `دو کشور` in `[from, to)` acts (the two sides of the last meeting): not
 * when it is the genitive of a noun (`توافق‌های پیشین دو کشور`) other than the sides' people or hands
 * (`به امضای وزرای دو کشور رسید`).
 */
function bothSidesAct(view: SentenceView, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    if (!sequenceAt(view.keys, t, BOTH_SIDES)) continue;
    let u = t - 1;
    while (u >= from && view.tokens[u].pos === 'ADJ') u--;
    if (u < from || view.tokens[u].pos !== 'NOUN' || GOVERNING_NOUNS.has(view.keys[u]) || SIDES_PEOPLE.has(view.keys[u])) return true;
  }
  return false;
}

/** Nouns of the people or hands of both sides (`وزرای دو کشور`، `به امضای دو طرف`): through them the sides still act. */
const SIDES_PEOPLE: ReadonlySet<string> = new Set(['وزرای', 'وزیران', 'مقامات', 'رهبران', 'روسای', 'رئیسان', 'نمایندگان', 'هیئتهای', 'هیاتهای', 'امضای', 'سران'].map(matchKey));

function hasSequence(keys: string[], from: number, to: number, sequences: string[][]): boolean {
  for (let t = from; t < to; t++) if (sequenceAt(keys, t, sequences)) return true;
  return false;
}

/** Whether a trigger's verb is negated, on itself (`امضا نکرد`) or on its future auxiliary (`امضا نخواهد کرد`). */
function isNegatedVerb(view: SentenceView, trigger: [number, number], lemma: string): boolean {
  return isNegated(view.tokens[trigger[1]], lemma) || view.keys.slice(trigger[0], trigger[1]).some((k) => NEGATED_FUTURE.has(k));
}

/** Negated, planned (future tense, قرار است), hypothetical (اگر، در صورتی که before it) or asserted. */
function modalityOf(view: SentenceView, first: number, trigger: [number, number], lemma: string): Modality {
  const { keys, tokens } = view;
  if (hasSequence(keys, first, trigger[0], CONDITIONS)) return 'hypothetical';
  if (lemma && isNegatedVerb(view, trigger, lemma)) return 'negated';
  const feats = tokens[trigger[1]].feats ?? '';
  if (feats.includes('Tense=Fut') || keys.slice(trigger[0], trigger[1]).some((k) => FUTURE_FORMS.has(k)) || hasSequence(keys, first, trigger[0], PLANS)) return 'planned';
  return 'asserted';
}

/** A past participle used as an adjective (`ساختمان‌های هدف قرار گرفته یک...`): no event. */
function isAdjectivalParticiple(view: SentenceView, verb: number, last: number): boolean {
  const token = view.tokens[verb];
  const participle = (token.feats ?? '').includes('VerbForm=Part') || /ه$/.test(view.keys[verb]);
  if (!participle || !/ه$/.test(view.keys[verb])) return false;
  return verb + 1 < last && !AFTER_VERB.has(view.keys[verb + 1]);
}

/**
 * The subject of a clause `[from, before)`: the leftmost party not inside « » (« » around a name alone are
 * no quotation: `«م.ن» ... رد کرد`), not governed by a preposition, not a place other than a country or a
 * capital, and not an object (`حزب‌الله را`); a lead (`بر اساس ...،`) or a condition before its comma (`اگر
 * امارات ... ادامه دهد، خارطوم ... شکایت خواهد کرد` → خارطوم) is passed over.
 */
function subjectIn(context: EventContext, from: number, before: number, verb = before): Party | undefined {
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
  for (let t = start; t < before; t++) {
    // a name set in « » (`«م.ن» ... رد کرد`) is no quotation
    if (keys[t] === '«' && wrapperEnd(context.view, t) >= 0) continue;
    if (keys[t] === '«') inQuote++;
    else if (keys[t] === '»') inQuote = Math.max(0, inQuote - 1);
    // the subject comes before the object: none after its را (`... را به اتهام حمل نفت ایران ... افزود`)
    else if (keys[t] === 'را' && inQuote === 0) return undefined;
    const party = partyStartingAt(context.parties, t);
    if (inQuote > 0 || !party || (party.place && !party.capital) || isGoverned(context, t, from)) continue;
    // a lone demonym is a subject only at the head of its clause (`جنگنده‌های آمریکایی ...`)
    if (!party.mention && party.last === party.first && t - start > 2) continue;
    if (isObject(context, party, before)) continue;
    // a genitive inside a noun phrase that does not open the clause is not its subject
    // (`فناوری ماهواره‌برهای ایران`، `این کمیسیون تصمیم پارلمان اروپا ... را`), unless the noun governs
    // in its name (`... دولت آمریکا`)
    // (a noun after a preposition and a demonstrative ends that phrase: `در این جلسه نماینده دادستان ...`)
    if (t - 1 > start && context.view.tokens[t - 1].pos === 'NOUN' && !GOVERNING_NOUNS.has(keys[t - 1]) && !(DEMONSTRATIVES.has(keys[t - 2]) && PREPOSITIONS.has(keys[t - 3])) && !(isInternational(context, party) && opensClause(context.view, start, t))) continue;
    return party;
  }
  return undefined;
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
function openQuoteBefore(keys: string[], from: number, before: number): number {
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
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['این', 'آن', 'همین', 'همان', 'ان']);

/** Whether the verb of a trigger is in the first person (`درخواست کردیم`، `گفت‌وگو خواهم کرد`). */
function isFirstPerson(view: SentenceView, first: number, verb: number): boolean {
  for (let t = first; t <= verb; t++) {
    const feats = view.tokens[t].feats ?? '';
    if (feats.includes('Person=1') || view.keys[t] === 'خواهم' || view.keys[t] === 'خواهیم') return true;
  }
  return false;
}

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

/** The party within four words after the nearest `marker` in `[from, before)`, else an organization named by its head word within them. */
function markedParty(context: EventContext, marker: string, from: number, before: number): Party | undefined {
  const { keys } = context.view;
  for (let t = before - 1; t >= from; t--) {
    if (keys[t] !== marker) continue;
    let stop = before;
    for (let u = t + 1; u < before && u - t <= 4; u++) {
      const party = partyStartingAt(context.parties, u);
      if (party) return party;
      if (OBJECT_STOPS.has(keys[u])) {
        stop = u;
        break;
      }
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
 * preposition (`چند منطقه در جنوب لبنان را هدف قرار دادند` → LBN).
 */
function objectParty(context: EventContext, from: number, ra: number): Party | undefined {
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
  if (keys.slice(start, ra).some((k) => ATTACK_NOUNS.has(k))) return context.memory.attacker;
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
export function beforeAppositive(view: SentenceView, from: number, ra: number): number {
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
function insideAdjunct(context: EventContext, party: Party, from: number): boolean {
  const { keys, tokens } = context.view;
  for (let p = party.first - 1; p >= Math.max(from + 1, party.first - 4); p--) {
    if (!PREPOSITIONS.has(keys[p])) continue;
    return context.parties.at[p - 1] < 0 && (tokens[p - 1].pos === 'NOUN' || tokens[p - 1].pos === 'ADJ');
  }
  return false;
}

/** Nouns after `با` that open a manner phrase (`با اشاره به`، `با بیان اینکه`), not a partner. */
const MANNER_AFTER_WITH: ReadonlySet<string> = new Set(['اشاره', 'بیان', 'تاکید', 'انتقاد', 'استقبال', 'ابراز', 'حضور', 'توجه', 'هدف', 'همکاری', 'حمایت', 'رد']);

/** Whether `[from, to)` promises an act: a future verb, a condition, or `هرگونه`/`هر` + noun of an act. */
function promisesAct(view: SentenceView, from: number, to: number): boolean {
  const { keys, tokens } = view;
  for (let t = from; t < to; t++) {
    if (FUTURE_AUXILIARIES.has(keys[t]) || (tokens[t].feats ?? '').includes('Tense=Fut')) return true;
    if (sequenceAt(keys, t, CONDITIONS) || keys[t] === 'هرگونه') return true;
  }
  return false;
}

/** Words opening the reason given for a sanction or an arrest: `به اتهام`، `به دلیل`، `به جرم`. */
const REASONS = [['به', 'اتهام'], ['به', 'دلیل'], ['به', 'جرم'], ['به', 'علت']];

/** The first party of another country than `own` in the reason phrase (`به اتهام ...`) within `[from, before)`. */
function reasonParty(context: EventContext, from: number, before: number, own: string | undefined): Party | undefined {
  const { keys } = context.view;
  for (let t = from; t < before; t++) {
    if (!sequenceAt(keys, t, REASONS)) continue;
    for (let u = t + 2; u < before && u - t < 12 && !OBJECT_STOPS.has(keys[u]); u++) {
      const party = partyStartingAt(context.parties, u);
      const country = party && !party.place && partyCountry(context, party);
      if (country && country !== own) return party;
    }
  }
  return undefined;
}

/** Words after `از` naming both sides of a quarrel (match keys): `طرفین`، `دو طرف`، `هر دو طرف`. */
const BOTH_ASKED = [['طرفین'], ['دو', 'طرف'], ['هر', 'دو', 'طرف']];

/**
 * The two sides a request of `طرفین` / `هر دو طرف` after `از` in `[from, before)` is made of: the last
 * two parties of distinct entities the report named before (people and bodies, not places, news
 * agencies or the actor), else undefined.
 */
function bothSidesAsked(context: EventContext, from: number, before: number, actor: Party | undefined): Party[] | undefined {
  const { keys } = context.view;
  let asked = false;
  for (let t = from; t < before && !asked; t++) if (keys[t] === 'از' && sequenceAt(keys, t + 1, BOTH_ASKED)) asked = true;
  if (!asked) return undefined;
  const sides: Party[] = [];
  const entities = new Set<string>(actor?.mention ? [actor.mention.entity] : []);
  for (let i = context.memory.recent.length - 1; i >= 0 && sides.length < 2; i--) {
    const party = context.memory.recent[i];
    const entity = party.mention?.entity;
    if (!entity || entities.has(entity) || party.place || isReporter(context.view, party) || party.mention?.type === 'LOC') continue;
    entities.add(entity);
    sides.push(party);
  }
  return sides.length === 2 ? sides : undefined;
}

/** Whether `[from, to)` says what someone must or had better do (`باید`، `بهتر است`). */
function mustDo(keys: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (keys[t] === 'باید' || (keys[t] === 'بهتر' && keys[t + 1] === 'است')) return true;
  return false;
}

/** Acts a letter, message or address may carry to its addressee. */
const ADDRESSED: ReadonlySet<PloverType> = new Set(['REQUEST', 'ACCUSE', 'THREATEN', 'REJECT', 'SUPPORT', 'PROTEST']);
/** Nouns of a letter or message (match keys) whose `به X` names its addressee; `خطاب` (`خطاب به X`). */
const LETTER_NOUNS: ReadonlySet<string> = new Set(['نامه', 'نامهای', 'پیام', 'پیامی', 'خطاب', 'یادداشت', 'یادداشتی', 'بیانیهای'].map(matchKey));

/** The party a letter, message or address in `[from, before)` is sent to (`در نامه‌ای به رئیس کنفدراسیون`). */
function addressee(context: EventContext, from: number, before: number): Party | undefined {
  const { keys } = context.view;
  for (let t = from; t < before - 1; t++) {
    if (!LETTER_NOUNS.has(keys[t]) || keys[t + 1] !== 'به') continue;
    // a title may stand before the name (`به شیخ سلمان ...`)
    for (let u = t + 2; u < Math.min(before, t + 5) && !OBJECT_STOPS.has(keys[u]); u++) {
      const party = partyStartingAt(context.parties, u);
      if (party) return party.place ? undefined : party;
    }
  }
  return undefined;
}

/** Nouns of a meeting (match keys) whose `با X` names the other side: `در دیدار با`، `در گفت‌وگوی تلفنی با`. */
const MEETING_NOUNS: ReadonlySet<string> = new Set(['دیدار', 'ملاقات', 'گفتوگو', 'گفتگو', 'گفتوگوی', 'گفتگوی', 'تماس', 'نشست', 'رایزنی'].map(matchKey));

/** The party right after `meeting noun + با` in `[from, before)` (the other side of the meeting), if it is not the actor's own entity. */
function meetingPartner(context: EventContext, from: number, before: number, actor: Party): Party | undefined {
  const { keys } = context.view;
  for (let t = from; t < before - 1; t++) {
    if (!MEETING_NOUNS.has(keys[t])) continue;
    const at = keys[t + 1] === 'با' ? t + 2 : keys[t + 2] === 'با' ? t + 3 : -1;
    const party = at >= 0 && at < before ? partyStartingAt(context.parties, at) : undefined;
    if (party && !party.place && !isReporter(context.view, party) && party.mention?.entity !== actor.mention?.entity) return party;
  }
  return undefined;
}

/**
 * The two sides `دو طرف` takes up from its own sentence (`X میزبان Y بود و دو طرف ... گفت‌وگو کردند`): the
 * first two parties of two countries named in `[from, before)` (people and bodies, not places or news agencies).
 */
function sidesNamedBefore(context: EventContext, from: number, before: number): [Party, Party] | undefined {
  let first: Party | undefined;
  for (let t = from; t < before; t++) {
    const party = partyStartingAt(context.parties, t);
    const country = party && !party.place && !isReporter(context.view, party) ? partyCountry(context, party) : undefined;
    if (!party || !country) continue;
    if (!first) first = party;
    else if (partyCountry(context, first) !== country) return [first, party];
  }
  return undefined;
}

/** Words (match keys) of going on with an act named by a noun after `به` (`به ارسال سلاح ... ادامه دهد`). */
const FRAMING_WORDS: ReadonlySet<string> = new Set(['ادامه']);
/** Markers of whom a framed act is aimed at or done for. */
const FRAMED_MARKERS: ReadonlySet<string> = new Set(['به', 'برای', 'علیه']);

/**
 * The sides of an act named by a noun after `به` and framed by the verb that follows its phrase: `اگر امارات
 * به ارسال سلاح برای این نیروها ادامه دهد` — the clause's subject goes on with it; the other side is the first
 * party after به/برای/علیه in the phrase, else the armed body an armed noun there names (`این نیروها`, see
 * {@link armedSide}). (An act someone is accused of, `X را به ارسال سلاح ... متهم کرد`, read the same way with
 * X as its author, added one right event in newE and one false one in newH, and is not read.)
 */
function framedAct(context: EventContext, match: { first: number; verb: number }, from: number, last: number): { actor: Party; recipient?: Party } | undefined {
  const { keys, tokens } = context.view;
  let frame = match.verb + 1;
  while (frame < last && frame - match.verb <= 12 && !FRAMING_WORDS.has(keys[frame]) && !OBJECT_STOPS.has(keys[frame]) && tokens[frame].pos !== 'VERB') frame++;
  if (!FRAMING_WORDS.has(keys[frame]) || (tokens[frame + 1]?.pos !== 'VERB' && tokens[frame + 1]?.pos !== 'AUX')) return undefined;
  const actor = subjectIn(context, from, match.first - 1);
  if (!actor) return undefined;
  let recipient: Party | undefined;
  for (let t = match.verb + 1; t < frame && !recipient; t++) if (FRAMED_MARKERS.has(keys[t])) recipient = markedParty(context, keys[t], t, frame);
  return { actor, recipient: recipient ?? armedSide(context, actor, match.verb + 1, frame) };
}

/** Nouns of a penalty (match keys) after `به` in a sentence passed: `به پرداخت ... جریمه`، `به حبس`. */
const PENALTIES: ReadonlySet<string> = new Set(['پرداخت', 'جریمه', 'حبس', 'زندان', 'اعدام', 'شلاق', 'محرومیت', 'جزای', 'تبعید', 'انفصال'].map(matchKey));

/** Whether `به` + a penalty stands in `[from, before)` (the words before `محکوم کرد`). */
function sentenced(keys: readonly string[], from: number, before: number): boolean {
  for (let t = from; t < before - 1; t++) if (keys[t] === 'به' && PENALTIES.has(keys[t + 1])) return true;
  return false;
}

/** Auxiliaries that may follow a relative clause's verb before its comma (`شده بود،`). */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['است', 'بود', 'بودند', 'اند', 'باشد', 'شد', 'شده']);

/**
 * Where the next clause starts after a trigger's verb: right after it, unless the verb ends a relative
 * clause on a party (`عراقچی ... که عصر یکشنبه وارد مسقط شده بود، صبح امروز با ... دیدار کرد`), whose
 * main clause goes on with the party as its subject: then where the clause began.
 */
function nextClause(context: EventContext, clauseFirst: number, match: { first: number; verb: number }): number {
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

/** Nouns of armed men named without a name (match keys): `شبه‌نظامیان`، `این نیروها`. */
const ARMED_NOUNS: ReadonlySet<string> = new Set(['نیروها', 'نیروهای', 'شبهنظامیان', 'شبهنظامی', 'شورشیان', 'ستیزهجویان', 'جنگجویان', 'تروریستها'].map(matchKey));
/** Sectors of an armed body. */
const ARMED_SECTORS: ReadonlySet<string> = new Set(['MIL', 'REB']);

/**
 * The armed body an attack names only by a common noun in `[from, to)` (`مواضع شبه‌نظامیان`، `این
 * نیروها`): the last armed body (sector MIL or REB) named before in the sentence or the report, other than
 * the attacker; none when no such noun stands outside a name there.
 */
function armedSide(context: EventContext, actor: Party, from: number, to: number): Party | undefined {
  const { keys } = context.view;
  let named = false;
  for (let t = from; t < to && !named; t++) named = ARMED_NOUNS.has(keys[t]) && context.parties.at[t] < 0;
  if (!named) return undefined;
  const armed = (party: Party): boolean => !party.place && party !== actor && (!actor.mention || party.mention?.entity !== actor.mention.entity)
    && ARMED_SECTORS.has(codeParty(party, context.view.entities, context.gazetteer)?.sector ?? '');
  for (let t = from - 1; t >= 0 && t >= from - 40; t--) {
    const party = context.parties.at[t] >= 0 ? context.parties.parties[context.parties.at[t]] : undefined;
    if (party && party.last === t && armed(party)) return party;
  }
  for (let i = context.memory.recent.length - 1; i >= 0; i--) if (context.memory.recent[i].first < from && armed(context.memory.recent[i])) return context.memory.recent[i];
  return undefined;
}

/**
 * Where an attack struck, named by a place after در inside `[from, to)` (`در جنوب لبنان`، `در نزدیکی شهر الفاشر`):
 * the last such place or country of a known country, standing for the side struck. Undefined when none is named.
 */
function placeStruck(context: EventContext, from: number, to: number): Party | undefined {
  const { keys } = context.view;
  let struck: Party | undefined;
  let inPlace = false;
  for (let t = from; t < to; t++) {
    if (keys[t] === 'در') inPlace = true;
    else if (keys[t] === '،' || keys[t] === 'را' || keys[t] === 'و') inPlace = false;
    const party = context.parties.at[t] >= 0 ? context.parties.parties[context.parties.at[t]] : undefined;
    if (!inPlace || !party || party.first !== t) continue;
    if ((party.place || isCountryParty(context, party)) && partyCountry(context, party)) struck = party;
  }
  return struck;
}

/** Nouns of sanctions and penalties (match keys) a warning may promise. */
const SANCTION_NOUNS: ReadonlySet<string> = new Set(['تحریم', 'تحریمها', 'تحریمهای', 'مجازاتهای', 'مجازات'].map(matchKey));

/**
 * What a warning of sanctions that befall someone (`با تحریم‌ها ... روبه‌رو`، `در معرض تحریم‌ها`) in `[from, to)`
 * (what is warned, after its verb) is aimed at: nothing named
 * when it opens with `هر` (`هشدار داد که هر مؤسسه مالی که ... با تحریم‌های ثانویه روبه‌رو خواهد شد`:
 * `anyone`), else the object of what is warned when it is of another country than the actor's
 * (`شرکت‌های ترکیه‌ای را در معرض تحریم‌های ثانویه قرار دهد` → TUR). Undefined when no sanction is named.
 */
function sanctionsWarned(context: EventContext, from: number, to: number, actor: Party | undefined): { aimed?: Party; anyone?: boolean } | undefined {
  const { keys } = context.view;
  let end = from;
  while (end < to && keys[end] !== '.' && keys[end] !== '؛') end++;
  // sanctions that befall someone: `با تحریم‌ها روبه‌رو/مواجه`، `در معرض تحریم‌ها`
  let befall = false;
  for (let t = from + 1; t < end && !befall; t++) befall = SANCTION_NOUNS.has(keys[t]) && (keys[t - 1] === 'با' || keys[t - 1] === 'معرض');
  if (!befall) return undefined;
  let start = from;
  while (start < end && CLAUSE_OPENERS.has(keys[start])) start++;
  if (keys[start] === 'هر') return { anyone: true };
  const ra = keys.indexOf('را', start);
  const object = ra >= 0 && ra < end ? objectParty(context, start, ra) : undefined;
  const own = actor && partyCountry(context, actor);
  return object && partyCountry(context, object) && partyCountry(context, object) !== own ? { aimed: object } : {};
}

/** Verbal nouns (match keys) of bringing back or undoing an act named by the noun after them: `بازگرداندن`، `لغو`، `رفع`. */
const UNDOING: ReadonlySet<string> = new Set(['بازگرداندن', 'بازگشت', 'لغو', 'رفع', 'برداشتن', 'برداشته', 'کاهش', 'تعلیق'].map(matchKey));

/** Whether a party stands for a whole country: a country's mention, `این کشور`, a demonym. */
function isCountryLevel(context: EventContext, party: Party): boolean {
  return party.mention ? isCountryParty(context, party) : !party.place;
}

/** Whether a party is an international body (`سازمان ملل`، `اتحادیه اروپا`). */
function isInternational(context: EventContext, party: Party): boolean {
  return !!party.mention && context.view.entities.get(party.mention.entity)?.attributes?.subtype === 'international';
}

/** Whether a party is a country itself (a country's mention), not a person or body of it. */
function isCountryParty(context: EventContext, party: Party): boolean {
  return !!party.mention && context.view.entities.get(party.mention.entity)?.attributes?.subtype === 'country';
}

/** The last token of a party with what stands beside it: its titles and roles, names in « », conjuncts. */
function appositionEnd(context: EventContext, party: Party, before: number): number {
  const { keys } = context.view;
  let end = party.last;
  for (;;) {
    let next = end + 1;
    while (next < before && (keys[next] === '«' || keys[next] === '»')) next++;
    const joined = next < before && (keys[next] === 'و' || keys[next] === '،') && !!partyStartingAt(context.parties, next + 1);
    if (joined) next++;
    const following = next < before ? partyStartingAt(context.parties, next) : undefined;
    if (!following) return end;
    // a country right after a person or body, with nothing between, is the object, not its apposition
    // (`وزیر دفاع آمریکا ایران را ... متهم کرد`)
    // and nothing stands in apposition to a country (`سودان سفیر امارات را ...`)
    if (!joined && !following.mention?.entity && following.country && !following.place) return end;
    if (!joined && following.mention?.entity !== party.mention?.entity && (isCountryParty(context, following) || isCountryParty(context, party))) return end;
    end = following.last;
  }
}

/**
 * A party whose name the entity stage began with the phrase's own last word (`دعوای جمهوری اسلامی ایران`
 * tagged as one organization, `همکاری بانک‌های مرکزی روسیه`): the name after that word, with a country.
 */
function gluedParty(context: EventContext, word: number): Party | undefined {
  const party = partyStartingAt(context.parties, word);
  if (!party || party.last === word || !party.mention || party.mention.type !== 'ORG') return undefined;
  return partyCountry(context, party) ? party : undefined;
}

/** The party named after `از سوی` or `توسط` in `[from, before)`, if any. */
function namedAgent(context: EventContext, from: number, before: number): Party | undefined {
  const { keys } = context.view;
  for (let t = from; t < before; t++) {
    if ((keys[t] === 'سوی' && keys[t - 1] === 'از') || keys[t] === 'توسط') {
      const agent = partyStartingAt(context.parties, t + 1);
      if (agent && !agent.place) return agent;
    }
  }
  return undefined;
}

/** The party a noun's phrase names as its author: after از سوی/توسط, else within three words after it (`حملات هوایی آمریکا`; `ما` in a quote: its speaker). */
function genitiveParty(context: EventContext, from: number, last: number): Party | undefined {
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

/**
 * The subjunctive verb of the act a verb of agreeing takes (`پذیرفته است حجم آب ... را افزایش دهد`): the first
 * verb after `from` in the sentence if it is subjunctive and no clause opens before it, else -1.
 */
function subjunctiveAfter(view: EventContext['view'], from: number, last: number): number {
  for (let t = from; t < Math.min(last, from + 20); t++) {
    if (CLAUSE_OPENERS.has(view.keys[t])) return -1;
    if (view.tokens[t].pos !== 'VERB') continue;
    // the auxiliary of the perfect (`پذیرفته است`) is no act
    if (t === from && view.keys[t] === 'است') continue;
    return (view.tokens[t].feats ?? '').includes('Mood=Sub') ? t : -1;
  }
  return -1;
}

/** First-person possessors (match keys) that make the speaker the author of a noun's act. */
const OUR: ReadonlySet<string> = new Set(['ما', 'کشورمان']);

/** Each party's country, coded once: parties are settled before events are read, and asked for again and again. */
const partyCountries = new WeakMap<Party, string | null>();

/**
 * The act an accusation charges (`امارات را به ارسال سلاح برای نیروهای واکنش سریع متهم کرد` → AID of the UAE
 * to the RSF): an event of the accused, aimed at the first party of another country inside the charge; only
 * when the accused has a country and the charge names such a party. Added to `events` unless one of the same
 * type and sides is there.
 */
function chargeOf(context: EventContext, match: TriggerMatch<EventPattern>, from: number, accused: Party, modality: Modality, seen: Set<string>, events: FoundEvent[]): void {
  const charged = chargedAct(context.view, from, match.first, context.patterns);
  const country = partyCountry(context, accused);
  if (!charged || !country || modality === 'negated') return;
  let target: Party | undefined;
  for (let t = charged.at + 1; t < match.first && !target; t++) {
    const party = partyStartingAt(context.parties, t);
    if (party && partyCountry(context, party) && partyCountry(context, party) !== country) target = party;
  }
  if (!target) return;
  const { type } = charged.row.data;
  const key = `${type}|${country}|${partyCountry(context, target)}`;
  if (seen.has(key)) return;
  seen.add(key);
  events.push({ type, trigger: [charged.at, charged.at], lemma: context.view.keys[charged.at], actor: accused, recipient: target, modality });
}

function partyCountry(context: EventContext, party: Party): string | undefined {
  let country = partyCountries.get(party);
  if (country === undefined) partyCountries.set(party, (country = codeParty(party, context.view.entities, context.gazetteer)?.country ?? null));
  return country ?? undefined;
}

function recipientOf(context: EventContext, markers: string[], span: { sentence: number; from: number; first: number; verb: number; last: number }, subject: Party | undefined): { recipient?: Party; agent?: Party; passive: boolean; missing?: boolean } {
  const { keys } = context.view;
  for (const marker of markers) {
    if (marker === '-' || marker === '~') return { passive: false };
    // `$`: the name right after the noun, its genitive, is required (`طرح استیضاح وزیر راه`)
    if (marker === '$') {
      const named = gluedParty(context, span.verb) ?? partyStartingAt(context.parties, span.verb + 1);
      return named && named !== subject ? { recipient: named, passive: false } : { passive: false, missing: true };
    }
    if (marker === '^') {
      const agent = markedParty(context, 'توسط', span.sentence, span.first);
      return { recipient: subjectIn(context, span.from, span.first), agent, passive: true };
    }
    let found: Party | undefined;
    if (marker === '+') {
      // `با` opening a manner phrase names no side (`در این دیدار با اشاره به وضعیت غزه`)
      if (keys[span.verb] === 'با' && MANNER_AFTER_WITH.has(keys[span.verb + 1])) return { passive: false, missing: true };
      found = gluedParty(context, span.verb);
      for (let u = span.verb + 1; u < Math.min(span.last, span.verb + 5) && !found; u++) found = partyStartingAt(context.parties, u);
    } else if (marker === '*') {
      for (let u = span.first; u < span.verb && !found; u++) found = partyStartingAt(context.parties, u);
      if (!found) return { passive: false, missing: true };
    } else if (marker.startsWith('>')) {
      const word = marker.slice(1);
      for (let t = span.verb + 1; t < Math.min(span.last, span.verb + 12) && !found; t++) {
        if (OBJECT_STOPS.has(keys[t]) || context.view.tokens[t].pos === 'VERB') break;
        if (keys[t] === word) found = markedParty(context, word, t, Math.min(span.last, t + 5));
      }
    } else if (marker === 'را') {
      const from = Math.max(span.from, subject && subject.last < span.first ? appositionEnd(context, subject, span.first) + 1 : 0);
      for (let t = span.first - 1; t >= from; t--) {
        if (keys[t] !== 'را') continue;
        found = objectParty(context, from, t);
        break;
      }
    } else {
      // a marker inside the phrase's gap comes first (`تحریم‌هایی علیه روسیه وضع کرد`، `روابط خود با X را قطع کرد`)
      // (not the subject's own side there: `خواستار خروج نیروهای آمریکایی از خاک این کشور شد`)
      let inGap = span.verb > span.first + 1 ? markedParty(context, marker, span.first + 1, span.verb) : undefined;
      const own = subject && partyCountry(context, subject);
      if (inGap && own && partyCountry(context, inGap) === own && isCountryLevel(context, inGap)) inGap = undefined;
      found = inGap ?? markedParty(context, marker, span.from, span.first);
    }
    if (found && found !== subject) return { recipient: found, passive: false };
  }
  return { passive: false };
}

/**
 * Finds the events of one sentence: each pattern trigger (every tense, via lemmas) with its actor
 * and recipient. The actor is the subject of the innermost clause (`اعلام کرد که نیروهای این کشور
 * ...`), the speaker for a verb in the first person (`درخواست کردیم`) or a speech act, or both sides
 * of the last meeting for `دو طرف` (with none remembered, two sides of two countries named before it in
 * its sentence); the recipient is found by the pattern's markers; an accusation,
 * threat or rejection with none named is aimed at the opposing party (the subject of the threat's
 * condition, the author of the claim rejected, the other side named in the sentence or before).
 * Coordinated parties (`آمریکا و انگلیس`) give one event each; `میان X و Y` gives the two sides of a
 * meeting, agreement or cooperation. The act someone is asked to do is no event. Failures told of
 * someone (table actor `fails`) are accusations; a threat made as a condition
 * ({@link conditionalThreat}) and an obligation told of another party ({@link obligationRequest}) are
 * read from the sentence's shape. Updates the report-level memory.
 */
export function findEvents(context: EventContext, sentence: { first: number; last: number; paragraph?: number }): FoundEvent[] {
  const { view, patterns, verbs, memory } = context;
  const { keys, tokens } = view;
  const events: FoundEvent[] = [];
  const seen = new Set<string>();
  const countryOf = (party: Party): string | undefined => partyCountry(context, party);
  let clauseFirst = sentence.first;
  // the verb of the sentence's last request: a subjunctive after it is what is asked for
  let requested = -1;
  // the actor of the last act read from a verb, for a verb joined to it by و with no subject of its own
  let previous: Party | undefined;
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
  for (const match of matches) {
    if (!match.trigger.verb && inVerb.has(`${match.verb}|${match.trigger.data.type}`)) continue;
    context.trace?.({ type: match.trigger.data.type, first: match.first, verb: match.verb });
    const { recipient: markers, actorAfter, speech, claim, actor: sides } = match.trigger.data;
    let { type } = match.trigger.data;
    const lemma = match.trigger.verb;
    // a refusal is read only from its negated verb (`روادید نداد`)
    if (match.trigger.data.refusal && !(lemma && isNegatedVerb(view, [match.first, match.verb], lemma))) continue;
    // an act announced (`از امضای ... خبر داد`) is read only where it is announced
    const announced = sides === 'news' ? announcementAfter(view, match.verb + 1, sentence.last) : -1;
    if (sides === 'news' && (keys[match.first - 1] !== 'از' || announced < 0)) continue;
    const trigger: [number, number] = [match.first, match.verb];
    const feats = tokens[match.verb].feats ?? '';
    // the act someone is asked to do is no event (`از وزیر می‌خواهیم با نمایندگان دیدار کند`)
    if (type === 'REQUEST') requested = match.verb;
    else if (requested >= 0 && requested < match.first && feats.includes('Mood=Sub') && !hasSequence(keys, requested, match.first, CONDITIONS)) continue;
    // so is a phrase with no verb inside what is asked (`از دیوان درخواست داریم ضمن محکوم کردن این اقدام، ...`)
    else if (requested >= 0 && requested < match.first && !lemma && !hasSequence(keys, requested, match.first, CONDITIONS)) continue;
    if (lemma && (isAdjectivalParticiple(view, match.verb, sentence.last) || feats.includes('Person=2'))) continue;
    // an act named by a noun that is being brought back or undone is not done (`تلاش ... برای بازگرداندن تحریم‌های ...`، `لغو تحریم‌ها`)
    if (!lemma && UNDOING.has(keys[match.first - 1])) continue;
    // what someone must or had better do is not done (`آنکارا و تهران باید از تمامیت ارضی سوریه پشتیبانی کنند`)
    if (lemma && feats.includes('Mood=Sub') && mustDo(keys, Math.max(sentence.first, match.first - 12), match.first)) continue;
    let embedded = clauseFirst;
    for (let t = match.first - 1; t > clauseFirst && tokens[t].pos !== 'VERB'; t--) if (CLAUSE_OPENERS.has(keys[t])) { embedded = t + 1; break; }
    // an act accepted (`آنکارا پذیرفته است ... را افزایش دهد`) is conceded
    const accepted = sides === 'accepts' ? subjunctiveAfter(view, match.verb + 1, sentence.last) : -1;
    if (accepted >= 0) type = 'CONCEDE';
    if (sides === 'fails') {
      if (lemma && !elided.includes(match)) clauseFirst = nextClause(context, clauseFirst, match);
      const failure = failureAccusation(context, match, lemma, sentence);
      const key = failure && `${failure.type}|${failure.actor && countryOf(failure.actor)}|${failure.recipient && countryOf(failure.recipient)}`;
      if (failure && key && !seen.has(key)) {
        seen.add(key);
        events.push(failure);
      }
      continue;
    }
    let subject: Party | undefined;
    let pair: [Party, Party] | undefined;
    if (speech) subject = context.speakerAt(match.first);
    else if (lemma && isFirstPerson(view, match.first, match.verb)) subject = context.speakerAt(match.first) ?? subjectIn(context, sentence.first, match.first);
    else {
      subject = subjectIn(context, embedded, match.first, match.verb);
      if (bothSidesAct(view, embedded, match.verb)) pair = memory.pair ?? sidesNamedBefore(context, sentence.first, match.first);
      // a verb joined by و to the act before it shares its subject (`ارتش ... یورش برد و ۴۰ فلسطینی را بازداشت کرد`)
      if (!subject && previous && keys[clauseFirst] === 'و' && embedded === clauseFirst) subject = previous;
      // (or the speaker of a quote the quotes stage ended just before the trigger: `در این بیانیه همچنین از شورای امنیت ... خواسته شد`)
      subject ??= subjectIn(context, clauseFirst, match.first) ?? subjectIn(context, sentence.first, match.first) ?? context.speakerAt(match.first) ?? context.speakerAt(match.first - 1);
    }
    // an act between two sides named together (`تفاهم‌نامه ... میان X و Y به امضا رسید`): they are its sides
    if (SYMMETRIC.has(type)) pair = betweenSides(context, embedded, match, sentence.last) ?? pair;
    const span = { sentence: sentence.first, from: embedded, first: match.first, verb: match.verb, last: sentence.last };
    let { recipient, agent, passive, missing } = recipientOf(context, markers, span, subject);
    let actor = passive ? agent : match.trigger.data.passive ? undefined : subject;
    // a passive verb's agent named with از سوی or توسط (`از سوی این سازمان به ایران تحویل داده می‌شود`)
    if (!actor && (lemma === 'شد' || lemma === 'گردید' || match.trigger.data.passive)) actor = namedAgent(context, embedded, match.trigger.data.passive ? match.verb : match.first);
    if (actorAfter) {
      actor = genitiveParty(context, match.verb + 1, sentence.last);
      // an act someone goes on with (`اگر امارات به ارسال سلاح ... ادامه دهد`)
      const framed = !actor && keys[match.first - 1] === 'به' ? framedAct(context, match, embedded, sentence.last) : undefined;
      if (framed) [actor, recipient] = [framed.actor, recipient ?? framed.recipient];
      if (!actor || !recipient) missing = true;
    }
    if (lemma && !elided.includes(match)) clauseFirst = nextClause(context, clauseFirst, match);
    if (missing || (speech && !actor)) continue;
    if (keys.slice(embedded, match.first).some((k) => READINESS.has(k)) && !hasSequence(keys, sentence.first, match.first, CONDITIONS)) continue;
    // a letter or message handed over is no aid (`پیام کتبی ... را به او تحویل دهد`), a request handed over
    // is a request (`درخواست رسمی استرداد آنان به مقامات ابوظبی تحویل شده است`)
    if (type === 'AID') {
      const paper = keys.slice(embedded, match.first).findIndex((k, i) => PAPER_NOUNS.has(k) && !PREPOSITIONS.has(keys[embedded + i - 1]));
      if (paper >= 0 && keys[embedded + paper] === 'درخواست') type = 'REQUEST';
      else if (paper >= 0) continue;
      // goods sold are delivered, not given: trade (`روزانه ۳۰ میلیون مترمکعب گاز به شرکت بوتاش تحویل خواهد داد`)
      const clause = keys.slice(embedded, match.first);
      if (clause.some((k) => TRADED_GOODS.has(k)) && !clause.some((k) => AID_NOUNS.has(k))) type = 'COOPERATE';
    }
    // a person leaving a city is travelling, not withdrawing (`تهران را به مقصد بغداد ترک خواهد کرد`)
    if (type === 'RETREAT' && actor?.mention?.type === 'PER' && codeParty(actor, view.entities, context.gazetteer)?.sector !== 'MIL') continue;
    // a team sent to help is aid, not a deployment (`تیم‌های درمانی ... اعزام کند`)
    if (type === 'MOBILIZE' && keys.slice(embedded, match.verb).some((k) => AID_NOUNS.has(k))) type = 'AID';
    // forces go to a place; where they go is not whom they are aimed at (`بمب‌افکن‌ها را به قطر اعزام کرد`)
    // (also past the words of the place: `به شمال کرانه باختری`، `به مناطق مرزی جنوب این کشور`)
    if (type === 'MOBILIZE' && recipient && prepositionBefore(view, recipient.first) === 'به') recipient = undefined;
    // a document signed (or not) with no side named (`سند همکاری در این سفر امضا نشد`): the sides of the last meeting
    if (type === 'AGREE' && !pair && !actor && !recipient && memory.pair) pair = memory.pair;
    if (pair) [actor, recipient] = pair;
    // a phrase with no verb (`با انتقاد از نامه سه کشور اروپایی`) names its object after it
    const abroad = keys.slice(sentence.first, lemma ? match.verb : Math.min(sentence.last, match.verb + VERBLESS_OBJECT)).some((k) => FOREIGN.has(k));
    // people who protest are seldom named: at home, the home country protests
    // and what they demand is demanded by them (`با تجمع مقابل مجلس، خواستار اجرای ... شدند`)
    const protesters = type === 'PROTEST' || (type === 'REQUEST' && keys.slice(embedded, match.first).some((k) => PROTEST_WORDS.has(k)));
    if (!actor && protesters && !abroad) actor = { first: match.first, last: match.first, country: context.homeCountry, place: false };
    // a passive sentence at home (`۹ متهم دستگیر شدند`): the one who reports it, else the home country
    if (!actor && type === 'COERCE' && passive) actor = context.speakerAt(match.first) ?? (abroad ? undefined : { first: match.first, last: match.first, country: context.homeCountry, place: false });
    // an arrest made by officers the report does not name (`مأموران انتظامی ... بازداشت کردند`): the country it is about
    if (!actor && type === 'COERCE' && !passive && lemma && !abroad && !feats.includes('Mood=Sub')) actor = { first: match.first, last: match.first, country: context.focus(), place: false };
    // an attack is made by a state or an armed group: an author with no country is a misreading
    if (type === 'ASSAULT' && actor && !countryOf(actor)) continue;
    // the other side of a meeting named again: `در این دیدار ... گفت‌وگو کردیم`
    if (type === 'CONSULT' && actor && !recipient && memory.pair && hasSequence(keys, sentence.first, match.verb, THIS_MEETING)) {
      recipient = memory.pair.find((side) => countryOf(side) !== countryOf(actor as Party));
    }
    // an armed side named by a common noun (`مواضع شبه‌نظامیان را هدف قرار داده‌اند`، `به مواضع این نیروها حمله کند`): the last armed body named other than the attacker
    if (type === 'ASSAULT' && actor && !recipient) recipient = armedSide(context, actor, actor.last < match.first ? actor.last + 1 : embedded, lemma ? match.first : Math.min(sentence.last, match.verb + VERBLESS_OBJECT));
    // an attack on something in a place (`خودرویی را در جاده ... در جنوب لبنان هدف قرار دادند`، `به اردوگاه ... در نزدیکی شهر الفاشر حمله کردند`): the place's country
    if (type === 'ASSAULT' && actor && !recipient) recipient = placeStruck(context, lemma ? (actor.last < match.first ? actor.last + 1 : embedded) : match.verb + 1, lemma ? match.first : Math.min(sentence.last, match.verb + VERBLESS_OBJECT));
    // a charge set in « » as what the object is called (`تحریم‌های واشنگتن را «تلاشی برای گروگانگیری ...» خواند`): the object's party
    if (!recipient && speech) {
      const open = openQuoteBefore(keys, Math.max(sentence.first, match.first - 20), match.first);
      if (open > sentence.first && keys[open - 1] === 'را') recipient = objectParty(context, embedded, open - 1);
    }
    // an attack condemned in a phrase with no verb (`ضمن محکوم کردن این حملات`): its last author
    if (!recipient && !lemma && type === 'ACCUSE' && memory.attacker && keys.slice(match.verb + 1, match.verb + 4).some((k) => ATTACK_NOUNS.has(k))) recipient = memory.attacker;
    // a warning of sanctions promises them (`هشدار داد که خرید گاز ... شرکت‌های ترکیه‌ای را در معرض تحریم‌های ثانویه قرار دهد`)
    const sanctions = type === 'THREATEN' && !!lemma ? sanctionsWarned(context, match.verb + 1, sentence.last, actor) : undefined;
    if (sanctions?.aimed) recipient = sanctions.aimed;
    // a warning of a danger is no threat: a threat promises an act (a future verb, `هرگونه`) or sets a condition
    if (type === 'THREATEN' && lemma === 'داد' && match.trigger.words.join('') === 'هشدار' && !recipient && !sanctions && !promisesAct(view, match.verb + 1, sentence.last)) continue;
    // a sanction on firms or ships with no country named is aimed at the country its reason names
    // (`۱۲ شرکت و ۸ نفتکش را به اتهام حمل نفت ایران در فهرست تحریم‌ها قرار داد`)
    // (also when the one named is of the actor's own country: a state seldom sanctions its own)
    if (type === 'SANCTION' && actor && (!recipient || countryOf(recipient) === countryOf(actor))) recipient = reasonParty(context, embedded, match.first, countryOf(actor)) ?? recipient;
    // a request of both sides (`از طرفین درگیری خواست`، `از هر دو طرف می‌خواهیم`): the last two sides named
    let both: Party[] | undefined;
    if (!recipient && type === 'REQUEST' && markers.includes('از')) both = bothSidesAsked(context, embedded, match.first, actor);
    // what is written or said to someone is aimed at them (`در نامه‌ای به X ... خواستار شد`، `خطاب به X گفت`)
    if (!recipient && ADDRESSED.has(type)) recipient = addressee(context, embedded, match.first);
    // a sentence passed is no condemnation (`باشگاه سپاهان را ... به پرداخت ۸۰ هزار دلار جریمه ... محکوم کرد`)
    if (type === 'ACCUSE' && lemma && match.trigger.words.join(' ') === 'محکوم' && sentenced(keys, embedded, match.first)) continue;
    // an expectation of no one named, abroad, is a wish, no request (`انتظار داریم قطعی‌های زمستانی تکرار نشود`
    // said by a Turkish minister); at home it is asked of the home government, as other requests are
    if (type === 'REQUEST' && !recipient && !both && match.trigger.words.includes('انتظار') && actor && countryOf(actor) !== context.homeCountry) continue;
    // what is asked or said in a meeting is aimed at the other side of it (`توکایف در دیدار با عراقچی خواستار شد ...`)
    if (!recipient && actor && ADDRESSED.has(type)) recipient = meetingPartner(context, embedded, match.first, actor);
    // a town or region is never the side accused, threatened or rejected (`استکهلم این حکم را ... می‌داند`);
    // a capital may be, standing for its government (`تحریم‌های واشنگتن را «...» خواند`)
    if (OPPOSED.has(type) && recipient?.place && !recipient.capital) recipient = undefined;
    // nor the actor's own country named after a preposition inside what is accused (`بیانیه ... درباره برنامه
    // هسته‌ای ایران را ... خواند` said by Iran): the object phrase names its author elsewhere
    if (OPPOSED.has(type) && recipient && actor && markers[0] === 'را' && insideAdjunct(context, recipient, embedded) && countryOf(recipient) && countryOf(recipient) === countryOf(actor)) recipient = undefined;
    // a motion against a named person (`$`): those who table it are of the country the report is about
    if (markers.includes('$')) actor ??= { first: match.first, last: match.first, country: context.focus(), place: false };
    if (actor && OPPOSED.has(type) && !markers.includes('-') && !markers.includes('$') && !sanctions?.anyone) recipient = opposedRecipient(context, type, actor, recipient, sentence, match.verb, countryOf);
    if (markers.includes('~') && !recipient) continue;
    // what is agreed to names the other side inside it (`... به سمت عراق را افزایش دهد`)
    if (accepted >= 0 && !recipient && actor) {
      for (let t = match.verb + 1; t < accepted && !recipient; t++) {
        const party = partyStartingAt(context.parties, t);
        if (party && countryOf(party) && countryOf(party) !== countryOf(actor)) recipient = party;
      }
    }
    // a withdrawal from a town, an arrest in one, is aimed at no one there (`از شهرک ... عقب‌نشینی کردند`)
    if (PLACE_NO_RECIPIENT.has(type) && recipient?.place) recipient = undefined;

    if (lemma) previous = actor;
    let actors = withConjuncts(context.parties, keys, actor, sentence.last);
    // two sides that do it together: `ایران و چین تفاهم‌نامه امضا کردند` — the second is the recipient
    if (!recipient && actors.length > 1 && SYMMETRIC.has(type)) {
      recipient = actors[1];
      actors = [actors[0]];
    }
    // what is said was said: a threat in the future or under a condition is made now
    let modality = speech ? 'asserted' : modalityOf(view, sentence.first, trigger, lemma);
    // a proposal or request not accepted is rejected (`پیشنهاد ... را نپذیرفت`، `با ... موافقت نکرد`)
    if (type === 'AGREE' && modality === 'negated' && ACCEPTING.has([...match.trigger.words, lemma].join(' '))) {
      type = 'REJECT';
      modality = 'asserted';
    }
    if (match.trigger.data.refusal && modality === 'negated') modality = 'asserted';
    const words = match.trigger.words.filter((word) => word !== '*');
    let recipients = both ?? withConjuncts(context.parties, keys, recipient, sentence.last);
    if (sides && !pair) {
      const from = sides === 'news' ? match.verb + 1 : clauseStart(view, sentence.first, match.first);
      const to = sides === 'news' ? announced : sentence.last;
      if (sides === 'joint' && !(actor && countryOf(actor))) actors = [];
      if (actors.length === 0) {
        const first = firstCountryParty(context, from, to);
        if (first) actors = [first];
      }
      recipients = otherSides(context, from, to, actors[0]);
      if (recipients.length === 0 && sides === 'joint') continue;
    }
    // a charge or claim denied at home (`اتهام پولشویی را رد کرد`، `ادعای کارگران ... را رد کرد`) answers someone at home
    const chargeDenied = type === 'REJECT' && keys.slice(embedded, match.first).some((k) => CHARGE_NOUNS.has(k));
    for (const a of actors.length ? actors : [undefined]) {
      for (const r of recipients.length ? recipients : [undefined]) {
        const aCountry = a && partyCountry(context, a);
        const rCountry = r && partyCountry(context, r);
        if (!a || (r?.place && type === 'CONSULT' && rCountry === aCountry)) continue;
        // a talk with a news agency is an interview (`در گفت‌وگو با ایسنا`)
        if (type === 'CONSULT' && r && isReporter(context.view, r)) continue;
        // nor is a visit to one's own country one (`وارد حریم آبی کشورمان شود`)
        if (type === 'CONSULT' && r && aCountry && rCountry === aCountry && (!r.mention || context.view.entities.get(r.mention.entity)?.attributes?.subtype === 'country')) continue;
        let to = r && r.mention && r.mention.entity === a.mention?.entity ? undefined : r;
        // aid with no recipient named where it goes: the party of another country the sentence names
        // (`در صورت درخواست دولت افغانستان، تیم‌های درمانی ... اعزام کند`)
        if (!to && type === 'AID' && aCountry) to = otherSides(context, sentence.first, sentence.last, a)[0];
        // an agreement to an act with no side after با: the party of another country inside its clause
        // (`وزارت بهداشت پاکستان با ارسال گزارش‌ها به طرف ایرانی موافقت کرد`)
        if (!r && !pair && type === 'AGREE' && aCountry) to = otherSides(context, embedded, match.verb, a)[0];
        // an unnamed recipient of a home-country actor's act at home: the home country itself
        // (unless its sentence names a side of another country: `بغداد ... پرداخت نکرده و تهران خواستار تسویه کامل آن است`)
        if (!to && aCountry === context.homeCountry && (DOMESTIC.has(type) || (type === 'REJECT' && chargeDenied)) && !markers.includes('-') && !abroad) to = (type === 'REQUEST' ? otherSides(context, sentence.first, sentence.last, a)[0] : undefined) ?? { first: match.first, last: match.first, country: context.homeCountry, place: false };
        // a defendant at home whose nationality is not said (`م.ر ... محکوم شده است`): of the home country
        if (to && type === 'COERCE' && passive && aCountry === context.homeCountry && !abroad && !rCountry) to = { ...to, country: context.homeCountry };
        if (!to && NEEDS_RECIPIENT.has(type)) continue;
        // a request only supposed, of no one named (`در صورتی که دولت لبنان درخواست کند، ...`), is the condition of an offer
        if (!to && type === 'REQUEST' && modality === 'hypothetical') continue;
        const key = `${type}|${aCountry ?? a.mention?.entity}|${(to && partyCountry(context, to)) ?? to?.mention?.entity}`;
        if (seen.has(key)) continue;
        seen.add(key);
        events.push({ type, trigger, lemma: [...words, lemma].filter(Boolean).join(' '), actor: a, recipient: to, modality, ...(speech || claim ? { speech: true } : {}), ...(claim ? { claim: true } : {}) });
        context.candidates?.(recipientCandidates(view, context.parties, sentence, { type, trigger: match.first, actor: a, recipient: to }, { countryOf, isCountry: (party) => isCountryParty(context, party), inQuote: (t) => !!context.speakerAt(t) }));
        if (type === 'ACCUSE' && !claim) memory.claimant = a;
        if (sanctions) events.push({ type: 'SANCTION', trigger, lemma: [...words, lemma].join(' '), actor: a, recipient: to, modality: 'hypothetical' });
        if (type === 'ACCUSE' && to && words.join(' ') === 'متهم') chargeOf(context, match, embedded, to, modality, seen, events);
      }
    }
    const side = recipient ?? (sides ? recipients[0] : undefined);
    if (actors[0] && side && SYMMETRIC.has(type)) memory.pair = [actors[0], side];
    if (type === 'ASSAULT' && actor) memory.attacker = actor;
    if (claim && actor) memory.claimant = actor;
  }
  const threat = events.some((e) => e.type === 'THREATEN') ? undefined : conditionalThreat(context, sentence, countryOf);
  if (threat) events.push(threat);
  // an act the threat promises that the sentence already reads from its own words is not read twice
  const sidesKey = (e: FoundEvent): string => `${e.type}|${e.actor && countryOf(e.actor)}|${e.recipient && countryOf(e.recipient)}`;
  const read = new Set(events.map(sidesKey));
  events.push(...threatenedActs(view, sentence, events).filter((act) => !read.has(sidesKey(act))));
  const obligation = events.some((e) => e.type === 'REQUEST') ? undefined : obligationRequest(context, sentence);
  if (obligation) events.push(obligation);
  rememberParties(memory, context.parties, sentence.first, sentence.last, countryOf);
  return dropOwnClaims(asGroups(context, events, sentence.last), (party) => (party ? countryOf(party) : undefined));
}

/** Words of a threat that promise force (`پاسخ خواهیم داد`، `در امان نخواهد بود`، `بی‌پاسخ نخواهد ماند`): match keys. */
const FORCE_REPLY_WORDS: ReadonlySet<string> = new Set(['پاسخ', 'بیپاسخ', 'امان', 'انتقام', 'تیررس']);
/** Killings named as a threat's condition (match keys): an attack as much as `حملات` (`اگر ترورها ... ادامه یابد`). */
const KILLING_NOUNS: ReadonlySet<string> = new Set(['ترور', 'ترورها', 'ترورهای', 'کشتار'].map(matchKey));
/** Words of a protest (match keys): a threat whose main clause names one promises a protest (`اعتصاب ... گسترش پیدا می‌کند`). */
const PROTEST_WORDS: ReadonlySet<string> = new Set(['اعتصاب', 'اعتصابات', 'تجمع', 'تجمعات', 'تحصن', 'اعتراض', 'اعتراضات', 'راهپیمایی']);

/**
 * The act a threat under a condition promises, as a hypothetical event with the threat's two sides:
 * an ASSAULT when the threat promises a reply, in its own words or its main clause, and its condition is an
 * attack or killings (`اگر به نیروهای ما حمله شود، با قدرت پاسخ خواهیم داد`، `اگر ترورها ادامه یابد، ...
 * بی‌پاسخ نخواهد ماند`), a PROTEST when its main clause names one (`اگر پاسخی نگیریم، اعتصاب به همه
 * استان‌ها گسترش پیدا می‌کند`). A threat with no condition (`در تیررس ما قرار دارد`) or with
 * another condition (`اگر روسیه قرارداد را لغو کند، پاسخ قاطع خواهیم داد`) promises neither.
 */
function threatenedActs(view: SentenceView, sentence: { first: number; last: number }, events: FoundEvent[]): FoundEvent[] {
  const { keys } = view;
  const acts: FoundEvent[] = [];
  for (const event of events) {
    if (event.type !== 'THREATEN' || !event.recipient) continue;
    // the condition: before the threat's words, or those words themselves (a threat read from the sentence's shape)
    let condition = -1;
    // or after a threat's verb that announces it (`هشدار داد: اگر ...، هدف قرار می‌گیرند`)
    for (let t = sentence.first; t < sentence.last && condition < 0; t++) if (sequenceAt(keys, t, CONDITIONS)) condition = t;
    if (condition < 0) continue;
    let comma = condition;
    while (comma < sentence.last && keys[comma] !== '،') comma++;
    const conditionWords = keys.slice(condition, condition > event.trigger[0] ? comma : Math.min(comma, Math.max(event.trigger[0], condition + 1)));
    const mainWords = keys.slice(comma + 1, sentence.last);
    let type: PloverType | undefined;
    // the reply promised in the threat's words or in its main clause (`هشدار داد: اگر حملات ... ادامه یابد، ... شیوه پاسخ ...`، `پاسخی قاطع ... خواهد داد`)
    const reply = event.lemma.split(' ').some((word) => FORCE_REPLY_WORDS.has(word)) || mainWords.some((k) => FORCE_REPLY_WORDS.has(k) || FORCE_REPLY_WORDS.has(k.replace(/ی$/, '')));
    if (reply && conditionWords.some((k) => ATTACK_NOUNS.has(k) || KILLING_NOUNS.has(k))) type = 'ASSAULT';
    // a target promised is an attack promised whatever the condition (`... بی‌درنگ هدف قرار می‌گیرند`)
    else if (mainWords.some((k, i) => k === 'هدف' && mainWords[i + 1] === 'قرار')) type = 'ASSAULT';
    else if (mainWords.some((k) => PROTEST_WORDS.has(k))) type = 'PROTEST';
    if (!type) continue;
    const { speech: _speech, claim: _claim, ...sides } = event;
    acts.push({ ...sides, type, modality: 'hypothetical' });
  }
  return acts;
}

/** Words naming the two sides of an act between them (`میان`، `بین`). */
const BETWEEN: ReadonlySet<string> = new Set(['میان', 'بین']);
/** How far from its trigger `میان X و Y` is looked for. */
const BETWEEN_REACH = 8;

/**
 * The two sides of an act named as `میان X و Y` (or `بین`) near its trigger, within its clause:
 * `توافق آتش‌بس میان ارتش و نیروهای واکنش سریع امضا نشد` → [ارتش, نیروهای واکنش سریع].
 */
function betweenSides(context: EventContext, from: number, match: { first: number; verb: number }, last: number): [Party, Party] | undefined {
  const { keys } = context.view;
  const to = Math.min(last, match.verb + BETWEEN_REACH);
  for (let t = Math.max(from, match.first - BETWEEN_REACH); t < to; t++) {
    if (t > match.verb && (OBJECT_STOPS.has(keys[t]) || context.view.tokens[t].pos === 'VERB')) break;
    if (!BETWEEN.has(keys[t])) continue;
    const sides = withConjuncts(context.parties, keys, partyStartingAt(context.parties, t + 1), last);
    if (sides.length >= 2 && sides[0] !== sides[1]) return [sides[0], sides[1]];
  }
  return undefined;
}

/** Parts of speech of a noun that may be coordinated with a party (`مجلس و دولت`). */
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Where what is said begins: after `:`, `«` or `که`. */
const SAID_OPENERS: ReadonlySet<string> = new Set([':', '«', 'که']);

/**
 * An obligation someone else is told of (`گفت: وزارت کار باید ... ارائه دهد`) is a request of it:
 * REQUEST, asserted, by the speaker (else the subject of the saying clause) of the one party right
 * before `باید` in what is said — not a pair (`مجلس و دولت باید در کنار هم ...`), not the speaker,
 * not `ما` (the party must be named; `دولت` by itself is the home government).
 */
function obligationRequest(context: EventContext, sentence: { first: number; last: number }): FoundEvent | undefined {
  const { keys } = context.view;
  for (let t = sentence.first + 1; t < sentence.last; t++) {
    if (keys[t] !== 'باید') continue;
    // `دولت` named by itself is the home country's government
    const party = context.parties.at[t - 1] >= 0 ? context.parties.parties[context.parties.at[t - 1]] : keys[t - 1] === 'دولت' ? { first: t - 1, last: t - 1, country: context.homeCountry, place: false } : undefined;
    if (!party) continue;
    const before = party.first - 2;
    const paired = (keys[party.first - 1] === 'و' || keys[party.first - 1] === '،') && before >= 0 && (context.parties.at[before] >= 0 || NOUNS.has(context.view.tokens[before].pos ?? ''));
    if (party.place || party.last !== t - 1 || paired) continue;
    let opener = -1;
    for (let u = party.first - 1; u >= sentence.first && opener < 0; u--) if (SAID_OPENERS.has(keys[u])) opener = u;
    if (opener < 0) continue;
    const actor = context.speakerAt(t) ?? subjectIn(context, sentence.first, opener);
    if (!actor || actor === party || (actor.mention && actor.mention.entity === party.mention?.entity)) continue;
    return { type: 'REQUEST', trigger: [t, t], lemma: 'باید', actor, recipient: party, modality: 'asserted' };
  }
  return undefined;
}

/** How far before a failing verb a negated `توانست` is looked for (`نتوانسته وعده‌ها را عملی کند`). */
const COULD_NOT_REACH = 8;

/**
 * A failure told of someone (`گفت: وزارت رفاه هیچ برنامه‌ای ارائه نکرده است`، `با بیان اینکه X به
 * وعده‌اش عمل نکرده است`) as an accusation: the verb negated, or a negated `توانست` just before it; the
 * failing party the named subject of its clause, opened by `:`، `«`، `که` or `اینکه`; the accuser the
 * speaker of the quote, else the subject of the saying clause. Read as something said (a speech act).
 */
function failureAccusation(context: EventContext, match: TriggerMatch<EventPattern>, lemma: string, sentence: { first: number; last: number }): FoundEvent | undefined {
  const { keys, tokens } = context.view;
  let failed = !!lemma && isNegated(tokens[match.verb], lemma);
  for (let t = match.first - 1; !failed && t >= sentence.first && match.first - t <= COULD_NOT_REACH; t--) {
    if (tokens[t].pos === 'VERB' && /^نتوان/.test(keys[t])) failed = true;
  }
  if (!failed) return undefined;
  let opener = -1;
  for (let t = match.first - 1; t >= sentence.first && opener < 0; t--) if (SAID_OPENERS.has(keys[t]) || keys[t] === 'اینکه') opener = t;
  if (opener < 0) return undefined;
  const recipient = subjectIn(context, opener + 1, match.first);
  const actor = context.speakerAt(match.first) ?? subjectIn(context, sentence.first, opener);
  if (!recipient || !actor || actor === recipient || (actor.mention && actor.mention.entity === recipient.mention?.entity)) return undefined;
  return { type: 'ACCUSE', trigger: [match.first, match.verb], lemma: [...match.trigger.words, lemma].join(' '), actor, recipient, modality: 'asserted', speech: true };
}

/** Openers of a condition whose main clause may be a threat. */
/** Words of a condition that asks for or consents to something: what follows is an offer. */
const OFFER_WORDS: ReadonlySet<string> = new Set(['درخواست', 'موافقت', 'بخواهد', 'بخواهند', 'تمایل', 'بپذیرد', 'بپذیرند', 'نیاز']);
/** Most tokens of a condition before its comma. */
const CONDITION_WORDS = 30;

/**
 * A threat made as a condition and what follows if it is met: `اگر کشورهای اروپایی مکانیسم ماشه را فعال
 * کنند، مجلس ... در دستور کار قرار خواهد داد` → THREATEN by the main clause's subject (else the
 * speaker, else who says it), asserted, since it was made. The condition must be unwelcome to the
 * actor — its verb negated (`اگر مطالبات پرداخت نشود`) or its subject another side (another country,
 * or an unnamed foreign one, `طرف‌های اروپایی`, left uncoded) — and the main clause in the future
 * tense (or, after a negated condition, a present `می‌...`: `اگر پاسخی نگیریم، اعتصاب گسترش پیدا
 * می‌کند`), with no readiness or relief in it (an offer is no threat). The recipient is the condition's
 * side, else for a home actor the party of another country its main clause names, else the home country.
 */
function conditionalThreat(context: EventContext, sentence: { first: number; last: number }, countryOf: (party: Party) => string | undefined): FoundEvent | undefined {
  const { view, verbs } = context;
  const { keys, tokens } = view;
  for (let t = sentence.first; t < sentence.last; t++) {
    const opener = sequenceAt(keys, t, CONDITION_OPENERS);
    if (!opener) continue;
    let comma = t + opener.length;
    while (comma < sentence.last && comma - t < CONDITION_WORDS && keys[comma] !== '،' && keys[comma] !== '.') comma++;
    if (keys[comma] !== '،') return undefined;
    let end = comma + 1;
    while (end < sentence.last && keys[end] !== '.' && keys[end] !== '؛' && keys[end] !== '«') end++;
    let future = -1;
    for (let u = comma + 1; u < end && future < 0; u++) {
      if (FUTURE_AUXILIARIES.has(keys[u]) || ((tokens[u].pos === 'VERB' || tokens[u].pos === 'AUX') && (tokens[u].feats ?? '').includes('Tense=Fut'))) future = u;
    }
    // with an unmet condition (`اگر پاسخی نگیریم`), a present `می‌...` main verb says what will follow too
    let negatedCondition = false;
    for (let u = t + opener.length; u < comma; u++) if ((tokens[u].pos === 'VERB' || tokens[u].pos === 'AUX') && isNegated(tokens[u], verbLemma(tokens[u], verbs))) negatedCondition = true;
    for (let u = comma + 1; u < end && future < 0 && negatedCondition; u++) {
      if (tokens[u].pos === 'VERB' && /^می/.test(keys[u]) && (tokens[u].feats ?? '').includes('Tense=Pres')) future = u;
    }
    if (future < 0 || keys.slice(comma + 1, end).some((k) => READINESS.has(k) || AID_NOUNS.has(k))) return undefined;
    const actor = subjectIn(context, comma + 1, future)
      ?? (isFirstPerson(view, future, Math.min(end - 1, future + 1)) ? context.speakerAt(future) : undefined)
      ?? subjectIn(context, sentence.first, t) ?? context.speakerAt(t);
    const actorCountry = actor && countryOf(actor);
    if (!actor || !actorCountry) return undefined;
    const negated = negatedCondition;
    const condition = conditionSubject(view, context.parties, t, comma + 1);
    const side = condition.party && !condition.party.place && countryOf(condition.party) && countryOf(condition.party) !== actorCountry ? condition.party : undefined;
    if (!negated && !side && !condition.unnamedForeign) return undefined;
    // what follows a request or consent of the other side is an offer (`در صورتی که دولت لبنان درخواست کند، ...`)
    if (keys.slice(t, comma).some((k) => OFFER_WORDS.has(k))) return undefined;
    const home = !side && !condition.unnamedForeign && actorCountry === context.homeCountry;
    // a home actor's threat whose main clause names a party of another country is aimed at it (`ایران ناچار خواهد بود صادرات گاز به عراق را کاهش دهد`)
    const named = home ? otherSides(context, comma + 1, end, actor)[0] : undefined;
    const recipient: Party | undefined = side ?? named ?? (home ? { first: t, last: t, country: context.homeCountry, place: false } : undefined);
    return { type: 'THREATEN', trigger: [t, t + opener.length - 1], lemma: opener.join(' '), actor, recipient, modality: 'asserted' };
  }
  return undefined;
}

/** Nouns of papers and messages (match keys): what is handed over with one of them is no aid. */
const PAPER_NOUNS: ReadonlySet<string> = new Set(['پیام', 'نامه', 'اسناد', 'سند', 'مدارک', 'درخواست', 'گزارش', 'پرونده', 'دعوتنامه', 'استوارنامه', 'یادداشت', 'فهرست']);

/** Goods of trade and their measures (match keys): what is delivered with one of them and no relief noun is sold, no aid. */
const TRADED_GOODS: ReadonlySet<string> = new Set(['گاز', 'نفت', 'برق', 'بنزین', 'گازوئیل', 'سوخت', 'میعانات', 'مترمکعب', 'بشکه', 'مگاوات'].map(matchKey));

/** Nouns of relief: a team or load sent with one of them is aid (`تیم‌های درمانی`، `اقلام دارویی`). */
const AID_NOUNS: ReadonlySet<string> = new Set(['کمک', 'کمکهای', 'کمکها', 'امدادی', 'امداد', 'درمانی', 'دارویی', 'دارو', 'پزشکی', 'بشردوستانه', 'غذایی', 'اقلام', 'امدادگران', 'امدادرسانی']);

/** Where `خبر` + a verb (`خبر داد`، `خبر می‌دهد`) follows in `[from, to)` before the clause ends, or -1. */
function announcementAfter(view: SentenceView, from: number, to: number): number {
  const { keys, tokens } = view;
  for (let t = from; t < to - 1 && t - from < 40; t++) {
    if (keys[t] === '.' || keys[t] === '«') return -1;
    if (keys[t] === 'خبر' && (tokens[t + 1].pos === 'VERB' || /^(?:ن?می)?(?:داد|دهد|دهند|دادند|داده)/.test(keys[t + 1]))) return t;
  }
  return -1;
}

/** The first party in `[from, to)` that is not a place and has a country. */
function firstCountryParty(context: EventContext, from: number, to: number): Party | undefined {
  for (let t = from; t < to; t++) {
    const party = partyStartingAt(context.parties, t);
    if (party && !party.place && partyCountry(context, party)) return party;
  }
  return undefined;
}

/**
 * The other sides of an act announced or done together: every party in `[from, to)` other than a city
 * or region whose country is not the actor's, one per country (`قرارداد سه جانبه سوآپ گاز ترکمنستان به عراق` → TKM, IRQ).
 */
function otherSides(context: EventContext, from: number, to: number, actor: Party | undefined): Party[] {
  const own = actor && partyCountry(context, actor);
  const seen = new Set<string>(own ? [own] : []);
  const sides: Party[] = [];
  for (let t = from; t < to; t++) {
    const party = partyStartingAt(context.parties, t);
    if (!party || party.place || party === actor || (actor?.mention && party.mention?.entity === actor.mention.entity)) continue;
    const country = partyCountry(context, party);
    if (!country || seen.has(country)) continue;
    seen.add(country);
    sides.push(party);
  }
  return sides;
}

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
function ellipsisMatches(view: SentenceView, first: number, last: number, patterns: Map<string, Trigger<EventPattern>[]>, verbs?: VerbTable): TriggerMatch<EventPattern>[] {
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

/**
 * A claim about the claimant's own act is no accusation (`ارتش ... مدعی شد که انبارهای حزب‌الله را
 * هدف قرار داده است`): claims whose actor's country acts again later in the sentence are dropped.
 */
/**
 * Events aimed at a member of a list of three or more parties of other countries than the actor's
 * (`فرانسه، آلمان و انگلیس`) aimed at the list as one side with no country, once per type and actor.
 * A list with the actor's own side in it (`نیروی دریایی سپاه و ناوگان‌های روسیه و چین`) stays members.
 */
function asGroups(context: EventContext, events: FoundEvent[], limit: number): FoundEvent[] {
  const seen = new Set<string>();
  const kept: FoundEvent[] = [];
  for (const event of events) {
    const actorCountry = event.actor && partyCountry(context, event.actor);
    const group = event.recipient && groupOf(context.parties, context.view.keys, event.recipient, limit, (party) => {
      const country = partyCountry(context, party);
      return country === actorCountry ? undefined : country;
    });
    if (!group) {
      kept.push(event);
      continue;
    }
    const key = `${event.type}|${event.actor?.first}|${group.first}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ ...event, recipient: group });
  }
  return kept;
}

function dropOwnClaims(events: FoundEvent[], countryOf: (party: Party | undefined) => string | undefined): FoundEvent[] {
  return events.filter((event) => {
    if (!event.claim) return true;
    const country = countryOf(event.actor);
    return !events.some((other) => !other.speech && other.trigger[0] > event.trigger[1] && country && countryOf(other.actor) === country);
  });
}

/**
 * The recipient of an accusation, threat or rejection: for a threat, the subject of the condition
 * that follows it (`هشدار داد: در صورتی که برلین ...` → برلین) or, when the one named is on the
 * actor's own side, the other side; for a rejection with none named, the author of the last claim
 * (`این ادعا را رد کرد`); else the opposing party.
 */
function opposedRecipient(context: EventContext, type: PloverType, actor: Party, recipient: Party | undefined, sentence: { first: number; last: number; paragraph?: number }, verb: number, countryOf: (party: Party) => string | undefined): Party | undefined {
  const actorCountry = countryOf(actor);
  // a threat is aimed at a side named in its own paragraph; a rejection may answer a claim of an earlier one
  const since = type === 'THREATEN' && sentence.paragraph !== undefined ? context.view.paragraphs[sentence.paragraph]?.first : undefined;
  const opposing = (): Party | undefined =>
    opposingParty(context.view, context.parties, context.memory, { from: sentence.first, to: sentence.last, verb: verb + 1, since, skip: (t) => t >= actor.first && t <= actor.last }, actorCountry, countryOf, context.memory.attacker);
  const against = (party: Party | undefined): boolean => !!party && !!actorCountry && !!countryOf(party) && countryOf(party) !== actorCountry;
  if (type === 'THREATEN') {
    const condition = conditionSubject(context.view, context.parties, sentence.first, sentence.last);
    if (condition.unnamedForeign) return undefined;
    if (against(condition.party)) return condition.party;
    if (recipient && actorCountry && countryOf(recipient) === actorCountry) return opposing() ?? recipient;
  }
  if (recipient) return recipient;
  // the charge rejected is the last claimant's, at home too (`همه اتهامات را رد کرد` after the prosecutor's accusation)
  const claimant = context.memory.claimant;
  if (type === 'REJECT' && claimant && (against(claimant) || (actorCountry && countryOf(claimant) === actorCountry && claimant.mention && claimant.mention.entity !== actor.mention?.entity))) return claimant;
  return opposing();
}
