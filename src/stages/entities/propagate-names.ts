import { type EntityContext, type NameMention } from './entity-context.js';
import { isNameLike } from './find-names.js';
import { type GazetteerEntry, GIVEN_KINDS, ORGANIZATION_KINDS, ROLE_KINDS, TITLE_KINDS } from './gazetteer.js';
import { LIGHT_VERBS, STOP_WORDS } from './function-words.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';
import { entityKey, skeletonKey } from './entity-key.js';
import { sameNameWord, sameSkeletons } from './person-matching.js';
import { readPersonName } from './person-names.js';

/** Parts of speech a surname never has: a word tagged so is the everyday word, not the person. */
const FUNCTION_POS = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'DET', 'NUM', 'PART', 'PUNCT', 'ADV']);
/** Verbs of saying right after a word make it the speaker: `فیدان گفت`. */
const SPEECH = new Set(['گفت', 'افزود', 'گفته', 'تصریح', 'تاکید', 'تأکید', 'اظهار', 'اعلام', 'خاطرنشان', 'ادامه']);

/** Highest frequency bucket (see `frequencyBucket`: fewer than 16 sightings) of a word read as another spelling of a surname. */
const RARE_VARIANT = 4;

/**
 * A report names a person in full once and by surname later (`هاکان فیدان` … `فیدان که ...`):
 * every later occurrence of a known person's full name, or of their surname where it reads as a
 * name (spelled exactly so and rare, after a title or rank, before a verb of saying, or tagged as a
 * noun, adjective or proper noun rather than a function word or verb; spelled another way, a rare word
 * or one after a title or before a verb of saying), becomes a PER name too; so
 * does a surname written with a half-space split by a space (`علی‌آبادی` … `علی آبادی`).
 * `names` is every name found so far, in all sentences; new spans are added to it.
 */
export function propagatePersonNames(context: EntityContext, names: NameMention[], ranges: readonly [number, number][], taken: Uint8Array): void {
  completeGivenNames(context, names, taken);
  quotedNamesBeforeOffices(context, names, taken);
  const people = names.filter((n) => n.type === 'PER').map((n) => readPersonName(context, n, 0).keys).filter((k) => k.length > 0);
  if (people.length === 0) return;
  const covered = new Uint8Array(context.tokens.length);
  for (const n of names) covered.fill(1, n.first, n.last);
  // a person's initials (`م.ک`) are found where they are written; one letter alone is nobody's surname
  const surnames = people.filter((k) => k.length > 1).map((k) => k[k.length - 1]).filter(isWordOfName);
  const heads = new Set([...surnames, ...people.filter((k) => k.length > 1).map((k) => k[0]).filter(isWordOfName)]);
  const skeletons = new Set([...heads].map(skeletonKey));
  const long = [...heads].filter((h) => skeletonKey(h).length >= 4 || h.length >= 4);
  const longSkeletons = long.map(skeletonKey);
  /** Whether a token can be a surname or open a full name: the same word, or a rare word spelled like one. */
  const candidate = (i: number): boolean => {
    const key = context.keys[i];
    if (heads.has(key)) return true;
    const word = context.words[i];
    if (word.frequency > 7) return false;
    const skeleton = word.key === key ? (word.skeleton ??= skeletonKey(key)) : skeletonKey(key);
    if (skeletons.has(skeleton)) return true;
    for (let h = 0; h < long.length; h++) if (long[h] === key || sameSkeletons(long[h], longSkeletons[h], key, skeleton)) return true;
    return false;
  };
  const titled = (i: number): boolean => {
    for (let length = 1; length <= 3 && i - length >= 0; length++) {
      const match = longestMatchAt(context.resources.gazetteer, context.keys, i - length, i);
      if (match?.last === i && entryOfKind(match.entries, TITLE_KINDS)) return true;
    }
    return false;
  };
  const longSurnames = new Set(surnames.filter((s) => s.length >= 6));
  // every prefix of those: a word pair is joined and looked up only when its first word is one
  const surnameStarts = new Set([...longSurnames].flatMap((s) => Array.from({ length: s.length + 1 }, (_, k) => s.slice(0, k))));
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      if (covered[i] || taken[i] || context.tokens[i].kind !== 'word') continue;
      // a surname written with a half-space, or as one word, then with a space: `علی‌آبادی` … `علی آبادی`
      if (i + 1 < to && !covered[i + 1] && !taken[i + 1] && context.tokens[i + 1].kind === 'word' && surnameStarts.has(context.keys[i]) && longSurnames.has(context.keys[i] + context.keys[i + 1])) {
        names.push({ first: i, last: i + 2, type: 'PER' });
        covered.fill(1, i, i + 2);
        i++;
        continue;
      }
      if (!candidate(i)) continue;
      const full = fullNameAt(context, people, covered, i, to);
      if (full) {
        names.push({ first: i, last: i + full.length, type: 'PER' });
        covered.fill(1, i, i + full.length);
        i += full.length - 1;
        continue;
      }
      if (!sameAsAny(surnames, context.keys[i])) continue;
      const pos = context.tokens[i].pos;
      const spelled = surnames.includes(context.keys[i]);
      const exact = spelled && context.words[i].frequency <= 7;
      const spoken = titled(i) || SPEECH.has(context.keys[i + 1] ?? '');
      // a surname spelled another way is a rare word: an everyday one a letter away is no name (`گزارش` for `گوترش`, `امیر` for `امیری`)
      if (!spelled && !spoken && context.words[i].frequency > RARE_VARIANT) continue;
      if (exact || isNameLike(context, i) || spoken || (pos !== undefined && !FUNCTION_POS.has(pos))) {
        names.push({ first: i, last: i + 1, type: 'PER' });
        covered[i] = 1;
      }
    }
  }
}

/**
 * The first of `people` (word keys) named in full from token `i` (by `to`) over tokens not yet
 * `covered`, spelling variants allowed. (A function of its own: a callback in the token loop that
 * read `i` would cost an allocation per token.)
 */
function fullNameAt(context: EntityContext, people: readonly (readonly string[])[], covered: Uint8Array, i: number, to: number): readonly string[] | undefined {
  return people.find((keys) => keys.length > 1 && i + keys.length <= to && keys.every((k, j) => !covered[i + j] && sameNameWord(k, context.keys[i + j])));
}

/** Whether `key` is one of `words` or a spelling variant of one ({@link sameNameWord}). */
function sameAsAny(words: readonly string[], key: string): boolean {
  for (const word of words) if (sameNameWord(word, key)) return true;
  return false;
}

/**
 * The Arabic surname with its article that a half-space joined to the word before it (`کریم‌الساعدی`,
 * as the half-space restorer may write `کریم الساعدی`): the report names the person by it alone
 * (`الساعدی گفت`). Undefined for any other word.
 */
function articleSurname(norm: string): string | undefined {
  const cut = norm.lastIndexOf('\u200c');
  const tail = cut > 0 ? entityKey(norm.slice(cut + 1)) : '';
  return tail.startsWith('ال') && tail.length >= 5 ? tail : undefined;
}

/** Whether a name's word can stand for the person alone: longer than a letter, no initial (`م.`). */
function isWordOfName(key: string): boolean {
  return key.length > 1 && !key.endsWith('.');
}

/** Words after which a word just read as a surname closes a name: `پوریا جهانی که ...`، `پوریا جهانی، ...`. */
const SURNAME_FOLLOWERS = new Set(['که', '،', ',', 'نیز', 'هم']);

/** Whether the word at `k` can complete an office before it (`دبیر انجمن`): a plain word, not another office, a verb or a preposition. */
function opensOffice(context: EntityContext, k: number): boolean {
  const token = context.tokens[k];
  if (!token || token.kind !== 'word' || STOP_WORDS.has(context.keys[k]) || FUNCTION_POS.has(token.pos ?? '')) return false;
  const office = longestMatchAt(context.resources.gazetteer, context.keys, k, k + 1, ROLE_KINDS);
  return !(office && entryOfKind(office.entries, ROLE_KINDS));
}

/** Whether every token of `[first, last)` is a given name in the gazetteer (`علیرضا`، `محمد رضا`). */
function onlyGivenNames(context: EntityContext, first: number, last: number): boolean {
  for (let i = first; i < last;) {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i, last);
    if (!match || !entryOfKind(match.entries, GIVEN_KINDS)) return false;
    i = match.last;
  }
  return last > first;
}

/**
 * A person span that is only a given name takes the word after it as the surname when that word
 * is an ordinary or office word the tagger would not call a name (`علیرضا دبیر`، `محمد رهبر`،
 * `پوریا جهانی`) — unless it opens an office that goes on (`محمد رهبر دبیر انجمن` keeps `دبیر`
 * for the office) or is a function word, a verb or the noun of a compound verb.
 */
export function completeGivenNames(context: EntityContext, names: NameMention[], taken: Uint8Array): void {
  const starts = new Set(names.map((n) => n.first));
  for (const name of names) {
    const j = name.last;
    if (name.type !== 'PER' || j >= context.tokens.length || taken[j] || starts.has(j) || !onlyGivenNames(context, name.first, j)) continue;
    const key = context.keys[j];
    const pos = context.tokens[j].pos;
    if (context.tokens[j].kind !== 'word' || STOP_WORDS.has(key) || (pos !== undefined && FUNCTION_POS.has(pos)) || LIGHT_VERBS.has(context.keys[j + 1] ?? '')) continue;
    const given = longestMatchAt(context.resources.gazetteer, context.keys, j, j + 1);
    if (given && entryOfKind(given.entries, TITLE_KINDS)) continue;
    const office = longestMatchAt(context.resources.gazetteer, context.keys, j, context.tokens.length, ROLE_KINDS);
    if (office && office.last > j + 1) continue;
    if (office && opensOffice(context, j + 1)) continue;
    // an everyday word is a surname only where a name is expected: before a verb of saying, که or an apposition
    if (!office && !(SPEECH.has(context.keys[j + 1] ?? '') || SURNAME_FOLLOWERS.has(context.keys[j + 1] ?? '') || (pos === undefined && isNameLike(context, j)))) continue;
    name.last = j + 1;
  }
}

/**
 * `«ماسایوشی ساکای» سرمربی ژاپن`: one to three words in « » just before an office are a person's
 * name, even when the tagger did not read them as one — found here so that the surname alone
 * (`به گفته ساکای`) is linked later in the report.
 */
export function quotedNamesBeforeOffices(context: EntityContext, names: NameMention[], taken: Uint8Array): void {
  const { keys } = context;
  for (let open = 0; open < keys.length; open++) {
    if (keys[open] !== '«') continue;
    const close = keys.indexOf('»', open + 1);
    if (close < 0 || close - open - 1 < 1 || close - open - 1 > 3) continue;
    let words = true;
    for (let i = open + 1; i < close; i++) if (taken[i] || context.tokens[i].kind !== 'word' || STOP_WORDS.has(keys[i]) || names.some((n) => n.first <= i && n.last > i)) words = false;
    const office = longestMatchAt(context.resources.gazetteer, keys, close + 1, keys.length, ROLE_KINDS);
    if (words && office && entryOfKind(office.entries, ROLE_KINDS)) names.push({ first: open + 1, last: close, type: 'PER' });
  }
}

/**
 * A person found only beside an office (`الهام علیاف رئیس‌جمهور ...`, after {@link propagatePersonNames}
 * ran) is named by surname in the sentences after: every later word spelled exactly as the surname,
 * rare, outside any name and value, becomes a PER name of its sentence (`names[s]`, for sentences
 * `from` on). The surname is the last word, or its Arabic part after a half-space (`الساعدی` of
 * `کریم‌الساعدی`).
 */
export function propagateSurname(context: EntityContext, person: NameMention, names: NameMention[][], ranges: readonly [number, number][], from: number, taken: Uint8Array): void {
  const last = person.last - 1;
  const surnames = [context.keys[last], articleSurname(context.tokens[last].norm)].filter((k): k is string => k !== undefined && k.length >= 3 && isWordOfName(k));
  for (let s = from; s < ranges.length; s++) {
    for (let i = ranges[s][0]; i < ranges[s][1]; i++) {
      if (taken[i] || context.tokens[i].kind !== 'word' || !surnames.includes(context.keys[i]) || context.words[i].frequency > 7) continue;
      if (names[s].some((n) => n.first <= i && n.last > i)) continue;
      names[s].push({ first: i, last: i + 1, type: 'PER' });
    }
  }
}

/**
 * A one-word name the lists hold ambiguous (`سپاه`, `ارتش`: also an everyday word, trusted only in
 * context) is that organization wherever the report also names it unmistakably (`سپاه پاسداران انقلاب
 * اسلامی ... سپاه این ادعا را بی‌اساس خواند`): the report has said which one it speaks of. A body of it
 * named with the word inside (`نیروی دریایی سپاه`) is not enough: the writers name that body, not the
 * whole. Only where no other name or value holds the word. `names` is every name of the report; new
 * spans are added.
 */
export function propagateOrganizationAliases(context: EntityContext, names: NameMention[], ranges: readonly [number, number][], taken: Uint8Array): void {
  const named = new Set<string>();
  for (const n of names) if (n.type === 'ORG' && n.entry && !n.entry.ambiguous) named.add(n.entry.canonical);
  if (named.size === 0) return;
  const aliasAt = (i: number): GazetteerEntry | undefined => {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, ORGANIZATION_KINDS);
    const entry = match && entryOfKind(match.entries, ORGANIZATION_KINDS);
    return entry?.ambiguous ? entry : undefined;
  };
  const covered = new Uint8Array(context.tokens.length);
  for (const n of names) covered.fill(1, n.first, n.last);
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      if (taken[i] || covered[i]) continue;
      const entry = aliasAt(i);
      if (!entry || !named.has(entry.canonical)) continue;
      names.push({ first: i, last: i + 1, type: 'ORG', entry });
    }
  }
}
