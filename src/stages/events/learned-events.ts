import type { Gazetteer } from '../entities/gazetteer.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { lemmaSpan, tokenSpan } from '../clauses/sentence-view.js';
import type { Quote } from '../quotes/quote-layer.js';
import { codeParty } from './code-party.js';
import { modalityOf } from './event-modality.js';
import { REPORTER_KINDS } from '../entities/gazetteer.js';
import type { KhabarEvent, EventParty } from './event-layer.js';
import type { EventModel, Side } from './event-model.js';
import { type ModelReading, modelReading } from './event-model-scoring.js';
import { nextVerb, type ParagraphFacts, paragraphFacts, wordLemma } from './paragraph-facts.js';
import { alternativeEvents, type EventJudge, firstPairs, judgeDecisions, judgedEvent, judgeProbability, paragraphJudgeFeatures } from './event-judge.js';
import { DENYING } from './sentence-shapes.js';

/**
 * Events the learned paragraph model ({@link ./event-model.ts}) reads where the pattern table read none
 * of that type: for each paragraph and PLOVER type the table left empty, the type's probability; at or
 * above the model's threshold, one event with the sides the model ranks first. The event points at
 * the word of the paragraph whose lemma speaks most for the type (its `trigger`, lemma as read) and at
 * that word's sentence (its span); its modality is read from the verb of that clause as a pattern
 * event's is (a word in the object of a denial, `اتهام حمله ... را رد کرد`, is `negated`); it is marked `inferred`. The model also re-reads the table's own types: where it finds a type
 * the table read in a paragraph below its floor (`floor`, a probability), the table's events of that type
 * there are dropped. With a judge ({@link ./event-judge.ts}), each event kept in a paragraph, the table's and the
 * model's, is then weighed on its own and dropped below the judge's threshold.
 * @module
 */

/**
 * Whether the word at `word` names what the verb at `verb` denies: a `را` between them and the verb's nominal part a
 * word of denying (`ایران اتهام حمله به نفتکش‌ها را رد کرد`: the attack is denied, at most a negated act, never asserted).
 */
function deniedBy(view: SentenceView, word: number, verb: number): boolean {
  if (!DENYING.has(view.keys[verb - 1] ?? '')) return false;
  for (let t = word + 1; t < verb - 1; t++) if (view.keys[t] === 'را') return true;
  return false;
}

/**
 * A side as an event party: the country, with the entity of the paragraph that stands for it (a person or body first,
 * never a news agency or outlet),
 * other than `avoid` (the actor, when both sides are of one country: `ارتش سودان` against another Sudanese party, or
 * the country alone, never the actor against itself).
 */
function sideParty(view: SentenceView, p: ParagraphFacts, side: Side, gazetteer: Gazetteer | undefined, avoid?: string): EventParty | undefined {
  if (side === null) return undefined;
  const range = view.paragraphs[p.index];
  let chosen: number | undefined;
  for (let m = 0; m < view.mentions.length; m++) {
    const [first] = view.mentionTokens[m];
    if (first < range.first || first >= range.last) continue;
    const entity = view.entities.get(view.mentions[m].entity);
    if (entity?.attributes.country !== side || entity.id === avoid || REPORTER_KINDS.has(entity.attributes.subtype ?? '')) continue;
    const agent = entity.type === 'PER' || entity.type === 'ORG';
    if (chosen === undefined || (agent && !['PER', 'ORG'].includes(view.mentions[chosen].type))) chosen = m;
    if (agent) break;
  }
  if (chosen === undefined) return { country: side };
  const [first, last] = view.mentionTokens[chosen];
  const coded = codeParty({ first, last, mention: view.mentions[chosen], place: false, country: side }, view.entities, gazetteer);
  return { ...coded, country: side };
}

/**
 * The judge's reading of paragraph `p`: of the table's events it keeps (not in `dropped`) and the model's added there
 * (`added` from `from` on), those the judge finds below its threshold are dropped (added to `dropped`, cut from `added`);
 * a table event whose alternative with the ranker's pair the judge finds likelier ({@link judgeDecisions}) is replaced by it
 * (in `replaced`: its sides the paragraph's parties of those countries, as the model's events take them).
 */
function judgeParagraph(view: SentenceView, gazetteer: Gazetteer | undefined, judge: EventJudge, model: EventModel, p: ParagraphFacts, ruleEvents: readonly KhabarEvent[], dropped: Set<number>, replaced: Map<number, KhabarEvent>, added: Omit<KhabarEvent, 'id'>[], from: number, reading: ModelReading, home: string): void {
  const table = p.ruleEvents.filter((i) => !dropped.has(i));
  const mine = added.slice(from);
  const judged = [...table.map((i) => judgedEvent(ruleEvents[i], p)), ...mine.map((e) => judgedEvent(e, p, reading.anchors.get(e.type)))];
  if (judged.length === 0) return;
  const ranked = firstPairs(model, p, home);
  const alternatives = alternativeEvents(p, judged, ranked);
  const probabilities = paragraphJudgeFeatures(model, p, [...judged, ...alternatives.map((a) => a.event)], home, reading.probabilities, ranked).map((features) => judgeProbability(judge, features));
  const keep = judgeDecisions(probabilities, [...judged.map(() => undefined), ...alternatives.map((a) => a.of)], judge.threshold);
  alternatives.forEach(({ event, of }, k) => {
    if (!keep[judged.length + k]) return;
    const original = ruleEvents[table[of]];
    const actor = event.actor === original.actor?.country ? original.actor : sideParty(view, p, event.actor, gazetteer);
    const recipient = event.recipient === original.recipient?.country ? original.recipient : sideParty(view, p, event.recipient, gazetteer, event.recipient === event.actor ? actor?.entity : undefined);
    const replacement: KhabarEvent = { ...original, ...(actor ? { actor } : {}), ...(recipient ? { recipient } : {}) };
    if (!actor) delete replacement.actor;
    if (!recipient) delete replacement.recipient;
    replaced.set(table[of], replacement);
  });
  table.forEach((i, k) => !keep[k] && !replaced.has(i) && dropped.add(i));
  added.splice(from, mine.length, ...mine.filter((_, k) => keep[table.length + k]));
}

/** The model's reading of a Doc: the pattern events it keeps (in their order, a replaced one as its replacement) and the events it adds (ids are left to the caller). */
export interface LearnedReading {
  kept: KhabarEvent[];
  /** The pattern events the judge replaced, each with its replacement (in `kept`). */
  replaced: Map<KhabarEvent, KhabarEvent>;
  added: Omit<KhabarEvent, 'id'>[];
}

/**
 * The model's reading of a Doc whose pattern events are `ruleEvents`, `read` the `paragraph|type` of
 * every trigger the table read there: the pattern events of a type the model finds below its floor in
 * their paragraph are dropped, and the model's own events added. `quoteAt(token)` is the quote covering a token.
 */
export function learnedEvents(view: SentenceView, ruleEvents: readonly KhabarEvent[], model: EventModel, home: string, quoteAt: (token: number) => Quote | undefined, gazetteer?: Gazetteer, read?: ReadonlySet<string>, judge?: EventJudge): LearnedReading {
  const out: Omit<KhabarEvent, 'id'>[] = [];
  const facts = paragraphFacts(view, ruleEvents, read);
  const dropped = new Set<number>();
  const replaced = new Map<number, KhabarEvent>();
  for (const p of facts) {
    if (p.words.length === 0) continue;
    const reading = modelReading(model, p, home);
    for (const i of p.ruleEvents) if (reading.dropped.has(ruleEvents[i].type)) dropped.add(i);
    const from = out.length;
    for (const { type, sides: [a, b] } of reading.picks) {
      const anchor = reading.anchors.get(type);
      if (!anchor) continue;
      const words = [anchor.first, anchor.last];
      const sentence = view.sentences.find((s) => words[0] >= s.first && words[0] < s.last);
      if (!sentence) continue;
      const actor = sideParty(view, p, a, gazetteer);
      const recipient = sideParty(view, p, b, gazetteer, b === a ? actor?.entity : undefined);
      const verb = view.tokens[words[1]].pos === 'VERB' ? words[1] : nextVerb(view, words[1], sentence.last);
      const modality = verb < 0 ? 'asserted' : deniedBy(view, words[1], verb) ? 'negated' : modalityOf(view, sentence.first, [words[0], verb], wordLemma(view.tokens[verb]));
      const quote = quoteAt(words[0]);
      out.push({
        ...tokenSpan(view, sentence.first, sentence.last), type,
        trigger: lemmaSpan(view, words[0], words[1] + 1, words[0] === words[1] ? wordLemma(view.tokens[words[0]]) : `${wordLemma(view.tokens[words[0]])} ${wordLemma(view.tokens[words[1]])}`),
        ...(actor ? { actor } : {}), ...(recipient ? { recipient } : {}), modality, ...(quote ? { quote: quote.id } : {}), inferred: true,
      });
    }
    if (judge) judgeParagraph(view, gazetteer, judge, model, p, ruleEvents, dropped, replaced, out, from, reading, home);
  }
  const kept = ruleEvents.flatMap((e, i) => (dropped.has(i) ? [] : [replaced.get(i) ?? e]));
  return { kept, added: out, replaced: new Map([...replaced].map(([i, e]) => [ruleEvents[i], e])) };
}
