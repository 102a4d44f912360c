import { KhabarError } from '../../doc/errors.js';
import { PLOVER_TYPES, type PloverType } from './event-layer.js';
import type { CountryFacts, ParagraphFacts } from './paragraph-facts.js';

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
  /** Per feature, one weight per PLOVER type (in {@link PLOVER_TYPES} order). */
  types: Map<string, Float64Array>;
  /** Per pair feature, its weight. */
  sides: Map<string, number>;
}

/** The features of a paragraph the type part reads: its content lemmas and the types the table read there. */
export function typeFeatures(p: ParagraphFacts): string[] {
  const features = ['bias', `para:${Math.min(p.index, 3)}`];
  for (const lemma of p.lemmas) features.push(`l:${lemma}`);
  for (const [type, n] of p.ruleTypes) features.push(`rule:${type}`, `rule:${type}:${Math.min(n, 3)}`);
  if (p.ruleTypes.size === 0) features.push('norules');
  if (p.speakers.size > 0) features.push('speaker');
  features.push(`nc:${Math.min(p.countries.size, 4)}`);
  return features;
}

/** Every (actor, recipient) pair the side part ranks: the paragraph's countries, the home country and none. */
export function pairCandidates(p: ParagraphFacts, home: string): [Side, Side][] {
  const sides = [...new Set<Side>([null, home, ...p.countries.keys()])];
  return sides.flatMap((a) => sides.map((b): [Side, Side] => [a, b]));
}

const sideKinds = (c: CountryFacts | undefined, pick: 'kinds' | 'types'): string => (c ? [...c[pick]].sort().join('') : '-');

/** The features of one candidate pair for an event of `type` in paragraph `p`, each also joined with the type. */
export function pairFeatures(p: ParagraphFacts, type: string, a: Side, b: Side, home: string): string[] {
  const ca = a === null ? undefined : p.countries.get(a);
  const cb = b === null ? undefined : p.countries.get(b);
  const rank = (c: Side): string => {
    if (c === null) return 'null';
    const i = p.order.indexOf(c);
    return i < 0 ? 'absent' : `r${Math.min(i, 3)}`;
  };
  const actorClass = a === null ? 'null' : a === home ? 'home' : 'X';
  const recipientClass = b === null ? 'null' : b === home ? 'home' : b === a ? 'same' : 'Y';
  const base = [
    `a:${actorClass}`, `b:${recipientClass}`, `ab:${actorClass}${recipientClass}`, `same:${a !== null && a === b}`, `ar:${rank(a)}`, `br:${rank(b)}`,
    `as:${a !== null && p.speakers.has(a)}`, `bs:${b !== null && p.speakers.has(b)}`,
    `ak:${sideKinds(ca, 'kinds')}`, `bk:${sideKinds(cb, 'kinds')}`, `at:${sideKinds(ca, 'types')}`, `bt:${sideKinds(cb, 'types')}`,
    `nc:${Math.min(p.countries.size, 4)}`,
    `ord:${ca && cb ? (ca.first < cb.first ? 'ab' : ca.first > cb.first ? 'ba' : 'eq') : '-'}`,
    `af:${a !== null && p.firstAgent === a}`, `bf:${b !== null && p.firstAgent === b}`,
  ];
  if (ca) for (const x of ca.context) base.push(`a${x}`);
  if (cb) for (const x of cb.context) base.push(`b${x}`);
  const n = base.length;
  for (let i = 0; i < n; i++) base.push(`${type}|${base[i]}`);
  return base;
}

const TYPE_INDEX = new Map<string, number>(PLOVER_TYPES.map((t, i) => [t, i]));

/** The probability the model gives that paragraph features `features` tell an event of `type`. */
export function typeProbability(model: EventModel, features: readonly string[], type: PloverType): number {
  const i = TYPE_INDEX.get(type)!;
  let s = 0;
  for (const f of features) s += model.types.get(f)?.[i] ?? 0;
  return 1 / (1 + Math.exp(-s));
}

/** The score of one candidate pair. */
export function pairScore(sides: ReadonlyMap<string, number>, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += sides.get(f) ?? 0;
  return s;
}

/** The best-scoring (actor, recipient) pair for an event of `type` in `p` (the first of equal ones). */
export function bestPair(model: EventModel, p: ParagraphFacts, type: string, home: string): [Side, Side] {
  let best: [Side, Side] = [null, null];
  let bestScore = -Infinity;
  for (const pair of pairCandidates(p, home)) {
    const s = pairScore(model.sides, pairFeatures(p, type, pair[0], pair[1], home));
    if (s > bestScore) {
      bestScore = s;
      best = pair;
    }
  }
  return best;
}

/** The events the model reads in `p`: each type the pattern table did not read there whose probability reaches the threshold, with its best pair. */
export function modelPicks(model: EventModel, p: ParagraphFacts, home: string): { type: PloverType; sides: [Side, Side] }[] {
  const features = typeFeatures(p);
  return PLOVER_TYPES.filter((type) => !p.ruleTypes.has(type) && typeProbability(model, features, type) >= model.threshold).map((type) => ({ type, sides: bestPair(model, p, type, home) }));
}

/**
 * Writes a model as text: `#` comment lines (`notes`), `threshold\t0.45`, then `type\tFEATURE\tw0 … w15`
 * and `side\tFEATURE\tw`, weights rounded to four decimals, zero rows left out.
 */
export function formatEventModel(model: EventModel, notes: readonly string[]): string {
  const round = (w: number): string => String(Math.round(w * 1e4) / 1e4);
  const lines = [...notes.map((n) => `# ${n}`), `threshold\t${model.threshold}`];
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
  const model: EventModel = { threshold: 0.5, types: new Map(), sides: new Map() };
  text.split('\n').forEach((line, n) => {
    if (line === '' || line.startsWith('#')) return;
    const [kind, feature, weights] = line.split('\t');
    const bad = (): never => {
      throw new KhabarError('E007', `event model line ${n + 1}: malformed`);
    };
    if (kind === 'threshold') {
      model.threshold = Number(feature);
      if (!Number.isFinite(model.threshold)) bad();
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
