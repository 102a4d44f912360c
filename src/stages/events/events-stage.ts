import type { Doc, Token } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Stage } from '../../pipeline/stage.js';
import { lemmaSpan, sentenceView, tokenSpan } from '../clauses/sentence-view.js';
import type { Trigger } from '../clauses/trigger-table.js';
import type { Quote } from '../quotes/quote-layer.js';
import { codeParty } from './code-party.js';
import type { KhabarEvent, PloverType } from './event-layer.js';
import { focusCountry, type Party, partyIndex } from './event-parties.js';
import { type EventContext, type EventPattern, statedGovernment } from './event-context.js';
import { findEvents } from './find-events.js';
import type { RecipientChoice } from './recipient-features.js';
import { withPerfectVerbs } from './perfect-verbs.js';
import type { EventModel } from './event-model.js';
import { learnedEvents } from './learned-events.js';
import type { EventJudge } from './event-judge.js';
import { deniesUnauthoredReport } from './unauthored-report.js';
import { awayFromOwnSide, type WarSides, warSides } from './own-side.js';

/** The index of the first token starting at or after `offset` (binary search). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A trigger the stage read, kept as an event or not (for diagnostics): its row's type, paragraph and offsets. */
export interface TracedTrigger { type: PloverType; paragraph: number; start: number; end: number }

/** A trigger read, or one pair of its sides, that gave no event, and why (`no side found`, `the learned model's veto` ...). */
export interface DroppedTrigger extends TracedTrigger { why: string }

/**
 * The events stage: `layers.events` in PLOVER categories from a lemma-keyed pattern table
 * (`data/curated/event-patterns.tsv`), each with actor and recipient coded by country and sector,
 * modality, the evidence span and the quote it sits in. Requires tokens and sentences; uses
 * mentions, entities, lemmas and quotes when present. A speaker's own act told in the first person
 * inside their quote (`از دیوان درخواست کردیم`) has the speaker as actor, and so has a speech act read
 * from what they say (`«... دروغی بزرگ است»` → ACCUSE against the other side); a speech act that
 * repeats an event of its paragraph is dropped. Earlier sentences lend recipients to later ones.
 *
 * With `model` (the learned paragraph model, `data/events/event-model.txt`), events the table left out
 * are added where the model reads a type in a paragraph that no pattern of that type matched
 * (`learned-events.ts`; marked `inferred`), and the table's events of a type the model finds most unlikely
 * in their paragraph (below its floor) are dropped; with `judge` (`data/events/event-judge.txt`), so is each event
 * the judge finds unlikely on its own (`event-judge.ts`); the layer stays in text order, ids numbered along it.
 *
 * Options: `homeCountry` (default IRN), the country of `کشورمان` and of unnamed parties at home; parties
 * the report does not place are of the country it is about (`focusCountry`: the home country unless
 * another is named far more often); `trace`, told of every trigger read whether an event came of it or not,
 * `dropped`, told why a trigger read, or one pair of its sides, gave no event; and `candidates`, told of every event
 * read with the sides its sentence offers (diagnostics only).
 *
 * `عراقچی با همتای ترکیه‌ای خود دیدار کرد` → CONSULT, actor IRN/GOV, recipient TUR/GOV, asserted.
 */
export function createEventsStage(lexicons: Lexicons, patterns: Map<string, Trigger<EventPattern>[]>, options: { homeCountry?: string; model?: EventModel; judge?: EventJudge; trace?: (candidate: TracedTrigger) => void; dropped?: (candidate: DroppedTrigger) => void; candidates?: (choice: RecipientChoice & { paragraph: number; start: number }) => void } = {}): Stage {
  return {
    name: 'events',
    version: '2',
    requires: ['tokens', 'sentences'],
    assigns: ['events'],
    run(doc: Doc): Doc {
      // present perfects the tagger read as adjectives (`خواسته‌ایم`) are verbs here
      const view = withPerfectVerbs(sentenceView(doc), lexicons.verbs);
      const homeCountry = options.homeCountry ?? 'IRN';
      const parties = partyIndex(view, lexicons.entities?.gazetteer, homeCountry);
      // per token, the quote covering it; per entity, its first mention: built once, read per trigger
      const quotes = (doc.layers.quotes ?? []) as Quote[];
      const quoteOf = new Int32Array(view.tokens.length).fill(-1);
      quotes.forEach((q, i) => {
        for (let t = firstTokenFrom(view.tokens, q.start); t < view.tokens.length && view.tokens[t].start < q.end; t++) if (quoteOf[t] < 0) quoteOf[t] = i;
      });
      const quoteAt = (token: number): Quote | undefined => (quoteOf[token] >= 0 ? quotes[quoteOf[token]] : undefined);
      const firstMention = new Map<string, number>();
      view.mentions.forEach((mention, m) => firstMention.has(mention.entity) || firstMention.set(mention.entity, m));
      const speakerAt = (token: number): Party | undefined => {
        const speaker = quoteAt(token)?.speaker;
        const m = speaker ? firstMention.get(speaker) : undefined;
        if (m === undefined) return undefined;
        // the party index's own party for that mention carries the country it was given (a person placed by the report)
        const indexed = parties.at[view.mentionTokens[m][0]];
        const party = indexed >= 0 ? parties.parties[indexed] : undefined;
        if (party && party.mention?.entity === speaker) return party;
        return { first: view.mentionTokens[m][0], last: view.mentionTokens[m][1], mention: view.mentions[m], place: false };
      };
      let focus: string | undefined;
      const context: EventContext = { view, parties, patterns, verbs: lexicons.verbs, speakerAt, memory: { recent: [] }, gazetteer: lexicons.entities?.gazetteer, homeCountry, focus: () => (focus ??= focusCountry(view, homeCountry)) };
      const events: KhabarEvent[] = [];
      // each event's paragraph (for the trace of those the model drops)
      const paragraphs: number[] = [];
      let paragraph = 0;
      // per paragraph, the types of the triggers read (`paragraph|type`), for the model
      const read = new Set<string>();
      if (options.trace || options.model) {
        const trace = options.trace;
        context.trace = ({ type, first, verb }) => {
          read.add(`${paragraph}|${type}`);
          trace?.({ type, paragraph, ...tokenSpan(view, first, verb + 1) });
        };
      }
      const dropped = options.dropped;
      const drop = (type: PloverType, first: number, verb: number, why: string): void => dropped?.({ type, paragraph, ...tokenSpan(view, first, verb + 1), why });
      if (dropped) context.dropped = ({ type, first, verb, why }) => drop(type, first, verb, why);
      if (options.candidates) {
        const tell = options.candidates;
        context.candidates = (choice) => tell({ ...choice, paragraph, start: view.tokens[choice.trigger].start });
      }
      // per paragraph, the events already read (type and both sides): a speech act repeating one adds nothing
      const told = new Set<string>();
      // each country's armed group and state body, for an armed side's attack or warning aimed at its own side
      let war: WarSides | undefined;
      const sides = (): WarSides => (war ??= warSides(view, lexicons.entities?.gazetteer));
      // a party as its event is coded: a bare `دولت` of no country is the government of the country the report is about
      const coded = (party: Party | undefined): Party | undefined => {
        const country = party && !party.country ? statedGovernment(context, party) : undefined;
        return party && country ? { ...party, country } : party;
      };
      for (const sentence of view.sentences) {
        paragraph = sentence.paragraph ?? 0;
        for (const found of findEvents(context, sentence)) {
          const trigger = lemmaSpan(view, found.trigger[0], found.trigger[1] + 1, found.lemma);
          const evidence = tokenSpan(view, sentence.first, sentence.last);
          const quote = quoteAt(found.trigger[0]);
          const actor = codeParty(coded(found.actor), view.entities, lexicons.entities?.gazetteer);
          let recipient = codeParty(coded(found.recipient), view.entities, lexicons.entities?.gazetteer);
          // a military's warning or attack is aimed at an enemy, not at its own country or forces (`هر متجاوزی با پاسخ نیروی دریایی روبه‌رو می‌شود`)
          recipient = awayFromOwnSide(found.type, actor, recipient, view.entities, sides);
          // an event between sides none of which can be placed says nothing about who acts on whom,
          // unless one side is an international body, which has no country (`فرستاده سازمان ملل ... خواست`)
          if (!actor?.country && !recipient?.country && actor?.sector !== 'IGO' && recipient?.sector !== 'IGO') {
            drop(found.type, found.trigger[0], found.trigger[1], 'no side placed');
            continue;
          }
          // arms handed to one's own forces are equipment, not aid (`سامانه‌ها به قرارگاه پدافند هوایی تحویل داده شد`)
          if (found.type === 'AID' && recipient?.sector === 'MIL' && actor?.country && actor.country === recipient.country) {
            drop(found.type, found.trigger[0], found.trigger[1], 'arms to its own forces');
            continue;
          }
          const key = `${sentence.paragraph}|${found.type}|${actor?.country ?? actor?.entity}|${recipient?.country ?? recipient?.entity}`;
          if (found.speech && told.has(key)) {
            drop(found.type, found.trigger[0], found.trigger[1], 'a speech act told before');
            continue;
          }
          told.add(key);
          paragraphs.push(paragraph);
          events.push({
            id: `v${events.length + 1}`, ...evidence, type: found.type, trigger,
            ...(actor ? { actor } : {}), ...(recipient ? { recipient } : {}), modality: found.modality, ...(quote ? { quote: quote.id } : {}),
          });
        }
      }
      if (options.model) {
        const { kept, added, replaced } = learnedEvents(view, events, options.model, homeCountry, quoteAt, lexicons.entities?.gazetteer, read, options.judge);
        if (dropped) events.forEach((event, i) => kept.includes(event) || replaced.has(event) || dropped({ type: event.type, paragraph: paragraphs[i], start: event.trigger.start, end: event.trigger.end, why: `the learned model's veto (${event.actor?.country ?? '-'} → ${event.recipient?.country ?? '-'})` }));
        // (the model's events and the judge's replacements, whose sides are the ranker's)
        for (const event of [...added, ...replaced.values()]) {
          // a press report called baseless answers no one (`گزارش برخی رسانه‌ها ... را «بی‌پایه» خواند`)
          if (event.type === 'REJECT' && event.recipient && deniesUnauthoredReport(context, firstTokenFrom(view.tokens, event.start), firstTokenFrom(view.tokens, event.end))) delete event.recipient;
          const recipient = awayFromOwnSide(event.type, event.actor, event.recipient, view.entities, sides);
          if (recipient === event.recipient) continue;
          if (recipient) event.recipient = recipient;
          else delete event.recipient;
        }
        if (added.length > 0 || kept.length < events.length || replaced.size > 0) {
          const all: Omit<KhabarEvent, 'id'>[] = [...kept, ...added].sort((a, b) => a.trigger.start - b.trigger.start);
          doc.layers.events = all.map((event, i) => ({ ...event, id: `v${i + 1}` }));
          return doc;
        }
      }
      doc.layers.events = events;
      return doc;
    },
  };
}
