import { PLOVER_TYPES, type PloverType } from './event-layer.js';
import {
  type anchorOf, type anchorSideFeatures, candidateSides, type EventModel, JOINT_CODES, jointCode, jointCodeFeatures, LEMMA, ruleUse, type Side, sideKinds,
} from './event-model.js';
import type { KeyedWord, ParagraphFacts } from './paragraph-facts.js';
import { lemmaKey } from './lemma-keys.js';

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
  /**
   * {@link at} by lemma key number ({@link ./lemma-keys.ts}) in numbering {@link numbering}: the offset, -1 for a key
   * with no weights, {@link UNREAD} for a key not looked up yet (each looked up by its string once per numbering).
   */
  byId: Int32Array;
  numbering: number;
}

/** A key number {@link LemmaRows.byId} has not looked up yet. */
const UNREAD = -2;

/** The offset of key number `id` (numbering `numbering`) in `lemmas.weights`, -1 for a key the model has no weights for. */
function lemmaOffset(lemmas: LemmaRows, id: number, numbering: number): number {
  if (numbering !== lemmas.numbering) {
    lemmas.byId.fill(UNREAD);
    lemmas.numbering = numbering;
  }
  if (id >= lemmas.byId.length) {
    const grown = new Int32Array(Math.max(2 * lemmas.byId.length, id + 1)).fill(UNREAD);
    grown.set(lemmas.byId);
    lemmas.byId = grown;
  }
  let offset = lemmas.byId[id];
  if (offset === UNREAD) lemmas.byId[id] = offset = lemmas.at.get(lemmaKey(id, numbering)) ?? -1;
  return offset;
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
    lemmas: { at: new Map(lemmas.map(([lemma], i) => [lemma, i * width])), weights, byId: new Int32Array(1 << 12).fill(UNREAD), numbering: -1 },
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
  const lemmas = lemmaRows(model);
  return anchorFrom(p, keyedRows(lemmas, p), lemmas.weights, TYPE_INDEX.get(type)!);
}

/**
 * Where the lemma row of each word of `p.keyed` starts in `lemmas.weights`, -1 for a key the model has no
 * weights for: looked up once per paragraph, then read for every type an event may point at.
 */
function keyedRows(lemmas: LemmaRows, p: ParagraphFacts): Int32Array {
  const rows = new Int32Array(p.keyed.length);
  for (let k = 0; k < rows.length; k++) rows[k] = lemmaOffset(lemmas, p.keyed[k].keyId, p.lemmaNumbering);
  return rows;
}

/** {@link anchorOf} over the paragraph's {@link keyedRows}: the first keyed word whose row weighs most for type index `t`. */
function anchorFrom(p: ParagraphFacts, rows: Int32Array, weights: Float64Array, t: number): KeyedWord | undefined {
  let best: KeyedWord | undefined;
  let bestWeight = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const at = rows[k];
    if (at >= 0 && weights[at + t] > bestWeight) {
      bestWeight = weights[at + t];
      best = p.keyed[k];
    }
  }
  return best;
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
  const lemmas = rows.lemmas;
  const weights = lemmas.weights;
  const width = sums.length;
  for (const id of p.lemmaIds) {
    const offset = lemmaOffset(lemmas, id, p.lemmaNumbering);
    if (offset >= 0) for (let i = 0; i < width; i++) sums[i] += weights[offset + i];
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
  /** The role's features in the sentence an event points at ({@link anchorSideFeatures}). */
  anchor: AnchorRows;
}

/** One role's rows of {@link anchorSideFeatures}, by what each feature says rather than by its string. */
interface AnchorRows {
  /** `x:null`, `x:out`, `x:before`, `x:after`. */
  none: Float64Array | undefined;
  out: Float64Array | undefined;
  before: Float64Array | undefined;
  after: Float64Array | undefined;
  /** `xq:false`, `xq:true`; `x1:…`; `xr:…`. */
  speaker: (Float64Array | undefined)[];
  first: (Float64Array | undefined)[];
  object: (Float64Array | undefined)[];
  /** `xu:`, `xu:a`, `xu:b`, `xu:ab`: how the table's events of the sentence use the side. */
  used: (Float64Array | undefined)[];
  /** Per preposition, `xp:…|before` and `xp:…|after`, read from `rest` on first need. */
  prepositions: Map<string, (Float64Array | undefined)[]>;
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
  const anchor: AnchorRows = {
    none: rest.get('x:null'), out: rest.get('x:out'), before: rest.get('x:before'), after: rest.get('x:after'),
    speaker: both('xq:'), first: both('x1:'), object: both('xr:'),
    used: ['', 'a', 'b', 'ab'].map((use) => rest.get(`xu:${use}`)),
    prepositions: new Map(), rest,
  };
  return {
    rank: ['null', 'absent', 'r0', 'r1', 'r2', 'r3'].map((rank) => rest.get(`r:${rank}`)),
    speaker: both('s:'), firstAgent: both('f:'),
    kinds: byPrefix(rest, 'k:'), types: byPrefix(rest, 't:'), rest, anchor,
  };
}

/** The rows of `xp:${preposition}|before` and `xp:${preposition}|after` of `rows`. */
function prepositionRows(rows: AnchorRows, preposition: string): (Float64Array | undefined)[] {
  let pair = rows.prepositions.get(preposition);
  if (pair === undefined) rows.prepositions.set(preposition, (pair = [rows.rest.get(`xp:${preposition}|before`), rows.rest.get(`xp:${preposition}|after`)]));
  return pair;
}

/** The first token of the paragraph's countries named in sentence `sentence` (Infinity for none): one side's `x1` feature. */
function firstPlaceIn(p: ParagraphFacts, sentence: number): number {
  let first = Infinity;
  for (const c of p.countries.values()) for (const x of c.places) if (x.sentence === sentence) first = Math.min(first, x.token);
  return first;
}

/**
 * The rows of `anchorSideFeatures(p, role, side, anchor)` that have weights, in their order, read from the role's
 * {@link AnchorRows}; `first` is {@link firstPlaceIn} of the anchor's sentence.
 */
function anchorSideRows(r: AnchorRows, p: ParagraphFacts, side: Side, anchor: KeyedWord, first: number): Float64Array[] {
  const out: Float64Array[] = [];
  const put = (row: Float64Array | undefined): void => {
    if (row) out.push(row);
  };
  if (side === null) {
    put(r.none);
    return out;
  }
  const used = p.sentenceSides.get(anchor.sentence);
  put(r.speaker[anchor.speaker === side ? 1 : 0]);
  put(r.used[(used?.has(`a:${side}`) ? 1 : 0) + (used?.has(`b:${side}`) ? 2 : 0)]);
  let at = -1;
  for (const x of p.countries.get(side)?.places ?? []) {
    if (x.sentence !== anchor.sentence) continue;
    if (at < 0) {
      at = x.token;
      put(at < anchor.first ? r.before : r.after);
      put(r.first[at === first ? 1 : 0]);
    }
    put(prepositionRows(r, x.preposition)[x.token < anchor.first ? 0 : 1]);
    put(r.object[x.object ? 1 : 0]);
  }
  if (at < 0) put(r.out);
  return out;
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

/** What `sideFeatures` (`./event-model.ts`) reads of one side, the same for both roles: found once per side, then read in each role's rows. */
interface SideReading {
  /** Index into {@link RoleRows.rank}. */
  rank: number;
  speaker: number;
  kinds: string;
  types: string;
  firstAgent: number;
  use: string;
  context: ReadonlySet<string> | undefined;
}

function sideReading(p: ParagraphFacts, side: Side): SideReading {
  const c = side === null ? undefined : p.countries.get(side);
  const i = side === null ? -1 : p.order.indexOf(side);
  return {
    rank: side === null ? 0 : i < 0 ? 1 : 2 + Math.min(i, 3),
    speaker: side !== null && p.speakers.has(side) ? 1 : 0,
    kinds: sideKinds(c, 'kinds'),
    types: sideKinds(c, 'types'),
    firstAgent: side !== null && p.firstAgent === side ? 1 : 0,
    use: `u:${ruleUse(p, side)}`,
    context: c?.context,
  };
}

/** The rows of `sideFeatures(p, role, side)` that have weights, in their order, read from the role's rows (`side` read by {@link sideReading}). */
function sideRowsOf(r: RoleRows, side: SideReading): Float64Array[] {
  const out: Float64Array[] = [];
  const put = (row: Float64Array | undefined): void => {
    if (row) out.push(row);
  };
  put(r.rank[side.rank]);
  put(r.speaker[side.speaker]);
  put(r.kinds.get(side.kinds));
  put(r.types.get(side.types));
  put(r.firstAgent[side.firstAgent]);
  put(r.rest.get(side.use));
  if (side.context) for (const x of side.context) put(r.rest.get(x));
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
  const readings = sides.map((side) => sideReading(p, side));
  const actorRows = readings.map((side) => sideRowsOf(rows.roles.a, side));
  const recipientRows = readings.map((side) => sideRowsOf(rows.roles.b, side));
  const jointRows = sides.map((a) => sides.map((b) => {
    const code = jointCode(p, a, b, home);
    return (rows.joint[code] ??= rowsOf(rows, jointCodeFeatures(code)));
  }));
  return (type, anchor = typeAnchor(model, p, type)) => {
    const t = TYPE_INDEX.get(type)!;
    const first = anchor ? firstPlaceIn(p, anchor.sentence) : Infinity;
    const inSentence = (role: 'a' | 'b', side: Side): number => (anchor ? sumRows(anchorSideRows(rows.roles[role].anchor, p, side, anchor, first), t) : 0);
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
  /** The probability of each of {@link PLOVER_TYPES} in the paragraph, in that order. */
  probabilities: Float64Array;
}

/** The model's reading of paragraph `p` (the home country `home` among the sides it ranks). */
export function modelReading(model: EventModel, p: ParagraphFacts, home: string): ModelReading {
  const probabilities = paragraphTypeProbabilities(model, p);
  const dropped = new Set(PLOVER_TYPES.filter((type, i) => p.ruleTypes.has(type) && probabilities[i] < model.floor));
  const types = PLOVER_TYPES.filter((type, i) => !p.ruleTypes.has(type) && probabilities[i] >= model.threshold);
  if (types.length === 0) return { picks: [], anchors: new Map(), dropped, probabilities };
  const lemmas = lemmaRows(model);
  const keyed = keyedRows(lemmas, p);
  const anchors = new Map(types.map((type) => [type, anchorFrom(p, keyed, lemmas.weights, TYPE_INDEX.get(type)!)]));
  const rank = pairRanker(model, p, home);
  const picks = types.map((type) => ({ type, sides: rank(type, anchors.get(type)) }));
  return { picks: picks.filter(({ type, sides }) => addable(p, type, sides)), anchors, dropped, probabilities };
}

/** The events the model adds in `p` ({@link modelReading}'s picks). */
export function modelPicks(model: EventModel, p: ParagraphFacts, home: string): { type: PloverType; sides: [Side, Side] }[] {
  return modelReading(model, p, home).picks;
}
