import type { VerbTable } from '../../lexicon/verbs.js';
import type { EntityType, Mention } from '../entities/entity-layers.js';
import { findMarked, findSubject } from '../clauses/find-subject.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { findPhrases, findTriggers, type Trigger } from '../clauses/trigger-table.js';
import { isNegated } from '../clauses/verb-lemma.js';
import type { Modality, PloverType } from './event-layer.js';

/** One row of the event-pattern table: the PLOVER type and the word marking the recipient. */
export interface EventPattern {
  type: PloverType;
  recipient: string;
}

export interface FoundEvent {
  type: PloverType;
  trigger: [number, number];
  lemma: string;
  actor?: Mention;
  recipient?: Mention;
  modality: Modality;
}

const PARTIES: ReadonlySet<EntityType> = new Set(['PER', 'ORG', 'LOC']);
const CONDITIONS = [['اگر'], ['چنانچه'], ['درصورتی', 'که'], ['در', 'صورتی', 'که'], ['در', 'صورت'], ['هرگاه']];
const PLANS = [['قرار', 'است'], ['قرار', 'شد'], ['برنامه', 'دارد'], ['در', 'نظر', 'دارد']];
const FUTURE = new Set(['خواهد', 'خواهند', 'خواهم', 'خواهیم', 'خواهید', 'خواهی']);

function hasSequence(keys: string[], from: number, to: number, sequences: string[][]): boolean {
  for (let t = from; t < to; t++) {
    if (sequences.some((sequence) => sequence.every((word, k) => keys[t + k] === word))) return true;
  }
  return false;
}

/** The first mention starting in `[from, to)` of a party type, other than `except`'s entity. */
function mentionAfter(view: SentenceView, from: number, to: number, except?: string): Mention | undefined {
  for (let t = from; t < to; t++) {
    const m = view.mentionAt[t];
    if (m >= 0 && view.mentionTokens[m][0] === t && PARTIES.has(view.mentions[m].type) && view.mentions[m].entity !== except) return view.mentions[m];
  }
  return undefined;
}

/** Negated, planned (future tense, قرار است), hypothetical (اگر، در صورتی که before it) or asserted. */
function modalityOf(view: SentenceView, first: number, trigger: [number, number], lemma: string): Modality {
  const { keys, tokens } = view;
  if (hasSequence(keys, first, trigger[0], CONDITIONS)) return 'hypothetical';
  if (lemma && isNegated(tokens[trigger[1]], lemma)) return 'negated';
  const feats = tokens[trigger[1]].feats ?? '';
  if (feats.includes('Tense=Fut') || keys.slice(trigger[0], trigger[1]).some((k) => FUTURE.has(k)) || hasSequence(keys, first, trigger[0], PLANS)) return 'planned';
  return 'asserted';
}

/**
 * Finds the events of one sentence: each pattern trigger (every tense, via lemmas) with its actor —
 * the subject of the clause — and its recipient, found by the pattern's marker
 * (`با همتای ترکیه‌ای خود دیدار کرد`: با → the counterpart). `مشهد` in `به مشهد سفر کرد` is a place.
 */
export function findEvents(view: SentenceView, sentence: { first: number; last: number }, patterns: Map<string, Trigger<EventPattern>[]>, verbs?: VerbTable): FoundEvent[] {
  const events: FoundEvent[] = [];
  let clauseFirst = sentence.first;
  const matches = [...findTriggers(view.tokens, sentence.first, sentence.last, patterns, verbs), ...findPhrases(view.tokens, sentence.first, sentence.last, patterns, view.keys)].sort((a, b) => a.verb - b.verb);
  for (const match of matches) {
    const { type, recipient: marker } = match.trigger.data;
    const lemma = match.trigger.verb;
    const trigger: [number, number] = [match.first, match.verb];
    const subject = findSubject(view, clauseFirst, match.first, PARTIES) ?? findSubject(view, sentence.first, match.first, PARTIES);
    let actor: Mention | undefined = subject;
    let recipient: Mention | undefined;
    if (marker === '+') recipient = mentionAfter(view, match.verb + 1, Math.min(sentence.last, match.verb + 5));
    else if (marker === '^') {
      // a passive: the subject undergoes it, an agent may follow توسط
      recipient = subject;
      actor = findMarked(view, clauseFirst, match.first, 'توسط', PARTIES);
    } else if (marker !== '-') {
      recipient = findMarked(view, clauseFirst, match.first, marker, PARTIES);
      // no marked name: the first other name between the subject and the verb is the object
      if (!recipient && subject) recipient = mentionAfter(view, view.mentionTokens[view.mentions.indexOf(subject)][1] + 1, match.first, subject.entity);
    }
    const words = match.trigger.words.filter((word) => word !== '*');
    events.push({ type, trigger, lemma: [...words, lemma].filter(Boolean).join(' '), actor, recipient: recipient?.entity === actor?.entity ? undefined : recipient, modality: modalityOf(view, sentence.first, trigger, lemma) });
    if (lemma) clauseFirst = match.verb + 1;
  }
  return events;
}
