import { PLOVER_TYPES, type PloverType } from './event-layer.js';
import {
  anchorOf, anchorSideFeatures, candidateSides, type EventModel, JOINT_CODES, jointCode, jointCodeFeatures, LEMMA, ruleUse, type Side, sideKinds,
} from './event-model.js';
import type { KeyedWord, ParagraphFacts } from './paragraph-facts.js';

/**
 * The learned paragraph model ({@link ./event-model.ts}) read at run time: the same scores as its
 * feature lists give, with the weights laid out once per model so that a paragraph builds few strings
 * to look them up — rows by lemma in one array, the type part's fixed features as rows, a side's
 * features by role, a pair's joint features by a class code.
 * @module
 */

const TYPE_INDEX = new Map<string, number>(PLOVER_TYPES.map((t, i) => [t, i]));

/** The probability the model gives that paragraph `p` tells an event of `type`. */
export function typeProbability(model: EventModel, p: ParagraphFacts, type: PloverType): number {
  return paragraphTypeProbabilities(model, p)[TYPE_INDEX.get(type)!];
}

function addRow(sums: Float64Array, w: Float64Array | undefined): void {
  if (w) for (let i = 0; i < sums.length; i++) sums[i] += w[i];
}

function logistic(sums: Float64Array): Float64Array {
  for (let i = 0; i < sums.length; i++) sums[i] = 1 / (1 + Math.exp(-sums[i]));
  return sums;
}

/** A model's lemma rows packed in one array: per lemma (a word's lemma or `lemma_verb`), where its type weights start. */
export interface LemmaRows {
  /** Per lemma, the offset of its {@link PLOVER_TYPES}-many weights in {@link weights}. */
  at: ReadonlyMap<string, number>;
  weights: Float64Array;
}

/** The type part's weights laid out for a paragraph's features (see `otherTypeFeatures` in {@link ./event-model.ts}). */
interface TypeRows {
  lemmas: LemmaRows;
  bias: Float64Array | undefined;
  /** `para:0`…`para:3`. */
  paragraph: (Float64Array | undefined)[];
  /** Per PLOVER type, `rule:T` then `rule:T:0`…`rule:T:3`. */
  rule: Map<string, (Float64Array | undefined)[]>;
  noRules: Float64Array | undefined;
  /** Per PLOVER type, `read:T`. */
  read: Map<string, Float64Array>;
  speaker: Float64Array | undefined;
  /** Per entity type, `et:…`. */
  entityType: Map<string, Float64Array>;
  /** `nc:0`…`nc:4`. */
  countries: (Float64Array | undefined)[];
}

/** Per model, its type rows. */
const typeRowCache = new WeakMap<EventModel, TypeRows>();

/** The rest of every feature of `features` that starts with `prefix`, with its row. */
function byPrefix<W>(features: ReadonlyMap<string, W>, prefix: string): Map<string, W> {
  const out = new Map<string, W>();
  for (const [f, w] of features) if (f.startsWith(prefix)) out.set(f.slice(prefix.length), w);
  return out;
}

function typeRows(model: EventModel): TypeRows {
  let rows = typeRowCache.get(model);
  if (rows) return rows;
  const types = model.types;
  const width = PLOVER_TYPES.length;
  const lemmas = [...byPrefix(types, LEMMA)];
  const weights = new Float64Array(lemmas.length * width);
  lemmas.forEach(([, w], i) => weights.set(w, i * width));
  rows = {
    lemmas: { at: new Map(lemmas.map(([lemma], i) => [lemma, i * width])), weights },
    bias: types.get('bias'),
    paragraph: [0, 1, 2, 3].map((i) => types.get(`para:${i}`)),
    rule: new Map(PLOVER_TYPES.map((type) => [type, [types.get(`rule:${type}`), ...[0, 1, 2, 3].map((n) => types.get(`rule:${type}:${n}`))]])),
    noRules: types.get('norules'),
    read: byPrefix(types, 'read:'),
    speaker: types.get('speaker'),
    entityType: byPrefix(types, 'et:'),
    countries: [0, 1, 2, 3, 4].map((n) => types.get(`nc:${n}`)),
  };
  typeRowCache.set(model, rows);
  return rows;
}

/**
 * The model's lemma rows: per lemma (a word's lemma or `lemma_verb`), its type weights, all in one
 * array (a paragraph's few hundred lemmas read one block each instead of a typed array apiece).
 */
export function lemmaRows(model: EventModel): LemmaRows {
  return typeRows(model).lemmas;
}

/** The word of paragraph `p` an event of `type` points at: the one whose lemma key weighs most for the type ({@link anchorOf}). */
export function typeAnchor(model: EventModel, p: ParagraphFacts, type: PloverType): KeyedWord | undefined {
  const t = TYPE_INDEX.get(type)!;
  const { at, weights } = lemmaRows(model);
  return anchorOf(p, (key) => {
    const offset = at.get(key);
    return offset === undefined ? undefined : weights[offset + t];
  });
}

/**
 * Every type's probability for paragraph `p` at once (in {@link PLOVER_TYPES} order): the rows of
 * its `typeFeatures` in their order, the fixed ones from {@link typeRows}, the lemmas from {@link lemmaRows}.
 */
export function paragraphTypeProbabilities(model: EventModel, p: ParagraphFacts): Float64Array {
  const sums = new Float64Array(PLOVER_TYPES.length);
  const rows = typeRows(model);
  addRow(sums, rows.bias);
  addRow(sums, rows.paragraph[Math.min(p.index, 3)]);
  for (const [type, n] of p.ruleTypes) {
    const rule = rows.rule.get(type);
    if (rule === undefined) for (const f of [`rule:${type}`, `rule:${type}:${Math.min(n, 3)}`]) addRow(sums, model.types.get(f));
    else {
      addRow(sums, rule[0]);
      addRow(sums, rule[1 + Math.min(n, 3)]);
    }
  }
  for (const type of p.readTypes) if (!p.ruleTypes.has(type)) addRow(sums, rows.read.get(type));
  if (p.ruleTypes.size === 0) addRow(sums, rows.noRules);
  if (p.speakers.size > 0) addRow(sums, rows.speaker);
  for (const t of p.entityTypes) addRow(sums, rows.entityType.get(t));
  addRow(sums, rows.countries[Math.min(p.countries.size, 4)]);
  const { at, weights } = rows.lemmas;
  const width = sums.length;
  for (const lemma of p.lemmas) {
    const offset = at.get(lemma);
    if (offset !== undefined) for (let i = 0; i < width; i++) sums[i] += weights[offset + i];
  }
  return logistic(sums);
}

/** Index of a side weight row's slot for features not joined with a type. */
const UNTYPED = PLOVER_TYPES.length;

/** One role's side rows (`a` actor, `b` recipient): per base feature that starts with the role's letter, its row, keyed by the rest. */
interface RoleRows {
  /** `r:null`, `r:absent`, `r:r0`…`r:r3`. */
  rank: (Float64Array | undefined)[];
  /** `s:false`, `s:true`; `f:false`, `f:true`. */
  speaker: (Float64Array | undefined)[];
  firstAgent: (Float64Array | undefined)[];
  /** `k:…`, `t:…`. */
  kinds: Map<string, Float64Array>;
  types: Map<string, Float64Array>;
  /** Every feature of the role, by the rest after its letter (a country's context words: `p:…`). */
  rest: Map<string, Float64Array>;
}

/** A model's side weights as rows: per base feature, its weight joined with each type and alone; by role; per {@link jointCode}, its features' rows. */
interface SideRows {
  byFeature: Map<string, Float64Array>;
  roles: { a: RoleRows; b: RoleRows };
  joint: (Float64Array[] | undefined)[];
}

/** Per model, its side weights as rows. */
const sideRowCache = new WeakMap<EventModel, SideRows>();

function roleRows(byFeature: Map<string, Float64Array>, role: 'a' | 'b'): RoleRows {
  const rest = byPrefix(byFeature, role);
  const both = (prefix: string): (Float64Array | undefined)[] => [rest.get(`${prefix}false`), rest.get(`${prefix}true`)];
  return {
    rank: ['null', 'absent', 'r0', 'r1', 'r2', 'r3'].map((rank) => rest.get(`r:${rank}`)),
    speaker: both('s:'), firstAgent: both('f:'),
    kinds: byPrefix(rest, 'k:'), types: byPrefix(rest, 't:'), rest,
  };
}

function sideRows(model: EventModel): SideRows {
  let rows = sideRowCache.get(model);
  if (rows) return rows;
  const byFeature = new Map<string, Float64Array>();
  for (const [feature, w] of model.sides) {
    const bar = feature.indexOf('|');
    const typed = bar > 0 ? TYPE_INDEX.get(feature.slice(0, bar)) : undefined;
    const base = typed === undefined ? feature : feature.slice(bar + 1);
    let row = byFeature.get(base);
    if (!row) byFeature.set(base, (row = new Float64Array(UNTYPED + 1)));
    row[typed ?? UNTYPED] += w;
  }
  rows = { byFeature, roles: { a: roleRows(byFeature, 'a'), b: roleRows(byFeature, 'b') }, joint: new Array<Float64Array[] | undefined>(JOINT_CODES) };
  sideRowCache.set(model, rows);
  return rows;
}

/** The rows of `features` that have weights, in their order. */
function rowsOf(rows: SideRows, features: readonly string[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const f of features) {
    const row = rows.byFeature.get(f);
    if (row) out.push(row);
  }
  return out;
}

/** The rows of `sideFeatures(p, role, side)` that have weights, in their order, read from the role's rows. */
function sideRowsOf(rows: SideRows, p: ParagraphFacts, role: 'a' | 'b', side: Side): Float64Array[] {
  const r = rows.roles[role];
  const c = side === null ? undefined : p.countries.get(side);
  const i = side === null ? -1 : p.order.indexOf(side);
  const out: Float64Array[] = [];
  const put = (row: Float64Array | undefined): void => {
    if (row) out.push(row);
  };
  put(r.rank[side === null ? 0 : i < 0 ? 1 : 2 + Math.min(i, 3)]);
  put(r.speaker[side !== null && p.speakers.has(side) ? 1 : 0]);
  put(r.kinds.get(sideKinds(c, 'kinds')));
  put(r.types.get(sideKinds(c, 'types')));
  put(r.firstAgent[side !== null && p.firstAgent === side ? 1 : 0]);
  put(r.rest.get(`u:${ruleUse(p, side)}`));
  if (c) for (const x of c.context) put(r.rest.get(x));
  return out;
}

/** A pair's score for type `t` from `list`, its rows: their untyped and typed weights. */
function sumRows(list: readonly Float64Array[], t: number): number {
  let s = 0;
  for (const row of list) s += row[UNTYPED] + row[t];
  return s;
}

/**
 * Ranks the (actor, recipient) pairs of paragraph `p` for any type: the features of each side and of
 * each pair are looked up once (a pair's by its {@link jointCode}, once per model), then a type's score
 * of a pair is the sum of its rows' untyped and typed weights with those of each side in the sentence of
 * the type's {@link typeAnchor} — the score of `pairFeatures` with that anchor.
 * Returns the best pair for a type (the first of equal ones), given the type's anchor where the caller has it already.
 */
export function pairRanker(model: EventModel, p: ParagraphFacts, home: string): (type: PloverType, anchor?: KeyedWord) => [Side, Side] {
  const rows = sideRows(model);
  const sides = candidateSides(p, home);
  const actorRows = sides.map((side) => sideRowsOf(rows, p, 'a', side));
  const recipientRows = sides.map((side) => sideRowsOf(rows, p, 'b', side));
  const jointRows = sides.map((a) => sides.map((b) => {
    const code = jointCode(p, a, b, home);
    return (rows.joint[code] ??= rowsOf(rows, jointCodeFeatures(code)));
  }));
  return (type, anchor = typeAnchor(model, p, type)) => {
    const t = TYPE_INDEX.get(type)!;
    const inSentence = (role: 'a' | 'b', side: Side): number => (anchor ? sumRows(rowsOf(rows, anchorSideFeatures(p, role, side, anchor)), t) : 0);
    const actor = actorRows.map((list, i) => sumRows(list, t) + inSentence('a', sides[i]));
    const recipient = recipientRows.map((list, i) => sumRows(list, t) + inSentence('b', sides[i]));
    let best: [Side, Side] = [null, null];
    let bestScore = -Infinity;
    for (let i = 0; i < sides.length; i++) {
      for (let j = 0; j < sides.length; j++) {
        const s = actor[i] + recipient[j] + sumRows(jointRows[i][j], t);
        if (s > bestScore) {
          bestScore = s;
          best = [sides[i], sides[j]];
        }
      }
    }
    return best;
  };
}

/** The entity type of a body of no country (`سازمان ملل`، `اتحادیه اروپا`): where one is named, a side may be empty. */
const INTERNATIONAL = 'ORG:international';

/**
 * Whether the model may add an event of `type` with `sides` in paragraph `p`: none where the paragraph names no country's
 * party (its sides could only be guessed: writer-disjoint folds, 0 right of 17); else both sides named, or a side left
 * empty where that is how the guide codes it — a deployment or an exercise with no recipient (MOBILIZE), or a body of no
 * country named in the paragraph ({@link INTERNATIONAL}). Leave one writer out, the other pairs with an empty side were
 * wrong nine times in ten (141 of 158).
 */
function addable(p: ParagraphFacts, type: PloverType, [a, b]: [Side, Side]): boolean {
  if (p.countries.size === 0) return false;
  return (a !== null && b !== null) || type === 'MOBILIZE' || p.entityTypes.has(INTERNATIONAL);
}

/** What the model reads in a paragraph: the events it adds and the types whose pattern events it drops. */
export interface ModelReading {
  /**
   * Each type the pattern table did not read there whose probability reaches the threshold, with its best pair
   * (none where that pair leaves a side empty and {@link addable} finds no reason for it).
   */
  picks: { type: PloverType; sides: [Side, Side] }[];
  /** The word each picked type's event points at ({@link typeAnchor}), found once for ranking and pointing. */
  anchors: Map<PloverType, KeyedWord | undefined>;
  /** Each type the pattern table read there whose probability falls below the model's floor. */
  dropped: Set<PloverType>;
}

/** The model's reading of paragraph `p` (the home country `home` among the sides it ranks). */
export function modelReading(model: EventModel, p: ParagraphFacts, home: string): ModelReading {
  const probabilities = paragraphTypeProbabilities(model, p);
  const dropped = new Set(PLOVER_TYPES.filter((type, i) => p.ruleTypes.has(type) && probabilities[i] < model.floor));
  const types = PLOVER_TYPES.filter((type, i) => !p.ruleTypes.has(type) && probabilities[i] >= model.threshold);
  const anchors = new Map(types.map((type) => [type, typeAnchor(model, p, type)]));
  if (types.length === 0) return { picks: [], anchors, dropped };
  const rank = pairRanker(model, p, home);
  const picks = types.map((type) => ({ type, sides: rank(type, anchors.get(type)) }));
  return { picks: picks.filter(({ type, sides }) => addable(p, type, sides)), anchors, dropped };
}

/** The events the model adds in `p` ({@link modelReading}'s picks). */
export function modelPicks(model: EventModel, p: ParagraphFacts, home: string): { type: PloverType; sides: [Side, Side] }[] {
  return modelReading(model, p, home).picks;
}
