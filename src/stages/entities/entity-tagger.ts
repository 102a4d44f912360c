import { fnv1a } from '../../model/feature-hash.js';
import type { HashedPerceptron } from '../../model/hashed-perceptron.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { STOP_WORDS } from './function-words.js';
import { matchGazetteer } from './match-gazetteer.js';
import { MAX_FEATURES, type TaggerSentence, tokenFeatures } from './tagger-features.js';
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
    hashes = [fnv1a(`B:${classes}`), fnv1a(`I:${classes}`)];
    classHashes.set(entries, hashes);
  }
  return hashes;
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
 * phrase first), POS and «» context.
 */
export function prepareSentence(input: TaggerTokens, from: number, to: number, gazetteer: Gazetteer): TaggerSentence {
  const n = to - from;
  const sentence: TaggerSentence = { words: input.words.slice(from, to), gazetteer: new Array(n).fill(0), pos: new Array(n), quoted: new Array(n), closed: new Uint8Array(n) };
  let quoted = false;
  for (let i = 0; i < n; i++) {
    const token = input.tokens[from + i];
    sentence.pos[i] = token.pos ? fnv1a(token.pos) : 0;
    const kind = token.kind;
    if (kind === 'punct' || kind === 'symbol' || STOP_WORDS.has(input.keys[from + i]) || (token.pos !== undefined && CLOSED_POS.has(token.pos))) sentence.closed[i] = 1;
    if (token.norm === '»') quoted = false;
    sentence.quoted[i] = quoted;
    if (token.norm === '«') quoted = true;
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
 * Tags a prepared sentence left to right (greedy, each decision seeing the two before it) and
 * returns one class index per token into `model.classes`; an I- tag never follows O, and a
 * closed token (punctuation, function word) after O is O without being scored.
 */
export function tagSentence(model: HashedPerceptron, sentence: TaggerSentence): Uint8Array {
  const n = sentence.words.length;
  const k = model.classes.length;
  const allowed = allowedTable(model.classes);
  const tags = new Uint8Array(n);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float32Array(k);
  for (let i = 0; i < n; i++) {
    const previous = i > 0 ? tags[i - 1] : -1;
    if (sentence.closed[i] === 1 && previous <= 0) continue;
    const count = tokenFeatures(sentence, i, previous, i > 1 ? tags[i - 2] : -1, features);
    scores.fill(0);
    model.addScores(features, count, scores);
    const row = (previous + 1) * k;
    let best = 0;
    for (let c = 1; c < k; c++) if (scores[c] > scores[best] && allowed[row + c] === 1) best = c;
    tags[i] = best;
  }
  return tags;
}
