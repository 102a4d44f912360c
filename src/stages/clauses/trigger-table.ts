import type { Token } from '../../doc/doc.js';
import type { VerbTable } from '../../lexicon/verbs.js';
import { matchKey, NOUN_ENDINGS, nounStem, tokenKeys } from './match-key.js';
import { FUTURE_AUXILIARIES, GLUED_FUTURE, verbLemma } from './verb-lemma.js';

/**
 * A lemma-keyed phrase: words before the verb and the verb's lemma, with data attached. A `*` among
 * the words stands for up to {@link GAP} tokens (`خواستار * شد`), a `**` for up to {@link LONG_GAP} (for a
 * head that asks for a long object and is found with no other verb: `خواستار ** شد`); a phrase with no verb
 * (written with a leading `=`: `=در دیدار با`) is stored under the verb `''` and matches on its own.
 */
export interface Trigger<T> {
  /** The words before the verb, as match keys; a gap is `*` whatever its length. */
  words: string[];
  verb: string;
  data: T;
  /** The most tokens its `*` may stand for, when not {@link GAP}. */
  gap?: number;
}

/** The most tokens a `*` in a trigger may stand for. */
const GAP = 10;
/** The most tokens a `**` may stand for: what is asked for after `خواستار` runs to twenty words and more. */
const LONG_GAP = 30;
/** Marks a `*` does not stand across: the end of a sentence or the colon before what is said (`حکم گفت: ما به رأی ... اعتراض خواهیم کرد`). */
const GAP_BREAKS: ReadonlySet<string> = new Set([':', '؛', '.', '!', '؟']);

/** Whether `key` is one of {@link GAP_BREAKS} (all of one letter: most keys are ruled out by their length). */
function isGapBreak(key: string): boolean {
  return key.length === 1 && GAP_BREAKS.has(key);
}

/** A trigger found in a token list: the tokens `[first, verb]` and the verb's index. */
export interface TriggerMatch<T> {
  trigger: Trigger<T>;
  first: number;
  verb: number;
}

/** Words that may stand between a compound verb's nominal part and its light verb (a future auxiliary, negated too: `امضا نخواهد کرد`). */
const BETWEEN = new Set([...FUTURE_AUXILIARIES, 'را', 'نیز', 'هم']);

/**
 * Parses a trigger table (`phrase<TAB>field<TAB>field...`, `#` comments): the phrase's last word is a
 * verb lemma, the others are the nominal part. `build` turns the remaining columns into data.
 */
export function parseTriggerTable<T>(tsv: string, build: (columns: string[]) => T): Map<string, Trigger<T>[]> {
  const byVerb = new Map<string, Trigger<T>[]>();
  for (const line of tsv.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const columns = line.replace(/\r$/, '').split('\t');
    const phrase = columns[0].trim();
    const written = phrase.replace(/^=/, '').split(/\s+/);
    const words = written.map((word) => (word === '*' || word === '**' ? '*' : matchKey(word)));
    const verb = phrase.startsWith('=') ? '' : (words.pop() as string);
    const trigger: Trigger<T> = { words, verb, data: build(columns.slice(1).map((c) => c.trim())), ...(written.includes('**') ? { gap: LONG_GAP } : {}) };
    const list = byVerb.get(verb) ?? [];
    list.push(trigger);
    list.sort((a, b) => b.words.length - a.words.length);
    byVerb.set(verb, list);
  }
  return byVerb;
}

/**
 * Finds the triggers in `tokens[from, to)`: each verb token whose lemma starts a list, with the
 * longest nominal part that precedes it (a future auxiliary or را may sit between: `سفر خواهد کرد`).
 * `تفاهم‌نامه را امضا کردند` matches `امضا کرد`.
 */
export function findTriggers<T>(tokens: Token[], from: number, to: number, table: Map<string, Trigger<T>[]>, verbs?: VerbTable, options: TriggerOptions = {}): TriggerMatch<T>[] {
  const found: TriggerMatch<T>[] = [];
  const keys = tokenKeys(tokens);
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    // when the tagger ran, the verb must be tagged as one (کشتی is not کشت), or be a bare past stem tagged as a proper
    // noun: after a name the tagger may run the name on over the verb (`از شورای امنیت سازمان ملل خواست`)
    if (token.kind !== 'word' || (token.pos && token.pos !== 'VERB' && token.pos !== 'AUX' && !(token.pos === 'PROPN' && token.lemma === token.norm))) continue;
    // the future auxiliary (خواهد کرد) is not the verb خواستن, nor گفت in گفت و گو the verb گفتن
    if (FUTURE_AUXILIARIES.has(keys[i]) || isDialogueNoun(keys, i)) continue;
    const candidates = table.get(tableLemma(keys[i], verbLemma(token, verbs), table, GLUED_FUTURE.get(keys[i - 1] ?? '')?.preverb));
    if (!candidates) continue;
    const rows = rowsOf(candidates);
    const match = rowMatch(keys, from, i, rows, options.headEndings);
    if (match) found.push(match);
    else if (options.adjectives) {
      // a compound with its nominal part qualified (`مذاکره مستقیم نخواهد کرد`): read past the adjectives
      const before = beforeAdjectives(tokens, keys, from, i, options.adjectives);
      const qualified = before > 0 ? rowMatch(keys, from, before, rows.plainTails()) : undefined;
      if (qualified) found.push({ ...qualified, verb: i });
    }
  }
  return found;
}

/** Preverbs a lemma may have lost (`درآورده` → `آورد`), as match keys. */
const PREVERBS = ['در', 'بر', 'فرا', 'فرو', 'باز'];
/** The copula's forms, read as the lemma `بود` the tables are written with (`معترض است` for `معترض بود`). */
const COPULA: ReadonlyMap<string, string> = new Map([['است', 'بود'], ['هست', 'بود']]);

/**
 * The lemma a verb token is looked up under in `table`: its preverb put back when the table has that verb
 * (`از پای درآورده است` → `درآورد`, not `آورد`; `glued`, the preverb of a future auxiliary before it:
 * `درخواهد آورد` → `درآورد`), the copula as `بود`, else the lemma itself.
 */
function tableLemma<T>(key: string, lemma: string, table: Map<string, Trigger<T>[]>, glued?: string): string {
  if (glued && !lemma.startsWith(glued) && table.has(glued + lemma)) return glued + lemma;
  for (const preverb of PREVERBS) if (key.startsWith(preverb) && !lemma.startsWith(preverb) && table.has(preverb + lemma)) return preverb + lemma;
  return COPULA.get(lemma) ?? lemma;
}

/** How {@link findTriggers} reads. */
export interface TriggerOptions {
  /**
   * How many adjectives may stand between a compound's nominal part and its light verb (`مذاکره مستقیم
   * نخواهد کرد`، `حمایت کامل کرد`), tried only when no trigger matches without them. None by default.
   */
  adjectives?: number;
  /** Whether the word before a `*` may carry a noun ending (`توافقی` for `توافق * حاصل شد`), tried when no row matches as written. */
  headEndings?: boolean;
}

/**
 * The longest of `rows` whose words end right before `verb` (its head, if any, within the gap before
 * them); of rows as long, the one whose match starts first, so the object of a verb of calling wins over its
 * predicate (`اتهامات را «غیرمنصفانه» خواند` is the charge rejected). With `endings`, a head read exactly is
 * preferred, then one whose last word carries a noun ending (`توافقی ... حاصل شد` for `توافق * حاصل شد`).
 */
function rowMatch<T>(keys: readonly string[], from: number, verb: number, rows: TriggerRows<T>, endings = false): TriggerMatch<T> | undefined {
  const tails = rows.tailsBefore(keys, from, verb);
  return longestRow(keys, from, verb, tails, false) ?? (endings ? longestRow(keys, from, verb, tails, true) : undefined);
}

/** One pass of {@link rowMatch} over the rows whose tails end before the verb (`tails`): heads read exactly, or (`endings`) only heads with a noun ending. */
function longestRow<T>(keys: readonly string[], from: number, verb: number, tails: readonly TailMatch<T>[], endings: boolean): TriggerMatch<T> | undefined {
  let best: TriggerMatch<T> | undefined;
  for (const { row, first: tailFirst } of tails) {
    if (best && row.length < best.trigger.words.length) break;
    if (endings && row.head === undefined) continue;
    let first = tailFirst;
    if (row.head !== undefined) first = matchHead(keys, Math.max(from, first - row.gap), first, row.head, endings);
    if (first >= 0 && (!best || first < best.first)) best = { trigger: row.trigger, first, verb };
  }
  return best;
}

/**
 * Where the nominal part would end if the adjectives right before the verb (at most `most`; a future
 * auxiliary may stand between them and it) were left out: the index after it, or -1 when no adjective stands there
 * or a word that may stand between (را) comes next — `تحریم‌ها را بی‌اثر کرد` is no sanction.
 */
function beforeAdjectives(tokens: Token[], keys: readonly string[], from: number, verb: number, most: number): number {
  let j = verb - 1;
  while (j >= from && FUTURE_AUXILIARIES.has(keys[j])) j--;
  let skipped = 0;
  while (j >= from && skipped < most && tokens[j].pos === 'ADJ' && !BETWEEN.has(keys[j])) {
    j--;
    skipped++;
  }
  return skipped === 0 || j < from || BETWEEN.has(keys[j]) ? -1 : j + 1;
}

/** A trigger with its nominal part as joined keys: after its `*` (or all of it), and before the `*` when there is one. */
interface Row<T> {
  trigger: Trigger<T>;
  /** The trigger's word count (`*` included): longer rows are tried first. */
  length: number;
  /** undefined when no word follows the `*` (the verb itself ends the match). */
  tail: string | undefined;
  head: string | undefined;
  /** The most tokens its `*` may stand for. */
  gap: number;
}

/** A row whose tail ends right before a verb, with the token its tail starts at (the verb itself for a row with no tail). */
interface TailMatch<T> {
  row: Row<T>;
  first: number;
}

/** A node of a trie of tails read backwards, letter by letter from their last: the rows whose tail ends here (by index). */
interface TailNode {
  next: Map<number, TailNode>;
  rows: number[];
}

/**
 * One verb's rows of a table (in the table's order), with their tails in a trie read backwards: the
 * keys before a verb are walked letter by letter from the verb, and only the rows whose whole tail
 * they spell are compared further — of the hundreds of rows under `کرد`, those that match, found in
 * one walk instead of one comparison each.
 */
class TriggerRows<T> {
  private readonly rows: readonly Row<T>[];
  /** Indexes of the rows with no tail (they match at the verb itself). */
  private readonly noTail: readonly number[];
  private readonly tails: TailNode = { next: new Map(), rows: [] };
  /** Scratch of {@link tailsBefore}: per row, where its tail starts before the verb being read, or -1. */
  private readonly firstAt: Int32Array;
  private plain: TriggerRows<T> | undefined;

  constructor(rows: readonly Row<T>[]) {
    this.rows = rows;
    this.firstAt = new Int32Array(rows.length).fill(-1);
    const noTail: number[] = [];
    rows.forEach((row, i) => {
      if (row.tail === undefined) {
        noTail.push(i);
        return;
      }
      let node = this.tails;
      for (let c = row.tail.length - 1; c >= 0; c--) {
        const code = row.tail.charCodeAt(c);
        let next = node.next.get(code);
        if (next === undefined) node.next.set(code, (next = { next: new Map(), rows: [] }));
        node = next;
      }
      node.rows.push(i);
    });
    this.noTail = noTail;
  }

  /**
   * The rows (in the table's order) that end right before `verb`, each with where its tail starts as
   * {@link matchBefore} finds it: the rows with no tail, and those whose tail the keys before the verb
   * spell (after the words that may stand between, را، نیز or a future auxiliary, that the tail does not end with).
   */
  tailsBefore(keys: readonly string[], from: number, verb: number): TailMatch<T>[] {
    const firstAt = this.firstAt;
    const found = [...this.noTail];
    for (const i of found) firstAt[i] = verb;
    // a walk from each word that may end a tail: the verb's neighbour, and past each word that may stand between
    for (let start = verb - 1; start >= from; start--) {
      this.walk(keys, from, verb, start, found);
      if (!BETWEEN.has(keys[start])) break;
    }
    if (found.length > this.noTail.length) sortAscending(found);
    const matches = found.map((i): TailMatch<T> => ({ row: this.rows[i], first: firstAt[i] }));
    for (const i of found) firstAt[i] = -1;
    return matches;
  }

  /**
   * Walks the trie over the keys from `start` back to `from`, and notes in {@link firstAt} (and `found`) each row whose
   * tail ends at a word's start, if that tail is read from `start`: it ends with none of the words skipped between `start` and the verb.
   */
  private walk(keys: readonly string[], from: number, verb: number, start: number, found: number[]): void {
    let node: TailNode | undefined = this.tails;
    for (let j = start; j >= from; j--) {
      const key = keys[j];
      for (let c = key.length - 1; c >= 0 && node !== undefined; c--) node = node.next.get(key.charCodeAt(c));
      if (node === undefined) return;
      for (const i of node.rows) {
        if (this.firstAt[i] >= 0) continue;
        const tail = this.rows[i].tail as string;
        let skipped = false;
        for (let b = start + 1; b < verb && !skipped; b++) skipped = tail.endsWith(keys[b]);
        if (skipped) continue;
        this.firstAt[i] = j;
        found.push(i);
      }
    }
  }

  /** The rows with a tail and no head (no `*`, or one that opens the phrase): a qualified compound's. */
  plainTails(): TriggerRows<T> {
    return (this.plain ??= new TriggerRows(this.rows.filter((row) => row.tail !== undefined && row.head === undefined)));
  }
}

/** Sorts a short list of distinct row indexes in place, smallest first (insertion sort: no scratch arrays, as the built-in sort makes). */
function sortAscending(list: number[]): void {
  for (let i = 1; i < list.length; i++) {
    const value = list[i];
    let j = i - 1;
    for (; j >= 0 && list[j] > value; j--) list[j + 1] = list[j];
    list[j + 1] = value;
  }
}

const rowsCache = new WeakMap<object, TriggerRows<unknown>>();

/** A table's rows for one verb (its list of triggers), made once per list. */
function rowsOf<T>(triggers: readonly Trigger<T>[]): TriggerRows<T> {
  let rows = rowsCache.get(triggers) as TriggerRows<T> | undefined;
  if (rows === undefined) {
    rows = new TriggerRows(triggers.map((trigger) => {
      const star = trigger.words.indexOf('*');
      const tail = star < 0 ? trigger.words : trigger.words.slice(star + 1);
      return { trigger, length: trigger.words.length, tail: tail.length === 0 ? undefined : tail.join(''), head: star < 0 ? undefined : trigger.words.slice(0, star).join(''), gap: trigger.gap ?? GAP };
    }));
    rowsCache.set(triggers, rows as TriggerRows<unknown>);
  }
  return rows;
}

/**
 * Whether the token at `i` opens the noun گفت‌وگو written apart (`گفت و گو`، `گفت وگو`، `گفت و گوی`),
 * or its second half (`گو`, which the tagger may read as the verb), neither being the verb گفتن:
 * `در گفت و گو با ایسنا گفت` has one reporting verb, not two. `keys` are the tokens' match keys.
 */
function isDialogueNoun(keys: readonly string[], i: number): boolean {
  const key = (j: number): string => (j >= 0 && j < keys.length ? keys[j] : '');
  const here = keys[i];
  // the second half, tagged as the verb's present stem: گفت و «گو»، گفت «وگو»
  if ((here.startsWith('گو') && key(i - 1) === 'و' && key(i - 2) === 'گفت') || (here.startsWith('وگو') && key(i - 1) === 'گفت')) return true;
  if (here !== 'گفت') return false;
  return key(i + 1).startsWith('وگو') || (key(i + 1) === 'و' && key(i + 2).startsWith('گو'));
}

/**
 * Where the joined keys `target` occur as consecutive tokens ending before `before` (no {@link GAP_BREAKS} between) — the
 * last such start, or -1; with `endings`, only where the last of them carries a noun ending.
 */
function matchHead(keys: readonly string[], from: number, before: number, target: string, endings = false): number {
  for (let start = before - 1; start >= from && !isGapBreak(keys[start]); start--) if (endings ? joinsWithEnding(keys, start, before, target) : joinsTo(keys, start, before, target)) return start;
  return -1;
}

/** Whether the keys from `start` on (before `limit`) spell `target` with a noun ending on the last of them (`توافق` in `توافقی`). */
function joinsWithEnding(keys: readonly string[], start: number, limit: number, target: string): boolean {
  let at = 0;
  for (let j = start; j < limit; j++) {
    const key = keys[j];
    if (key.charCodeAt(0) !== target.charCodeAt(at)) return false;
    if (at + key.length < target.length && target.startsWith(key, at)) {
      at += key.length;
      continue;
    }
    const rest = target.length - at;
    return key.length > rest && target.endsWith(key.slice(0, rest)) && NOUN_ENDINGS.includes(key.slice(rest));
  }
  return false;
}

/**
 * Whether the keys from `start` on (before `limit`) joined spell `target` exactly, taking keys only
 * while the joined text is shorter than it: compared in place, no string is built.
 */
function joinsTo(keys: readonly string[], start: number, limit: number, target: string): boolean {
  let at = 0;
  for (let j = start; j < limit && at < target.length; j++) {
    const key = keys[j];
    if (!target.startsWith(key, at)) return false;
    at += key.length;
  }
  return at === target.length;
}

/**
 * The verb-less phrases of the table found in `tokens[from, to)`, as matches whose `verb` is the
 * phrase's last token: `در دیدار با` → CONSULT. A phrase's first word may carry a noun ending when no
 * phrase starts with the word as written (`رزمایش‌های مشترک` for `=رزمایش مشترک`).
 */
export function findPhrases<T>(tokens: Token[], from: number, to: number, table: Map<string, Trigger<T>[]>, keys?: string[]): TriggerMatch<T>[] {
  const found: TriggerMatch<T>[] = [];
  const byFirst = phrasesByFirstWord(table);
  if (byFirst.size === 0) return found;
  const all = keys ?? tokenKeys(tokens);
  const opensPhrase = (k: string): boolean => byFirst.has(k);
  for (let i = from; i < to; i++) {
    let phrases = byFirst.get(all[i]);
    let skip = 0;
    if (!phrases) {
      const stem = nounStem(all[i], opensPhrase);
      if (stem === undefined) continue;
      phrases = byFirst.get(stem) as Phrase<T>[];
      skip = stem.length;
    }
    for (const phrase of phrases) {
      // with an ending, the first word is the whole token and the rest of the phrase follows it
      const follows = skip ? joinsTo(all, i + 1, to, phrase.target.slice(skip)) : joinsTo(all, i, to, phrase.target);
      if (!follows) continue;
      let j = skip ? i + 1 : i;
      for (let at = skip; at < phrase.target.length; j++) at += all[j].length;
      found.push({ trigger: phrase.trigger, first: i, verb: j - 1 });
      break;
    }
  }
  return found;
}

/** A verb-less phrase and its words joined: what the keys from its first word on must spell. */
interface Phrase<T> {
  trigger: Trigger<T>;
  target: string;
}

const firstWordIndexes = new WeakMap<object, Map<string, Phrase<unknown>[]>>();

/** The table's verb-less phrases by their first word, built once per table. */
function phrasesByFirstWord<T>(table: Map<string, Trigger<T>[]>): Map<string, Phrase<T>[]> {
  let index = firstWordIndexes.get(table) as Map<string, Phrase<T>[]> | undefined;
  if (!index) {
    index = new Map();
    for (const trigger of table.get('') ?? []) {
      const list = index.get(trigger.words[0]) ?? [];
      list.push({ trigger, target: trigger.words.join('') });
      index.set(trigger.words[0], list);
    }
    firstWordIndexes.set(table, index as Map<string, Phrase<unknown>[]>);
  }
  return index;
}

/**
 * The index of the first token of the nominal part (its joined keys `target`) ending just before `verb` (an
 * auxiliary or را may sit between), or -1. Compared as joined keys, so the part matches however
 * its half-spaces were written: `گفت و گو کرد`، `گفت‌وگو کرد` and `گفتگو کرد` are one trigger.
 */
function matchBefore(keys: readonly string[], from: number, verb: number, target: string | undefined): number {
  if (target === undefined) return verb;
  let j = verb - 1;
  while (j >= from && BETWEEN.has(keys[j]) && !target.endsWith(keys[j])) j--;
  // the keys from j back, joined, must end `target` (compared in place) until they spell all of it
  let end = target.length;
  for (; j >= from; j--) {
    const key = keys[j];
    if (!target.endsWith(key, end)) return -1;
    end -= key.length;
    if (end === 0) return j;
  }
  return -1;
}
