import { KhabarError } from '../../doc/errors.js';
import { PLOVER_TYPES } from './event-layer.js';
import { type CountryFacts, type KeyedWord, paragraphLemmas, type ParagraphFacts } from './paragraph-facts.js';

/**
 * The learned paragraph model of events (`data/events/event-model.txt`, made by
 * `scripts/train-events.ts` from the sample reports' `tune` gold): writers tell many events no
 * trigger phrase carries — a deal told through its terms, pressure through what a side must do, an
 * attack through its victims. Two parts:
 * - **types**: per PLOVER type, logistic weights over a paragraph's features ({@link typeFeatures}):
 *   how likely the paragraph tells an event of that type;
 * - **sides**: averaged-perceptron weights ranking (actor country, recipient country) pairs among the
 *   countries the paragraph names, the home country and none ({@link pairFeatures}).
 * @module
 */

/** A side of a candidate event: a country code, or null for a side no country is given. */
export type Side = string | null;

export interface EventModel {
  /** Probability at or above which a type the pattern table did not read becomes an event. */
  threshold: number;
  /** Probability below which the events the pattern table read of a type in a paragraph are dropped (0: none is). */
  floor: number;
  /** Per feature, one weight per PLOVER type (in {@link PLOVER_TYPES} order). */
  types: Map<string, Float64Array>;
  /** Per pair feature, its weight. */
  sides: Map<string, number>;
}

/** The features of a paragraph the type part reads: its content lemmas and the types the table read there. */
export function typeFeatures(p: ParagraphFacts): string[] {
  const features = otherTypeFeatures(p);
  for (const lemma of paragraphLemmas(p)) features.push(`${LEMMA}${lemma}`);
  return features;
}

/** A lemma feature's prefix: `l:دیدار_کرد`. */
export const LEMMA = 'l:';

/**
 * The type features of a paragraph but its lemmas: its place, the types the table read (and those whose
 * triggers it read but kept no event of: `read:T`), who speaks, what it names.
 */
export function otherTypeFeatures(p: ParagraphFacts): string[] {
  const features = ['bias', `para:${Math.min(p.index, 3)}`];
  for (const [type, n] of p.ruleTypes) features.push(`rule:${type}`, `rule:${type}:${Math.min(n, 3)}`);
  for (const type of p.readTypes) if (!p.ruleTypes.has(type)) features.push(`read:${type}`);
  if (p.ruleTypes.size === 0) features.push('norules');
  if (p.speakers.size > 0) features.push('speaker');
  for (const t of p.entityTypes) features.push(`et:${t}`);
  features.push(`nc:${Math.min(p.countries.size, 4)}`);
  return features;
}

/** The sides a pair may take: none, the home country and the paragraph's countries. */
export function candidateSides(p: ParagraphFacts, home: string): Side[] {
  return [...new Set<Side>([null, home, ...p.countries.keys()])];
}

/** Every (actor, recipient) pair the side part ranks: the paragraph's countries, the home country and none. */
export function pairCandidates(p: ParagraphFacts, home: string): [Side, Side][] {
  const sides = candidateSides(p, home);
  return sides.flatMap((a) => sides.map((b): [Side, Side] => [a, b]));
}

/** A side's mention kinds or entity types as one key (`aliasname`), `-` for a side the paragraph does not name. */
export const sideKinds = (c: CountryFacts | undefined, pick: 'kinds' | 'types'): string => (c ? [...c[pick]].sort().join('') : '-');

/** How the table's events of the paragraph use a side: `a` as an actor, `b` as a recipient, `ab` as both, `` as neither. */
export function ruleUse(p: ParagraphFacts, side: Side): string {
  const key = side ?? '-';
  return `${p.ruleSides.has(`a:${key}`) ? 'a' : ''}${p.ruleSides.has(`b:${key}`) ? 'b' : ''}`;
}

/**
 * The features of one side of a candidate pair alone (`a` the actor's, `b` the recipient's): where and how its country is
 * named, and how the table's events of the paragraph use it (`au:b`: the actor candidate is a table event's recipient).
 */
export function sideFeatures(p: ParagraphFacts, role: 'a' | 'b', side: Side): string[] {
  const c = side === null ? undefined : p.countries.get(side);
  const i = side === null ? -1 : p.order.indexOf(side);
  const rank = side === null ? 'null' : i < 0 ? 'absent' : `r${Math.min(i, 3)}`;
  const features = [`${role}r:${rank}`, `${role}s:${side !== null && p.speakers.has(side)}`, `${role}k:${sideKinds(c, 'kinds')}`, `${role}t:${sideKinds(c, 'types')}`, `${role}f:${side !== null && p.firstAgent === side}`, `${role}u:${ruleUse(p, side)}`];
  if (c) for (const x of c.context) features.push(`${role}${x}`);
  return features;
}

/** Classes of a pair's actor (none, home, another country), recipient (none, home, the actor's, another) and order of mention. */
const ACTOR_CLASSES = ['null', 'home', 'X'];
const RECIPIENT_CLASSES = ['null', 'home', 'same', 'Y'];
const ORDERS = ['-', 'ab', 'ba', 'eq'];
/** How many numbers {@link jointCode} gives: actor class × recipient class × country count (0–4) × order × whether a table event has the pair. */
export const JOINT_CODES = ACTOR_CLASSES.length * RECIPIENT_CLASSES.length * 5 * ORDERS.length * 2;

/** All that {@link jointFeatures} reads of a candidate pair, as one number below {@link JOINT_CODES}. */
export function jointCode(p: ParagraphFacts, a: Side, b: Side, home: string): number {
  const ca = a === null ? undefined : p.countries.get(a);
  const cb = b === null ? undefined : p.countries.get(b);
  const actor = a === null ? 0 : a === home ? 1 : 2;
  const recipient = b === null ? 0 : b === home ? 1 : b === a ? 2 : 3;
  const order = ca && cb ? (ca.first < cb.first ? 1 : ca.first > cb.first ? 2 : 3) : 0;
  const rulePair = p.ruleSides.has(`ab:${a ?? '-'}>${b ?? '-'}`) ? 1 : 0;
  return (((actor * RECIPIENT_CLASSES.length + recipient) * 5 + Math.min(p.countries.size, 4)) * ORDERS.length + order) * 2 + rulePair;
}

/** The features of the pairs of {@link jointCode} `code` (the same side twice is a home–home or an X–same pair; `rp:1` a table event's pair). */
export function jointCodeFeatures(whole: number): string[] {
  const rulePair = whole % 2;
  const code = Math.floor(whole / 2);
  const order = ORDERS[code % ORDERS.length];
  const countries = Math.floor(code / ORDERS.length) % 5;
  const classes = Math.floor(code / ORDERS.length / 5);
  const actorClass = ACTOR_CLASSES[Math.floor(classes / RECIPIENT_CLASSES.length)];
  const recipientClass = RECIPIENT_CLASSES[classes % RECIPIENT_CLASSES.length];
  const same = (actorClass === 'home' && recipientClass === 'home') || recipientClass === 'same';
  return [`a:${actorClass}`, `b:${recipientClass}`, `ab:${actorClass}${recipientClass}`, `same:${same}`, `nc:${countries}`, `ord:${order}`, `rp:${rulePair}`];
}

/** The features of a candidate pair that need both sides: their classes (home, another country, the same, none) and order. */
function jointFeatures(p: ParagraphFacts, a: Side, b: Side, home: string): string[] {
  return jointCodeFeatures(jointCode(p, a, b, home));
}

/**
 * Where an event of a type points in paragraph `p`: the word (or word + verb) whose lemma key weighs most for the type
 * by `weight` (undefined: a key the model has no weight for), the first of equal ones; none when no key has a weight.
 */
export function anchorOf(p: ParagraphFacts, weight: (key: string) => number | undefined): KeyedWord | undefined {
  let best: KeyedWord | undefined;
  let bestWeight = -Infinity;
  for (const word of p.keyed) {
    const w = weight(word.key);
    if (w !== undefined && w > bestWeight) {
      bestWeight = w;
      best = word;
    }
  }
  return best;
}

/**
 * The features of one side (`a` the actor's, `b` the recipient's) in the sentence an event points at (`anchor`): whether its
 * country is named there (`ax:out`), before or after the anchor word, first of the sentence's countries, in a preposition's
 * phrase (`axp:به`) or before `را` (`axr:true`); whether it speaks the quote the word stands in (`axq:true`) and how the
 * table's events of that sentence use it (`axu:a`). `وزیر خارجه ترکیه ایران را متهم کرد` anchored at `متهم`: TUR
 * `ax:before`، `ax1:true`; IRN `axr:true`.
 */
export function anchorSideFeatures(p: ParagraphFacts, role: 'a' | 'b', side: Side, anchor: KeyedWord): string[] {
  if (side === null) return [`${role}x:null`];
  const used = p.sentenceSides.get(anchor.sentence);
  const features = [`${role}xq:${anchor.speaker === side}`, `${role}xu:${used?.has(`a:${side}`) ? 'a' : ''}${used?.has(`b:${side}`) ? 'b' : ''}`];
  const places = p.countries.get(side)?.places.filter((x) => x.sentence === anchor.sentence) ?? [];
  if (places.length === 0) {
    features.push(`${role}x:out`);
    return features;
  }
  let first = Infinity;
  for (const c of p.countries.values()) for (const x of c.places) if (x.sentence === anchor.sentence) first = Math.min(first, x.token);
  const at = places[0].token;
  const where = at < anchor.first ? 'before' : 'after';
  features.push(`${role}x:${where}`, `${role}x1:${at === first}`);
  for (const x of places) features.push(`${role}xp:${x.preposition}|${x.token < anchor.first ? 'before' : 'after'}`, `${role}xr:${x.object}`);
  return features;
}

/** The anchor features of a candidate pair ({@link anchorSideFeatures} of both sides), each also joined with the type. */
export function anchorPairFeatures(p: ParagraphFacts, type: string, a: Side, b: Side, anchor: KeyedWord | undefined): string[] {
  if (!anchor) return [];
  return typed(type, [...anchorSideFeatures(p, 'a', a, anchor), ...anchorSideFeatures(p, 'b', b, anchor)]);
}

/** `features` followed by each joined with `type` (`CONSULT|ab:homeY`). */
function typed(type: string, features: string[]): string[] {
  const n = features.length;
  for (let i = 0; i < n; i++) features.push(`${type}|${features[i]}`);
  return features;
}

/**
 * The features of one candidate pair for an event of `type` in paragraph `p`, each also joined with the type: the pair's
 * classes, each side's, and with `anchor` (the word the event points at) each side's in its sentence.
 */
export function pairFeatures(p: ParagraphFacts, type: string, a: Side, b: Side, home: string, anchor?: KeyedWord): string[] {
  return [...typed(type, [...jointFeatures(p, a, b, home), ...sideFeatures(p, 'a', a), ...sideFeatures(p, 'b', b)]), ...anchorPairFeatures(p, type, a, b, anchor)];
}

/**
 * Writes a model as text: `#` comment lines (`notes`), `threshold\t0.45`, `floor\t0.05` (left out when 0), then `type\tFEATURE\tw0 … w15`
 * and `side\tFEATURE\tw`, weights rounded to four decimals, zero rows left out.
 */
export function formatEventModel(model: EventModel, notes: readonly string[]): string {
  const round = (w: number): string => String(Math.round(w * 1e4) / 1e4);
  const lines = [...notes.map((n) => `# ${n}`), `threshold\t${model.threshold}`, ...(model.floor > 0 ? [`floor\t${model.floor}`] : [])];
  for (const [f, w] of [...model.types].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (w.every((x) => Math.round(x * 1e4) === 0)) continue;
    lines.push(`type\t${f}\t${[...w].map(round).join(' ')}`);
  }
  for (const [f, w] of [...model.sides].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (Math.round(w * 1e4) === 0) continue;
    lines.push(`side\t${f}\t${round(w)}`);
  }
  return lines.join('\n') + '\n';
}

/** Parses {@link formatEventModel}'s text; pure. @throws KhabarError E007 on a malformed line. */
export function parseEventModel(text: string): EventModel {
  const model: EventModel = { threshold: 0.5, floor: 0, types: new Map(), sides: new Map() };
  text.split('\n').forEach((line, n) => {
    if (line === '' || line.startsWith('#')) return;
    const [kind, feature, weights] = line.split('\t');
    const bad = (): never => {
      throw new KhabarError('E007', `event model line ${n + 1}: malformed`);
    };
    if (kind === 'threshold' || kind === 'floor') {
      const value = Number(feature);
      if (feature === '' || !Number.isFinite(value)) bad();
      model[kind] = value;
    } else if (kind === 'type' && weights !== undefined) {
      const w = Float64Array.from(weights.split(' ').map(Number));
      if (w.length !== PLOVER_TYPES.length || w.some((x) => !Number.isFinite(x))) bad();
      model.types.set(feature, w);
    } else if (kind === 'side' && weights !== undefined) {
      const w = Number(weights);
      if (!Number.isFinite(w)) bad();
      model.sides.set(feature, w);
    } else bad();
  });
  return model;
}
