import type { VerbTable } from '../../lexicon/verbs.js';
import type { EntityType, Mention } from '../entities/entity-layers.js';
import { clauseStart, CONTRASTS, findSubject } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { findPhrases, findTriggers, type Trigger, type TriggerMatch } from '../clauses/trigger-table.js';
import { FUTURE_AUXILIARIES, isThirdPlural, verbLemma } from '../clauses/verb-lemma.js';
import type { CueData } from './cue-table.js';
import { findSpeaker, joinedClause, SPEAKERS } from './find-speaker.js';

/** A quote before its id is assigned: token ranges of content and cue, the speaker mention. */
export interface FoundQuote {
  content: [number, number];
  cue: [number, number];
  lemma: string;
  kind: 'direct' | 'indirect';
  speaker?: Mention;
  /** True when no subject was written (`افزود: ...`): the speaker carries over from the last quote. A subject written but not known (no mention) is none's. */
  implicit: boolean;
  /** A report inside another quote's words or a `با بیان اینکه` lead: its speaker is not carried on. */
  nested?: boolean;
  /** The reporting verb is third person plural (`خواندند`، `خبر داده‌اند`): a group, or a high official's honorific. */
  plural?: boolean;
}

/** How a quote was told: its cue's lemma, speaker and the marks {@link FoundQuote} carries. */
interface Telling {
  lemma: string;
  speaker?: Mention;
  implicit: boolean;
  nested?: boolean;
  plural?: boolean;
}

/**
 * A found quote with every field written out, in one order (`undefined` where a mark is absent): one
 * object shape for all of them, where spreads of a cue's telling made many and the quotes stage's reads
 * of them missed the engine's property caches.
 */
function foundQuote(content: [number, number], cue: [number, number], kind: 'direct' | 'indirect', telling: Telling): FoundQuote {
  return { content, cue, lemma: telling.lemma, kind, speaker: telling.speaker, implicit: telling.implicit, nested: telling.nested, plural: telling.plural };
}

/** Auxiliaries that may follow a reporting verb's participle, in every person: `خواستار شده بودند`. */
const AUXILIARIES = new Set(['است', 'اند', 'ام', 'ایم', 'اید', 'ای', 'بود', 'بودند', 'بودم', 'بودیم', 'بودید', 'بودی', 'شد', 'شده', 'باشد', 'باشند']);
/** Nouns that make گفتن another verb: `تبریک گفت` (congratulated), `تسلیت گفت`, `سخن گفت` (spoke). */
const NOT_SAYING = new Set(['تبریک', 'تسلیت', 'خوشامد', 'خیرمقدم', 'سخن', 'دروغ', 'بدرود', 'ترک', 'ناسزا'].map(matchKey));
/** Documents that say things: `در بیانیه ... آمده است`. */
const DOCUMENTS = ['بیانیه', 'نامه', 'پیام', 'اطلاعیه', 'متن', 'گزارش'].map(matchKey);

/**
 * The index of a document noun governed by `در` just before the cue at `before` — only its
 * author's mention and up to three other words between (`در بخشی از این نامه آمده است`،
 * `در بیانیه وزارت امور خارجه آمده است`) — or -1.
 */
function documentBefore(view: SentenceView, first: number, before: number): number {
  const { keys } = view;
  let words = 0;
  for (let t = before - 1; t >= first && words <= 3; t--) {
    if (view.mentionAt[t] >= 0) {
      t = view.mentionTokens[view.mentionAt[t]][0];
      continue;
    }
    if (DOCUMENTS.some((noun) => keys[t].startsWith(noun))) {
      for (let d = t - 1; d >= Math.max(first, t - 4); d--) if (keys[d] === 'در') return t;
    }
    words++;
  }
  return -1;
}

/**
 * Who issued `این بیانیه` at `document`: the subject of the earlier sentence of the paragraph that
 * named the same kind of document (`حماس بیانیه‌ای منتشر کرد. در این بیانیه آمده است ...` → حماس),
 * or undefined (a document with no demonstrative, or none named before).
 */
function issuer(view: SentenceView, paragraph: number, document: number): Mention | undefined {
  const { keys } = view;
  if (keys[document - 1] !== 'این' && keys[document - 1] !== 'همین') return undefined;
  const noun = DOCUMENTS.find((d) => keys[document].startsWith(d)) as string;
  const start = view.paragraphs[paragraph]?.first ?? 0;
  for (let t = document - 2; t >= start; t--) {
    if (!keys[t].startsWith(noun) || keys[t - 1] === 'این' || keys[t - 1] === 'همین') continue;
    const sentence = view.sentences.find((s) => s.first <= t && t < s.last);
    return sentence ? findSpeaker(view, sentence.first, t) : undefined;
  }
  return undefined;
}

/** Forms of شدن and گردیدن that make a participle before them passive: `گفته شد`، `خواسته شده است`. */
const PASSIVE_AUXILIARIES = new Set(['شد', 'شده', 'شدند', 'گردید', 'گردیده'].map(matchKey));

/** Whether the cue's verb is a participle made passive (`در این نشست گفته شد که ...`): no subject speaks. */
function isPassiveParticiple(keys: readonly string[], verb: number): boolean {
  return keys[verb].endsWith('ه') && PASSIVE_AUXILIARIES.has(keys[verb + 1]);
}

/** Words that name the agent of a passive: `از سوی X`، `از طرف X`، `توسط X`. */
const AGENT_MARKERS = new Set(['سوی', 'طرف', 'جانب', 'توسط'].map(matchKey));

/** The person or body a passive cue names as its agent in the clause before `before` (`از سوی وزارت خارجه اعلام شد`), or undefined. */
function agentBefore(view: SentenceView, first: number, before: number): Mention | undefined {
  for (let t = first; t + 1 < before; t++) {
    if (!AGENT_MARKERS.has(view.keys[t])) continue;
    const m = view.mentionAt[t + 1];
    if (m >= 0 && view.mentionTokens[m][0] === t + 1 && SPEAKERS.has(view.mentions[m].type)) return view.mentions[m];
  }
  return undefined;
}

/** Pronouns that stand for something already said: `آن را محکوم کرد`. */
const OBJECT_PRONOUNS = new Set(['آن', 'این', 'آنها', 'اینها', 'آن‌ها', 'این‌ها'].map(matchKey));

/**
 * Whether the words before `محکوم کرد` give a sentence, not a condemnation: a `به` after the object's
 * `را` other than `به شدت` (`باشگاه را به پرداخت جریمه محکوم کرد`, not `حمله را به شدت محکوم کرد`).
 */
function isSentencing(between: readonly string[]): boolean {
  const object = between.lastIndexOf('را');
  for (let t = object + 1; t < between.length; t++) if (between[t] === 'به' && between[t + 1] !== 'شدت') return true;
  return false;
}

/** Heads of an object whose `رد کرد` declines an offer or a request — an act, no quote: `پیشنهاد ... را رد کرد`. */
const DECLINED = new Set(['پیشنهاد', 'پیشنهادها', 'پیشنهادات', 'درخواست', 'درخواست‌ها', 'تقاضا', 'تقاضای', 'دعوت', 'دعوتنامه', 'استعفا', 'استعفای', 'لایحه', 'صلاحیت', 'اعتراض', 'تجدیدنظر', 'فرجام‌خواهی'].map(matchKey));
/** Heads of an object whose `رد کرد` denies something said — a quote: `ادعای ... را رد کرد`، `مسئولیت ... را رد کرد`. */
const DENIED = new Set(['ادعا', 'ادعای', 'ادعاها', 'ادعاهای', 'اتهام', 'اتهامات', 'گزارش', 'گزارش‌ها', 'خبر', 'اخبار', 'شایعه', 'شایعات', 'مسئولیت', 'اظهارات', 'نقش', 'دخالت', 'این', 'آن'].map(matchKey));

/**
 * Whether `رد کرد` declines an offer or a request (`X پیشنهاد دو باشگاه را رد کرد`، `دادگاه درخواست
 * تجدیدنظر را رد کرد`) rather than denying a claim: the first head noun after the last comma before
 * the object's `را` — a noun of offering or asking before any noun of saying.
 */
function isDeclining(between: readonly string[]): boolean {
  const object = between.lastIndexOf('را');
  for (let t = between.lastIndexOf('،', object) + 1; t < object; t++) {
    if (DENIED.has(between[t])) return false;
    if (DECLINED.has(between[t])) return true;
  }
  return false;
}

/**
 * Clause leads that report what the speaker said before the main verb: `با` or `ضمن`, a noun of
 * saying (and its preposition or the feeling voiced: `اشاره به`، `تأکید بر`، `ابراز امیدواری از`),
 * then `اینکه`، `این که` or `این مطلب/نکته/موضوع که` — `با بیان اینکه ...، گفت`.
 */
const LEAD_STARTS = new Set(['با', 'ضمن']);
/** Nouns of saying that open such a lead. */
const LEAD_NOUNS = new Set(['بیان', 'اشاره', 'تاکید', 'اعلام', 'یادآوری', 'یاداوری', 'ابراز', 'اظهار', 'تصریح', 'توضیح', 'تشریح', 'اذعان', 'اعتراف', 'ادعای', 'هشدار', 'انتقاد', 'گلایه', 'یادآور', 'طرح'].map(matchKey));
/** Words between the noun and its `اینکه`: a preposition or the feeling voiced (`ابراز امیدواری از اینکه`). */
const LEAD_LINKS = new Set(['به', 'بر', 'از', 'امیدواری', 'نگرانی', 'خرسندی', 'تاسف']);
/** Nouns in `این مطلب که`. */
const LEAD_THAT = new Set(['مطلب', 'نکته', 'موضوع', 'مساله', 'مسئله'].map(matchKey));

/** The token after the cue's verb and its auxiliaries. */
function afterCue(view: SentenceView, verb: number, last: number): number {
  let t = verb + 1;
  while (t < last && AUXILIARIES.has(view.keys[t])) t++;
  return t;
}

/**
 * The « » that ends just before `before` — commas and the speaker's mention may stand between
 * (`«...»، سارا کریمی گفت`) — as `[opening index, index after »]`.
 */
function guillemetsBefore(view: SentenceView, first: number, before: number): [number, number] | undefined {
  let t = before - 1;
  while (t >= first && (view.keys[t] === '،' || view.keys[t] === ',' || view.mentionAt[t] >= 0)) t--;
  if (t < first || view.keys[t] !== '»') return undefined;
  for (let o = t - 1; o >= first; o--) if (view.keys[o] === '«') return [o, t + 1];
  return undefined;
}

/**
 * Finds the quotes of one sentence: a reporting verb followed by a colon (direct, to its closing »
 * when « follows, else to the end of the paragraph), preceded by « » (direct), followed by که
 * (indirect, to the sentence end or to `و` + the same speaker's next cue) or by its clause with که
 * left out, or closing a clause that states the content (`بر ... تأکید کرد`، `... را ضروری دانست`;
 * direct when that clause quotes words in « »: `... را «اقدامی خصمانه» خواند`); plus `به گفته X، ...`
 * (and `به ادعای/اعتقاد X`، `از نظر X`) and `با بیان اینکه ...، گفت`. A report inside another's
 * words or inside a `با بیان اینکه` lead, told in the past by a subject of its own that opens its
 * clause, or in a relative clause before the main verb (by the clause's head), is a quote of its own
 * (`nested`): `X گفت: وزیر نیرو بارها قول داد که ...` → X and the minister.
 * `سارا کریمی گفت که بودجه کافی نیست و از مجلس خواست ...` → two quotes by سارا کریمی.
 */
export function findQuotes(view: SentenceView, sentence: { first: number; last: number; paragraph: number }, cues: Map<string, Trigger<CueData>[]>, verbs?: VerbTable): FoundQuote[] {
  const { keys } = view;
  const { first, last } = sentence;
  const paragraphEnd = view.paragraphs[sentence.paragraph]?.last ?? last;
  const quotes: FoundQuote[] = [];
  let covered = first; // tokens before this are inside a quote already found
  // verb-less cues (`=معتقدند`: an adjective with its copula joined) beside the verbs, in text order
  const matches = [...findTriggers(view.tokens, first, last, cues, verbs), ...findPhrases(view.tokens, first, last, cues, keys)].sort((a, b) => a.verb - b.verb);
  let outer: FoundQuote | undefined; // the last quote whose words follow its cue: a report may sit inside them
  let nested: FoundQuote | undefined; // the last report found inside `outer`
  const read = (match: TriggerMatch<CueData>, index: number, clauseFirst: number, nestedReport: boolean, inherited?: Mention): void => {
    const cue = match.trigger.data;
    const lemma = [...match.trigger.words.filter((word) => word !== '*'), match.trigger.verb].filter((word) => word !== '').join(' ');
    const next = afterCue(view, match.verb, last);
    if (isAttributive(view, match.verb, next)) return;
    const subjectEnd = match.first;
    const speaker = inherited ?? findSpeaker(view, clauseFirst, subjectEnd);
    const plural = isThirdPlural(view.tokens, match.verb, view.tokens.slice(match.verb + 1, next), verbs);
    const base = { cue: [match.first, match.verb] as [number, number], lemma, speaker, implicit: !speaker && !namedSubject(view, clauseFirst, match.first), plural, ...(nestedReport ? { nested: true } : {}) };
    const passive = cue.passive || isPassiveParticiple(keys, match.verb);
    const agent = passive ? agentBefore(view, clauseFirst, match.first) : undefined;
    if (agent) Object.assign(base, { speaker: agent, implicit: false }); // `از سوی وزارت خارجه اعلام شد که ...`
    else if (cue.needsDocument && /^(?:ب|نی)/.test(keys[match.verb])) return; // `نخواست نامش در گزارش بیاید`: what a document does not say
    else if (cue.needsDocument || passive) {
      // `در این بیانیه آمده است/اعلام شد که ...`: the document's author, named after it or the last speaker
      const document = documentBefore(view, clauseFirst, match.first);
      if (document < 0) return;
      const author = view.mentionAt[document + 1] >= 0 ? view.mentions[view.mentionAt[document + 1]] : undefined;
      const owner = author && SPEAKERS.has(author.type) ? author : issuer(view, sentence.paragraph, document);
      Object.assign(base, { speaker: owner, implicit: !owner });
    }
    const gap = cueGap(view, match);
    if (gap === 'broken') return;
    // `خواستار آن شد که ...`: a pronoun in the gap stands for the که clause after the verb, which holds the words
    const pronounGap = gap && gap[1] - gap[0] === 1 && OBJECT_PRONOUNS.has(keys[gap[0]]) && keys[next] === 'که';
    if (gap && !pronounGap) {
      // `خواستار دخالت وزیر کار شد`: what was asked for stands between the cue's two parts — up to the last verb
      // that closes the same cue (`خواستار رسیدگی به وضع کارگران اخراج شده ... شدند`: not at the participle)
      for (let k = index + 1; k < matches.length; k++) if (matches[k].first === match.first && matches[k].trigger === match.trigger && cueGap(view, matches[k]) !== 'broken') return;
      quotes.push(foundQuote(gap, [match.first, gap[0] - 1], 'indirect', base));
      return;
    }
    if (keys[next] === ':' && cue.kind !== 'indirect') {
      // `گفت: «...»` ends at its closing guillemet; a colon with no « » runs to the paragraph's end
      const close = keys[next + 1] === '«' ? closingGuillemet(keys, next + 1, paragraphEnd) : -1;
      const content: [number, number] = close > 0 ? [next + 2, close] : [next + 1, paragraphEnd];
      quotes.push(foundQuote(content, base.cue, 'direct', base));
      covered = close > 0 ? close + 1 : paragraphEnd;
      return;
    }
    const quoted = guillemetsBefore(view, clauseFirst, match.first);
    // `ابراز امیدواری کرد که «...»`: a که clause or a clause with که left out that is all in « » is direct
    const inGuillemets = (from: number, to: number): boolean => keys[from] === '«' && closingGuillemet(keys, from, to + 1) >= to - 2;
    if (quoted && cue.kind !== 'indirect') {
      quotes.push(foundQuote([quoted[0] + 1, quoted[1] - 1], base.cue, 'direct', { ...base, speaker: speaker ?? findSpeaker(view, quoted[1], match.first), implicit: false }));
      covered = Math.max(covered, next);
      return;
    }
    if (cue.kind === 'direct') return;
    if (keys[next] === 'که') {
      const end = coordinatedCue(view, next + 1, matches.slice(index + 1)) ?? last;
      quotes.push(foundQuote([next + 1, end], base.cue, inGuillemets(next + 1, end) ? 'direct' : 'indirect', base));
      covered = end;
      return;
    }
    if (cue.colonOnly) return;
    // an از cue reports a clause after it when it has its از (`از دولت خواست لایحه را ... ارسال کند`) or tells news (`خبر داد ...`)
    const azHeld = !cue.needsAz || lemma === matchKey('خبر داد') || keys.slice(clauseFirst, match.first).includes('از');
    const bare = cue.needsRa || cue.needsGuillemets || !azHeld ? -1 : bareClause(view, next, last);
    if (bare >= 0) {
      // `... دانست و گفت تهران این اقدام را بی‌پاسخ نمی‌گذارد`: a complement clause with its که left out
      const end = coordinatedCue(view, next, matches.slice(index + 1)) ?? last;
      quotes.push(foundQuote([next, end], base.cue, inGuillemets(next, end) ? 'direct' : 'indirect', base));
      covered = end;
      return;
    }
    if (cue.needsClause) return;
    let from = Math.max(covered, speaker ? view.mentionTokens[view.mentions.indexOf(speaker)][1] + 1 : clauseFirst);
    if (from === covered && keys[from] === 'و') from++;
    if (keys[from] === '»' && speaker && from === view.mentionTokens[view.mentions.indexOf(speaker)][1] + 1) from++; // `«ک.ر» همه ... را رد کرد`
    const between = keys.slice(from, match.first);
    if (cue.needsRa && !between.includes('را')) return;
    if (cue.needsAz && !between.includes('از')) return;
    if (cue.needsGuillemets && !between.includes('«')) return;
    if (lemma === 'محکوم کرد' && isSentencing(between)) return;
    if (match.trigger.words.join(' ') === matchKey('رد') && isDeclining(between)) return; // also `رد نمود`
    // `... را «اقدامی خصمانه» خواند`، `... را به «...» متهم کرد`: the words in « » make the quote direct
    const quotedWords = between.includes('«') && (cue.needsRa || cue.needsGuillemets);
    // a pronoun object says nothing of its own: `... را «...» خواند و آن را محکوم کرد`
    const pronounOnly = between.length === 2 && OBJECT_PRONOUNS.has(between[0]);
    if (match.first - from >= 2 && !pronounOnly) {
      quotes.push(foundQuote([from, match.first], base.cue, quotedWords ? 'direct' : 'indirect', base));
      covered = next; // a second verb's words start after this one (`... خواند و آن را محکوم کرد`)
    }
  };
  // a sentence opening with `به گفته X،` is X's words: a cue in it not told in the past is theirs going on
  // (`به گفته لالویچ، این اتحادیه ورزش را از سیاست جدا می‌داند`), no report of its own
  const attributed = accordingTo(keys, first) !== undefined;
  for (const [index, match] of matches.entries()) {
    if (match.first === match.verb && NOT_SAYING.has(keys[match.verb - 1]) && match.trigger.verb === 'گفت') continue;
    if (isStemCompound(keys[match.verb], match.trigger.verb) || asksAnonymity(view, match)) continue;
    if (attributed && !isReportedPast(view, match.verb)) continue;
    const inside = match.first < covered;
    let clauseFirst = first;
    let inherited: Mention | undefined;
    let present = false;
    if (inside) {
      // a report inside another's words (`گفت: وزیر نیرو بارها قول داد که ...`): only with a subject of
      // its own other than the speaker, or joined by و to such a report (`... تأکید کرد و از ... خواست`)
      // its own present counts too when the report names its own subject: `ما ... کار می‌کنیم اما کارفرما
      // هر بار وعده می‌دهد که ...` — the employer's promise, as the speaker tells it (the guide: a report inside a direct quote)
      const past = isReportedPast(view, match.verb);
      present = !past;
      if (!outer || match.first < outer.content[0] || match.first >= outer.content[1] || (!past && !isReportedPresent(view, match.verb))) continue;
      clauseFirst = nested ? nested.cue[1] + 1 : outer.content[0];
      // a clause joined by و or a comma after a verb has its own subject, or none: then the speaker goes on
      // (`تصریح کرد که مسئولان ... باید پاسخ دهند ...، و از سازمان بازرسی خواست ...` → the speaker asks)
      const joined = nested ? clauseFirst : joinedClause(view, clauseFirst, match.first);
      const own = reportSubject(view, joined, match.first);
      if (joined > clauseFirst) clauseFirst = joined;
      // (a place in the present is the speaker's account of its stand: `مسکو این همکاری را راهبردی می‌داند`)
      // (nor a present told of a time to come, which is no words said yet: `وزیر فردا اعلام می‌کند که ...`)
      if (!past && keys.slice(joined, match.first).some((k) => TIMES_TO_COME.has(k))) continue;
      if (own && own.entity !== outer.speaker?.entity && (past || own.type !== 'LOC')) inherited = own;
      else if (!past) continue;
      else if (!own && nested?.speaker && keys.slice(clauseFirst, match.first).includes('و')) inherited = nested.speaker;
      else if (!own && !nested && joined > outer.content[0] && outer.speaker) inherited = outer.speaker;
      else continue;
    } else {
      // a report inside a با بیان اینکه lead (`با بیان اینکه رئیس قوه ... تأکید کرده است، گفت`) has a speaker of its own
      const lead = leadBefore(keys, first, match.first);
      const head = lead < 0 && matches[index + 1] ? relativeHead(view, first, match) : undefined;
      if (lead >= 0) {
        clauseFirst = lead;
        inherited = isReportedPast(view, match.verb) ? reportSubject(view, lead, match.first) : undefined;
        if (!inherited) continue;
      } else if (head) {
        // a report in a relative clause before the main verb: `اظهارات وزیر خارجه فرانسه که ... خواستار ... شده بود، گفت`
        clauseFirst = view.mentionTokens[view.mentions.indexOf(head)][1] + 2;
        inherited = head;
      }
    }
    // a report told in the past after `به نوشته X،` is its own subject's, whom the clause after the comma names
    // (`به نوشته رویترز، مجارستان خواستار معافیت ... شد` → مجارستان)
    if (attributed && !inside && clauseFirst === first) {
      const comma = keys.indexOf('،', first);
      if (comma > first && comma < match.first && reportSubject(view, comma + 1, match.first)) clauseFirst = comma + 1;
    }
    const saved = covered;
    const count = quotes.length;
    if (inside) covered = clauseFirst;
    read(match, index, clauseFirst, inside || clauseFirst !== first, inherited);
    // what someone keeps saying has its words after the verb (`کارفرما هر بار وعده می‌دهد اما ...` says nothing),
    // unless the verb reports its object (`موکلش هرگونه تخلف را رد می‌کند`)
    if (present && !match.trigger.data.needsRa && quotes.length > count && quotes[quotes.length - 1].content[0] < match.first) quotes.pop();
    const added = quotes.length > count ? quotes[quotes.length - 1] : undefined;
    if (inside || clauseFirst !== first) {
      covered = Math.max(saved, covered);
      if (added) nested = added;
    } else if (added && added.content[0] > added.cue[1]) {
      outer = added;
      nested = undefined;
    }
  }
  quotes.push(...leadQuotes(view, sentence, quotes));
  return quotes;
}

/** What a verb form may carry before its past stem: negation, the continuous می, the subjunctive ب. */
const VERB_PREFIXES = new Set(['', 'ن', 'می', 'نمی', 'ب', 'نب']);

/**
 * Whether a word the tagger read as the verb `stem` has other letters before the stem — a noun built
 * on it (`درخواستی که ...` → the request, no form of خواستن).
 */
function isStemCompound(key: string, stem: string): boolean {
  const at = stem === '' ? -1 : key.indexOf(stem);
  return at > 0 && !VERB_PREFIXES.has(key.slice(0, at));
}

/** What an unnamed source asks not to be told of it: `نامش`، `نام وی`، `هویتش`. */
const IDENTITY = ['نام', 'هویت'].map(matchKey);
/** Verbs of telling a name: `فاش نشود`، `ذکر نشود`، `برده نشود`. */
const DISCLOSED = new Set(['فاش', 'افشا', 'ذکر', 'برده', 'منتشر', 'اعلام'].map(matchKey));

/**
 * Whether a خواستن cue asks only that the speaker's name be kept back — `مقامی که (ن)خواست نامش فاش
 * نشود، گفت ...` — a relative clause about the source, not a request it reports.
 */
function asksAnonymity(view: SentenceView, match: TriggerMatch<CueData>): boolean {
  const { keys } = view;
  if (match.trigger.verb !== matchKey('خواست') || match.first !== match.verb) return false;
  const next = match.verb + 1;
  if (!IDENTITY.some((noun) => keys[next]?.startsWith(noun))) return false;
  for (let t = next + 1; t <= next + 3 && t < keys.length; t++) if (DISCLOSED.has(keys[t])) return true;
  return false;
}

/** Words that cannot open a complement clause written without که: a new clause, or the verb's own object marker. */
const NOT_CLAUSE_OPENERS = new Set(['و', 'یا', 'اما', 'ولی', 'بلکه', 'تا', 'زیرا', 'چون', 'چرا', 'را', 'نیز', 'هم', 'که', 'اگرچه'].map(matchKey));

/**
 * Where a complement clause with its که left out starts after a reporting verb — `تأکید کرد گزارش
 * هفته آینده تقدیم می‌شود`، `گفت اعزام ناظران ... نتیجه‌ای نداشته است`، `اعلام کرد ۳۰ تن دارو ...
 * ارسال شده است` — or -1: the verb must be followed, with no punctuation, by at least two words or
 * numbers of the same sentence that do not open a new clause (`و`، `اما`, `را`).
 */
function bareClause(view: SentenceView, next: number, last: number): number {
  const { keys, tokens } = view;
  if (next + 2 > last || (tokens[next].kind !== 'word' && tokens[next].kind !== 'number')) return -1;
  // `تا زمانی که ...` opens a condition of what is said (`هشدار داد تا زمانی که ...، ادامه خواهد داد`), no new clause
  if (NOT_CLAUSE_OPENERS.has(keys[next]) && !(keys[next] === 'تا' && UNTIL_NOUNS.has(keys[next + 1]))) return -1;
  return next;
}

/** Nouns of time after `تا` that open a condition, `تا زمانی که`، `تا وقتی که`: what is said goes on. */
const UNTIL_NOUNS = new Set(['زمانی', 'وقتی', 'هنگامی'].map(matchKey));

/**
 * Whether the cue's verb is a past participle used as an adjective or a passive, not a finite verb:
 * no auxiliary after it, and a word other than و right after (`ارزش افزوده را`، `گفته می‌شود`),
 * where a participle that reports stands before `و`, a comma or a colon (`تأکید کرده و ...`).
 */
function isAttributive(view: SentenceView, verb: number, next: number): boolean {
  const { keys, tokens } = view;
  return next === verb + 1 && keys[verb].endsWith('ه') && tokens[next]?.kind === 'word' && keys[next] !== 'و';
}

/** Whether token `t` is a verb that closes a clause: a verb but no bare participle (`گفته`، `شده`). */
const isFiniteVerb = (view: SentenceView, t: number): boolean => view.tokens[t].pos === 'VERB' && !(view.tokens[t].feats ?? '').includes('VerbForm=Part');

/**
 * The words between a split cue's two parts (`خواستار * شد` in `خواستار دخالت وزیر کار شد`) as a
 * token range; undefined for a cue written whole (`خواستار شد که ...`); `broken` when a comma, که or
 * a finite verb stands in the gap (the two parts belong to different clauses: `خواستار استیضاح وزیر شدند و
 * طرح ... تحویل داده شد` closes at `شدند`, not at the later `شد`; a participle, `کارگران اخراج شده`, is no break).
 */
function cueGap(view: SentenceView, match: { trigger: Trigger<CueData>; first: number; verb: number }): [number, number] | 'broken' | undefined {
  const star = match.trigger.words.indexOf('*');
  const start = match.first + star;
  if (star < 0 || start >= match.verb) return undefined;
  for (let t = start; t < match.verb; t++) if (view.keys[t] === '،' || view.keys[t] === 'که' || isFiniteVerb(view, t)) return 'broken';
  return [start, match.verb];
}

/**
 * Where a که clause ends when the same speaker goes on with a second reporting verb joined by و
 * (or by `، اما`/`، ولی`): `X گفت که ... است و از مردم خواست ...` → the و before `از مردم خواست`. Undefined when the next
 * cue has a subject of its own after that و (a report inside the clause: `که وزیر ... تأکید کرد`), is
 * not told in the past, or stands inside « » (the speaker's own words going on). A judging or an از
 * cue's words may be longer (`و این اقدام را «...» خواند`، `و بانک‌ها را از ... برحذر داشت`).
 */
function coordinatedCue(view: SentenceView, from: number, later: readonly TriggerMatch<CueData>[]): number | undefined {
  // a document's or passive's verb inside the clause (`پایین آمده است`) is no report of the speaker's
  const next = later.find((match) => !match.trigger.data.needsDocument && !match.trigger.data.passive && !isPassiveParticiple(view.keys, match.verb));
  // the speaker's own words going on (`و «مقاومت حق خود را محفوظ می‌داند»`) are no second report
  if (!next || !isReportedPast(view, next.verb) || view.keys.slice(from, next.first).lastIndexOf('«') > view.keys.slice(from, next.first).lastIndexOf('»')) return undefined;
  // a judging cue's object with its « » may be long: `و این اقدام را «مغایر با قطعنامه ... » خواند`; so may
  // what an از cue asks or warns against: `و بانک‌ها را از هرگونه انتقال وجه به ... برحذر داشت`
  const reach = next.trigger.data.needsRa || next.trigger.data.needsAz ? 16 : 8;
  for (let v = next.first - 1; v > from; v--) {
    // `و` joins the next report; `اما`/`ولی` too, after a comma (`تأیید کرد که ...، اما تصریح کرد که ...`)
    // (words of contrast join a second report like `و`: `... تأیید کرد که ...، اما تصریح کرد که ...`)
    const but = CONTRASTS.has(view.keys[v]);
    if (view.keys[v] !== 'و' && !but) continue;
    if ((view.keys[v - 1] === '،' && !but) || next.first - v > reach) return undefined;
    if (findSubject(view, v + 1, next.first, SPEAKERS)) return undefined;
    return but && view.keys[v - 1] === '،' ? v - 1 : v;
  }
  return undefined;
}

/** Nouns that attribute what follows after `به`: `به گفته X،`، `به ادعای X،`، `به اعتقاد X،`. */
const ACCORDING_NOUNS = new Set(['گفته', 'نوشته', 'اعتقاد', 'باور', 'عقیده', 'ادعای', 'اعلام', 'تصریح', 'روایت', 'اذعان', 'زعم', 'تاکید', 'نظر'].map(matchKey));
/**
 * Nouns that attribute after `طبق/بنابر/بر اساس` besides those: a report or figures put out
 * (`بر اساس گزارش سازمان ملل،`، `طبق آمار گمرک،`) — never after `به`, where `به گزارش X` names the source.
 */
const BASIS_NOUNS = new Set([...ACCORDING_NOUNS, ...['گزارش', 'آمار', 'اعلامیه', 'بیانیه'].map(matchKey)]);
/** Words that may stand between such a lead and its speaker: `به ادعای این مقام`، `به اعتقاد برخی کارشناسان`. */
const DETERMINERS = new Set(['این', 'آن', 'برخی', 'بعضی', 'یک', 'یکی', 'همین'].map(matchKey));
/** The same after `از`: `از نظر X،`، `از دید X،`. */
const VIEW_NOUNS = new Set(['نظر', 'دید', 'دیدگاه'].map(matchKey));

/**
 * The attribution lead at `t` — `به گفته/نوشته/ادعای/اعتقاد/باور/اعلام ... X`، `از نظر/دید X`،
 * `طبق/بنابر/بر اساس گفته/گزارش/آمار X` — as its length in tokens; `needsSpeaker` unless it is `به گفته`/`به نوشته`,
 * which attribute even to someone the entity stage did not find, and stand inside a clause too
 * (`سه راننده را که به گفته پلیس ... بودند`).
 */
function accordingTo(keys: readonly string[], t: number): { length: number; needsSpeaker: boolean } | undefined {
  const noun = keys[t + 1];
  if (noun === undefined) return undefined;
  if (keys[t] === 'به' && ACCORDING_NOUNS.has(noun)) return { length: 2, needsSpeaker: noun !== 'گفته' && noun !== 'نوشته' };
  if (keys[t] === 'از' && VIEW_NOUNS.has(noun)) return { length: 2, needsSpeaker: true };
  if ((keys[t] === 'طبق' || keys[t] === 'بنابر' || keys[t] === 'براساس') && BASIS_NOUNS.has(noun)) return { length: 2, needsSpeaker: true };
  // written in two words: `بر اساس اعلام X`، `بنا بر گفته X`
  if (((keys[t] === 'بر' && noun === 'اساس') || (keys[t] === 'بنا' && noun === 'بر')) && BASIS_NOUNS.has(keys[t + 2] ?? '')) return { length: 3, needsSpeaker: true };
  return undefined;
}

/** The words of a lead naming whom a report quotes at `t` (`به نقل از`، `از قول`), or undefined. */
function quotingLead(keys: readonly string[], t: number): string[] | undefined {
  if (keys[t] === 'به' && keys[t + 1] === 'نقل' && keys[t + 2] === 'از') return keys.slice(t, t + 3);
  if (keys[t] === 'از' && keys[t + 1] === 'قول') return keys.slice(t, t + 2);
  return undefined;
}

/** The words of the clause lead at `t` (see {@link LEAD_STARTS}) up to its که, or undefined (no closures: this runs at every token). */
function leadAt(keys: readonly string[], t: number): string[] | undefined {
  if (!LEAD_STARTS.has(keys[t]) || !LEAD_NOUNS.has(keys[t + 1])) return undefined;
  let k = t + 2;
  while (k < t + 5 && LEAD_LINKS.has(keys[k])) k++;
  if (keys[k] === 'اینکه') return keys.slice(t, k + 1);
  if (keys[k] !== 'این') return undefined;
  if (keys[k + 1] === 'که') return keys.slice(t, k + 2);
  return LEAD_THAT.has(keys[k + 1]) && keys[k + 2] === 'که' ? keys.slice(t, k + 3) : undefined;
}

/** Who may be the subject of a report inside another's words: a place too, so that `مسکو ... را غیرقانونی می‌داند` finds no speaker. */
const SUBJECTS_INSIDE: ReadonlySet<EntityType> = new Set(['PER', 'ORG', 'LOC']);

/**
 * The subject of a report inside another's words, which opens its clause (`وزیر نیرو بارها در کمیسیون
 * قول داد`): a person or body at most three words from `from`, only titles before it, or a country or
 * capital speaking for its government as the clause's first word (`گفت آنکارا از بغداد خواسته است ...`;
 * the callers take only a report told in the past) — else undefined (a place further in is no speaker).
 */
function reportSubject(view: SentenceView, from: number, before: number): Mention | undefined {
  const subject = findSubject(view, from, before, SUBJECTS_INSIDE);
  if (!subject) return undefined;
  const start = view.mentionTokens[view.mentions.indexOf(subject)][0];
  if (subject.type === 'LOC') return start === from ? subject : undefined;
  // only titles may stand before it (`حجت‌الاسلام والمسلمین غلامحسین ...`), no noun it would qualify (`نمایندگان عضو کمیسیون`)
  for (let t = from; t < start; t++) if (view.tokens[t].pos !== 'PROPN') return undefined;
  return start - from <= 3 ? subject : undefined;
}

/**
 * Whether the verb at `verb` tells a report as past, in the third person (`قول داد`، `تأکید کردند`،
 * `تأکید کرده است`): not the speaker's own present (`رد می‌کند`), future (`خواهند شد`), first person
 * (`اعلام کردیم`) or subjunctive (`تهدید کند`).
 */
function isReportedPast(view: SentenceView, verb: number): boolean {
  const key = view.keys[verb];
  const stem = verbLemma(view.tokens[verb]);
  if (FUTURE_AUXILIARIES.has(view.keys[verb - 1])) return false; // `خواستار دیدار ... خواهند شد`: a past stem after خواستن is the future
  return key === stem || key === stem + 'ند' || key === stem + 'ه';
}


/** Words of a time to come (match keys) that make a present a future: `فردا`، `هفته آینده`، `به‌زودی`. */
const TIMES_TO_COME: ReadonlySet<string> = new Set(['فردا', 'آینده', 'بزودی', 'به‌زودی', 'پس‌فردا'].map(matchKey));

/**
 * Whether the verb at `verb` tells, in the third person's present indicative, what someone keeps
 * saying (`می‌گویند`، `وعده می‌دهد`) — not its negation (`پاسخی نمی‌دهد`) nor the first person (`رد می‌کنیم`).
 */
function isReportedPresent(view: SentenceView, verb: number): boolean {
  const feats = view.tokens[verb].feats ?? '';
  return feats.includes('Person=3') && feats.includes('Tense=Pres') && feats.includes('Mood=Ind') && !feats.includes('Polarity=Neg');
}

/**
 * The person or body a relative clause holding the cue is about, when that clause ends with the cue
 * and a comma (the sentence's main verb comes later): the mention right before its `که` —
 * `درباره اظهارات وزیر خارجه فرانسه که از تهران خواستار آزادی ... شده بود، گفت` → the minister.
 */
function relativeHead(view: SentenceView, first: number, match: TriggerMatch<CueData>): Mention | undefined {
  const { keys } = view;
  let after = match.verb + 1;
  while (AUXILIARIES.has(keys[after])) after++;
  if (keys[after] !== '،' || !isReportedPast(view, match.verb)) return undefined;
  for (let t = match.first - 1; t > first; t--) {
    if (keys[t] === '،' || keys[t] === '»' || keys[t] === ':') return undefined;
    if (keys[t] !== 'که') continue;
    const m = view.mentionAt[t - 1];
    const head = m >= 0 && view.mentionTokens[m][1] === t - 1 ? view.mentions[m] : undefined;
    return head && SPEAKERS.has(head.type) ? head : undefined;
  }
  return undefined;
}

/**
 * Where the words of a `با بیان اینکه` lead start when the token `before` lies among them (no comma
 * between the lead and it), else -1.
 */
function leadBefore(keys: readonly string[], first: number, before: number): number {
  for (let t = before - 1; t >= first; t--) {
    if (keys[t] === '،') return -1;
    const lead = leadAt(keys, t);
    if (lead) return t + lead.length;
  }
  return -1;
}

/** `به گفته X، ...` and `با بیان اینکه ...،` leads, attributed like the sentence's main quote. */
function leadQuotes(view: SentenceView, sentence: { first: number; last: number }, found: FoundQuote[]): FoundQuote[] {
  const { keys } = view;
  const quotes: FoundQuote[] = [];
  for (let t = sentence.first; t + 2 < sentence.last; t++) {
    const according = accordingTo(keys, t);
    if (according) {
      const after = t + according.length;
      const comma = keys.indexOf('،', after);
      // the speaker stands between به گفته and its comma, never in the clause after it
      const speaker = findSpeaker(view, after, Math.min(sentence.last, after + 8, comma > 0 ? comma : sentence.last));
      const at = speaker ? view.mentionTokens[view.mentions.indexOf(speaker)] : undefined;
      // a lead other than به گفته/به نوشته reports only with its speaker right after it (`به نظر می‌رسد`، `از نظر اقتصادی`)
      // ... and only opening a clause: `در واکنش به ادعای X گفت` is the reply's topic
      const opens = t === sentence.first || keys[t - 1] === '،' || keys[t - 1] === 'و';
      const next = at && (at[0] === after || (at[0] === after + 1 && DETERMINERS.has(keys[after])));
      if (according.needsSpeaker && (!next || !opens)) continue;
      const cue: [number, number] = [t, after - 1];
      const told = { lemma: keys.slice(t, after).join(' '), speaker, implicit: false };
      // inside a clause the words run from the speaker to the comma: `سه راننده را که به گفته پلیس مانع ... شده بودند، بازداشت کردند`
      const within = !opens && at !== undefined && at[0] === after && comma > at[1] + 1 && comma < sentence.last;
      if (within) quotes.push(foundQuote([at[1] + 1, comma], cue, 'indirect', told));
      else if (comma > 0 && comma < sentence.last - 1) quotes.push(foundQuote([comma + 1, sentence.last], cue, 'indirect', told));
      else if (at && at[0] === after) {
        // no comma: `به گفته فعالان محلی دست‌کم ۲۷ نفر ... جان باختند` — the words follow the speaker
        quotes.push(foundQuote([at[1] + 1, sentence.last], cue, 'indirect', told));
      }
      continue;
    }
    const quoting = quotingLead(keys, t);
    if (quoting) {
      // `رویترز به نقل از یک مقام نظامی نوشت که ...`، `آسوشیتدپرس از قول X، ...، نوشت: ...`: a report inside a
      // report, its words those of the verb after it (up to a comma that does not close an apposition of the source)
      const after = t + quoting.length;
      const main = found.find((q) => q.cue[0] > after - 1 && !keys.slice(after, q.cue[0]).includes('،'))
        ?? found.find((q) => q.cue[0] > after - 1 && keys.slice(after, q.cue[0]).filter((k) => k === '،').length === 2);
      const speaker = main ? findSpeaker(view, after, main.cue[0]) : undefined;
      if (main && speaker && speaker !== main.speaker) quotes.push(foundQuote(main.content, [t, after - 1], main.kind, { lemma: quoting.join(' '), speaker, implicit: false }));
      continue;
    }
    const lead = leadAt(keys, t);
    if (!lead) continue;
    const main = found.find((q) => q.cue[0] > t && !q.nested);
    const start = t + lead.length;
    let end = start;
    while (end < sentence.last && !(keys[end] === '،' && (!main || end < main.cue[0]) && isLastCommaBefore(keys, end, main?.cue[0] ?? sentence.last))) end++;
    if (end - start >= 2) quotes.push(foundQuote([start, end], [t, start - 1], 'indirect', { lemma: lead.join(' '), speaker: main?.speaker ?? findSpeaker(view, sentence.first, t), implicit: !main?.speaker }));
  }
  return quotes;
}

/** The index of the » closing the « at `open` (nested pairs counted), or -1 before `end`. */
function closingGuillemet(keys: string[], open: number, end: number): number {
  let depth = 0;
  for (let t = open; t < end; t++) {
    if (keys[t] === '«') depth++;
    else if (keys[t] === '»' && --depth === 0) return t;
  }
  return -1;
}

function isLastCommaBefore(keys: string[], at: number, before: number): boolean {
  for (let t = at + 1; t < before; t++) if (keys[t] === '،') return false;
  return true;
}

/**
 * Whether the clause before a cue opens with a noun the entity stage made no mention of — a subject
 * is written, only not known (`یونیفیل در بیانیه‌ای ... هشدار داد`، `کمیته انضباطی AFC ... اعلام کرد`):
 * such a cue is no one's going on, and the last speaker is not carried to it.
 */
function namedSubject(view: SentenceView, first: number, before: number): boolean {
  const start = clauseStart(view, first, before);
  const token = view.tokens[start];
  if (start >= before || view.mentionAt[start] >= 0) return false;
  return token.pos === 'PROPN' || token.pos === 'NOUN';
}
