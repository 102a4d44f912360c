import { clauseStart, CONTRASTS, PREPOSITIONS } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import { SAYING_WORDS } from '../entities/function-words.js';
import { accusedWrongSide, armedSide, condemnedAuthor, framedAct, placeStruck, sanctionsWarned } from './attack-sides.js';
import { characterization } from './characterization.js';
import { codeParty } from './code-party.js';
import { objectionToRuling } from './ruling-objection.js';
import { type EventContext, type FoundEvent, isCountryLevel, isCountryParty, isInternational, partyCountry } from './event-context.js';
import { asGroups, dropOwnClaims } from './event-grouping.js';
import { acceptedInvitation } from './accepted-invitation.js';
import { forcesFrom, isSending, namesForce } from './forces-sent.js';
import { continuedOperations } from './continued-operations.js';
import { meetingsToCome } from './meeting-to-come.js';
import { bodiesDemanded } from './demands-listed.js';
import type { PloverType } from './event-layer.js';
import { CONDITIONS, hasSequence, isAdjectivalParticiple, isFirstPerson, isNegatedVerb, isPromise, modalityOf, mustDo, promisesAct, READINESS, subjunctiveAfter } from './event-modality.js';
import { firstPartyIn, listHead, type Party, partyStartingAt, withConjuncts } from './event-parties.js';
import { bothSidesAct, CLAUSE_OPENERS, nextClause, openQuoteBefore, subjectIn } from './event-subject.js';
import { ADDRESSED, addressee, askedInClause, betweenSides, clauseFollows, firstCountryParty, meetingPartner, opposedRecipient, opposingSideOf, otherSides, reasonParty, sidesNamedBefore } from './named-sides.js';
import { bothSidesAsked, warringSidesNamed } from './both-sides.js';
import { genitiveParty, insideAdjunct, messageAuthor, namedAgent, objectParty, targetsInOtherCountries } from './object-phrase.js';
import { ATTACK_NOUNS, conditionSubject, isReporter, rememberClaimant, rememberParties, sequenceAt } from './opposing-party.js';
import { prepositionBefore, recipientCandidates } from './recipient-features.js';
import { recipientOf } from './recipient-markers.js';
import { AID_NOUNS, chargeOf, conditionalThreat, deniedAct, exerciseParticipants, failureAccusation, obligationRequest, PROTEST_WORDS, threatenedActs, indictmentsSent, warningHeeded } from './sentence-shapes.js';
import { rejectsUnauthoredReport } from './unauthored-report.js';
import { helpsAgentlessAct } from './helped-act.js';
import { announcementAfter, callToAct, measureAsMeans, measureInForce, sentenced, sentenceTriggers, UNDOING, verdictOfRelease } from './trigger-reading.js';

/** Events whose unnamed recipient, when a home-country actor acts with no foreign party, is the home country (a promise too: `به کارگران قول داد`). */
const DOMESTIC: ReadonlySet<PloverType> = new Set(['COERCE', 'REQUEST', 'CONSULT', 'ACCUSE', 'PROTEST', 'AID', 'CONCEDE', 'THREATEN', 'SUPPORT']);

/** Nouns of a charge or claim (match keys): one denied at home answers someone at home. */
const CHARGE_NOUNS: ReadonlySet<string> = new Set(['اتهام', 'اتهامات', 'ادعا', 'ادعای', 'ادعاها', 'ادعاهای'].map(matchKey));

/** Words that put the unnamed recipient abroad: `یک نفتکش خارجی`، `متحدان غربی`. */
const FOREIGN = new Set(['خارجی', 'غربی', 'بینالمللی', 'اروپایی', 'همه']);

/** Events whose town or region named is where they happen, not who they are aimed at. */
const PLACE_NO_RECIPIENT: ReadonlySet<PloverType> = new Set(['RETREAT', 'COERCE']);

/** How many words after a verb-less phrase may name what it is about. */
const VERBLESS_OBJECT = 6;

/** Nouns of what a side owes (match keys): `بدهی`، `مطالبات`، `معوقات`. */
const OWED: ReadonlySet<string> = new Set(['بدهی', 'بدهی‌ها', 'بدهی‌های', 'مطالبات', 'معوقات', 'طلب', 'وجوه'].map(matchKey));

/** Acts each told by its own verb (or standing as a measure in force) is one of its own, the same sides' again or not: a sentence, a seizure, a ban; a document agreed. */
const DISCRETE: ReadonlySet<PloverType> = new Set(['COERCE', 'AGREE']);

/** Acts that, told by another verb of their sentence in another modality, are another act: a complaint to be filed beside a condemnation, an attack promised beside one done. */
const RETOLD_IN_ANOTHER_MODE: ReadonlySet<PloverType> = new Set(['ACCUSE', 'ASSAULT']);

/** Events two sides do together. */
const SYMMETRIC: ReadonlySet<PloverType> = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Nouns of a group asked that names no side (match keys, after از): `از جامعه جهانی خواست`، `از همه طرف‌ها خواست`، `از کشورهای اسلامی خواست`. */
const UNNAMED_GROUPS: ReadonlySet<string> = new Set(['جامعه', 'همه', 'تمامی', 'تمام', 'کشورهای', 'دولتهای', 'نهادهای', 'سازمانهای', 'مجامع', 'مردم'].map(matchKey));

/** Whether `[from, to)` asks, by از, a group that names no side (`از جامعه جهانی`): no party in the three words after it. */
function asksUnnamedGroup(context: EventContext, from: number, to: number): boolean {
  const { keys } = context.view;
  for (let t = from; t < to - 1; t++) {
    if (keys[t] !== 'از' || !UNNAMED_GROUPS.has(keys[t + 1])) continue;
    return !firstPartyIn(context.parties, t + 1, Math.min(to, t + 4), () => true);
  }
  return false;
}

/** Events aimed at an opponent: with no recipient named, the opposing party (see {@link opposingParty}). */
const OPPOSED: ReadonlySet<PloverType> = new Set(['ACCUSE', 'THREATEN', 'REJECT']);

/**
 * Events that need a recipient: with none found, nothing is coded (`از تمدید این سیاست حمایت کرده
 * بودند`، `واردات این کالا را ممنوع نکرده است`، `با همکاری کشورهای ساحلی`).
 */
const NEEDS_RECIPIENT: ReadonlySet<PloverType> = new Set(['SUPPORT', 'CONSULT', 'SANCTION', 'AGREE', 'COOPERATE']);

/** Beginnings of the nouns of a military drill (match keys: `رزمایش‌ها`، `تمرین‌های`، `مانور`). */
const DRILL_STEMS: readonly string[] = ['رزمایش', 'تمرین', 'مانور'];

/** Adverbs of what is always done (match keys): a stance, not an act. */
const HABITUAL: ReadonlySet<string> = new Set(['همواره', 'همیشه'].map(matchKey));

/** A meeting named again (`در این دیدار ... گفت‌وگو کردیم`): its two sides are those of the last meeting. */
const THIS_MEETING = [['این', 'دیدار'], ['این', 'نشست'], ['این', 'گفتوگو'], ['این', 'گفتگو'], ['این', 'ملاقات']];

/** The phrase of help given (`با همکاری X`), as its row's words. */
const HELP = ['با', 'همکاری'].map(matchKey).join(' ');

/** Agreement rows that, negated, are a rejection (`نپذیرفت`، `قبول نکرد`; `موافقت نکرد` stays an agreement not made): match keys of words and verb. */
const ACCEPTING: ReadonlySet<string> = new Set(['پذیرفت', 'قبول کرد', 'قبول نمود']);

/**
 * Finds the events of one sentence: each pattern trigger (every tense, via lemmas) with its actor
 * and recipient. The actor is the subject of the innermost clause (`اعلام کرد که نیروهای این کشور
 * ...`), the speaker for a verb in the first person (`درخواست کردیم`) or a speech act, or both sides
 * of the last meeting for `دو طرف` (with none remembered, two sides of two countries named before it in
 * its sentence); the recipient is found by the pattern's markers; an accusation,
 * threat or rejection with none named is aimed at the opposing party (the subject of the threat's
 * condition, the author of the claim rejected, the other side named in the sentence or before); a request
 * with none asks the side named inside what it asks for (a foreign side's, in a report about the home
 * country, the home country), an attack on no one named strikes the other side of its paragraph's war, and
 * the press telling of an act in a clause of its own is not its author.
 * Coordinated parties (`آمریکا و انگلیس`) give one event each; `میان X و Y` gives the two sides of a
 * meeting, agreement or cooperation, and a list of demands that calls bodies in one request per demand
 * ({@link bodiesDemanded}). The act someone is asked to do is no event. Failures told of
 * someone (table actor `fails`) are accusations; a threat made as a condition
 * ({@link conditionalThreat}), an obligation told of another party ({@link obligationRequest}), an armed
 * side's operations told to go on ({@link continuedOperations}) and a meeting told to be held with those
 * attending ({@link meetingsToCome}) are read from the sentence's shape. Updates the report-level memory.
 */
export function findEvents(context: EventContext, sentence: { first: number; last: number; paragraph?: number }): FoundEvent[] {
  const { view, memory } = context;
  const { keys, tokens } = view;
  const events: FoundEvent[] = [];
  const seen = new Set<string>();
  // per event key (type and sides), the verbs that told it (-1 a phrase with no verb) and their modality
  const actedBy = new Map<string, { verb: number; modality: string }[]>();
  // threats told again in other words of the sentence (`هشدار داد: «... بی‌پاسخ نخواهد ماند»`): their words tell what is promised
  const retold: FoundEvent[] = [];
  const countryOf = (party: Party): string | undefined => partyCountry(context, party);
  let clauseFirst = sentence.first;
  // the verb of the sentence's last request or promise: a subjunctive after it is what is asked for or promised
  let requested = -1;
  // the actor of the last act read from a verb, for a verb joined to it by و with no subject of its own
  let previous: Party | undefined;
  const { matches, elided } = sentenceTriggers(context, sentence);
  for (const match of matches) {
    context.trace?.({ type: match.trigger.data.type, first: match.first, verb: match.verb });
    const { recipient: markers, actorAfter, speech, claim } = match.trigger.data;
    let { type } = match.trigger.data;
    const lemma = match.trigger.verb;
    // (diagnostics: why the trigger, or one pair of its sides, gives no event)
    const drop = (why: string): void => context.dropped?.({ type: match.trigger.data.type, first: match.first, verb: match.verb, why: type === match.trigger.data.type ? why : `${why} (read as ${type})` });
    // a verb inside an organization's or place's name is a word of the name (`شرکت کشت و صنعت کارون`)
    if (insideName(view, match.verb)) { drop('a word of a name'); continue; }
    // nor is a past stem standing as a noun in a noun phrase (`فصل کشت پاییزه`، `مجتمع کشت و صنعت`)
    if (lemma && match.first === match.verb && markers.includes('را') && stemAsNoun(view, match.verb, clauseFirst, sentence.last, lemma)) { drop('a past stem as a noun'); continue; }
    // a refusal is read only from its negated verb (`روادید نداد`)
    if (match.trigger.data.refusal && !(lemma && isNegatedVerb(view, [match.first, match.verb], lemma))) { drop('a refusal not negated'); continue; }
    // an act announced (`از امضای ... خبر داد`) is read only where it is announced
    const announced = match.trigger.data.actor === 'news' ? announcementAfter(view, match.verb + 1, sentence.last) : -1;
    const unannounced = keys[match.first - 1] !== 'از' || announced < 0;
    // but a measure in force is told by its noun (`ممنوع‌الخروجی آنان ادامه دارد`، `در بازداشت به سر می‌برد`): a measure of its own at home
    const inForce = match.trigger.data.actor === 'news' && type === 'COERCE' && unannounced && measureInForce(view, match.first, match.verb);
    // and one that is the means of an act to come is to come (`این حکم از طریق توقیف دارایی‌های آمریکا پیگیری خواهد شد`): against whom it names
    const asMeans = match.trigger.data.actor === 'news' && type === 'COERCE' && unannounced && !inForce && measureAsMeans(view, match.first, match.verb, sentence.last);
    const sides = inForce || asMeans ? undefined : match.trigger.data.actor;
    if (sides === 'news' && unannounced) { drop('an act not announced'); continue; }
    // a verdict of release is no measure (`از صدور حکم برائت ... خبر داد`)
    if (!lemma && type === 'COERCE' && verdictOfRelease(view, match.verb)) { drop('a verdict of release'); continue; }
    // an invitation by its noun that calls on someone to an act is no contact (`دعوت ... از طرفین به آتش‌بس`)
    if (!lemma && type === 'CONSULT' && callToAct(view, match.first, sentence.last, (t) => withConjuncts(context.parties, keys, partyStartingAt(context.parties, t), sentence.last).at(-1)?.last)) { drop('an invitation to an act'); continue; }
    const trigger: [number, number] = [match.first, match.verb];
    const feats = tokens[match.verb].feats ?? '';
    // the act someone is asked to do is no event (`از وزیر می‌خواهیم با نمایندگان دیدار کند`), nor the act
    // promised: the promise is the event (`قول داد ... معوقات پرداخت شود`)
    if (type === 'REQUEST' || (type === 'SUPPORT' && isPromise(match.trigger.words))) requested = match.verb;
    else if (requested >= 0 && requested < match.first && feats.includes('Mood=Sub') && !hasSequence(keys, requested, match.first, CONDITIONS)) { drop('the act asked or promised'); continue; }
    // so is a phrase with no verb inside what is asked (`از دیوان درخواست داریم ضمن محکوم کردن این اقدام، ...`)
    else if (requested >= 0 && requested < match.first && !lemma && !hasSequence(keys, requested, match.first, CONDITIONS)) { drop('a phrase inside what is asked'); continue; }
    if (lemma && (isAdjectivalParticiple(view, match.verb, sentence.last) || feats.includes('Person=2'))) { drop('a participle or second person'); continue; }
    // an act named by a noun that is being brought back or undone is not done (`تلاش ... برای بازگرداندن تحریم‌های ...`، `لغو تحریم‌ها`)
    if (!lemma && UNDOING.has(keys[match.first - 1])) { drop('undone or brought back'); continue; }
    // what someone must or had better do is not done (`آنکارا و تهران باید از تمامیت ارضی سوریه پشتیبانی کنند`)
    if (lemma && feats.includes('Mood=Sub') && mustDo(keys, Math.max(sentence.first, match.first - 12), match.first)) { drop('what someone must do'); continue; }
    let embedded = clauseFirst;
    for (let t = match.first - 1; t > clauseFirst; t--) {
      // (a verb of saying opens what is said with no که: `منابع محلی گفتند یک پهپاد اسرائیلی ... را هدف قرار داد`)
      if (tokens[t].pos === 'VERB') {
        if (t + 1 < match.first && (SAYING_WORDS.has(keys[t - 1]) || SAYING_WORDS.has(matchKey(tokens[t].lemma ?? '')))) embedded = t + 1;
        break;
      }
      if (CLAUSE_OPENERS.has(keys[t])) { embedded = t + 1; break; }
    }
    // what a side has always done is its stance, no event (`تهران و مسقط همواره از دیپلماسی ... حمایت کرده‌اند`)
    if (lemma && keys.slice(embedded, match.first).some((k) => HABITUAL.has(k))) { drop('a habitual stance'); continue; }
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
      } else drop('a failure with no accusation');
      continue;
    }
    let subject: Party | undefined;
    let pair: [Party, Party] | undefined;
    if (speech) subject = context.speakerAt(match.first);
    else if (lemma && isFirstPerson(view, match.first, match.verb)) subject = context.speakerAt(match.first) ?? subjectIn(context, sentence.first, match.first);
    else {
      subject = subjectIn(context, embedded, match.first, match.verb);
      if (bothSidesAct(view, embedded, match.verb)) {
        const teller = context.speakerAt(match.first) ?? (embedded > sentence.first ? subjectIn(context, sentence.first, embedded) : undefined);
        pair = tellerFirst(memory.pair ?? sidesNamedBefore(context, sentence.first, match.first), teller, context.homeCountry, countryOf);
      }
      // a verb joined by و to the act before it shares its subject (`ارتش ... یورش برد و ۴۰ فلسطینی را بازداشت کرد`)
      if (!subject && previous && keys[clauseFirst] === 'و' && embedded === clauseFirst) subject = previous;
      // (or the speaker of a quote the quotes stage ended just before the trigger: `در این بیانیه همچنین از شورای امنیت ... خواسته شد`)
      // (first the subject of the saying clause that a contrast opens: `فرانسه ... ، اما چین و روسیه اعلام کرده‌اند که به آن رأی منفی خواهند داد`)
      const host = embedded > clauseFirst ? contrastAfter(keys, clauseFirst, embedded - 1) : -1;
      subject ??= (host >= 0 ? subjectIn(context, host, embedded - 1) : undefined) ?? subjectIn(context, clauseFirst, match.first) ?? subjectIn(context, sentence.first, match.first);
      // an attack told in what someone says, with no subject of its own named (`به گفته منابع محلی، حملات هوایی خانه‌هایی ...
      // را هدف قرار داد`), is the last attacker's, not the teller's
      if (!subject && type === 'ASSAULT' && memory.attacker && context.speakerAt(match.first)) subject = memory.attacker;
      subject ??= context.speakerAt(match.first) ?? context.speakerAt(match.first - 1);
      // a news agency is the teller, not the actor: the subject of what it tells, when a clause there names one (`رویترز ...
      // نوشت که فرانسه، آلمان و انگلیس پیش‌نویس قطعنامه‌ای را آماده کرده‌اند که ایران را ... متهم می‌کند`)
      if (subject && isReporter(view, subject) && subject.last < match.first) {
        const told = nextVerb(view, subject.last + 1, match.first);
        const from = told < 0 ? -1 : keys[told + 1] === 'که' ? told + 2 : told + 1;
        const teller = subject;
        if (from > 0 && from < match.first) subject = subjectIn(context, from, match.first) ?? teller;
      }
      // the press telling of an act in a clause of its own is not its author (`خبرنگار المیادین گزارش داد که یکی از
      // این حملات ساختمانی را هدف قرار داده`): an attack told so is the last attacker's
      // (an attack only: the press acts on its own too, `الجزیره اعلام کرد که ... شکایت خواهد کرد`)
      if (subject && type === 'ASSAULT' && subject.last < embedded && isPress(context, subject)) subject = memory.attacker;
    }
    // an act between two sides named together (`تفاهم‌نامه ... میان X و Y به امضا رسید`): they are its sides
    if (SYMMETRIC.has(type)) pair = betweenSides(context, embedded, match, sentence.last) ?? pair;
    const span = { sentence: sentence.first, from: embedded, first: match.first, verb: match.verb, last: sentence.last };
    let { recipient, agent, passive, missing } = recipientOf(context, markers, span, subject);
    let invited: Party | undefined;
    let actor = passive ? agent : match.trigger.data.passive ? undefined : subject;
    // a passive verb's agent named with از سوی or توسط (`از سوی این سازمان به ایران تحویل داده می‌شود`)
    if (!actor && (lemma === 'شد' || lemma === 'گردید' || match.trigger.data.passive)) actor = namedAgent(context, embedded, match.trigger.data.passive ? match.verb : match.first);
    // an invitation made in a message (`در این پیام از امیر قطر برای سفر به تهران دعوت شده است`): the message's author invites
    if (!actor && type === 'CONSULT' && (lemma === 'شد' || lemma === 'گردید') && match.trigger.words[0] === 'دعوت') {
      actor = messageAuthor(context, view.paragraphs[sentence.paragraph ?? -1]?.first ?? sentence.first, sentence.first, match.first);
      // (the one invited named after از: `از امیر قطر ... دعوت شده است`)
      if (actor && !recipient) recipient = firstPartyIn(context.parties, embedded, match.first, (party) => !party.place && keys[party.first - 1] === 'از');
    }
    if (actorAfter) {
      actor = genitiveParty(context, match.verb + 1, sentence.last);
      // an act someone goes on with (`اگر امارات به ارسال سلاح ... ادامه دهد`)
      const framed = !actor && keys[match.first - 1] === 'به' ? framedAct(context, match, embedded, sentence.last) : undefined;
      if (framed) [actor, recipient] = [framed.actor, recipient ?? framed.recipient];
      // an invitation accepted (`X دعوت Y برای سفر به ... را پذیرفت`) is made to who accepts it, a visit to come
      if (actor && !recipient && subject && subject !== actor && type === 'CONSULT' && !lemma && acceptedInvitation(context, match.verb, sentence.last)) recipient = invited = subject;
      if (!actor || !recipient) missing = true;
    }
    if (lemma && !elided.includes(match)) clauseFirst = nextClause(context, clauseFirst, match);
    if (missing || (speech && !actor)) { drop('no side found'); continue; }
    if (keys.slice(embedded, match.first).some((k) => READINESS.has(k)) && !hasSequence(keys, sentence.first, match.first, CONDITIONS)) { drop('readiness without a condition'); continue; }
    // a letter or message handed over is no aid but a contact between its sides (`پیام کتبی ... را به او تحویل
    // دهد`: CONSULT, to the other side of the meeting it is handed in when no one is named; a contact of its own beside that
    // meeting, the sender's, as the annotation guide has a king's letter carried by a minister), a request handed
    // over is a request (`درخواست رسمی استرداد آنان به مقامات ابوظبی تحویل شده است`); what else is handed over
    // by تسلیم is a person or a place given up, no aid (`متهم را به پلیس تسلیم کرد`)
    let handed = false;
    if (type === 'AID') {
      const paper = keys.slice(embedded, match.first).findIndex((k, i) => PAPER_NOUNS.has(k) && !PREPOSITIONS.has(keys[embedded + i - 1]));
      if (paper >= 0 && keys[embedded + paper] === 'درخواست') type = 'REQUEST';
      else if (paper >= 0 && MESSAGE_NOUNS.has(keys[embedded + paper])) {
        [type, handed] = ['CONSULT', true];
        if (!recipient && actor && memory.pair && HANDING.has(match.trigger.words[0])) recipient = memory.pair.find((side) => countryOf(side) !== countryOf(actor as Party));
        if (!recipient) { drop('a message to no one'); continue; }
      } else if (paper >= 0 || match.trigger.words[0] === 'تسلیم') { drop('papers handed over'); continue; }
      // goods sold are delivered, not given: trade, a cooperation (`روزانه ۳۰ میلیون مترمکعب گاز به شرکت بوتاش تحویل خواهد داد`)
      // (named anywhere before it in the sentence: `... گاز ... وارد می‌شود و معادل آن به عراق تحویل داده خواهد شد`)
      const clause = keys.slice(sentence.first, match.first);
      if (clause.some((k) => TRADED_GOODS.has(k)) && !clause.some((k) => AID_NOUNS.has(k))) type = 'COOPERATE';
    }
    // what is put at someone's disposal is a contact only when it is intelligence given, told by its giver's own clause
    // (`اطلاعات طبقه‌بندی‌شده را ... در اختیار افسران موساد قرار داد`): not one asked or offered (`قرار دهد`), nor one whose
    // giver the clause does not name (the reporter of `گفت این فرد ...` gave nothing)
    if (type === 'CONSULT' && match.trigger.words[1] === DISPOSAL && !sharedIntelligence(keys, embedded, match.first, feats, actor, context.speakerAt(match.first))) { drop('something put at one\'s disposal that is no intelligence given'); continue; }
    // armed forces setting out to a place are deployed, not visiting (`ناوگروه ... عازم خلیج عدن می‌شود`)
    if (type === 'CONSULT' && actor?.mention?.type === 'ORG' && (!recipient || recipient.place) && codeParty(actor, view.entities, context.gazetteer)?.sector === 'MIL') [type, recipient] = ['MOBILIZE', undefined];
    // a person leaving a city is travelling, not withdrawing (`تهران را به مقصد بغداد ترک خواهد کرد`)
    if (type === 'RETREAT' && actor?.mention?.type === 'PER' && codeParty(actor, view.entities, context.gazetteer)?.sector !== 'MIL') { drop('a person leaving a town'); continue; }
    // a team sent to help is aid, not a deployment (`تیم‌های درمانی ... اعزام کند`)
    if (type === 'MOBILIZE' && keys.slice(embedded, match.verb).some((k) => AID_NOUNS.has(k))) type = 'AID';
    // people sent who are no force are no deployment (`آنکارا ناظرانی را ... اعزام خواهد کرد`)
    else if (type === 'MOBILIZE' && isSending(match.trigger.words) && !namesForce(keys.slice(embedded, match.verb))) { drop('people sent who are no force'); continue; }
    // forces go to a place; where they go is not whom they are aimed at (`بمب‌افکن‌ها را به قطر اعزام کرد`)
    // (also past the words of the place: `به شمال کرانه باختری`، `به مناطق مرزی جنوب این کشور`), nor is the town or
    // region where they are deployed (`یگان‌های ارتش در اطراف صور مستقر شدند`)
    if (type === 'MOBILIZE' && recipient && (prepositionBefore(view, recipient.first) === 'به' || (recipient.place && !recipient.capital))) recipient = undefined;
    // a document signed (or not) with no side named (`سند همکاری در این سفر امضا نشد`): the sides of the last meeting
    if (type === 'AGREE' && !pair && !actor && !recipient && memory.pair) pair = memory.pair;
    if (pair) [actor, recipient] = pair;
    // a phrase with no verb (`با انتقاد از نامه سه کشور اروپایی`) names its object after it
    const abroad = keys.slice(sentence.first, lemma ? match.verb : Math.min(sentence.last, match.verb + VERBLESS_OBJECT)).some((k) => FOREIGN.has(k));
    // people who protest are seldom named: at home, the home country protests
    // and what they demand is demanded by them (`با تجمع مقابل مجلس، خواستار اجرای ... شدند`)
    // (and what they threaten is a protest: `هشدار دادند ... تجمعات خود را به مقابل مجلس منتقل خواهند کرد`)
    const protesters = type === 'PROTEST' || (type === 'REQUEST' && keys.slice(embedded, match.first).some((k) => PROTEST_WORDS.has(k)))
      || (type === 'THREATEN' && !!lemma && keys.slice(match.verb + 1, sentence.last).some((k) => PROTEST_WORDS.has(k)));
    if (!actor && protesters && !abroad) actor = { first: match.first, last: match.first, country: context.homeCountry, place: false };
    // a passive sentence at home (`۹ متهم دستگیر شدند`), or a measure in force (whose subject is the one held): the one
    // who reports it, else the home country
    if (inForce) actor = undefined;
    if (!actor && type === 'COERCE' && (passive || inForce || asMeans)) actor = context.speakerAt(match.first) ?? (abroad ? undefined : { first: match.first, last: match.first, country: context.homeCountry, place: false });
    if (asMeans && !recipient && actor) recipient = otherSides(context, match.verb + 1, sentence.last, actor)[0];
    // an arrest made by officers the report does not name (`مأموران انتظامی ... بازداشت کردند`): the country it is about
    if (!actor && type === 'COERCE' && !passive && lemma && !abroad && !feats.includes('Mood=Sub')) actor = { first: match.first, last: match.first, country: context.focus(), place: false };
    // fire in a drill is no attack (`در این رزمایش ... شلیک به اهداف سطحی را اجرا خواهند کرد`)
    if (type === 'ASSAULT' && keys.slice(sentence.first, sentence.last).some((k) => DRILL_STEMS.some((stem) => k.startsWith(stem)))) { drop('fire in a drill'); continue; }
    // an attack is made by a state or an armed group: an author with no country is a misreading
    if (type === 'ASSAULT' && actor && !countryOf(actor)) { drop('an attacker with no country'); continue; }
    // the other side of a meeting named again: `در این دیدار ... گفت‌وگو کردیم`
    if (type === 'CONSULT' && actor && !recipient && memory.pair && hasSequence(keys, sentence.first, match.verb, THIS_MEETING)) {
      recipient = memory.pair.find((side) => countryOf(side) !== countryOf(actor as Party));
    }
    // an armed side named by a common noun (`مواضع شبه‌نظامیان را هدف قرار داده‌اند`، `به مواضع این نیروها حمله کند`): the last armed body named other than the attacker
    if (type === 'ASSAULT' && actor && !recipient) recipient = armedSide(context, actor, actor.last < match.first ? actor.last + 1 : embedded, lemma ? match.first : Math.min(sentence.last, match.verb + VERBLESS_OBJECT));
    // an attack on something in a place (`خودرویی را در جاده ... در جنوب لبنان هدف قرار دادند`، `به اردوگاه ... در نزدیکی شهر الفاشر حمله کردند`): the place's country
    if (type === 'ASSAULT' && actor && !recipient) recipient = placeStruck(context, lemma ? (actor.last < match.first ? actor.last + 1 : embedded) : match.verb + 1, lemma ? match.first : Math.min(sentence.last, match.verb + VERBLESS_OBJECT));
    // an attack on no one named is aimed at the other side of the war its paragraph tells of (`نیروهایش ده‌ها تن از مهاجمان را کشته‌اند`)
    if (type === 'ASSAULT' && actor && !recipient) recipient = enemyOf(context, actor, sentence, match.verb, countryOf);
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
    if (type === 'THREATEN' && lemma === 'داد' && match.trigger.words.join('') === 'هشدار' && !recipient && !sanctions && !promisesAct(view, match.verb + 1, sentence.last)) { drop('a warning of a danger'); continue; }
    // a sanction on firms or ships with no country named is aimed at the country its reason names
    // (`۱۲ شرکت و ۸ نفتکش را به اتهام حمل نفت ایران در فهرست تحریم‌ها قرار داد`)
    // (also when the one named is of the actor's own country: a state seldom sanctions its own)
    if (type === 'SANCTION' && actor && (!recipient || countryOf(recipient) === countryOf(actor))) recipient = reasonParty(context, embedded, match.first, countryOf(actor)) ?? recipient;
    // a request of both sides (`از طرفین درگیری خواست`، `از هر دو طرف می‌خواهیم`، `دو طرف را به خویشتن‌داری فراخواند`): the two
    // its sentence names, else the last two sides named (the askers named together none of them: `عربستان و آمریکا ... از طرفین`)
    let both: Party[] | undefined;
    if (!recipient && type === 'REQUEST' && (markers.includes('از') || markers.includes('را'))) both = bothSidesAsked(context, { sentence: sentence.first, from: embedded, before: match.first, last: sentence.last }, actor, !markers.includes('از'));
    // aid given or denied to the sides of a war (`هیچ کمک نظامی به هیچ یک از طرف‌های درگیر ارائه نکرده`): each side
    if (!recipient && type === 'AID') both = warringSidesNamed(context, match.first, lemma ? match.verb : Math.min(sentence.last, match.verb + VERBLESS_OBJECT), actor);
    // what is written or said to someone is aimed at them (`در نامه‌ای به X ... خواستار شد`، `خطاب به X گفت`)
    if (!recipient && ADDRESSED.has(type)) recipient = addressee(context, embedded, match.first);
    // a sentence passed is no condemnation (`باشگاه سپاهان را ... به پرداخت ۸۰ هزار دلار جریمه ... محکوم کرد`)
    if (type === 'ACCUSE' && lemma && match.trigger.words.join(' ') === 'محکوم' && sentenced(keys, embedded, match.first)) { drop('a sentence passed'); continue; }
    // an expectation of no one named, abroad, is a wish, no request (`انتظار داریم قطعی‌های زمستانی تکرار نشود`
    // said by a Turkish minister); at home it is asked of the home government, as other requests are
    if (type === 'REQUEST' && !recipient && !both && match.trigger.words.includes('انتظار') && actor && countryOf(actor) !== context.homeCountry) { drop('an expectation abroad'); continue; }
    // a journey to a town for a meeting is a meeting with whom it names (`برای دیدار با مقام‌های انصارالله به مسقط سفر خواهد کرد`)
    if (type === 'CONSULT' && actor && recipient?.place) recipient = meetingPartner(context, embedded, match.first, actor) ?? recipient;
    // what is asked or said in a meeting is aimed at the other side of it (`توکایف در دیدار با عراقچی خواستار شد ...`)
    if (!recipient && actor && ADDRESSED.has(type)) recipient = meetingPartner(context, embedded, match.first, actor);
    // or in the meeting the sentence names again (`شریف در این دیدار خواستار ... شد`): its other side
    if (!recipient && !both && actor && ADDRESSED.has(type) && memory.pair && hasSequence(keys, embedded, match.first, THIS_MEETING)) recipient = memory.pair.find((side) => countryOf(side) !== countryOf(actor as Party));
    // an objection to a ruling is an appeal (`به رأی کمیته انضباطی اعتراض خواهیم کرد`): a request to who issued it
    const objection = type === 'PROTEST' && lemma ? objectionToRuling(context, embedded, match.verb) : undefined;
    if (objection) [type, recipient] = ['REQUEST', objection.issuer];
    // a characterization in « » after its object (`این اقدام را «دزدی دریایی» خواند`): accused or rejected
    if (match.trigger.data.calls) {
      const called = characterization(context, match.first, embedded, actor, recipient);
      if (!called) { drop('no characterization'); continue; }
      ({ type, recipient } = called);
    }
    // an attack condemned accuses its author, not the side struck nor the accuser's own side: the opposing party is looked for
    if (type === 'ACCUSE' && actor && recipient && accusedWrongSide(context, actor, recipient, lemma ? embedded : match.verb + 1, lemma ? match.first : Math.min(sentence.last, match.verb + VERBLESS_OBJECT))) recipient = undefined;
    // a report rejected that no side wrote (`گزارش‌های برخی رسانه‌ها درباره پیام واشنگتن را رد کرد`) answers no one
    const unauthored = type === 'REJECT' && rejectsUnauthoredReport(context, embedded, match.first, match.verb, !!lemma, sentence.last);
    if (unauthored) recipient = undefined;
    // a town or region is never the side accused, threatened or rejected (`استکهلم این حکم را ... می‌داند`);
    // a capital may be, standing for its government (`تحریم‌های واشنگتن را «...» خواند`)
    if (OPPOSED.has(type) && recipient?.place && !recipient.capital) recipient = undefined;
    // nor the actor's own country named after a preposition inside what is accused (`بیانیه ... درباره برنامه
    // هسته‌ای ایران را ... خواند` said by Iran): the object phrase names its author elsewhere
    if (OPPOSED.has(type) && recipient && actor && markers[0] === 'را' && insideAdjunct(context, recipient, embedded) && countryOf(recipient) && countryOf(recipient) === countryOf(actor)) recipient = undefined;
    // a refusal to bear what someone demands (`زیر بار زیاده‌خواهی واشنگتن نخواهد رفت`): the side named in its gap
    if (type === 'REJECT' && match.trigger.data.refusal && markers[0] === '~' && match.trigger.words.includes('*') && !recipient && actor) recipient = opponentInGap(context, match.first + 1, match.verb, actor, countryOf);
    // a motion against a named person (`$`): those who table it are of the country the report is about
    if (markers.includes('$')) actor ??= { first: match.first, last: match.first, country: context.focus(), place: false };
    if (actor && OPPOSED.has(type) && !markers.includes('-') && !markers.includes('$') && !sanctions?.anyone && !objection && !unauthored) recipient = opposedRecipient(context, type, actor, recipient, sentence, match.verb, countryOf);
    // a threat with no one named, after the same side accused or rejected someone in its sentence, is aimed at them
    // (`این حملات را «تجاوز آشکار» خواند و هشدار داد که ... بی‌پاسخ نخواهد ماند`)
    // (or earlier in its paragraph: `از فعال‌سازی سازوکار ماشه از سوی سه کشور اروپایی انتقاد کرد. وی هشدار داد که این تصمیم بی‌پاسخ نخواهد ماند`)
    if (type === 'THREATEN' && !recipient && actor) recipient = sameSideOpposed(context, events, actor, countryOf) ?? opposedInParagraph(context, sentence.paragraph, actor, countryOf);
    // a measure against the opposing side with no one named (`گذرگاه تورخم را بست`): the side its sentence or the report opposes to the actor
    if (markers.includes('~') && !recipient && actor && type === 'SANCTION') recipient = opposingSideOf(context, actor, sentence, match.verb, countryOf);
    // (a report with no side as its author, rejected, answers no one: `ادعای برخی رسانه‌ها ... را «بی‌اساس» خواند`)
    if (markers.includes('~') && !recipient && !unauthored) { drop('no opposing party'); continue; }
    // a claim accuses only a side its sentence names (`مدعی شد که حملات تنها انبارها را هدف گرفته`: no one)
    if (claim && recipient && (recipient.first < sentence.first || recipient.first > sentence.last)) { drop('a claim of no one in its sentence'); continue; }
    // what is promised names the other side inside it (`وعده داده است یک هواپیما ... به عراق بفرستد`)
    // a request with a که clause asks the subject of that clause (`خواستار آن شد که ... آمریکا و فرانسه ... عمل کنند`)
    // a group asked that names no side (`از جامعه جهانی خواست ابوظبی را ... پاسخگو کند`) is the recipient, of no country:
    // not the side named inside what is asked, nor any other side looked for below
    const unnamedAsked = type === 'REQUEST' && !recipient && asksUnnamedGroup(context, embedded, match.first);
    if (type === 'REQUEST' && lemma && !recipient && !both && actor && !unnamedAsked) recipient = askedInClause(context, match.verb + 1, sentence.last, actor);
    // a request that names another side inside what it asks for asks that side (`خواستار خروج نیروهای اسرائیلی ... شد`)
    // (or an international body, whichever is named first: `خواستار واکنش فوری شورای امنیت سازمان ملل شدند`; not
    // `خواستار ازسرگیری همکاری ایران با آژانس ... شد`)
    // (its words up to the verb, also when that verb stands past the row's gap: `خواستار فشار پاریس بر تل‌آویو برای ... شد`)
    const askedEnd = lemma ? match.verb : match.trigger.words[0] === 'خواستار' ? nextVerb(view, match.verb + 1, sentence.last) : -1;
    if (type === 'REQUEST' && !recipient && !both && actor && askedEnd > match.first + 1 && !unnamedAsked) {
      const side = otherSides(context, match.first + 1, askedEnd, actor)[0];
      const body = firstPartyIn(context.parties, match.first + 1, side?.first ?? askedEnd, (party) => isInternational(context, party) && party.mention?.entity !== actor?.mention?.entity);
      recipient = body ?? side;
    }
    // a request to stop an act or make it good with no one named, after the same side charged someone in its sentence,
    // asks the side charged (`حملات ارتش ترکیه را «نقض آشکار حاکمیت» خواند و خواستار توقف فوری این عملیات شد`)
    if (type === 'REQUEST' && !recipient && !both && actor && !unnamedAsked && STOPPING.has(keys[match.first + 1] ?? '')) recipient = sameSideOpposed(context, events, actor, countryOf);
    // an army asking people it does not name (`ساکنان روستاهای مرزی را به تخلیه فراخواند`) asks the other side of its war
    if (type === 'REQUEST' && !recipient && !both && actor && !unnamedAsked && codeParty(actor, view.entities, context.gazetteer)?.sector === 'MIL') recipient = enemyOf(context, actor, sentence, match.verb, countryOf);
    const promised = type === 'SUPPORT' && lemma && !recipient && actor ? subjunctiveAfter(view, match.verb + 1, sentence.last) : -1;
    if (promised >= 0) recipient = otherSides(context, match.verb + 1, promised, actor)[0];
    // what is agreed to names the other side inside it (`... به سمت عراق را افزایش دهد`)
    if (accepted >= 0 && !recipient && actor) {
      for (let t = match.verb + 1; t < accepted && !recipient; t++) {
        const party = partyStartingAt(context.parties, t);
        if (party && countryOf(party) && countryOf(party) !== countryOf(actor)) recipient = party;
      }
    }
    // a withdrawal from a town, an arrest in one, is aimed at no one there (`از شهرک ... عقب‌نشینی کردند`)
    if (PLACE_NO_RECIPIENT.has(type) && recipient?.place) recipient = undefined;
    // a foreign national held or sentenced with no side of another country named (`دو تبعه فرانسه که ... بازداشت
    // شده بودند`): the national's country
    if (type === 'COERCE' && (!recipient || !countryOf(recipient))) recipient = nationalBefore(context, sentence.first, match.first) ?? recipient;
    // an attack or sanctions condemned as told before (`این حملات را محکوم کرد`، `با محکوم کردن این حمله، از ... خواست`،
    // `تحریم‌های جدید را «غیرقانونی» خواند`): their author
    const condemns = match.trigger.words.includes('محکوم') || !!match.trigger.data.calls;
    if (type === 'ACCUSE' && actor && condemns) recipient = condemnedAuthor(context, actor, lemma || match.trigger.data.calls ? match.first : match.verb + 1, !lemma && !match.trigger.data.calls) ?? recipient;

    if (lemma) previous = actor;
    // a country acting in the middle of a list (`فرماندهان نیروی دریایی ایران، روسیه و چین ... دیدار کنند`):
    // the list acts, its first member first; the members before it are parties of a country, no towns or news agencies
    const listed = (p: Party): boolean => (!p.place || !!p.capital) && !!countryOf(p) && !isReporter(view, p);
    const acting = actor && (isCountryLevel(context, actor) || actor.capital) ? listHead(context.parties, keys, actor, (p) => !listed(p)) : actor;
    let actors = withConjuncts(context.parties, keys, acting, sentence.last);
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
      // what is rejected with no side named in it is the opposing party's (`مذاکره زیر سایه تهدید را نمی‌پذیریم`)
      // (a که clause after it tells what is not accepted: the side it names acting, none when it names none: `ترکیه نمی‌پذیرد
      // که اتحادیه اروپا ... تصمیم بگیرد`)
      if (actor && !pair && !recipient && clauseFollows(keys, match.verb)) recipient = askedInClause(context, match.verb + 1, sentence.last, actor, true);
      else if (actor && !pair) recipient = opposedRecipient(context, type, actor, recipient?.place && !recipient.capital ? undefined : recipient, sentence, match.verb, countryOf);
    }
    if (match.trigger.data.refusal && modality === 'negated') modality = 'asserted';
    if (asMeans) modality = 'planned';
    if (invited) modality = 'planned';
    const words = match.trigger.words.filter((word) => word !== '*');
    // a country or capital that ends a list of them (`همکاری‌های نظامی تهران، مسکو و پکن را`) is one of its
    // members: each is a recipient
    // a list of demands that calls bodies in (`خواستار حضور رئیس دانشگاه و پاسخگویی وزارت بهداشت شدند`): one request per demand
    const demanded = type === 'REQUEST' && !recipient && !both && actor && match.trigger.words[0] === 'خواستار'
      ? bodiesDemanded(context, match.first + 1, match.verb > match.first + 1 ? match.verb : nextVerb(view, match.verb + 1, sentence.last), actor) : undefined;
    // else a request joined by و to a clause before it shares that clause's subject and its letter or call (`در نامه‌ای
    // به X ... اعتراض کرد و خواستار ... شد`، `در تماس تلفنی با X ... انتقاد کرد و خواستار ... شد`): asked of their addressee
    const framed = subject && subject.first >= sentence.first && subject.last < embedded ? subject.last + 1 : embedded;
    // (the addressee alone: what follows it after a comma opens the clause, `در نامه‌ای به شورای امنیت، امارات را ...`)
    const addressed = type === 'REQUEST' && !recipient && !both && !demanded && actor && framed < embedded ? addressee(context, framed, embedded) ?? meetingPartner(context, framed, embedded, actor) : undefined;
    if (addressed) recipient = addressed;
    const state = (p: Party): boolean => (p.capital || isCountryLevel(context, p)) && p !== actor && (!p.mention || p.mention.entity !== actor?.mention?.entity);
    const head = recipient && state(recipient) ? listHead(context.parties, keys, recipient, (p) => !state(p)) : recipient;
    // (a meeting is one event per person met, each named with their role: `با X معاون اول رئیس‌جمهور و Y دیدار کرد`)
    let recipients = both ?? demanded ?? (addressed ? [addressed] : withConjuncts(context.parties, keys, head, sentence.last, type === 'CONSULT'));
    // firms sanctioned in several countries (`یک پالایشگاه در چین و سه شرکت در هنگ‌کنگ را تحریم کرد`): one sanction per country
    if (type === 'SANCTION' && recipient && recipients.length === 1 && recipient.last < match.first) recipients = [recipient, ...targetsInOtherCountries(context, recipient, actor)];
    // a list that names the actor's own country among others (`خواستار ازسرگیری گفت‌وگوهای چهارجانبه با حضور ایران، ترکیه،
    // روسیه و دولت دمشق شد` said in Moscow) reaches only the others
    const own = actors[0] && countryOf(actors[0]);
    if (own && recipients.length > 1 && recipients.some((r) => countryOf(r) !== own)) recipients = recipients.filter((r) => countryOf(r) !== own);
    // (a verb of accepting with no act accepted after it reads as its row is written: `هیچ مذاکره‌ای با تل‌آویو را نمی‌پذیرد`)
    if (sides && !pair && !(sides === 'accepts' && accepted < 0)) {
      const from = sides === 'news' ? match.verb + 1 : clauseStart(view, sentence.first, match.first);
      const to = sides === 'news' ? chargeOpens(keys, match.verb + 1, announced) : sentence.last;
      if (sides === 'joint' && !(actor && countryOf(actor))) actors = [];
      if (actors.length === 0) {
        const first = firstCountryParty(context, from, to);
        if (first) actors = [first];
      }
      recipients = otherSides(context, from, to, actors[0]);
      // a side there as an observer (`ناوهای پاکستان و عمان نیز به عنوان ناظر ... حضور خواهند داشت`) is one its host
      // cooperates with, as the guide reads it (COOPERATE of the host navy with each observer country)
      if (sides === 'joint' && actors[0]) {
        const host = actors[0];
        for (const observer of recipients.filter((r) => observes(keys, context.parties, r, to))) {
          const key = `${type}|${countryOf(host)}|${countryOf(observer)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          events.push({ type, trigger, lemma: [...words, lemma].filter(Boolean).join(' '), actor: host, recipient: observer, modality });
        }
        recipients = recipients.filter((r) => !observes(keys, context.parties, r, to));
        // the forces of a country sent to it (`ناوگروه‌های اعزامی روسیه و چین`) are each a MOBILIZE with no recipient, besides
        // the COOPERATE (the guide: "ships sent MOBILIZE besides")
        for (const guest of recipients.filter((r) => forcesFrom(keys, listHead(context.parties, keys, r).first))) {
          const key = `MOBILIZE|${countryOf(guest)}|`;
          if (seen.has(key)) continue;
          seen.add(key);
          events.push({ type: 'MOBILIZE', trigger, lemma: [...words, lemma].filter(Boolean).join(' '), actor: guest, modality });
        }
      }
      if (recipients.length === 0 && sides === 'joint') { drop('a joint act with no other side'); continue; }
    }
    // help given to an act told with no agent of its own (`با همکاری اینترپل ... مسترد شد`): the helpers act, toward the
    // side helped (not when the helpers include that side's own: `با همکاری بانک مرکزی عراق و بانک مرکزی ایران` is their cooperation)
    const helped = actors[0] ?? { first: match.first, last: match.first, country: context.focus(), place: false };
    if (type === 'COOPERATE' && !lemma && recipients.length > 0 && match.trigger.words.join(' ') === HELP && helpsAgentlessAct(view, match.verb, sentence.last)
      && !withConjuncts(context.parties, keys, head, sentence.last).some((p) => countryOf(p) === countryOf(helped))) {
      [actors, recipients] = [recipients, [helped]];
    }
    // a charge or claim denied at home (`اتهام پولشویی را رد کرد`، `ادعای کارگران ... را رد کرد`) answers someone at home
    const chargeDenied = type === 'REJECT' && !unauthored && keys.slice(embedded, match.first).some((k) => CHARGE_NOUNS.has(k));
    for (const a of actors.length ? actors : [undefined]) {
      for (const r of recipients.length ? recipients : [undefined]) {
        const aCountry = a && partyCountry(context, a);
        const rCountry = r && partyCountry(context, r);
        if (!a || (r?.place && type === 'CONSULT' && rCountry === aCountry)) { drop('no actor'); continue; }
        // a talk with a news agency is an interview (`در گفت‌وگو با ایسنا`)
        if (type === 'CONSULT' && r && isReporter(context.view, r)) { drop('an interview'); continue; }
        // nor is a visit to one's own country one (`وارد حریم آبی کشورمان شود`)
        if (type === 'CONSULT' && r && aCountry && rCountry === aCountry && (!r.mention || context.view.entities.get(r.mention.entity)?.attributes?.subtype === 'country')) { drop('a visit at home'); continue; }
        let to = r && r.mention && r.mention.entity === a.mention?.entity ? undefined : r;
        // a state abroad is no side of its own act: its own country or capital named after it (`قاهره هیچ اقدامی را که سهم
        // مصر ... کاهش دهد نخواهد پذیرفت`) is what the act is about; the side opposed takes its place
        if (to && type !== 'MOBILIZE' && ownStateNamed(context, a, to)) to = opposingSideOf(context, a, sentence, match.verb, countryOf);
        // aid with no recipient named where it goes: the party of another country the sentence names
        // (`در صورت درخواست دولت افغانستان، تیم‌های درمانی ... اعزام کند`)
        if (!to && type === 'AID' && aCountry) to = otherSides(context, sentence.first, sentence.last, a)[0];
        // an agreement to an act with no side after با: the party of another country inside its clause
        // (`وزارت بهداشت پاکستان با ارسال گزارش‌ها به طرف ایرانی موافقت کرد`)
        if (!r && !pair && type === 'AGREE' && aCountry) to = otherSides(context, embedded, match.verb, a)[0];
        // an unnamed recipient of a home-country actor's act at home: the home country itself
        // (unless its sentence names a side of another country: `بغداد ... پرداخت نکرده و تهران خواستار تسویه کامل آن است`;
        // so for a welcome too: `از هر توافقی که به امنیت سوریه کمک کند استقبال کرد` → سوریه)
        // (an act announced at home names no side but is done at home too: `دادستان از توقیف ... خبر داد`; so is a
        // strike, which is always against someone: `کارگران ... دست از کار کشیدند`)
        // (not a threat whose condition an unnamed foreign side sets: `اگر طرف‌های اروپایی ... ادامه دهند، ...`)
        if (!to && aCountry === context.homeCountry && (DOMESTIC.has(type) || (type === 'REJECT' && chargeDenied)) && (!markers.includes('-') || sides === 'news' || type === 'PROTEST' || inForce) && !abroad && !(type === 'THREATEN' && conditionSubject(view, context.parties, sentence.first, sentence.last).unnamedForeign)) to = (type === 'REQUEST' || type === 'SUPPORT' ? otherSides(context, sentence.first, sentence.last, a)[0] : undefined) ?? { first: match.first, last: match.first, country: context.homeCountry, place: false };
        // a foreign side asking with no one named, in a report about the home country, asks the home country
        // (`طرف ترکیه‌ای خواستار کاهش قیمت گاز شده بود` in a report on Iran's gas exports)
        if (!to && type === 'REQUEST' && aCountry && aCountry !== context.homeCountry && context.focus() === context.homeCountry && !markers.includes('-') && !abroad && !both) to = { first: match.first, last: match.first, country: context.homeCountry, place: false };
        // and one paying or releasing what it owes with no one named pays the home country (`عراق ... بخشی از بدهی خود را
        // آزاد کرده است`; not prisoners it frees nor a truce it declares)
        if (!to && type === 'CONCEDE' && aCountry && aCountry !== context.homeCountry && context.focus() === context.homeCountry && !abroad && keys.slice(sentence.first, match.first).some((k) => OWED.has(k))) to = { first: match.first, last: match.first, country: context.homeCountry, place: false };
        // a defendant at home whose nationality is not said (`م.ر ... محکوم شده است`): of the home country
        if (to && type === 'COERCE' && passive && aCountry === context.homeCountry && !abroad && !rCountry) to = { ...to, country: context.homeCountry };
        if (!to && NEEDS_RECIPIENT.has(type)) { drop('no recipient'); continue; }
        // what a body hands out at home with no word of relief is its service, no aid (`وزارتخانه ۱۸۰ هزار واحد را تحویل داده`)
        if (type === 'AID' && to && aCountry && partyCountry(context, to) === aCountry && !keys.slice(sentence.first, sentence.last).some((k) => AID_NOUNS.has(k))) { drop('a service at home'); continue; }
        // a request only supposed, of no one named (`در صورتی که دولت لبنان درخواست کند، ...`), is the condition of an offer
        if (!to && type === 'REQUEST' && modality === 'hypothetical') { drop('a supposed request'); continue; }
        // sides of one country named together (bodies or people, no places) are asked, met or struck each on
        // its own (`از ارتش و نیروهای واکنش سریع خواست`، `از هر دو طرف می‌خواهیم`; two sides known only by their
        // country, one country twice in a war at home, by their place among the recipients)
        // (the first person met is the meeting as told, one with a visit of the same sides read before it: `وارد باکو شد و با
        // X و Y دیدار کرد` is two meetings)
        const own = recipients.length > 1 && to === r && !(type === 'CONSULT' && r === recipients[0]) && !to?.place ? `|${to?.mention?.entity ?? (r ? recipients.indexOf(r) : '')}` : '';
        const key = `${type}|${aCountry ?? a.mention?.entity}|${(to && partyCountry(context, to)) ?? to?.mention?.entity}${own}${handed ? '|handed' : ''}`;
        // a measure or agreement told again by another verb of the sentence is another one (`به حبس محکوم شده‌اند و
        // یکی از آنان از خدمت منفصل شده است`; after one announced by its noun too: `از صدور حکم ... خبر داد و گفت: متهم
        // ردیف اول ... محکوم شده است`; a measure in force beside it: `دستگیر شد و در بازداشت به سر می‌برد`), and so is a charge or attack told by a verb of another modality than the
        // same sides' one before it (`با محکوم کردن این حملات اعلام کرد که شکایتی ... ارائه خواهد کرد`); verbs sharing one
        // light verb tell one act
        const told = actedBy.get(key);
        const another = (!!lemma || inForce || asMeans) && !!told && told.every((t) => t.verb !== match.verb && (DISCRETE.has(type) || (RETOLD_IN_ANOTHER_MODE.has(type) && t.modality !== modality)));
        if (seen.has(key) && !another) {
          if (type === 'THREATEN') retold.push({ type, trigger, lemma: [...words, lemma].filter(Boolean).join(' '), actor: a, recipient: to, modality });
          drop('the same event again');
          continue;
        }
        seen.add(key);
        actedBy.set(key, [...(told ?? []), { verb: lemma || inForce || asMeans ? match.verb : -1, modality }]);
        events.push({ type, trigger, lemma: [...words, lemma].filter(Boolean).join(' '), actor: a, recipient: to, modality, ...(speech || claim ? { speech: true } : {}), ...(claim ? { claim: true } : {}) });
        context.candidates?.(recipientCandidates(view, context.parties, sentence, { type, trigger: match.first, actor: a, recipient: to }, { countryOf, isCountry: (party) => isCountryParty(context, party), inQuote: (t) => !!context.speakerAt(t) }));
        if (type === 'ACCUSE' && !claim) rememberClaimant(memory, a);
        if ((type === 'ACCUSE' || type === 'REJECT') && to && sentence.paragraph !== undefined && opposes(context, a, to, countryOf)) memory.opposed = { paragraph: sentence.paragraph, actor: a, recipient: to };
        if (sanctions) events.push({ type: 'SANCTION', trigger, lemma: [...words, lemma].join(' '), actor: a, recipient: to, modality: 'hypothetical' });
        const threatened = match.trigger.data.threatens;
        if (threatened) events.push({ type: threatened, trigger, lemma: [...words, lemma].filter(Boolean).join(' '), actor: a, recipient: to, modality: 'hypothetical' });
        if (type === 'ACCUSE' && to && words.join(' ') === 'متهم') chargeOf(context, match, embedded, a, to, modality, seen, events);
        // (a charge denied by its words, `این اتهام را رد کرد`: the act its paragraph told of the denier's side, negated)
        if (type === 'REJECT' && modality === 'asserted') deniedAct(context, match, embedded, a, to, seen, events, memory.told && memory.told.paragraph === sentence.paragraph ? memory.told.acts : []);
      }
    }
    const side = recipient ?? (sides ? recipients[0] : undefined);
    if (actors[0] && side && SYMMETRIC.has(type)) memory.pair = [actors[0], side];
    if (type === 'SANCTION' && actor) (memory.sanctioners ??= []).push(actor);
    if (type === 'ASSAULT' && actor) {
      memory.attacker = actor;
      (memory.attackers ??= []).push(actor);
      memory.struck = recipient;
      const country = countryOf(actor);
      if (country) (memory.attackerCountries ??= new Set()).add(country);
    }
    if (claim && actor) rememberClaimant(memory, actor);
    if (actor && lemma && !speech && !claim && !match.trigger.data.calls) memory.actedLast = actor;
  }
  const threat = events.some((e) => e.type === 'THREATEN') ? undefined : conditionalThreat(context, sentence, countryOf);
  if (threat) events.push(threat);
  const sidesKey = (e: FoundEvent): string => `${e.type}|${e.actor && countryOf(e.actor)}|${e.recipient && countryOf(e.recipient)}`;
  const read = new Set(events.map(sidesKey));
  // an act the threat promises that the sentence already reads from its own words is not read twice (an act told
  // as done is not the one promised: `... را هدف قرار دادند و هشدار داد: «هر حمله‌ای بی‌پاسخ نخواهد ماند»`)
  const promised = new Set(events.filter((e) => e.modality !== 'asserted').map(sidesKey));
  /** Adds an act to come to `into` unless one of its type and sides to come is read already. */
  const addPromised = (into: FoundEvent[], act: FoundEvent): void => {
    const key = sidesKey(act);
    if (promised.has(key)) return;
    promised.add(key);
    into.push(act);
  };
  for (const act of threatenedActs(view, sentence, [...events, ...retold])) addPromised(events, act);
  const obligation = events.some((e) => e.type === 'REQUEST') ? undefined : obligationRequest(context, sentence);
  if (obligation) events.push(obligation);
  events.push(...exerciseParticipants(context, sentence).filter((act) => !read.has(sidesKey(act))));
  events.push(...indictmentsSent(keys, events, sentence));
  for (const warned of warningHeeded(context, sentence)) if (!read.has(sidesKey(warned))) events.push(warned);
  rememberParties(memory, context.parties, sentence.first, sentence.last, countryOf);
  const grouped = asGroups(context, events, sentence.last);
  const kept = dropOwnClaims(grouped, (party) => (party ? countryOf(party) : undefined));
  const dropped = context.dropped;
  if (dropped) for (const e of grouped.filter((e) => !kept.includes(e))) dropped({ type: e.type, first: e.trigger[0], verb: e.trigger[1], why: 'a claim of its own act' });
  // an armed side's operations told to go on (`عملیات خود را ... ادامه خواهد داد`): its attack to come, unless the
  // sentence reads it already (after the claims are weighed: an attack to come is no act a claim tells of its claimant)
  for (const act of continuedOperations(context, sentence, (actor, verb) => enemyOf(context, actor, sentence, verb, countryOf))) addPromised(kept, act);
  // a meeting told to be held with those attending (`جلسه‌ای با حضور ... برگزار شود`): a contact to come, unless the
  // sentence reads it already or it is what a request asks for (`از دولت خواست ... نشستی با حضور وزیر برگزار کند`)
  for (const act of meetingsToCome(context, sentence)) {
    if (!kept.some((e) => e.type === 'REQUEST' && e.trigger[1] < act.trigger[0])) addPromised(kept, act);
  }
  if (sentence.paragraph !== undefined) {
    if (memory.told?.paragraph !== sentence.paragraph) memory.told = { paragraph: sentence.paragraph, acts: [] };
    memory.told.acts.push(...kept.filter((e) => e.modality === 'asserted'));
  }
  return kept;
}

/** Words that open what a measure is for (match keys): `به اتهام`، `به جرم`. */
const CHARGE_OPENERS: ReadonlySet<string> = new Set(['اتهام', 'جرم'].map(matchKey));

/** Crimes that name, after them, whom they served (match keys): `جاسوسی برای سرویس اطلاعاتی ...`، `جاسوسی به نفع ...`. */
const SERVING_CRIMES: ReadonlySet<string> = new Set(['جاسوسی'].map(matchKey));

/**
 * Where an announced measure's phrase ends for its sides: at `به اتهام`/`به جرم`, at `متهم به` or at a crime that
 * names whom it served in `[from, to)`, else `to` — the charge names no side of the measure (`از صدور حکم حبس برای
 * «ر.ف» به اتهام جاسوسی برای سرویس اطلاعاتی اسرائیل خبر داد`، `برای ر.ف، متهم به جاسوسی برای ...`، `برای دو متهم
 * جاسوسی برای ...`).
 */
function chargeOpens(keys: readonly string[], from: number, to: number): number {
  for (let t = from + 1; t < to; t++) {
    if (keys[t - 1] === 'به' && CHARGE_OPENERS.has(keys[t])) return t - 1;
    if (keys[t - 1] === 'متهم' && keys[t] === 'به') return t - 1;
    if (SERVING_CRIMES.has(keys[t])) return t;
  }
  return to;
}

/** The token after the last contrast word or `؛` in `(from, to)`, or -1: where the clause before `to` begins. */
function contrastAfter(keys: readonly string[], from: number, to: number): number {
  for (let t = to - 1; t > from; t--) if (CONTRASTS.has(keys[t]) || keys[t] === '؛') return t + 1;
  return -1;
}

/** The opposing party of `actor` named in the paragraph of `sentence` so far (see {@link opposingParty}). */
function enemyOf(context: EventContext, actor: Party, sentence: { first: number; last: number; paragraph?: number }, verb: number, countryOf: (party: Party) => string | undefined): Party | undefined {
  const since = (sentence.paragraph !== undefined ? context.view.paragraphs[sentence.paragraph]?.first : undefined) ?? sentence.first;
  return opposingSideOf(context, actor, sentence, verb, countryOf, since);
}

/**
 * Two sides acting together as `دو طرف`, the side of the one who tells it first (`teller`: the speaker, or the subject of
 * the saying clause; `اسحاق دار افزود که دو کشور توافق کرده‌اند ...` → PAK, IRN; patterns alone, leave-out 6196 → 6202 right
 * of 8056), else the home country's: the report tells it from there (`دو طرف ... توافق کردند` after a visit to Baghdad → IRN, IRQ).
 */
function tellerFirst(pair: [Party, Party] | undefined, teller: Party | undefined, home: string, countryOf: (party: Party) => string | undefined): [Party, Party] | undefined {
  if (!pair) return pair;
  const first = (teller && countryOf(teller) !== undefined && pair.some((side) => countryOf(side) === countryOf(teller)) ? countryOf(teller) : home);
  return countryOf(pair[1]) === first && countryOf(pair[0]) !== first ? [pair[1], pair[0]] : pair;
}

/** Words naming an observer's part (match keys): `به عنوان ناظر`. */
const AS_OBSERVER: readonly (readonly string[])[] = [['به', 'عنوان', 'ناظر'], ['بهعنوان', 'ناظر'], ['بعنوان', 'ناظر']];

/** Most words between a party and `به عنوان ناظر` (its conjuncts, `نیز`). */
const OBSERVER_REACH = 8;

/** Whether `party` is named as an observer: `به عنوان ناظر` follows it (past its conjuncts and `نیز`) before `to`. */
function observes(keys: readonly string[], parties: EventContext['parties'], party: Party, to: number): boolean {
  for (let t = party.last + 1; t < to && t - party.last <= OBSERVER_REACH; t++) {
    if (sequenceAt(keys, t, AS_OBSERVER)) return true;
    const next = partyStartingAt(parties, t);
    if (next) t = next.last;
    else if (keys[t] !== 'و' && keys[t] !== '،' && keys[t] !== 'نیز') return false;
  }
  return false;
}

/** The first party in `[from, to)` of another country than `actor`'s (no town or region, no news agency), or an international body. */
function opponentInGap(context: EventContext, from: number, to: number, actor: Party, countryOf: (party: Party) => string | undefined): Party | undefined {
  return firstPartyIn(context.parties, from, to, (party) => (!party.place || !!party.capital) && !isReporter(context.view, party) && opposes(context, actor, party, countryOf));
}

/** Nouns of a state's nationals (match keys): `تبعه`، `اتباع`، `شهروند`. */
const NATIONALS: ReadonlySet<string> = new Set(['تبعه', 'اتباع', 'شهروند', 'شهروندان'].map(matchKey));

/** Most words between a national (`تبعه`) and the act it undergoes (`یک تبعه سوئدی که ماه گذشته در تهران بازداشت شد`). */
const NATIONAL_REACH = 16;

/**
 * The country of the last national named before `to` in its clause (`تبعه فرانسوی`، `دو تبعه فرانسه`، `شهروندان
 * آمریکایی`): the party of a country that the noun opens or that follows it, with no verb between it and `to`; else undefined.
 */
function nationalBefore(context: EventContext, from: number, to: number): Party | undefined {
  const { keys, tokens } = context.view;
  for (let t = to - 1; t >= Math.max(from, to - NATIONAL_REACH); t--) {
    if (tokens[t].pos === 'VERB') return undefined;
    if (!NATIONALS.has(keys[t])) continue;
    // (the entity stage may name the national itself, with its count: `یک تبعه فرانسوی` a person of France)
    const holding = [t, t - 1, t - 2].map((u) => (u >= from ? partyStartingAt(context.parties, u) : undefined)).find((p) => p && p.last >= t);
    const party = holding ?? partyStartingAt(context.parties, t + 1);
    return party && (!party.place || party.capital) && partyCountry(context, party) ? party : undefined;
  }
  return undefined;
}

/** Whether a party is the press: a news agency or paper, or a reporter of one (sector MED). */
function isPress(context: EventContext, party: Party): boolean {
  return isReporter(context.view, party) || codeParty(party, context.view.entities, context.gazetteer)?.sector === 'MED';
}

/**
 * Whether `recipient` is the country or capital of `actor`, a side abroad that is no armed group (`قاهره` → `مصر`): at
 * home, a body may act on its own state (`از دولت خواست`), and an armed group fights its own country.
 */
function ownStateNamed(context: EventContext, actor: Party, recipient: Party): boolean {
  const country = partyCountry(context, actor);
  if (!country || country === context.homeCountry || partyCountry(context, recipient) !== country) return false;
  // (a country by its name or capital, not by a demonym: `شرکت‌های چینی` are its own people)
  if (!recipient.capital && !isCountryParty(context, recipient)) return false;
  return codeParty(actor, context.view.entities, context.gazetteer)?.sector !== 'REB';
}

/** Whether `recipient` stands against `actor`: a side of another country, or an international body facing a state. */
function opposes(context: EventContext, actor: Party, recipient: Party, countryOf: (party: Party) => string | undefined): boolean {
  const own = countryOf(actor);
  if (!own) return false;
  const other = countryOf(recipient);
  return other ? other !== own : isInternational(context, recipient);
}

/** Nouns of an act stopped or made good (match keys): asked for, they ask the side that acts (`خواستار توقف ... شد`). */
const STOPPING: ReadonlySet<string> = new Set(['توقف', 'پایان', 'قطع', 'خروج', 'عقب‌نشینی', 'غرامت', 'جبران', 'پرداخت'].map(matchKey));

/** The recipient of the last accusation or rejection in `events` made by the side of `actor`: of another country, or an international body. */
function sameSideOpposed(context: EventContext, events: readonly FoundEvent[], actor: Party, countryOf: (party: Party) => string | undefined): Party | undefined {
  const own = countryOf(actor);
  if (!own) return undefined;
  for (let i = events.length - 1; i >= 0; i--) {
    const { type, actor: by, recipient } = events[i];
    if ((type === 'ACCUSE' || type === 'REJECT') && by && recipient && countryOf(by) === own && opposes(context, by, recipient, countryOf)) return recipient;
  }
  return undefined;
}

/** The recipient of the last accusation or rejection made earlier in `paragraph` by the side of `actor` (see {@link sameSideOpposed}). */
function opposedInParagraph(context: EventContext, paragraph: number | undefined, actor: Party, countryOf: (party: Party) => string | undefined): Party | undefined {
  const opposed = context.memory.opposed;
  const own = countryOf(actor);
  return opposed && paragraph === opposed.paragraph && own && countryOf(opposed.actor) === own ? opposed.recipient : undefined;
}

/** Nouns of papers, messages and complaints (match keys): what is handed over or sent with one of them is no aid. */
const PAPER_NOUNS: ReadonlySet<string> = new Set(['پیام', 'نامه', 'اسناد', 'سند', 'مدارک', 'مستندات', 'شکایت', 'شکواییه', 'آیین‌نامه', 'درخواست', 'گزارش', 'پرونده', 'دعوتنامه', 'استوارنامه', 'یادداشت', 'فهرست'].map(matchKey));

/** The noun of `در اختیار * قرار داد` (put at someone's disposal). */
const DISPOSAL = matchKey('اختیار');

/** Nouns of intelligence (match keys): put at a side's disposal, they are a contact with it (espionage). */
const INTELLIGENCE: ReadonlySet<string> = new Set(['اطلاعات', 'اسرار', 'داده‌ها', 'داده‌های', 'اسناد'].map(matchKey));

/**
 * Whether intelligence is told given in the clause from `embedded` to the trigger at `first`: named before it, the
 * verb not subjunctive (`feats`), its giver inside the clause and not the speaker who tells of it.
 */
function sharedIntelligence(keys: readonly string[], embedded: number, first: number, feats: string, giver: Party | undefined, speaker: Party | undefined): boolean {
  if (!giver || giver.first < embedded || feats.includes('Mood=Sub')) return false;
  if (giver.mention && speaker?.mention?.entity === giver.mention.entity) return false;
  return keys.slice(embedded, first).some((k) => INTELLIGENCE.has(k));
}

/** Nouns of a message or letter (match keys): one handed over is a contact between its sides. */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set(['پیام', 'نامه'].map(matchKey));

/** Nominal parts of the verbs of handing over in person (`تحویل داد`، `تسلیم کرد`): a message handed so goes to whom the sentence's meeting is with. */
const HANDING: ReadonlySet<string> = new Set(['تحویل', 'تسلیم']);

/** Goods of trade and their measures (match keys): what is delivered with one of them and no relief noun is sold, no aid. */
const TRADED_GOODS: ReadonlySet<string> = new Set(['گاز', 'نفت', 'برق', 'بنزین', 'گازوئیل', 'سوخت', 'میعانات', 'مترمکعب', 'بشکه', 'مگاوات'].map(matchKey));

/** Parts of speech of the words of a noun phrase. */
const NOMINAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * Whether the one-word verb at `t` is its bare past stem read as a noun: a noun before it, a noun (or و and
 * a noun) after it in its sentence, and no را before it in its clause (`فصل کشت پاییزه`، `مجتمع کشت و
 * صنعت`); read for verbs whose row marks the recipient with را, as a transitive verb in the past tells its
 * object with را (`دو نفر را کشت`) and ends its clause, where a verb of asking goes on to what is asked.
 */
function stemAsNoun(view: EventContext['view'], t: number, clauseFirst: number, last: number, lemma: string): boolean {
  const { keys, tokens } = view;
  if (keys[t] !== matchKey(lemma.split('#')[0]) || t <= clauseFirst || !NOMINAL.has(tokens[t - 1].pos ?? '')) return false;
  const next = keys[t + 1] === 'و' ? t + 2 : t + 1;
  if (next >= last || !NOMINAL.has(tokens[next].pos ?? '')) return false;
  for (let u = clauseFirst; u < t; u++) if (keys[u] === 'را') return false;
  return true;
}

/** Whether token `t` lies inside the mention of an organization or a place (not its first word), also one a longer mention holds. */
function insideName(view: EventContext['view'], t: number): boolean {
  const from = view.mentionAt[t];
  if (from < 0) return false;
  for (let m = from; m < view.mentions.length && view.mentionTokens[m][0] <= t; m++) {
    const [first, last] = view.mentionTokens[m];
    const type = view.mentions[m].type;
    if ((type === 'ORG' || type === 'LOC') && first < t && t < last) return true;
  }
  return false;
}

/** The first verb or auxiliary at or after `from` and before `last`, else `last`: where a verb-less phrase's words end (`خواستار ... شدند`). */
function nextVerb(view: EventContext['view'], from: number, last: number): number {
  for (let t = from; t < last; t++) if (view.tokens[t].pos === 'VERB' || view.tokens[t].pos === 'AUX') return t;
  return last;
}
