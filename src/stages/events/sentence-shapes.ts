import { PREPOSITIONS } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import type { TriggerMatch } from '../clauses/trigger-table.js';
import { FUTURE_AUXILIARIES, FUTURE_FORMS, isNegated, verbLemma } from '../clauses/verb-lemma.js';
import { armedSide, placeStruck } from './attack-sides.js';
import { actNounAt, chargedAct } from './carrier-verbs.js';
import { warringSidesNamed } from './both-sides.js';
import { type EventContext, type EventPattern, type FoundEvent, isCountryParty, isInternational, partyCountry } from './event-context.js';
import type { Modality, PloverType } from './event-layer.js';
import { CONDITIONS, isFirstPerson, modalityOf, READINESS } from './event-modality.js';
import { firstPartyIn, type Party, partyStartingAt } from './event-parties.js';
import { subjectIn } from './event-subject.js';
import { otherSides, THAT } from './named-sides.js';
import { ATTACK_NOUNS, CONDITION_OPENERS, conditionSubject, sequenceAt } from './opposing-party.js';

/**
 * Events read from a sentence's shape rather than one trigger: a threat made as a condition, the act a
 * threat promises, an obligation told of another party, a failure told of someone, the act an accusation charges.
 * @module
 */

/** Words of a threat that promise force (`پاسخ خواهیم داد`، `در امان نخواهد بود`، `بی‌پاسخ نخواهد ماند`): match keys. */
const FORCE_REPLY_WORDS: ReadonlySet<string> = new Set(['پاسخ', 'بیپاسخ', 'امان', 'انتقام', 'تیررس']);

/** Words of a reply that threaten only when negated (`بی‌پاسخ نخواهد ماند`، `در امان نخواهد بود`): match keys. */
const NEGATED_REPLY_WORDS: ReadonlySet<string> = new Set(['بیپاسخ', 'امان']);
/** How far before a threat's words `هر`/`هرگونه` is looked for. */
const EVERY_REACH = 8;

/**
 * Whether a threat's own words promise force: a reply word (`پاسخ قاطع خواهد داد`، `بی‌پاسخ نخواهد ماند`) with a verb
 * in the future or present, negated for `بی‌پاسخ`/`امان` and not for the others (`پاسخ نخواهد داد` promises nothing,
 * `بی‌پاسخ ماند` tells the past).
 */
function promisesForce(view: SentenceView, event: FoundEvent): boolean {
  const words = event.lemma.split(' ');
  if (!words.some((word) => FORCE_REPLY_WORDS.has(word))) return false;
  const [first, verb] = event.trigger;
  const span = view.keys.slice(first, verb + 1);
  const feats = view.tokens[verb].feats ?? '';
  const future = span.some((k) => FUTURE_AUXILIARIES.has(k)) || feats.includes('Tense=Fut');
  if (!future && !feats.includes('Tense=Pres')) return false;
  const negated = span.some((k) => k.startsWith('ن') && FUTURE_AUXILIARIES.has(k)) || isNegated(view.tokens[verb], words[words.length - 1]);
  return words.some((word) => NEGATED_REPLY_WORDS.has(word)) ? negated : !negated;
}

/** How many words after a reply word its verb may stand (`پاسخی متناسب در عمق ... در پی خواهد داشت`). */
const REPLY_VERB_REACH = 8;

/**
 * Whether what a warning says in `[from, to)` promises force (`هشدار داد که تجاوزات دشمن بی‌پاسخ نخواهد ماند`،
 * `... به این تجاوز پاسخی قاطع خواهد داد`): a reply word (`بی پاسخ` spaced too) and, within
 * {@link REPLY_VERB_REACH} words, a future or present verb, negated for `بی‌پاسخ`/`امان` and not for the others —
 * only when the sentence names an attack (a reply to sanctions, `این اقدام را بی‌پاسخ نخواهد گذاشت`, is no force)
 * and the reply answers no `هر`/`هرگونه` act (`هرگونه تعرض ... با پاسخ قاطع روبه‌رو خواهد شد` deters, it promises nothing).
 */
function forceWarnedOf(view: SentenceView, sentence: { first: number; last: number }, from: number, to: number): boolean {
  const { keys, tokens } = view;
  if (!keys.slice(sentence.first, sentence.last).some((k) => ATTACK_NOUNS.has(k))) return false;
  if (answersEveryAct(keys, from, to)) return false;
  for (let t = from; t < to; t++) {
    const spacedNegative = keys[t] === 'بی' && keys[t + 1] === 'پاسخ';
    const word = spacedNegative ? 'بیپاسخ' : keys[t].replace(/ی$/, '');
    if (!FORCE_REPLY_WORDS.has(word) && !FORCE_REPLY_WORDS.has(keys[t])) continue;
    for (let v = t + 1; v < Math.min(to, t + 1 + REPLY_VERB_REACH); v++) {
      const feats = tokens[v].feats ?? '';
      const auxiliary = FUTURE_AUXILIARIES.has(keys[v]);
      if (!auxiliary && tokens[v].pos !== 'VERB') continue;
      if (!auxiliary && !feats.includes('Tense=Fut') && !feats.includes('Tense=Pres')) break;
      const negated = (auxiliary && keys[v].startsWith('ن')) || (!auxiliary && isNegated(tokens[v], verbLemma(tokens[v])));
      if (NEGATED_REPLY_WORDS.has(word) ? negated : !negated) return true;
      break;
    }
  }
  return false;
}

/** Nouns of military operations (match keys): what a warning says will go on or widen (`عملیات خود را ادامه خواهد داد`). */
const OPERATION_NOUNS: ReadonlySet<string> = new Set(['عملیات', 'عملیاتها', 'عملیاتهای', 'حملات', 'حملهها', 'حملههای', 'بمبارانها', 'پاسخ'].map(matchKey));
/** Nominal parts of verbs of going on or widening (`ادامه خواهد داد`، `گسترش خواهد یافت`، `تشدید خواهد کرد`). */
const WIDENING: ReadonlySet<string> = new Set(['ادامه', 'گسترش', 'تشدید'].map(matchKey));
/** Light verbs of doing after the future auxiliary (`ادامه خواهد داد`، `تشدید خواهد کرد`): the warner acts, not `گسترش خواهد یافت`. */
const DOING: ReadonlySet<string> = new Set(['داد', 'کرد'].map(matchKey));
/** How many words a verb of going on may stand after the operations it tells of. */
const OPERATIONS_REACH = 12;

/**
 * Whether `[from, to)` tells that operations will go on or widen (`عملیات خود را تا رفع تهدید ادامه خواهد داد`،
 * `دامنه حملات را به بیروت گسترش خواهد داد`): a noun of operations, then within {@link OPERATIONS_REACH} words
 * `ادامه`/`گسترش`/`تشدید` before a future auxiliary that is not negated (`ادامه نخواهد داد` promises nothing) and a
 * light verb of doing (`حملات ... گسترش خواهد یافت` tells what others will do, no act of the warner's).
 */
function operationsGoOn(keys: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    if (!OPERATION_NOUNS.has(keys[t])) continue;
    for (let u = t + 1; u < Math.min(to - 1, t + OPERATIONS_REACH); u++) {
      if (WIDENING.has(keys[u]) && FUTURE_FORMS.has(keys[u + 1]) && DOING.has(keys[u + 2])) return true;
    }
  }
  return false;
}

/** Whether `هرگونه` or `هر` (not `هر دو`) stands in `[from, to)`: the reply answers any act, a hypothetical one. */
function answersEveryAct(keys: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (keys[t] === 'هرگونه' || (keys[t] === 'هر' && keys[t + 1] !== 'دو')) return true;
  return false;
}

/** Killings named as a threat's condition (match keys): an attack as much as `حملات` (`اگر ترورها ... ادامه یابد`). */
const KILLING_NOUNS: ReadonlySet<string> = new Set(['ترور', 'ترورها', 'ترورهای', 'کشتار'].map(matchKey));

/** Words of a protest (match keys): a threat whose main clause names one promises a protest (`اعتصاب ... گسترش پیدا می‌کند`). */
export const PROTEST_WORDS: ReadonlySet<string> = new Set(['اعتصاب', 'اعتصابات', 'تجمع', 'تجمعات', 'تحصن', 'اعتراض', 'اعتراضات', 'راهپیمایی']);

/**
 * The act a threat promises, as an event with the threat's two sides — under a condition, hypothetical:
 * an ASSAULT when the threat promises a reply, in its own words or its main clause, and its condition is an
 * attack or killings (`اگر به نیروهای ما حمله شود، با قدرت پاسخ خواهیم داد`، `اگر ترورها ادامه یابد، ...
 * بی‌پاسخ نخواهد ماند`), a PROTEST when its main clause names one (`اگر پاسخی نگیریم، اعتصاب به همه
 * استان‌ها گسترش پیدا می‌کند`). A threat with another condition (`اگر روسیه قرارداد را لغو کند، پاسخ قاطع
 * خواهیم داد`) promises neither; a reply promised with no condition at all (`تجاوزات دشمن بی‌پاسخ نخواهد ماند`،
 * `در تیررس ما قرار دارد`) promises an ASSAULT, planned (hypothetical when it answers `هر`/`هرگونه` act), as the guide reads it;
 * so do a warning whose words after its verb promise force against an attack the sentence names (`forceWarnedOf`) and
 * operations said to go on or widen (`operationsGoOn`; hypothetical under a condition).
 */
export function threatenedActs(view: SentenceView, sentence: { first: number; last: number }, events: FoundEvent[]): FoundEvent[] {
  const { keys } = view;
  const acts: FoundEvent[] = [];
  for (const event of events) {
    if (event.type !== 'THREATEN' || !event.recipient) continue;
    // the condition: before the threat's words, or those words themselves (a threat read from the sentence's shape)
    let condition = -1;
    // or after a threat's verb that announces it (`هشدار داد: اگر ...، هدف قرار می‌گیرند`)
    for (let t = sentence.first; t < sentence.last && condition < 0; t++) if (sequenceAt(keys, t, CONDITIONS)) condition = t;
    if (condition < 0) {
      // a reply promised with no condition is force promised (`تجاوزات دشمن بی‌پاسخ نخواهد ماند`), in the threat's own
      // words or in what a warning says after its verb (`هشدار داد که ... بی‌پاسخ نخواهد ماند`، `... عملیات خود را ادامه خواهد داد`)
      const said = event.trigger[1] + 1;
      if (promisesForce(view, event) || forceWarnedOf(view, sentence, said, sentence.last) || operationsGoOn(keys, said, sentence.last)) {
        const { speech: _speech, claim: _claim, ...sides } = event;
        acts.push({ ...sides, type: 'ASSAULT', modality: answersEveryAct(keys, Math.max(sentence.first, event.trigger[0] - EVERY_REACH), event.trigger[0]) ? 'hypothetical' : 'planned' });
      }
      continue;
    }
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
    // operations promised to widen are an attack promised whatever the condition (`... دامنه عملیات را گسترش خواهد داد`)
    else if (operationsGoOn(keys, comma + 1, sentence.last)) type = 'ASSAULT';
    else if (mainWords.some((k) => PROTEST_WORDS.has(k))) type = 'PROTEST';
    if (!type) continue;
    const { speech: _speech, claim: _claim, ...sides } = event;
    acts.push({ ...sides, type, modality: 'hypothetical' });
  }
  return acts;
}

/** Words of a military exercise (match keys). */
const EXERCISE_WORDS: ReadonlySet<string> = new Set(['رزمایش', 'رزمایشهای', 'مانور', 'مانورهای'].map(matchKey));
/** Nouns of taking part before a verb of having or doing (`حضور دارند`، `شرکت خواهند کرد`). */
const TAKING_PART: ReadonlySet<string> = new Set(['حضور', 'شرکت'].map(matchKey));
const TAKING_PART_VERBS: ReadonlySet<string> = new Set(['داشت', 'کرد', 'یافت'].map(matchKey));
/** How many words back an exercise named before `آن` is looked for. */
const EXERCISE_REACH = 60;
/** How many words the `در ...` phrase naming the exercise may take before `حضور`/`شرکت`. */
const EXERCISE_PHRASE = 6;

/**
 * Forces of other countries taking part in an exercise of the home country's, or watching it: the host cooperates
 * with each, as the guide reads it (COOPERATE of the host navy with each observer country, CS, CV, CX and every
 * writer since; the early writers coded the guest as actor): `یگان‌هایی از نیروی دریایی عمان و پاکستان در این رزمایش
 * حضور دارند`، `ناظرانی از ارتش پاکستان در آن شرکت خواهند کرد` → COOPERATE IRN→OMN and IRN→PAK, one event per
 * country, the modality the verb's. The exercise must be named in the `در ...` phrase right before `حضور`/`شرکت` (or `آن` there,
 * after one named just before), with no side of another country in that phrase (`رزمایش ناتو`); the verb one of
 * having or doing; the parties those before the phrase in its clause (a list's commas do not end it: `ناوهایی از
 * پاکستان، عمان و قزاقستان`), not governed by a preposition but the partitive `از` after forces.
 */
export function exerciseParticipants(context: EventContext, sentence: { first: number; last: number }): FoundEvent[] {
  const { keys, tokens } = context.view;
  const home = context.homeCountry;
  if (!home) return [];
  const events: FoundEvent[] = [];
  for (let t = sentence.first + 1; t + 1 < sentence.last; t++) {
    if (!TAKING_PART.has(keys[t])) continue;
    let verb = t + 1;
    while (verb < Math.min(sentence.last, t + 3) && tokens[verb].pos !== 'VERB') verb++;
    const lemma = verb < sentence.last && tokens[verb].pos === 'VERB' ? verbLemma(tokens[verb], context.verbs) : '';
    if (!TAKING_PART_VERBS.has(lemma)) continue;
    // the place taken part in: `در` + the exercise (or `آن` after one named just before) right before `حضور`/`شرکت`
    let at = t - 1;
    while (at > sentence.first && t - at <= EXERCISE_PHRASE && keys[at] !== 'در') at--;
    if (keys[at] !== 'در') continue;
    const phrase = keys.slice(at + 1, t);
    const named = phrase.some((k) => EXERCISE_WORDS.has(k)) || (phrase.includes(THAT) && keys.slice(Math.max(0, at - EXERCISE_REACH), at).some((k) => EXERCISE_WORDS.has(k)));
    if (!named) continue;
    // an exercise named with a side of its own is that side's, not the home country's (`رزمایش ناتو`، `رزمایش مشترک با آمریکا`)
    let hosted = true;
    for (let u = at + 1; u < t && hosted; u++) {
      const index = context.parties.at[u];
      if (index >= 0 && partyCountry(context, context.parties.parties[index]) !== home) hosted = false;
    }
    if (!hosted) continue;
    // the clause's start: back to a comma (not one inside a list of parties: `ناوهایی از پاکستان، عمان و قزاقستان`), که or a verb
    let from = at - 1;
    const listComma = (u: number): boolean => keys[u] === '،' && context.parties.at[u - 1] >= 0 && !!partyStartingAt(context.parties, u + 1);
    while (from > sentence.first && (keys[from] !== '،' || listComma(from)) && keys[from] !== 'که' && tokens[from].pos !== 'VERB') from--;
    const seen = new Set<string>();
    for (let u = from; u < at; u++) {
      const index = context.parties.at[u];
      if (index < 0) continue;
      const party = context.parties.parties[index];
      u = party.last;
      // a side governed by a preposition takes no part, but the partitive `از` after forces (`یگان‌هایی از نیروی دریایی عمان`)
      const governing = keys[party.first - 1];
      if (PREPOSITIONS.has(governing) && !(governing === 'از' && (tokens[party.first - 2]?.pos === 'NOUN' || tokens[party.first - 2]?.pos === 'ADJ'))) continue;
      const country = partyCountry(context, party);
      if (!country || country === home || seen.has(country) || (party.place && !party.capital && !isCountryParty(context, party))) continue;
      seen.add(country);
      events.push({ type: 'COOPERATE', trigger: [t, verb], lemma: `${keys[t]} ${lemma}`, actor: { first: t, last: t, country: home, place: false }, recipient: party, modality: modalityOf(context.view, sentence.first, [t, verb], lemma) });
    }
  }
  return events;
}

/** Parts of speech of a noun that may be coordinated with a party (`مجلس و دولت`). */
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Where what is said begins: after `:`, `«` or `که`. */
const SAID_OPENERS: ReadonlySet<string> = new Set([':', '«', 'که']);

/** Words of an obligation (match keys): `باید`، `موظف است`. */
const OBLIGED: ReadonlySet<string> = new Set(['باید', 'موظف', 'موظفند'].map(matchKey));
/** Words that may stand between the obliged party and `باید` (`بغداد نیز باید`). */
const ALSO: ReadonlySet<string> = new Set(['نیز', 'هم']);

/**
 * An obligation someone else is told of (`گفت: وزارت کار باید ... ارائه دهد`، `با بیان اینکه دولت موظف است
 * ...`) is a request of it: REQUEST, asserted, by the speaker (else the subject of the saying clause) of the
 * one party right before `باید` or `موظف` (past `نیز`/`هم`) in what is said (after `:`، `«`، `که`، `اینکه`) —
 * not a pair (`مجلس و دولت باید در کنار هم ...`), not a town (a capital stands for its government), not the
 * speaker, not `ما` (the party must be named; `دولت` by itself is the home government).
 */
export function obligationRequest(context: EventContext, sentence: { first: number; last: number }): FoundEvent | undefined {
  const { keys } = context.view;
  for (let t = sentence.first + 1; t < sentence.last; t++) {
    if (!OBLIGED.has(keys[t])) continue;
    const end = ALSO.has(keys[t - 1]) ? t - 2 : t - 1;
    if (end < sentence.first) continue;
    // `دولت` named by itself is the home country's government
    const party = context.parties.at[end] >= 0 ? context.parties.parties[context.parties.at[end]] : keys[end] === 'دولت' ? { first: end, last: end, country: context.homeCountry, place: false } : undefined;
    if (!party) continue;
    const before = party.first - 2;
    const paired = (keys[party.first - 1] === 'و' || keys[party.first - 1] === '،') && before >= 0 && (context.parties.at[before] >= 0 || NOUNS.has(context.view.tokens[before].pos ?? ''));
    if ((party.place && !party.capital) || party.last !== end || paired) continue;
    let opener = -1;
    for (let u = party.first - 1; u >= sentence.first && opener < 0; u--) if (SAID_OPENERS.has(keys[u]) || keys[u] === 'اینکه') opener = u;
    if (opener < 0) continue;
    const actor = context.speakerAt(t) ?? subjectIn(context, sentence.first, opener);
    if (!actor || actor === party || (actor.mention && actor.mention.entity === party.mention?.entity)) continue;
    return { type: 'REQUEST', trigger: [t, t], lemma: keys[t], actor, recipient: party, modality: 'asserted' };
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
export function failureAccusation(context: EventContext, match: TriggerMatch<EventPattern>, lemma: string, sentence: { first: number; last: number }): FoundEvent | undefined {
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

/** Words of a condition that asks for or consents to something: what follows is an offer. */
const OFFER_WORDS: ReadonlySet<string> = new Set(['درخواست', 'موافقت', 'بخواهد', 'بخواهند', 'تمایل', 'بپذیرد', 'بپذیرند', 'نیاز']);

/** Most tokens of a condition before its comma. */
const CONDITION_WORDS = 30;

/** Nouns of relief: a team or load sent with one of them is aid (`تیم‌های درمانی`، `اقلام دارویی`). */
export const AID_NOUNS: ReadonlySet<string> = new Set(['کمک', 'کمکهای', 'کمکها', 'امدادی', 'امداد', 'درمانی', 'دارویی', 'دارو', 'پزشکی', 'بشردوستانه', 'غذایی', 'اقلام', 'امدادگران', 'امدادرسانی']);

/** `در صورت` + a noun: a condition named by a noun phrase (`در صورت ادامه این روند`). */
const IN_CASE_OF = ['در', 'صورت'];
/** Nouns of something going on (match keys): its going on is what a threat is made against (`در صورت ادامه/تکرار/تداوم ...`). */
const GOING_ON: ReadonlySet<string> = new Set(['ادامه', 'تکرار', 'تداوم', 'استمرار'].map(matchKey));
/** How many words after `در صورت` a negated verbal noun (`عملی نشدن`، `پرداخت نکردن`) is looked for. */
const UNMET_REACH = 4;

/**
 * Whether `در صورت` at `t` opens a condition unwelcome to the one who sets it: something going on (`در صورت
 * ادامه این روند`) or not done, told by a negated verbal noun (`در صورت عملی نشدن تعهدات`) — unlike a
 * condition of an offer (`در صورت درخواست دولت افغانستان`، `در صورت برقراری آتش‌بس`).
 */
function unwelcomeCondition(keys: readonly string[], t: number): boolean {
  if (keys[t] !== 'در' || keys[t + 1] !== 'صورت') return false;
  if (GOING_ON.has(keys[t + 2])) return true;
  for (let u = t + 2; u < t + 2 + UNMET_REACH && u < keys.length && keys[u] !== '،'; u++) if (/^ن.+(?:دن|تن)$/.test(keys[u])) return true;
  return false;
}

/** The side a condition named by a noun phrase speaks of (`در صورت بازنگری نکردن AFC` → AFC): its first party in `[from, to)` that is no town or region. */
function nounConditionParty(context: EventContext, from: number, to: number): Party | undefined {
  return firstPartyIn(context.parties, from, to, (party) => !party.place || !!party.capital);
}

/** The first party of another country than `own` in `[from, to)`: a person, a body, a country or a capital (no town). */
function stateBefore(context: EventContext, from: number, to: number, own: string, countryOf: (party: Party) => string | undefined): Party | undefined {
  for (let t = from; t < to; t++) {
    const party = partyStartingAt(context.parties, t);
    // (not one governed by a preposition: the venue or a partner met, `در وین`، `با تارو کونو`)
    const country = party && (!party.place || party.capital) && !PREPOSITIONS.has(context.view.keys[t - 1]) ? countryOf(party) : undefined;
    if (party && country && country !== own) return party;
  }
  return undefined;
}

/**
 * A threat made as a condition and what follows if it is met: `اگر کشورهای اروپایی مکانیسم ماشه را فعال
 * کنند، مجلس ... در دستور کار قرار خواهد داد` → THREATEN by the main clause's subject (else the
 * speaker, else who says it), asserted, since it was made. The condition must be unwelcome to the
 * actor — its verb negated (`اگر مطالبات پرداخت نشود`), something going on or not done named by a noun
 * (`در صورت ادامه این روند`، `در صورت عملی نشدن تعهدات`: see {@link unwelcomeCondition}) or its subject another side (another country,
 * or an unnamed foreign one, `طرف‌های اروپایی`, left uncoded) — and the main clause in the future
 * tense (or, after a negated condition, a present `می‌...`: `اگر پاسخی نگیریم، اعتصاب گسترش پیدا
 * می‌کند`), with no readiness or relief in it (an offer is no threat). The recipient is the condition's
 * side (a capital too: `اگر بغداد ... پرداخت نکند`; an international body, `در صورت بازنگری نکردن AFC`), else the party of another country its main clause names (`تحریم‌هایی
 * علیه فرماندهان نیروهای واکنش سریع اعمال خواهد کرد`) or its sentence names before the condition, else for a home actor the
 * home country. A condition that something goes on (`در صورتی که حملات ...
 * ادامه یابد`) is unwelcome as a negated one is.
 */
export function conditionalThreat(context: EventContext, sentence: { first: number; last: number }, countryOf: (party: Party) => string | undefined): FoundEvent | undefined {
  const { view, verbs } = context;
  const { keys, tokens } = view;
  for (let t = sentence.first; t < sentence.last; t++) {
    const unwelcome = unwelcomeCondition(keys, t);
    const opener = sequenceAt(keys, t, CONDITION_OPENERS) ?? (unwelcome ? IN_CASE_OF : undefined);
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
    let negatedCondition = unwelcome;
    for (let u = t + opener.length; u < comma; u++) if ((tokens[u].pos === 'VERB' || tokens[u].pos === 'AUX') && isNegated(tokens[u], verbLemma(tokens[u], verbs))) negatedCondition = true;
    // so is a condition that something goes on (`در صورتی که حملات به اردوگاه‌ها ادامه یابد`)
    for (let u = t + opener.length; u + 1 < comma; u++) if (GOING_ON.has(keys[u]) && (tokens[u + 1].pos === 'VERB' || tokens[u + 1].pos === 'AUX')) negatedCondition = true;
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
    const condition = opener === IN_CASE_OF ? { party: nounConditionParty(context, t + opener.length, comma) } : conditionSubject(view, context.parties, t, comma + 1);
    // (an international body set the condition too: `اگر کمیته استیناف AFC رأی را اصلاح نکند، ...` → AFC, no country)
    const other = (party: Party): boolean => (!party.place || !!party.capital) && ((!!countryOf(party) && countryOf(party) !== actorCountry) || isInternational(context, party));
    const side = condition.party && other(condition.party) ? condition.party : undefined;
    if (!negated && !side && !condition.unnamedForeign) return undefined;
    // what follows a request or consent of the other side is an offer (`در صورتی که دولت لبنان درخواست کند، ...`)
    if (keys.slice(t, comma).some((k) => OFFER_WORDS.has(k))) return undefined;
    const home = !side && !condition.unnamedForeign && actorCountry === context.homeCountry;
    // a home actor's threat whose main clause names a party of another country is aimed at it (`ایران ناچار خواهد بود صادرات گاز به عراق را کاهش دهد`)
    // (else one its sentence names before the condition, a capital too: `بغداد ... پرداخت کرده است، اما در صورتی که ...`)
    const named = home || (!side && !condition.unnamedForeign) ? otherSides(context, comma + 1, end, actor)[0] ?? stateBefore(context, sentence.first, t, actorCountry, countryOf) : undefined;
    const recipient: Party | undefined = side ?? named ?? (home ? { first: t, last: t, country: context.homeCountry, place: false } : undefined);
    return { type: 'THREATEN', trigger: [t, t + opener.length - 1], lemma: opener.join(' '), actor, recipient, modality: 'asserted' };
  }
  return undefined;
}

/** Words (match keys) of the way something goes, after `از طریق`: `از طریق خاک چاد`، `از طریق مرز`. */
const ROUTE_WORDS: ReadonlySet<string> = new Set(['خاک', 'مرز', 'مرزهای', 'بندر', 'فرودگاه'].map(matchKey));
const THROUGH = [matchKey('از'), matchKey('طریق')];

/** Whether the party at `t` names the way a charged act goes, not its target (`از طریق خاک چاد`، `از طریق لیبی`). */
function alongRoute(keys: readonly string[], t: number): boolean {
  const at = ROUTE_WORDS.has(keys[t - 1]) ? t - 1 : t;
  return keys[at - 2] === THROUGH[0] && keys[at - 1] === THROUGH[1];
}

/**
 * The act an accusation charges (`امارات را به ارسال سلاح برای نیروهای واکنش سریع متهم کرد` → AID of the UAE
 * to the RSF): an event of the accused, aimed at the first party of another country inside the charge, else
 * (an act but aid) at the place struck there (`بمباران مناطق مسکونی در نیالا`), else at the armed body the charge
 * names by a common noun (`ارسال سلاح برای این نیروها`), else — an attack or coercion charged against a side of the
 * accuser's own country (`ارتش سودان نیروهای واکنش سریع را به هدف قرار دادن غیرنظامیان متهم کرد`) — at that
 * country. Only when the accused has a country; the armed body must be of another country than a giver of aid.
 * Added to `events` unless one of the same type and sides is there.
 */
export function chargeOf(context: EventContext, match: TriggerMatch<EventPattern>, from: number, accuser: Party | undefined, accused: Party, modality: Modality, seen: Set<string>, events: FoundEvent[]): void {
  const charged = chargedAct(context.view, from, match.first, context.patterns);
  const country = partyCountry(context, accused);
  if (!charged || !country || modality === 'negated') return;
  const { type } = charged;
  let target: Party | undefined;
  for (let t = charged.at + 1; t < match.first && !target; t++) {
    const party = partyStartingAt(context.parties, t);
    if (party && partyCountry(context, party) && partyCountry(context, party) !== country && !alongRoute(context.view.keys, t)) target = party;
  }
  if (!target && type !== 'AID') target = placeStruck(context, charged.at + 1, match.first);
  if (!target) {
    // (arms are not sent to the accuser: the body named before that is not the accuser's)
    const armed = armedSide(context, type === 'AID' ? accuser ?? accused : accused, charged.at + 1, match.first);
    if (armed && (type !== 'AID' || partyCountry(context, armed) !== country)) target = armed;
  }
  if (!target && (type === 'ASSAULT' || type === 'COERCE') && accuser && partyCountry(context, accuser) === country) target = { first: charged.at, last: charged.at, country, place: false };
  if (!target) return;
  const key = `${type}|${country}|${partyCountry(context, target)}`;
  if (seen.has(key)) return;
  seen.add(key);
  events.push({ type, trigger: [charged.at, charged.at], lemma: context.view.keys[charged.at], actor: accused, recipient: target, modality });
}

/** Words that may open what a denial denies before the act's noun (match keys): `هرگونه حمله`، `مسئولیت کشتار`، `اتهام ارسال`. */
const DENIAL_OPENERS: ReadonlySet<string> = new Set(['هرگونه', 'گونه', 'مسئولیت', 'اتهام', 'اتهامات', 'ادعای', 'ادعاهای'].map(matchKey));
/** Verbs of denying (the nominal part of `رد کرد`، `تکذیب کرد`), match keys. */
export const DENYING: ReadonlySet<string> = new Set(['رد', 'تکذیب'].map(matchKey));
/** Acts a denial may deny (a charge, request or threat rejected, `اتهام ... را رد کرد`، `درخواست ... را رد کرد`, denies no act of the one rejecting). */
const DENIABLE: ReadonlySet<PloverType> = new Set(['ASSAULT', 'AID', 'COERCE', 'CONSULT', 'SANCTION', 'COOPERATE']);
/** How many words before its `را` what a denial denies may open, and how far back `را` stands from the verb. */
const DENIED_REACH = 10;
const DENIED_RA_REACH = 3;

/** Nouns of a charge (match keys): `این اتهام`، `چنین اتهاماتی`، `این ادعا`. */
const CHARGE_WORDS: ReadonlySet<string> = new Set(['اتهام', 'اتهامات', 'اتهاماتی', 'ادعا', 'ادعاها', 'ادعای', 'ادعاهای'].map(matchKey));
/** Words before a charge's noun that point back at one made before (match keys): `این اتهام`، `چنین اتهاماتی`. */
const POINTING_BACK: ReadonlySet<string> = new Set(['این', 'چنین', 'همین', 'همه'].map(matchKey));
/** Nouns of a side's backing of, or part in, a war (match keys), denied after `هرگونه`: `هرگونه حمایت نظامی`، `هرگونه نقش`، `هرگونه دخالت`. */
const BACKING_NOUNS: ReadonlySet<string> = new Set(['حمایت', 'نقش', 'دخالت', 'مداخله'].map(matchKey));
const ANY = matchKey('هرگونه');

/**
 * The token in `[from, to)` of a charge named again (`این اتهام`، `چنین اتهاماتی`) or of any backing denied
 * (`هرگونه حمایت نظامی`، `هرگونه نقش در جنگ`), or -1: a denial of the charge made before, not of an act it names.
 */
function chargeNamedAgain(keys: readonly string[], from: number, to: number): number {
  for (let c = Math.max(from + 1, 1); c < to; c++) {
    if ((POINTING_BACK.has(keys[c - 1]) && CHARGE_WORDS.has(keys[c])) || (keys[c - 1] === ANY && BACKING_NOUNS.has(keys[c]))) return c;
  }
  return -1;
}

/**
 * The act a denial denies (`نیروهای واکنش سریع هرگونه حمله به غیرنظامیان را تکذیب کردند`، `امارات هرگونه ارسال
 * سلاح به سودان را رد کرد`), as the guide has it: REJECT plus the denied act `negated`, by the one denying. The act
 * ({@link DENIABLE}) is named by a noun of an act ({@link actNounAt}) heading the object of `رد/تکذیب کرد` — right after `هرگونه`،
 * `مسئولیت`، `اتهام`، `ادعای`, a comma or a party (`ادرعی هدف قرار گرفتن غیرنظامیان را تکذیب کرد`), not one a
 * preposition governs (`پیشنهاد ... برای مذاکرات`); its other side is the first party of another country inside the
 * object, else the rejection's recipient (`rejected`: whom the denial answers). Added to `events` unless one of
 * the same type and sides is there. With no act named, a charge named again or any backing denied (`ابوظبی این اتهام
 * را رد کرد`، `هرگونه حمایت نظامی از طرف‌های درگیر را رد کرده بود`) denies the last act of the denier's country among
 * those its paragraph `told` before (`امارات را به ارسال سلاح برای نیروهای واکنش سریع متهم کرد`): that act, negated,
 * against the same side (the guide: a denial of arms or backing is REJECT plus AID `negated`).
 */
export function deniedAct(context: EventContext, match: TriggerMatch<EventPattern>, from: number, denier: Party, rejected: Party | undefined, seen: Set<string>, events: FoundEvent[], told: readonly FoundEvent[] = []): void {
  const { keys, tokens } = context.view;
  if (!DENYING.has(keys[match.first])) return;
  let ra = match.first - 1;
  while (ra >= Math.max(from, match.first - DENIED_RA_REACH) && keys[ra] !== 'را') ra--;
  if (ra < from || keys[ra] !== 'را') return;
  const country = partyCountry(context, denier);
  if (!country) return;
  let act: { type: PloverType; at: number } | undefined;
  for (let c = ra - 1; c >= Math.max(from, ra - DENIED_REACH); c--) {
    if (keys[c] === '،' || keys[c] === 'را' || tokens[c].pos === 'VERB' || (c <= denier.last && c >= denier.first)) break;
    const type = actNounAt(context.view, c, context.patterns);
    const before = c - 1;
    const opens = before < from || DENIAL_OPENERS.has(keys[before]) || keys[before] === '،' || partyEndingAt(context, before);
    if (type && DENIABLE.has(type) && opens) act = { type, at: c };
  }
  if (!act) {
    const charged = told.findLast((e) => DENIABLE.has(e.type) && !!e.recipient && !!e.actor && partyCountry(context, e.actor) === country && partyCountry(context, e.recipient) !== country);
    const again = charged?.recipient ? chargeNamedAgain(keys, Math.max(from, ra - DENIED_REACH), ra) : -1;
    if (again < 0 || !charged?.recipient) return;
    // (backing denied to the sides of a war, `از طرف‌های درگیر`: to each side)
    const sides = warringSidesNamed(context, again, ra, denier);
    for (const side of sides ?? [charged.recipient]) {
      const key = `${charged.type}|${country}|${partyCountry(context, side)}|negated${sides ? `|${side.mention?.entity ?? side.first}` : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ type: charged.type, trigger: [again, again], lemma: keys[again], actor: denier, recipient: side, modality: 'negated' });
    }
    return;
  }
  let target: Party | undefined;
  for (let t = act.at + 1; t < ra && !target; t++) {
    const party = partyStartingAt(context.parties, t);
    if (party && partyCountry(context, party) && partyCountry(context, party) !== country) target = party;
  }
  target ??= rejected?.mention && partyCountry(context, rejected) && rejected.mention.entity !== denier.mention?.entity ? rejected : undefined;
  if (!target) return;
  const key = `${act.type}|${country}|${partyCountry(context, target)}|negated`;
  if (seen.has(key)) return;
  seen.add(key);
  events.push({ type: act.type, trigger: [act.at, act.at], lemma: keys[act.at], actor: denier, recipient: target, modality: 'negated' });
}

/** Whether a party of the Doc ends at token `t`. */
function partyEndingAt(context: EventContext, t: number): boolean {
  const at = t >= 0 ? context.parties.at[t] : -1;
  return at >= 0 && context.parties.parties[at].last === t;
}

/** Nouns of a warning (match keys, any plural: `اخطار`، `هشدارهای`). */
const WARNING_STEMS: readonly string[] = ['اخطار', 'هشدار'].map(matchKey);
/** Words that may stand between `پس از` and the warning (`پس از دریافت اخطار`، `پس از دو بار اخطار`، `پس از چند اخطار`). */
const BEFORE_WARNING: ReadonlySet<string> = new Set(['دریافت', 'دو', 'سه', 'چند', 'بار', 'نوبت'].map(matchKey));
/** Words of turning away after it (match keys): `منطقه را ترک کرد`، `مسیر خود را تغییر داد`، `از منطقه دور شد`. */
const LEAVING: ReadonlySet<string> = new Set(['ترک', 'تغییر', 'دور'].map(matchKey));
/** How many words after the warning its giver may be named (`اخطار رادیویی یگان‌های نیروی دریایی ارتش`). */
const WARNER_REACH = 3;

/**
 * A vessel or drone that turns away after a warning (`ناوشکن آمریکایی ... پس از دریافت اخطار رادیویی یگان‌های نیروی
 * دریایی ارتش، مسیر خود را تغییر داد و منطقه را ترک کرد`) was threatened, as the guide reads it ("a warship or drone
 * leaving after a warning is THREATEN", DQ, DR, DS, EE): THREATEN, asserted, by the warner — the party named within a few
 * words after the warning, else the sentence's first party of the home country, else the home country — toward the first
 * party of another country named before `پس از` (the vessel's; none when it is of no country: `دو شناور ناشناس`). Read only
 * when `پس از` opens the warning (past `دریافت`، `دو بار`، `چند`) and a word of leaving (`ترک`، `تغییر` مسیر، `دور`) follows it.
 * The vessel's side turning away is a RETREAT besides, asserted, toward the warner ("a drone leaving after a warning is
 * THREATEN plus RETREAT", EE; the tune gold codes it for the US warships so told): none when the vessel is of no country.
 */
export function warningHeeded(context: EventContext, sentence: { first: number; last: number }): FoundEvent[] {
  const { keys } = context.view;
  const home = context.homeCountry;
  if (!home) return [];
  for (let t = sentence.first + 2; t < sentence.last; t++) {
    if (!WARNING_STEMS.some((stem) => keys[t].startsWith(stem))) continue;
    let before = t - 1;
    while (before > sentence.first && BEFORE_WARNING.has(keys[before])) before--;
    if (keys[before] !== 'از' || keys[before - 1] !== 'پس') continue;
    if (!keys.slice(t + 1, sentence.last).some((k) => LEAVING.has(k))) continue;
    const named = firstPartyIn(context.parties, t + 1, Math.min(sentence.last, t + 1 + WARNER_REACH), (p) => partyCountry(context, p) === home);
    const actor = named ?? firstPartyIn(context.parties, sentence.first, sentence.last, (p) => partyCountry(context, p) === home && !p.place) ?? { first: t, last: t, country: home, place: false };
    // (the vessel named before `پس از`: `منطقه را ترک کرد` after it names no Turk)
    const recipient = otherSides(context, sentence.first, before - 1, actor)[0];
    const threat: FoundEvent = { type: 'THREATEN', trigger: [t, t], lemma: keys[t], actor, recipient, modality: 'asserted' };
    let leaving = t + 1;
    while (!LEAVING.has(keys[leaving])) leaving++;
    return recipient ? [threat, { type: 'RETREAT', trigger: [leaving, leaving], lemma: keys[leaving], actor: recipient, recipient: actor, modality: 'asserted' }] : [threat];
  }
  return [];
}

/** The indictment (match key). */
const INDICTMENT = matchKey('کیفرخواست');
/** A court (match key prefix: `دادگاه`، `دادگاه‌های`) and the verb of sending a case to it (`ارسال شد`). */
const COURT = matchKey('دادگاه');
const SENT = matchKey('ارسال');

/**
 * An indictment issued and sent to a court (`کیفرخواست این متهم صادر و برای رسیدگی به دادگاه انقلاب ارسال شده است`)
 * is a charge to be tried as well: the court's ACCUSE `planned` beside the prosecutor's, as the guide reads it ("an
 * indictment sent to court ACCUSE by the prosecutor plus ACCUSE `planned` by the court", DO, DT and every court report since).
 * For each ACCUSE of the sentence read from `کیفرخواست` whose sentence goes on to `دادگاه` and then `ارسال`, the
 * same charge (same sides, so the court of the same country) to come.
 */
export function indictmentsSent(keys: readonly string[], events: readonly FoundEvent[], sentence: { first: number; last: number }): FoundEvent[] {
  const sent: FoundEvent[] = [];
  for (const e of events) {
    if (e.type !== 'ACCUSE' || e.modality !== 'asserted' || !keys.slice(e.trigger[0], e.trigger[1] + 1).includes(INDICTMENT)) continue;
    const court = keys.slice(e.trigger[1] + 1, sentence.last).findIndex((k) => k.startsWith(COURT));
    if (court < 0 || !keys.slice(e.trigger[1] + 1 + court, sentence.last).includes(SENT)) continue;
    sent.push({ ...e, modality: 'planned' });
  }
  return sent;
}
