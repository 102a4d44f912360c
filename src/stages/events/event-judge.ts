import { KhabarError } from '../../doc/errors.js';
import { type KhabarEvent, type Modality, PLOVER_TYPES, type PloverType } from './event-layer.js';
import type { EventModel, Side } from './event-model.js';
import { pairRanker, paragraphTypeProbabilities } from './event-model-scoring.js';
import type { AnchorShape, KeyedWord, ParagraphFacts } from './paragraph-facts.js';

/**
 * The learned judgement of each event (`data/events/event-judge.txt`, made by `scripts/train-events.ts`
 * from the sample reports' `tune` gold): the pattern table and the paragraph model say which events a
 * paragraph tells, but nothing weighs one event on its own — its trigger, modality, how its sides were
 * named, whether the model's pair ranker agrees with them, how likely the model finds its type there,
 * how many events of its type the paragraph already has. The judge is a logistic regression over such
 * features ({@link judgeFeatures}), trained on whether each event the pipeline read was right as the
 * evaluation counts it; the events stage drops an event whose probability falls below its threshold.
 * @module
 */

export interface EventJudge {
  /** Probability below which an event is dropped. */
  threshold: number;
  /** Per feature, its weight. */
  weights: Map<string, number>;
}

/** What the judge reads of one event besides its paragraph. */
export interface JudgedEvent {
  type: PloverType;
  actor: Side;
  recipient: Side;
  /** Whether the paragraph model added it (no pattern of its type matched). */
  inferred: boolean;
  /** The trigger's lemma (a pattern event's) or the lemma key of the word the model's event points at. */
  lemma?: string;
  /** A pattern event's modality (the simulation of the model's events reads none). */
  modality?: Modality;
  /** Whether a pattern event sits in a quote. */
  quote?: boolean;
  /** Whether each side was named by an entity (not only a country: a default or a place). */
  actorNamed: boolean;
  recipientNamed: boolean;
  actorSector?: string;
  recipientSector?: string;
  /** A model's event: how the clause holds the word it points at, and that clause's modality ({@link KeyedWord}). */
  anchorShape?: AnchorShape;
  anchorModality?: Modality;
  /** A model's event: whether its actor's and its recipient's countries are named in the sentence of the word it points at. */
  anchorSides?: string;
  /** A model's event: whether the table read an event in the sentence of the word it points at, whether that word stands in a quote. */
  anchorTable?: boolean;
  anchorQuote?: boolean;
  /** An alternative to a table event: its type and trigger with the ranker's pair instead; which sides changed. */
  alt?: 'actor' | 'recipient' | 'both';
}

/** The class of a side: none, the home country, the actor's country (a recipient's), another. */
function sideClass(side: Side, home: string, actor?: Side): string {
  if (side === null) return 'null';
  if (side === home) return 'home';
  return actor !== undefined && side === actor ? 'same' : 'X';
}

/** A probability as one of a few bands (`p:.2` for 0.2 ≤ p < 0.3). */
function band(p: number): string {
  for (const edge of [0.9, 0.7, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.02]) if (p >= edge) return String(edge);
  return '0';
}

/** Where a side stands among the countries the paragraph names: `r0`…`r3`, `absent`, `null`. */
function rank(p: ParagraphFacts, side: Side): string {
  if (side === null) return 'null';
  const i = p.order.indexOf(side);
  return i < 0 ? 'absent' : `r${Math.min(i, 3)}`;
}

/**
 * The features of event `e` in paragraph `p`: `probability` is the paragraph model's for its type there, `ranked` the
 * pair its ranker puts first for the type, `sameType` how many events of its type the paragraph has (itself counted),
 * `samePair` how many of them have its sides. `ایران آمریکا را تهدید کرد` read as THREATEN IRN → USA by the table with
 * the ranker's pair the same: `ty:THREATEN`, `rk:both`, `ab:homeX` ...
 */
export function judgeFeatures(p: ParagraphFacts, e: JudgedEvent, probability: number, ranked: [Side, Side], sameType: number, samePair: number, home: string): string[] {
  const t = e.type;
  const source = e.inferred ? 'm' : 't';
  const ab = `${sideClass(e.actor, home)}${sideClass(e.recipient, home, e.actor)}`;
  const agree = e.alt ? 'alt' : ranked[0] === e.actor ? (ranked[1] === e.recipient ? 'both' : 'actor') : ranked[1] === e.recipient ? 'recipient' : 'none';
  const features = [
    'bias', `src:${source}`, `ty:${t}`, `ty:${t}|${source}`, `p:${band(probability)}`, `p:${band(probability)}|${source}`, `p:${band(probability)}|${t}`,
    `rk:${agree}|${source}`, `rk:${agree}|${t}`, `ab:${ab}`, `ab:${ab}|${t}`, `ab:${ab}|${source}`,
    `ar:${rank(p, e.actor)}`, `br:${rank(p, e.recipient)}`, `n:${Math.min(sameType, 3)}|${source}`, `dup:${Math.min(samePair, 2)}`,
    `an:${e.actorNamed}`, `bn:${e.recipientNamed}`, `as:${e.actorSector ?? '-'}`, `bs:${e.recipientSector ?? '-'}`,
    `para:${Math.min(p.index, 3)}`, `nc:${Math.min(p.countries.size, 4)}`, `ntypes:${Math.min(p.ruleTypes.size, 3)}`,
  ];
  if (e.lemma !== undefined) features.push(`lem:${e.lemma}|${t}`);
  if (e.modality !== undefined) features.push(`mod:${e.modality}`, `mod:${e.modality}|${t}`);
  if (e.quote !== undefined) features.push(`q:${e.quote}`, `q:${e.quote}|${t}`);
  // A model's event by the word it points at: how its clause holds it (a noun only told of, `said`, or with no verb,
  // `none`), that clause's modality, whether its sides are named in that sentence (an actor named only elsewhere
  // with the recipient in it, `ks:ny`, was right 4 times in 44), whether the table read an event there, whether it
  // is quoted. Leave one of 10 groups of writers out, judge at 0.2: P .756 → .764, F .672 → .673 (7423/9824 →
  // 7387/9669 of 12274); the sides alone gave .760 / .673, the shape and modality alone .759 / .672.
  if (e.anchorShape !== undefined) features.push(`kw:${e.anchorShape}`, `kw:${e.anchorShape}|${t}`);
  if (e.anchorModality !== undefined) features.push(`km:${e.anchorModality}`, `km:${e.anchorModality}|${t}`);
  if (e.anchorSides !== undefined) features.push(`ks:${e.anchorSides}`, `ks:${e.anchorSides}|${t}`);
  if (e.anchorTable !== undefined) features.push(`kt:${e.anchorTable}`, `kt:${e.anchorTable}|${t}`, `rd:${p.readTypes.has(t)}|${t}`);
  if (e.anchorQuote !== undefined) features.push(`kq:${e.anchorQuote}`);
  if (e.alt !== undefined) features.push(`alt:${e.alt}`, `alt:${e.alt}|${t}`, `alt:${ab}`);
  // Pairs of the above with the type (and the source): which side classes, ranks, namings and counts make an event likely
  // depends on what it is. Leave one of 10 groups of writers out, judge at 0.2: 7672/9932 → 7648/9809 of 12274 (P .772 →
  // .780, F .691 → .693); L2 1e-3 or 1e-5 changed nothing; more pairs (band × agreement, lemma × modality) F .692.
  features.push(`rk:${agree}|${t}|${source}`, `ab:${ab}|${agree}`, `ar:${rank(p, e.actor)}|${t}`, `br:${rank(p, e.recipient)}|${t}`, `nb:${e.actorNamed}${e.recipientNamed}|${t}`, `n:${Math.min(sameType, 3)}|${t}`, `dup:${Math.min(samePair, 2)}|${t}`);
  if (e.modality !== undefined && e.quote !== undefined) features.push(`mq:${e.modality}|${e.quote}|${t}`);
  if (e.actorSector !== undefined || e.recipientSector !== undefined) features.push(`sec:${e.actorSector ?? '-'}>${e.recipientSector ?? '-'}|${t}`);
  return features;
}

/** The judge's probability that an event of `features` is right. */
export function judgeProbability(judge: EventJudge, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += judge.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-s));
}

/** Writes a judge as text: `#` comment lines (`notes`), `threshold\t0.2`, then `FEATURE\tweight` (four decimals, zeros left out). */
export function formatEventJudge(judge: EventJudge, notes: readonly string[]): string {
  const lines = [...notes.map((n) => `# ${n}`), `threshold\t${judge.threshold}`];
  for (const [f, w] of [...judge.weights].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const rounded = Math.round(w * 1e4) / 1e4;
    if (rounded !== 0) lines.push(`${f}\t${rounded}`);
  }
  return lines.join('\n') + '\n';
}

/** Parses {@link formatEventJudge}'s text; pure. @throws KhabarError E007 on a malformed line. */
export function parseEventJudge(text: string): EventJudge {
  const judge: EventJudge = { threshold: 0, weights: new Map() };
  text.split('\n').forEach((line, n) => {
    if (line === '' || line.startsWith('#')) return;
    const tab = line.lastIndexOf('\t');
    const value = Number(line.slice(tab + 1));
    if (tab <= 0 || line.slice(tab + 1) === '' || !Number.isFinite(value)) throw new KhabarError('E007', `event judge line ${n + 1}: malformed`);
    const feature = line.slice(0, tab);
    if (feature === 'threshold') judge.threshold = value;
    else judge.weights.set(feature, value);
  });
  return judge;
}

/** Whether `side`'s country is named in the sentence of `anchor` (`y`), elsewhere in paragraph `p` (`n`), or is none (`-`). */
function inSentence(p: ParagraphFacts, side: Side, anchor: KeyedWord): string {
  if (side === null) return '-';
  return p.countries.get(side)?.places.some((x) => x.sentence === anchor.sentence) ? 'y' : 'n';
}

/**
 * A pattern event as the judge reads it; a model's event (`inferred`) by its type, sides and the word it points at
 * (`anchor`: its lemma key, how its clause holds it and that clause's modality) alone — its sides named where the
 * paragraph names their country — as the training's simulation of the model's events knows them.
 */
export function judgedEvent(e: Pick<KhabarEvent, 'type' | 'actor' | 'recipient' | 'modality' | 'quote' | 'inferred' | 'trigger'>, p: ParagraphFacts, anchor?: KeyedWord): JudgedEvent {
  const actor = e.actor?.country ?? null;
  const recipient = e.recipient?.country ?? null;
  if (e.inferred) {
    return {
      type: e.type, actor, recipient, inferred: true, lemma: anchor?.key, actorNamed: actor !== null && p.countries.has(actor), recipientNamed: recipient !== null && p.countries.has(recipient),
      anchorShape: anchor?.shape, anchorModality: anchor?.modality, ...(anchor ? { anchorSides: `${inSentence(p, actor, anchor)}${inSentence(p, recipient, anchor)}`, anchorTable: p.sentenceSides.has(anchor.sentence), anchorQuote: anchor.speaker !== undefined } : {}),
    };
  }
  return {
    type: e.type, actor, recipient, inferred: false, lemma: e.trigger.lemma, modality: e.modality, quote: e.quote !== undefined,
    actorNamed: e.actor?.entity !== undefined, recipientNamed: e.recipient?.entity !== undefined, actorSector: e.actor?.sector, recipientSector: e.recipient?.sector,
  };
}

/**
 * The ranker's first pair per type in paragraph `p`, each type ranked once when first asked (and the ranker built then):
 * what {@link paragraphJudgeFeatures} and {@link alternativeEvents} of one paragraph share.
 */
export function firstPairs(model: EventModel, p: ParagraphFacts, home: string): (type: PloverType) => [Side, Side] {
  let rank: ReturnType<typeof pairRanker> | undefined;
  const ranked = new Map<PloverType, [Side, Side]>();
  return (type) => {
    let pair = ranked.get(type);
    if (!pair) ranked.set(type, (pair = (rank ??= pairRanker(model, p, home))(type)));
    return pair;
  };
}

/**
 * The judge's features of every event of paragraph `p` (`events`, all it keeps: the table's and the model's, and the
 * alternatives weighed beside them), with the paragraph model's probabilities of their types and its ranker's first pair
 * per type (`ranked`).
 */
export function paragraphJudgeFeatures(model: EventModel, p: ParagraphFacts, events: readonly JudgedEvent[], home: string, probabilities: Float64Array = paragraphTypeProbabilities(model, p), ranked = firstPairs(model, p, home)): string[][] {
  return events.map((e) => {
    const sameType = events.filter((x) => x.type === e.type && !x.alt);
    const samePair = sameType.filter((x) => x.actor === e.actor && x.recipient === e.recipient).length;
    return judgeFeatures(p, e, probabilities[PLOVER_TYPES.indexOf(e.type)], ranked(e.type), sameType.length, samePair, home);
  });
}

/**
 * Alternatives to the table's events (`judged`, those not `inferred`): where the model's ranker puts another pair first
 * for the event's type in paragraph `p` (`ranked`) and no event of the paragraph has that pair, the same event with that
 * pair, `of` the index of the event it would replace ({@link judgeDecisions}). The table read `REQUEST IRN → IRN` for
 * `از طرفین خواست` in a paragraph on Baku and Moscow; the ranker's `AZE → RUS` is weighed beside it.
 */
export function alternativeEvents(p: ParagraphFacts, judged: readonly JudgedEvent[], ranked: (type: PloverType) => [Side, Side]): { event: JudgedEvent; of: number }[] {
  const out: { event: JudgedEvent; of: number }[] = [];
  judged.forEach((e, of) => {
    if (e.inferred) return;
    const [a, b] = ranked(e.type);
    if (a === e.actor && b === e.recipient) return;
    if (judged.some((x) => x.type === e.type && x.actor === a && x.recipient === b)) return;
    const alt = a !== e.actor && b !== e.recipient ? 'both' : a !== e.actor ? 'actor' : 'recipient';
    out.push({ of, event: { ...e, actor: a, recipient: b, actorNamed: a !== null && p.countries.has(a), recipientNamed: b !== null && p.countries.has(b), actorSector: a === e.actor ? e.actorSector : undefined, recipientSector: b === e.recipient ? e.recipientSector : undefined, alt } });
  });
  return out;
}

/**
 * Which events the judge keeps, given each event's probability and, for an alternative ({@link alternativeEvents}), the
 * index of the event it would replace: an event at or above `threshold`, but one whose alternative is at or above it and
 * more likely than it, which the alternative replaces. Leave one of 10 groups of writers out, judge at 0.2
 * (`event-model-transfer.js --judge --folds 10`): 7594/9781 → 7672/9932 of 12274, F .689 → .691; alternatives kept beside
 * their events instead (no replacing) gave 7801/10385, F .689.
 */
export function judgeDecisions(probabilities: readonly number[], alternativeOf: readonly (number | undefined)[], threshold: number): boolean[] {
  const keep = probabilities.map((p, i) => p >= threshold && (alternativeOf[i] === undefined || p > probabilities[alternativeOf[i]!]));
  alternativeOf.forEach((of, i) => { if (of !== undefined && keep[i]) keep[of] = false; });
  return keep;
}
