import type { VerbTable } from '../../lexicon/verbs.js';
import type { Mention } from '../entities/entity-layers.js';
import { findSubject } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { findTriggers, type Trigger } from '../clauses/trigger-table.js';
import type { CueData } from './cue-table.js';
import { findSpeaker, SPEAKERS } from './find-speaker.js';

/** A quote before its id is assigned: token ranges of content and cue, the speaker mention. */
export interface FoundQuote {
  content: [number, number];
  cue: [number, number];
  lemma: string;
  kind: 'direct' | 'indirect';
  speaker?: Mention;
  /** True when no subject was written (`افزود: ...`): the speaker carries over from the last quote. */
  implicit: boolean;
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

/** Clause leads that report what the speaker said before the main verb: `با بیان اینکه ...، گفت`. */
const LEADS: string[][] = ['با بیان اینکه', 'با بیان این که', 'با اشاره به اینکه', 'با اشاره به این که', 'با تاکید بر اینکه', 'با تاکید بر این که', 'ضمن بیان اینکه', 'ضمن اشاره به اینکه', 'ضمن تاکید بر اینکه'].map((lead) => lead.split(' '));
/** The first words of {@link LEADS}. */
const LEAD_STARTS = new Set(LEADS.map((words) => words[0]));

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
 * (indirect, to the sentence end or to `و` + the same speaker's next cue), or closing a clause that
 * states the content (`بر ... تأکید کرد`، `... را ضروری دانست`; direct when that clause quotes words
 * in « »: `... را «اقدامی خصمانه» خواند`); plus `به گفته X، ...` and `با بیان اینکه ...، گفت`.
 * `سارا کریمی گفت که بودجه کافی نیست و از مجلس خواست ...` → two quotes by سارا کریمی.
 */
export function findQuotes(view: SentenceView, sentence: { first: number; last: number; paragraph: number }, cues: Map<string, Trigger<CueData>[]>, verbs?: VerbTable): FoundQuote[] {
  const { keys } = view;
  const { first, last } = sentence;
  const paragraphEnd = view.paragraphs[sentence.paragraph]?.last ?? last;
  const quotes: FoundQuote[] = [];
  let covered = first; // tokens before this are inside a quote already found
  const matches = findTriggers(view.tokens, first, last, cues, verbs);
  for (const [index, match] of matches.entries()) {
    if (match.first < covered || (match.first === match.verb && NOT_SAYING.has(keys[match.verb - 1]) && match.trigger.verb === 'گفت')) continue;
    const cue = match.trigger.data;
    const lemma = [...match.trigger.words.filter((word) => word !== '*'), match.trigger.verb].join(' ');
    const next = afterCue(view, match.verb, last);
    if (isAttributive(view, match.verb, next)) continue;
    const subjectEnd = match.first;
    const speaker = findSpeaker(view, first, subjectEnd);
    const base = { cue: [match.first, match.verb] as [number, number], lemma, speaker, implicit: !speaker };
    if (cue.needsDocument) {
      // `در این بیانیه آمده است که ...`: the document's author, named after it or the last speaker
      const document = documentBefore(view, first, match.first);
      if (document < 0) continue;
      const author = view.mentionAt[document + 1] >= 0 ? view.mentions[view.mentionAt[document + 1]] : undefined;
      const owner = author && SPEAKERS.has(author.type) ? author : undefined;
      Object.assign(base, { speaker: owner, implicit: !owner });
    }
    const gap = cueGap(keys, match);
    if (gap === 'broken') continue;
    if (gap) {
      // `خواستار دخالت وزیر کار شد`: what was asked for stands between the cue's two parts
      quotes.push({ ...base, cue: [match.first, gap[0] - 1], content: gap, kind: 'indirect' });
      continue;
    }
    if (keys[next] === ':' && cue.kind !== 'indirect') {
      // `گفت: «...»` ends at its closing guillemet; a colon with no « » runs to the paragraph's end
      const close = keys[next + 1] === '«' ? closingGuillemet(keys, next + 1, paragraphEnd) : -1;
      const content: [number, number] = close > 0 ? [next + 2, close] : [next + 1, paragraphEnd];
      quotes.push({ ...base, content, kind: 'direct' });
      covered = close > 0 ? close + 1 : paragraphEnd;
      continue;
    }
    const quoted = guillemetsBefore(view, first, match.first);
    if (quoted && cue.kind !== 'indirect') {
      quotes.push({ ...base, content: [quoted[0] + 1, quoted[1] - 1], kind: 'direct', speaker: speaker ?? findSpeaker(view, quoted[1], match.first), implicit: false });
      covered = Math.max(covered, next);
      continue;
    }
    if (cue.kind === 'direct' || cue.colonOnly) continue;
    if (keys[next] === 'که') {
      const end = coordinatedCue(view, next + 1, matches[index + 1]) ?? last;
      quotes.push({ ...base, content: [next + 1, end], kind: 'indirect' });
      covered = end;
      continue;
    }
    const bare = cue.colonOnly || cue.needsRa || cue.needsDocument || cue.needsGuillemets || cue.needsAz ? -1 : bareClause(view, match.verb, next, last);
    if (bare >= 0) {
      // `... دانست و گفت تهران این اقدام را بی‌پاسخ نمی‌گذارد`: a complement clause with its که left out
      const end = coordinatedCue(view, next, matches[index + 1]) ?? last;
      quotes.push({ ...base, content: [next, end], kind: 'indirect' });
      covered = end;
      continue;
    }
    if (cue.needsClause) continue;
    let from = Math.max(covered, speaker ? view.mentionTokens[view.mentions.indexOf(speaker)][1] + 1 : first);
    if (from === covered && keys[from] === 'و') from++;
    if (keys[from] === '»' && speaker && from === view.mentionTokens[view.mentions.indexOf(speaker)][1] + 1) from++; // `«ک.ر» همه ... را رد کرد`
    const between = keys.slice(from, match.first);
    if (cue.needsRa && !between.includes('را')) continue;
    if (cue.needsAz && !between.includes('از')) continue;
    if (cue.needsGuillemets && !between.includes('«')) continue;
    if (lemma === 'محکوم کرد' && isSentencing(between)) continue;
    // `... را «اقدامی خصمانه» خواند`، `... را به «...» متهم کرد`: the words in « » make the quote direct
    const quotedWords = between.includes('«') && (cue.needsRa || cue.needsGuillemets);
    // a pronoun object says nothing of its own: `... را «...» خواند و آن را محکوم کرد`
    const pronounOnly = between.length === 2 && OBJECT_PRONOUNS.has(between[0]);
    if (match.first - from >= 2 && !pronounOnly) {
      quotes.push({ ...base, content: [from, match.first], kind: quotedWords ? 'direct' : 'indirect' });
      covered = next; // a second verb's words start after this one (`... خواند و آن را محکوم کرد`)
    }
  }
  quotes.push(...leadQuotes(view, sentence, quotes));
  return quotes;
}

/** Words that cannot open a complement clause written without که: a new clause, or the verb's own object marker. */
const NOT_CLAUSE_OPENERS = new Set(['و', 'یا', 'اما', 'ولی', 'بلکه', 'تا', 'زیرا', 'چون', 'چرا', 'را', 'نیز', 'هم', 'که', 'اگرچه'].map(matchKey));

/**
 * Where a complement clause with its که left out starts after a reporting verb — `تأکید کرد گزارش
 * هفته آینده تقدیم می‌شود`، `گفت اعزام ناظران ... نتیجه‌ای نداشته است` — or -1: the verb must be
 * followed, with no punctuation, by at least two words of the same sentence that do not open a new
 * clause (`و`، `اما`, `را`).
 */
function bareClause(view: SentenceView, verb: number, next: number, last: number): number {
  const { keys, tokens } = view;
  if (next + 2 > last || tokens[next].kind !== 'word' || NOT_CLAUSE_OPENERS.has(keys[next])) return -1;
  return next;
}

/**
 * Whether the cue's verb is a past participle used as an adjective or a passive, not a finite verb:
 * no auxiliary after it, and a word other than و right after (`ارزش افزوده را`، `گفته می‌شود`),
 * where a participle that reports stands before `و`, a comma or a colon (`تأکید کرده و ...`).
 */
function isAttributive(view: SentenceView, verb: number, next: number): boolean {
  const { keys, tokens } = view;
  return next === verb + 1 && keys[verb].endsWith('ه') && tokens[next]?.kind === 'word' && keys[next] !== 'و';
}

/**
 * The words between a split cue's two parts (`خواستار * شد` in `خواستار دخالت وزیر کار شد`) as a
 * token range; undefined for a cue written whole (`خواستار شد که ...`); `broken` when a comma or
 * که stands in the gap (the two parts belong to different clauses).
 */
function cueGap(keys: readonly string[], match: { trigger: Trigger<CueData>; first: number; verb: number }): [number, number] | 'broken' | undefined {
  const star = match.trigger.words.indexOf('*');
  const start = match.first + star;
  if (star < 0 || start >= match.verb) return undefined;
  for (let t = start; t < match.verb; t++) if (keys[t] === '،' || keys[t] === 'که') return 'broken';
  return [start, match.verb];
}

/**
 * Where a که clause ends when the same speaker goes on with a second reporting verb joined by و:
 * `X گفت که ... است و از مردم خواست ...` → the و before `از مردم خواست`. Undefined when the next
 * cue has a subject of its own after that و (a report inside the clause: `که وزیر ... تأکید کرد`).
 */
function coordinatedCue(view: SentenceView, from: number, next: { first: number } | undefined): number | undefined {
  if (!next) return undefined;
  for (let v = next.first - 1; v > from; v--) {
    if (view.keys[v] !== 'و') continue;
    if (view.keys[v - 1] === '،' || next.first - v > 8) return undefined;
    return findSubject(view, v + 1, next.first, SPEAKERS) ? undefined : v;
  }
  return undefined;
}

/** Nouns that attribute what follows after `به`: `به گفته X،`، `به ادعای X،`، `به اعتقاد X،`. */
const ACCORDING_NOUNS = new Set(['گفته', 'نوشته', 'اعتقاد', 'باور', 'عقیده', 'ادعای', 'اعلام', 'تصریح', 'روایت', 'اذعان', 'زعم', 'تاکید', 'نظر'].map(matchKey));
/** Words that may stand between such a lead and its speaker: `به ادعای این مقام`، `به اعتقاد برخی کارشناسان`. */
const DETERMINERS = new Set(['این', 'آن', 'برخی', 'بعضی', 'یک', 'یکی', 'همین'].map(matchKey));
/** The same after `از`: `از نظر X،`، `از دید X،`. */
const VIEW_NOUNS = new Set(['نظر', 'دید', 'دیدگاه'].map(matchKey));

/**
 * The attribution lead at `t` — `به گفته/نوشته/ادعای/اعتقاد/باور/اعلام ... X`، `از نظر/دید X`،
 * `طبق/بنابر گفته X` — as its length in tokens; `needsSpeaker` unless it is `به گفته`/`به نوشته`,
 * which attribute even to someone the entity stage did not find, and stand inside a clause too
 * (`سه راننده را که به گفته پلیس ... بودند`).
 */
function accordingTo(keys: readonly string[], t: number): { length: number; needsSpeaker: boolean } | undefined {
  const noun = keys[t + 1];
  if (noun === undefined) return undefined;
  if (keys[t] === 'به' && ACCORDING_NOUNS.has(noun)) return { length: 2, needsSpeaker: noun !== 'گفته' && noun !== 'نوشته' };
  if (keys[t] === 'از' && VIEW_NOUNS.has(noun)) return { length: 2, needsSpeaker: true };
  if ((keys[t] === 'طبق' || keys[t] === 'بنابر') && ACCORDING_NOUNS.has(noun)) return { length: 2, needsSpeaker: true };
  return undefined;
}

/** The first of {@link LEADS} whose words stand at `t`, or undefined (no closures: this runs at every token). */
function leadAt(keys: readonly string[], t: number): string[] | undefined {
  if (!LEAD_STARTS.has(keys[t])) return undefined;
  for (const words of LEADS) {
    let k = 0;
    while (k < words.length && keys[t + k] === words[k]) k++;
    if (k === words.length) return words;
  }
  return undefined;
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
      const cue = { cue: [t, after - 1] as [number, number], lemma: keys.slice(t, after).join(' '), kind: 'indirect' as const, implicit: false };
      if (comma > 0 && comma < sentence.last - 1) quotes.push({ ...cue, content: [comma + 1, sentence.last], speaker });
      else if (at && at[0] === after) {
        // no comma: `به گفته فعالان محلی دست‌کم ۲۷ نفر ... جان باختند` — the words follow the speaker
        quotes.push({ ...cue, content: [at[1] + 1, sentence.last], speaker });
      }
      continue;
    }
    if (keys[t] === 'به' && keys[t + 1] === 'نقل' && keys[t + 2] === 'از') {
      // `رویترز به نقل از یک مقام نظامی نوشت که ...`: a report inside a report, its words those of the verb after it
      const main = found.find((q) => q.cue[0] > t + 2 && !keys.slice(t + 3, q.cue[0]).includes('،'));
      const speaker = main ? findSpeaker(view, t + 3, main.cue[0]) : undefined;
      if (main && speaker && speaker !== main.speaker) quotes.push({ content: main.content, cue: [t, t + 2], lemma: 'به نقل از', kind: 'indirect', speaker, implicit: false });
      continue;
    }
    const lead = leadAt(keys, t);
    if (!lead) continue;
    const main = found.find((q) => q.cue[0] > t);
    const start = t + lead.length;
    let end = start;
    while (end < sentence.last && !(keys[end] === '،' && (!main || end < main.cue[0]) && isLastCommaBefore(keys, end, main?.cue[0] ?? sentence.last))) end++;
    if (end - start >= 2) quotes.push({ content: [start, end], cue: [t, start - 1], lemma: lead.join(' '), kind: 'indirect', speaker: main?.speaker ?? findSpeaker(view, sentence.first, t), implicit: !main?.speaker });
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
