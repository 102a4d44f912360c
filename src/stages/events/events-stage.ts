import type { Doc } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Stage } from '../../pipeline/stage.js';
import { sentenceView } from '../clauses/sentence-view.js';
import type { Trigger } from '../clauses/trigger-table.js';
import type { Quote } from '../quotes/quote-layer.js';
import { tokenSpan } from '../clauses/sentence-view.js';
import { codeParty } from './code-party.js';
import type { KhabarEvent } from './event-layer.js';
import { type EventPattern, findEvents } from './find-events.js';
import type { Mention } from '../entities/entity-layers.js';

function speakerMention(entity: string): Mention {
  return { entity, type: 'PER', kind: 'pronoun', start: 0, end: 0 };
}

/**
 * The events stage: `layers.events` in PLOVER categories from a lemma-keyed pattern table
 * (`data/curated/event-patterns.tsv`), each with actor and recipient coded by country and sector,
 * modality, the evidence span and the quote it sits in. Requires tokens and sentences; uses
 * mentions, entities, lemmas and quotes when present.
 *
 * `عراقچی با همتای ترکیه‌ای خود دیدار کرد` → CONSULT, actor IRN/GOV, recipient TUR/GOV, asserted.
 */
export function createEventsStage(lexicons: Lexicons, patterns: Map<string, Trigger<EventPattern>[]>): Stage {
  return {
    name: 'events',
    version: '1',
    requires: ['tokens', 'sentences'],
    assigns: ['events'],
    run(doc: Doc): Doc {
      const view = sentenceView(doc);
      const quotes = (doc.layers.quotes ?? []) as Quote[];
      const events: KhabarEvent[] = [];
      for (const sentence of view.sentences) {
        for (const found of findEvents(view, sentence, patterns, lexicons.verbs)) {
          const trigger = { ...tokenSpan(view, found.trigger[0], found.trigger[1] + 1), lemma: found.lemma };
          const evidence = tokenSpan(view, sentence.first, sentence.last);
          const quote = quotes.find((q) => q.start <= trigger.start && trigger.end <= q.end);
          // a speaker's own act, told in the first person inside their quote: the speaker acts
          const actor = codeParty(found.actor, view.entities) ?? (quote?.speaker ? codeParty(speakerMention(quote.speaker), view.entities) : undefined);
          const recipient = codeParty(found.recipient, view.entities);
          events.push({
            id: `v${events.length + 1}`, ...evidence, type: found.type, trigger,
            ...(actor ? { actor } : {}), ...(recipient ? { recipient } : {}), modality: found.modality, ...(quote ? { quote: quote.id } : {}),
          });
        }
      }
      doc.layers.events = events;
      return doc;
    },
  };
}
