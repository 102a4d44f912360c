import type { Token } from '../../doc/doc.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import type { Quote } from '../quotes/quote-layer.js';
import type { KhabarEvent } from './event-layer.js';
import { REPORTER_KINDS } from '../entities/gazetteer.js';
import { prepositionBefore } from './recipient-features.js';
import { tokenSlots } from '../../pipeline/word-slots.js';
import { lemmaKey, lemmaKeyCount, lemmaKeyGeneration, phraseKeyId, slotLemmaKeyId, startLemmaKeys, verbKeyId } from './lemma-keys.js';
import type { Modality } from './event-layer.js';
import { modalityOf } from './event-modality.js';
import { SAYING_WORDS } from '../entities/function-words.js';

/**
 * What the learned paragraph model ({@link ./event-model.ts}) reads of a paragraph: its content
 * lemmas, the countries its parties belong to and how each is mentioned, the countries of whoever
 * speaks in it, and the event types the pattern table already read there. One piece of code serves
 * the training script and the events stage, so both see the same features.
 * @module
 */

/** Parts of speech whose lemmas describe what a paragraph tells (function words do not). */
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);

/**
 * Parts of speech of the words an event of the model may point at alone (`متهم`، `حمله`، `امضا`): words that can carry an
 * event; adverbs and function words (`هنوز`، `که`) tell when or how, and a word before a verb is keyed with that verb
 * anyway. A word of a mention (`آمریکا`، `همتای ترکیه‌ای`) is never pointed at either: it tells who.
 */
const ANCHOR_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);

/** Parts of speech of the words of an ezafe phrase whose lemma pairs the model reads (`حمله+هوایی`): names left out, they tell who, not what. */
const PHRASE_POS = new Set(['NOUN', 'ADJ']);

/** How one country takes part in a paragraph (through its mentions, news agencies and outlets left out: they tell, they take no part). */
export interface CountryFacts {
  /** Offset of its first mention in the paragraph. */
  first: number;
  /** Mention kinds (`name`, `alias`, `role`, `pronoun`) and entity types (`LOC:country`, `PER`...) through which it appears. */
  kinds: Set<string>;
  types: Set<string>;
  /** The words around its mentions (`p:` before, `n:` after, `nn:` after with the next word's POS) and its people's role heads. */
  context: Set<string>;
  /** Where it is named, in the order of its mentions. */
  places: CountryPlace[];
}

/** One mention of a country's party: its first token, the sentence it stands in, how the clause takes it. */
export interface CountryPlace {
  token: number;
  /** Index into `view.sentences`. */
  sentence: number;
  /** The preposition whose phrase it stands in (`به`، `از`، `با`...; `prepositionBefore`), `-` for none. */
  preposition: string;
  /** Whether `را` follows it: the object of the clause (`ایران را متهم کرد`). */
  object: boolean;
}

/** A word of the paragraph (or a word and the verb after it) with the lemma key the model reads it by. */
export interface KeyedWord {
  /** Its first and last token. */
  first: number;
  last: number;
  /** `lemma` or `lemma_verb`. */
  key: string;
  /** The key's number ({@link ./lemma-keys.ts}). */
  keyId: number;
  /** Index into `view.sentences`. */
  sentence: number;
  /** The country of the speaker of the quote it stands in, if any. */
  speaker?: string;
  /** How its clause holds it ({@link AnchorShape}). */
  readonly shape: AnchorShape;
  /** The modality of the verb that holds it (its own or the next of its sentence; `asserted` with none). */
  readonly modality: Modality;
}

/**
 * A {@link KeyedWord} whose clause ({@link anchorClause}) is read only when asked: most keyed words are never an event's
 * anchor, and the modality of a clause is the dearest of its facts.
 */
class LazyKeyedWord implements KeyedWord {
  speaker?: string;
  #clause?: { shape: AnchorShape; modality: Modality };
  constructor(
    private readonly view: SentenceView,
    readonly first: number,
    readonly last: number,
    readonly key: string,
    readonly keyId: number,
    readonly sentence: number,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get shape(): AnchorShape {
    return this.clause().shape;
  }
  get modality(): Modality {
    return this.clause().modality;
  }
  private clause(): { shape: AnchorShape; modality: Modality } {
    return (this.#clause ??= anchorClause(this.view, this.first, this.last, this.start, this.end));
  }
}

/**
 * How a keyed word stands to the verbs of its sentence: `own` a verb or word + verb (`امضا_کرد`); `light` a word right
 * before a verb keyed alone (`امضا` of `امضا کرد`); `said` a word whose next verb is one of saying (`... درخواست ... را
 * اعلام کرد`, `ادعای ... گفت`: what is told of, not done); `later` a word with another verb after it; `none` a word with no
 * verb after it in its sentence (a title or a phrase: `تفاهم‌نامه همکاری`).
 */
export type AnchorShape = 'own' | 'light' | 'said' | 'later' | 'none';

/** The first verb of `view` at or after token `from` and before `last` (exclusive), or -1. */
export function nextVerb(view: SentenceView, from: number, last: number): number {
  for (let t = from; t < last; t++) if (view.tokens[t].pos === 'VERB') return t;
  return -1;
}

/** The {@link AnchorShape} and modality of the keyed word `[first, last]` of sentence `[start, end)`. */
export function anchorClause(view: SentenceView, first: number, last: number, start: number, end: number): { shape: AnchorShape; modality: Modality } {
  const own = last > first || view.tokens[first].pos === 'VERB';
  const verb = own ? last : nextVerb(view, last + 1, end);
  if (verb < 0) return { shape: 'none', modality: 'asserted' };
  const modality = modalityOf(view, start, [first, verb], wordLemma(view.tokens[verb]));
  if (own) return { shape: 'own', modality };
  if (verb === last + 1) return { shape: 'light', modality };
  const said = SAYING_WORDS.has(view.keys[verb]) || SAYING_WORDS.has(view.keys[verb - 1]);
  return { shape: said ? 'said' : 'later', modality };
}

/** One paragraph as the learned model sees it. */
export interface ParagraphFacts {
  index: number;
  /** Indexes into `view.tokens` of the paragraph's words. */
  words: number[];
  /** Its words that can carry an event ({@link ANCHOR_POS}, none of a mention) and word + verb pairs by lemma key (what the model's events point at). */
  keyed: KeyedWord[];
  /** Per sentence (index into `view.sentences`), the sides of the table's events whose trigger stands in it (`a:X`, `b:X`). */
  sentenceSides: Map<number, Set<string>>;
  /**
   * Content lemmas, `lemma_verb` for a word before a verb (light verbs: `دیدار_کرد`) and `lemma+lemma` for two nouns or
   * adjectives in a row (`نیرو+دریایی`), by their numbers ({@link ./lemma-keys.ts}), each once, in the order first met
   * (the keys themselves: {@link paragraphLemmas}).
   */
  lemmaIds: number[];
  /** The numbering {@link lemmaIds} belong to (`lemmaKeyGeneration`). */
  lemmaNumbering: number;
  countries: Map<string, CountryFacts>;
  /** Countries by their first mention in the paragraph. */
  order: string[];
  /** Countries of the speakers of the paragraph's quotes. */
  speakers: Set<string>;
  /** Event types the pattern table read in the paragraph, with how many. */
  ruleTypes: Map<string, number>;
  /** Indexes (into the pattern events given) of the events the table read in the paragraph. */
  ruleEvents: number[];
  /**
   * The sides of the table's events in the paragraph, any type: `a:X` an actor's country, `b:X` a recipient's,
   * `ab:X>Y` a pair (`-` for a side with no country).
   */
  ruleSides: Set<string>;
  /** Event types of the table's triggers read in the paragraph, an event kept of them or not (the events stage's trace; `triggers-read.ts`). */
  readTypes: Set<string>;
  /** The country of the first person or organization mentioned in the paragraph. */
  firstAgent?: string;
  /** Types of the entities mentioned (`ORG:military`, `PER`...), with or without a country. */
  entityTypes: Set<string>;
}

/** Index of the first of `words` (token indexes) whose token starts at or after `offset`; `words.length` if none. */
function firstWordFrom(tokens: readonly Token[], words: readonly number[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[words[mid]].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `type:subtype` keys made so far (`ORG:military`): a closed set (the gazetteer's subtypes), one string each. */
const entityTypeKeys = new Map<string, Map<string, string>>();

/** An entity's type with its subtype, if any: `ORG:military`, `PER`. */
function entityTypeKey(type: string, subtype: string | undefined): string {
  if (!subtype) return type;
  let bySubtype = entityTypeKeys.get(type);
  if (!bySubtype) entityTypeKeys.set(type, (bySubtype = new Map()));
  let key = bySubtype.get(subtype);
  if (key === undefined) bySubtype.set(subtype, (key = `${type}:${subtype}`));
  return key;
}

/** The lemma keys of paragraph `p` ({@link ParagraphFacts.lemmaIds}) as strings, in their order. */
export function paragraphLemmas(p: ParagraphFacts): string[] {
  return p.lemmaIds.map((id) => lemmaKey(id, p.lemmaNumbering));
}

/** Per lemma key number, the stamp of the last paragraph that took it (a paragraph's keys kept once each, without a set per paragraph). */
let lemmaStamps = new Int32Array(1 << 12);
/** The last stamp given: each paragraph of each call gets a stamp of its own. */
let lastStamp = 0;

/** Stamps for `count` paragraphs: the first is the returned value + 1. */
function takeStamps(count: number): number {
  if (lastStamp + count >= 0x7fffffff) {
    lemmaStamps.fill(0);
    lastStamp = 0;
  }
  const base = lastStamp;
  lastStamp += count;
  return base;
}

/** Adds key number `id` to `p`'s {@link ParagraphFacts.lemmaIds} unless the paragraph (stamp `stamp`) has it already. */
function addLemma(p: ParagraphFacts, id: number, stamp: number): void {
  if (id >= lemmaStamps.length) {
    const grown = new Int32Array(Math.max(2 * lemmaStamps.length, lemmaKeyCount()));
    grown.set(lemmaStamps);
    lemmaStamps = grown;
  }
  if (lemmaStamps[id] === stamp) return;
  lemmaStamps[id] = stamp;
  p.lemmaIds.push(id);
}

/** The lemma the model keys a word on (its form when the morphology did not run). */
export function wordLemma(token: Token): string {
  return token.lemma ?? token.norm;
}

/**
 * The facts of every paragraph of a Doc read through `view`, given the events the pattern table read
 * and `read`, the `paragraph|type` of every trigger it read (kept as an event or not; default none).
 * `وزیر خارجه ترکیه با همتای عراقی دیدار کرد` → lemmas `وزیر`، `دیدار_کرد`...; countries TUR (a role's
 * country) and IRQ; no rule types when the table read nothing there.
 */
export function paragraphFacts(view: SentenceView, ruleEvents: readonly KhabarEvent[], read: ReadonlySet<string> = new Set()): ParagraphFacts[] {
  const { tokens } = view;
  const paragraphOfToken = new Int32Array(tokens.length).fill(-1);
  view.paragraphs.forEach((p, i) => {
    paragraphOfToken.fill(i, p.first, p.last);
  });
  startLemmaKeys();
  const numbering = lemmaKeyGeneration();
  const stamps = takeStamps(view.paragraphs.length);
  const facts: ParagraphFacts[] = view.paragraphs.map((_, index) => ({ index, words: [], keyed: [], sentenceSides: new Map(), lemmaIds: [], lemmaNumbering: numbering, countries: new Map(), order: [], speakers: new Set(), ruleTypes: new Map(), ruleEvents: [], ruleSides: new Set(), readTypes: new Set(), entityTypes: new Set() }));
  const sentenceOfToken = new Int32Array(tokens.length).fill(-1);
  view.sentences.forEach((s, i) => {
    sentenceOfToken.fill(i, s.first, s.last);
  });
  const slots = tokenSlots(tokens);
  const words: number[] = [];
  for (let t = 0; t < tokens.length; t++) if (tokens[t].kind === 'word' && paragraphOfToken[t] >= 0) words.push(t);
  const paragraphAt = (offset: number): ParagraphFacts | undefined => {
    const w = firstWordFrom(tokens, words, offset);
    const t = w < words.length ? words[w] : words[words.length - 1];
    return t === undefined ? undefined : facts[paragraphOfToken[t]];
  };
  words.forEach((t, w) => {
    const p = facts[paragraphOfToken[t]];
    p.words.push(t);
    const token = tokens[t];
    const pos = token.pos ?? '';
    const next = words[w + 1];
    const sentence = sentenceOfToken[t];
    const content = CONTENT_POS.has(pos);
    const anchor = ANCHOR_POS.has(pos) && view.mentionAt[t] < 0;
    const beforeVerb = next !== undefined && tokens[next].pos === 'VERB' && paragraphOfToken[next] === p.index;
    const phrase = !beforeVerb && next !== undefined && paragraphOfToken[next] === p.index && PHRASE_POS.has(pos) && PHRASE_POS.has(tokens[next].pos ?? '');
    if (!(content || anchor || beforeVerb || phrase)) return;
    // the word's key numbered only where one of them reads it (most function words need none)
    const stamp = stamps + 1 + p.index;
    const lemma = wordLemma(token);
    const id = slotLemmaKeyId(slots[t], lemma);
    if (content) addLemma(p, id, stamp);
    const range = view.sentences[sentence] ?? { first: t, last: t + 1 };
    if (anchor) p.keyed.push(new LazyKeyedWord(view, t, t, lemma, id, sentence, range.first, range.last));
    if (beforeVerb) {
      const pair = verbKeyId(id, slotLemmaKeyId(slots[next], wordLemma(tokens[next])));
      p.keyed.push(new LazyKeyedWord(view, t, next, lemmaKey(pair), pair, sentence, range.first, range.last));
      addLemma(p, pair, stamp);
    } else if (phrase) addLemma(p, phraseKeyId(id, slotLemmaKeyId(slots[next], wordLemma(tokens[next]))), stamp);
  });
  const firstAgentAt = new Map<ParagraphFacts, number>();
  view.mentions.forEach((mention, m) => {
    const entity = view.entities.get(mention.entity);
    const p = paragraphAt(mention.start);
    if (!entity || !p) return;
    const entityType = entityTypeKey(entity.type, entity.attributes.subtype);
    p.entityTypes.add(entityType);
    const country = entity.attributes.country;
    // a news agency or outlet tells the report; it is no party to what it tells (`به گزارش المیادین`)
    if (!country || REPORTER_KINDS.has(entity.attributes.subtype ?? '')) return;
    let c = p.countries.get(country);
    if (!c) p.countries.set(country, (c = { first: mention.start, kinds: new Set(), types: new Set(), context: new Set(), places: [] }));
    const [first, last] = view.mentionTokens[m];
    c.places.push({ token: first, sentence: sentenceOfToken[first], preposition: prepositionBefore(view, first) ?? '-', object: view.keys[last + 1] === 'را' });
    c.first = Math.min(c.first, mention.start);
    c.kinds.add(mention.kind);
    c.types.add(entityType);
    const before = firstWordFrom(tokens, words, mention.start) - 1;
    const after = firstWordFrom(tokens, words, mention.end);
    if (before >= 0) c.context.add(`p:${tokens[words[before]].norm}`);
    if (after < words.length) {
      c.context.add(`n:${tokens[words[after]].norm}`);
      if (after + 1 < words.length) c.context.add(`nn:${tokens[words[after]].norm}_${tokens[words[after + 1]].pos ?? ''}`);
    }
    if (entity.type === 'PER') for (const role of entity.attributes.roles ?? []) c.context.add(`role:${role.role.split(' ')[0]}`);
    if (entity.type === 'PER' || entity.type === 'ORG') {
      const at = firstAgentAt.get(p);
      if (at === undefined || mention.start < at) {
        firstAgentAt.set(p, mention.start);
        p.firstAgent = country;
      }
    }
  });
  for (const quote of (view.doc.layers.quotes ?? []) as Quote[]) {
    const country = quote.speaker ? view.entities.get(quote.speaker)?.attributes.country : undefined;
    const p = country ? paragraphAt(quote.start) : undefined;
    if (!country || !p) continue;
    p.speakers.add(country);
    for (const k of p.keyed) if (tokens[k.first].start >= quote.start && tokens[k.first].start < quote.end) k.speaker = country;
  }
  ruleEvents.forEach((event, i) => {
    const p = paragraphAt(event.trigger.start);
    if (!p) return;
    p.ruleTypes.set(event.type, (p.ruleTypes.get(event.type) ?? 0) + 1);
    p.ruleEvents.push(i);
    const actor = event.actor?.country ?? '-';
    const recipient = event.recipient?.country ?? '-';
    p.ruleSides.add(`a:${actor}`).add(`b:${recipient}`).add(`ab:${actor}>${recipient}`);
    const at = words[Math.min(firstWordFrom(tokens, words, event.trigger.start), words.length - 1)];
    const sentence = sentenceOfToken[at];
    let sides = p.sentenceSides.get(sentence);
    if (!sides) p.sentenceSides.set(sentence, (sides = new Set()));
    sides.add(`a:${actor}`).add(`b:${recipient}`);
  });
  for (const key of read) {
    const bar = key.indexOf('|');
    facts[Number(key.slice(0, bar))]?.readTypes.add(key.slice(bar + 1));
  }
  for (const p of facts) p.order = [...p.countries.entries()].sort((a, b) => a[1].first - b[1].first).map(([country]) => country);
  return facts;
}
