import { fnv1a } from '../../model/feature-hash.js';
import type { HashedPerceptron } from '../../model/hashed-perceptron.js';
import type { Gazetteer, GazetteerEntry, GazetteerNode } from './gazetteer.js';
import { STOP_WORDS } from './function-words.js';
import { matchGazetteer } from './match-gazetteer.js';
import { MAX_FEATURES, type TaggerSentence, tokenFeatures, tokenRows, transitionFeature } from './tagger-features.js';
import type { WordInfo } from './word-info.js';

/** The tagger's classes: IOB over the three name types the treebank marks. */
export const NER_CLASSES = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;

/** What a token gives the tagger: its normalized form, its kind and, when morphology ran, its POS. */
export interface TaggerInput {
  norm: string;
  kind?: string;
  pos?: string;
}

/** Parts of speech of words that never open a name. */
const CLOSED_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'AUX', 'PRON', 'DET', 'PART', 'PUNCT']);

/** Per POS tag: its hash, or `-(hash + 1)` when the tag is closed ({@link CLOSED_POS}); filled on first sight of a tag. */
const POS_CODES = new Map<string, number>();

/** `fnv1a(pos)`, or `-(fnv1a(pos) + 1)` when `pos` is closed. */
function posCode(pos: string): number {
  let code = POS_CODES.get(pos);
  if (code === undefined) {
    code = CLOSED_POS.has(pos) ? -(fnv1a(pos) + 1) : fnv1a(pos);
    if (POS_CODES.size < 1000) POS_CODES.set(pos, code);
  }
  return code;
}

const COARSE: Record<string, string> = {
  country: 'LOC-country', province: 'LOC-city', city: 'LOC-city', region: 'LOC-region', landmark: 'LOC-region',
  organization: 'ORG', misc: 'MISC', title: 'TITLE', rank: 'TITLE', honorific: 'HON', role: 'ROLE', 'given-name': 'GIVEN', demonym: 'DEM', person: 'PER',
};

const classHashes = new WeakMap<readonly GazetteerEntry[], [number, number]>();

/** Hashes of `B:` and `I:` + the entries' coarse classes (`LOC-city|GIVEN`, `?` when all are ambiguous), cached per trie node. */
function gazetteerClass(entries: readonly GazetteerEntry[]): [number, number] {
  let hashes = classHashes.get(entries);
  if (!hashes) {
    const classes = [...new Set(entries.map((e) => COARSE[e.kind]))].sort().join('|') + (entries.every((e) => e.ambiguous) ? '?' : '');
    hashes = [fnv1a(`B:${classes}`) | 0, fnv1a(`I:${classes}`) | 0];
    classHashes.set(entries, hashes);
  }
  return hashes;
}

const roleTables = new WeakMap<Gazetteer, Map<string, number>>();

/**
 * For every word of the gazetteers, the hash of the roles it plays in their phrases: `B:` + the
 * coarse class of phrases it opens, `I:` + of those it continues (`دانشگاه` → `B:ORG`, `ملل` →
 * `I:ORG`); built once per gazetteer by walking its trie.
 */
export function gazetteerWordRoles(gazetteer: Gazetteer): Map<string, number> {
  let table = roleTables.get(gazetteer);
  if (table) return table;
  const roles = new Map<string, Set<string>>();
  const visit = (word: string, node: GazetteerNode, depth: number, path: string[]): void => {
    path[depth] = word;
    if (node.entries.length > 0) {
      const classes = new Set(node.entries.filter((e) => !e.ambiguous).map((e) => COARSE[e.kind]));
      for (let d = 0; d <= depth; d++) {
        let set = roles.get(path[d]);
        if (!set) roles.set(path[d], (set = new Set()));
        for (const c of classes) set.add(`${d === 0 ? 'B' : 'I'}:${c}`);
      }
    }
    for (const [next, child] of node.next) visit(next, child, depth + 1, path);
  };
  for (const [word, node] of gazetteer.root) visit(word, node, 0, []);
  table = new Map();
  for (const [word, set] of roles) if (set.size > 0) table.set(word, fnv1a([...set].sort().join('|')));
  roleTables.set(gazetteer, table);
  return table;
}

/** A run of tokens as the tagger reads them: forms (and POS), keys, word descriptions. */
export interface TaggerTokens {
  tokens: readonly TaggerInput[];
  /** `entityKey` of each token. */
  keys: readonly string[];
  words: readonly WordInfo[];
}

/**
 * Prepares tokens `[from, to)` for the tagger: word descriptions, gazetteer classes (longest
 * phrase first), the words' gazetteer roles, POS and «» context.
 */
export function prepareSentence(input: TaggerTokens, from: number, to: number, gazetteer: Gazetteer): TaggerSentence {
  const n = to - from;
  const roles = gazetteerWordRoles(gazetteer);
  // plain arrays of small integers, filled in order: a typed array of a sentence's length would be
  // memory outside the engine's heap, costlier to make
  const sentence: TaggerSentence = { words: input.words.slice(from, to), gazetteer: [], roles: [], pos: [], quoted: [], closed: [] };
  let quoted = false;
  for (let i = 0; i < n; i++) {
    const token = input.tokens[from + i];
    const pos = token.pos;
    const posCoded = pos ? posCode(pos) : 0;
    sentence.pos.push((posCoded < 0 ? -posCoded - 1 : posCoded) | 0);
    const key = input.keys[from + i];
    // the word's role and stop-word bit, remembered on its (cached) description
    const word = sentence.words[i];
    let stopWord: boolean;
    if (word.key === key) {
      if (word.roleTable !== roles) {
        word.gazetteerRole = (roles.get(key) ?? 0) | 0;
        word.stopWord = STOP_WORDS.has(key);
        word.roleTable = roles;
      }
      sentence.roles.push(word.gazetteerRole as number);
      stopWord = word.stopWord as boolean;
    } else {
      sentence.roles.push((roles.get(key) ?? 0) | 0);
      stopWord = STOP_WORDS.has(key);
    }
    const kind = token.kind;
    sentence.closed.push(kind === 'punct' || kind === 'symbol' || stopWord || posCoded < 0 ? 1 : 0);
    if (token.norm === '»') quoted = false;
    sentence.quoted.push(quoted ? 1 : 0);
    if (token.norm === '«') quoted = true;
    sentence.gazetteer.push(0);
  }
  for (const match of matchGazetteer(gazetteer, input.keys, from, to)) {
    const [begin, inside] = gazetteerClass(match.entries);
    for (let j = match.first; j < match.last; j++) sentence.gazetteer[j - from] = j === match.first ? begin : inside;
  }
  return sentence;
}

/** Whether class `next` may follow class `previous` in IOB (I-X only after B-X or I-X). */
export function allowedAfter(classes: readonly string[], previous: number, next: number): boolean {
  const tag = classes[next];
  if (tag[0] !== 'I') return true;
  if (previous < 0) return false;
  const before = classes[previous];
  return before !== 'O' && before.slice(2) === tag.slice(2);
}

const allowedTables = new WeakMap<readonly string[], Uint8Array>();

/** `allowedAfter` for every pair of classes, as a table: row previous + 1 (0 = sentence start), column next. */
function allowedTable(classes: readonly string[]): Uint8Array {
  let table = allowedTables.get(classes);
  if (!table) {
    const n = classes.length;
    table = new Uint8Array((n + 1) * n);
    for (let previous = -1; previous < n; previous++) for (let next = 0; next < n; next++) table[(previous + 1) * n + next] = allowedAfter(classes, previous, next) ? 1 : 0;
    allowedTables.set(classes, table);
  }
  return table;
}

/**
 * How far below O (in weight units) the best name tag of a token may score before the closed tokens
 * after it are taken as O unscored: a beam that skips 4 in 10 tokens of news at no cost in accuracy
 * on held-apart folds of the training part.
 */
const PRUNE_MARGIN = 8;

/** Scratch space of the decoder, grown as needed and reused across sentences. */
let lattice = new Float32Array(0);
let backPointers = new Int8Array(0);
const emission = new Float32Array(32);
/** Transition scores: row previous + 1 (0 = sentence start), column next; -Infinity where IOB forbids it. */
const transitions = new Float32Array(33 * 32);
const features = new Int32Array(MAX_FEATURES);
const one = new Int32Array(1);
/** One row of transition scores as the model adds them up, before it goes into {@link transitions}. */
const transitionRow = new Float32Array(32);

/**
 * Tags a prepared sentence with the best IOB path (first-order Viterbi: each token's observation
 * features scored once, plus the score of each tag pair, read once per sentence) and returns one
 * class index per token into `model.classes`. An I- tag only follows B- or I- of its type; a
 * closed token (punctuation, function word) is O or continues a name, never opens one, and is O
 * without being scored when the token before it can only be O.
 */
export function tagSentence(model: HashedPerceptron, sentence: TaggerSentence): Uint8Array {
  const n = sentence.words.length;
  const k = model.classes.length;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (lattice.length < n * k) {
    lattice = new Float32Array(n * k * 2);
    backPointers = new Int8Array(n * k * 2);
  }
  const allowed = allowedTable(model.classes);
  for (let previous = -1; previous < k; previous++) {
    const row = (previous + 1) * k;
    transitionRow.fill(0, 0, k);
    one[0] = transitionFeature(previous);
    model.addScores(one, 1, transitionRow);
    for (let c = 0; c < k; c++) transitions[row + c] = allowed[row + c] === 0 ? -Infinity : transitionRow[c];
  }
  const opens = opensTable(model.classes);
  let onlyOutside = true;
  for (let i = 0; i < n; i++) {
    const row = i * k;
    const closed = sentence.closed[i] === 1;
    if (closed && onlyOutside) {
      lattice.fill(-Infinity, row + 1, row + k);
      lattice[row] = i > 0 ? lattice[row - k] : 0;
      backPointers[row] = 0;
      continue;
    }
    emission.fill(0, 0, k);
    model.addMixed(features, tokenRows(sentence, i, features, model), emission);
    onlyOutside = true;
    for (let c = 0; c < k; c++) {
      let best = -Infinity;
      let from = 0;
      if (!(closed && opens[c] === 1)) {
        if (i === 0) {
          best = transitions[c];
          from = -1;
        } else {
          for (let previous = 0; previous < k; previous++) {
            const value = lattice[row - k + previous] + transitions[(previous + 1) * k + c];
            if (value > best) {
              best = value;
              from = previous;
            }
          }
        }
      }
      lattice[row + c] = best + emission[c];
      backPointers[row + c] = from;
    }
    const outside = lattice[row];
    for (let c = 1; c < k; c++) if (lattice[row + c] > outside - PRUNE_MARGIN) onlyOutside = false;
  }
  let best = 0;
  const last = (n - 1) * k;
  for (let c = 1; c < k; c++) if (lattice[last + c] > lattice[last + best]) best = c;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = best;
    best = backPointers[i * k + best];
  }
  return tags;
}

const opensTables = new WeakMap<readonly string[], Uint8Array>();

/** 1 for the classes that open a name (B-), per class index. */
function opensTable(classes: readonly string[]): Uint8Array {
  let table = opensTables.get(classes);
  if (!table) opensTables.set(classes, (table = Uint8Array.from(classes, (c) => (c[0] === 'B' ? 1 : 0))));
  return table;
}

const learnFeatures = new Int32Array(MAX_FEATURES);
const learnTransition = new Int32Array(1);

/**
 * One structured-perceptron step (Collins 2002) on a sentence with gold class indices: decodes it
 * as {@link tagSentence} does at run time and, wherever the path differs from the gold one, moves
 * the observation weights from the guessed tag to the gold tag and the transition weight from
 * the guessed (previous, tag) pair to the gold pair. Returns how many tokens were wrong.
 * Call `model.average()` once after the last pass.
 */
export function learnSentence(model: HashedPerceptron, sentence: TaggerSentence, gold: ArrayLike<number>): number {
  const guess = tagSentence(model, sentence);
  model.tick();
  let wrong = 0;
  for (let i = 0; i < gold.length; i++) {
    const goldPrevious = i > 0 ? gold[i - 1] : -1;
    const guessPrevious = i > 0 ? guess[i - 1] : -1;
    if (gold[i] === guess[i] && goldPrevious === guessPrevious) continue;
    if (gold[i] !== guess[i]) {
      wrong++;
      model.update(learnFeatures, tokenFeatures(sentence, i, learnFeatures), gold[i], guess[i]);
    }
    learnTransition[0] = transitionFeature(goldPrevious);
    model.adjust(learnTransition, 1, gold[i], 1);
    learnTransition[0] = transitionFeature(guessPrevious);
    model.adjust(learnTransition, 1, guess[i], -1);
  }
  return wrong;
}
