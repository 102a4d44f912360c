import type { EntityContext, NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { PLACE_CLASSIFIERS, STOP_WORDS } from './function-words.js';
import { INSTITUTION_NOUN_KEYS } from './institution-nouns.js';
import type { Gazetteer, GazetteerNode } from './gazetteer.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';
import { GIVEN_KINDS, lookupPhrase, ORGANIZATION_KINDS, REPORTER_KINDS, ROLE_KINDS } from './gazetteer.js';

const PERSONAL_KINDS = new Set(['given-name', 'person', 'title', 'rank']);
const NAME_KINDS = new Set(['country', 'province', 'city', 'region', 'landmark', 'organization', 'misc', 'person', 'given-name']);

/**
 * Nouns of relation that follow a person's name in ezafe and open a new phrase, never part of the
 * name: `هاکان فیدان همتای ترکیه‌ای` → `هاکان فیدان`, `مینا رستمی همسر ...` → `مینا رستمی`.
 */
export const RELATION_WORDS: ReadonlySet<string> = new Set(
  'همتای همتا همتایان همسر همسرش فرزند فرزندش پدر پدرش مادر مادرش برادر برادرش خواهر خواهرش دختر دخترش پسر پسرش'.split(' ').map(entityKey),
);

/**
 * The nominal parts of compound verbs of saying, which the tagger may read as a surname right after
 * a name (`محمود رضایی خواستار ... شد`): never a word of a person's name.
 */
export const SAYING_VERB_NOUNS: ReadonlySet<string> = new Set(
  ['خواستار', 'تاکید', 'تأکید', 'اظهار', 'ابراز', 'انتقاد', 'اشاره', 'تصریح', 'خاطرنشان', 'یادآور', 'متذکر', 'مدعی', 'اعلام', 'هشدار', 'قول'].map(entityKey),
);

/** Demonstratives (entity keys) that open a phrase of their own inside a span the tagger ran on. */
const DEMONSTRATIVES = new Set(['این', 'آن'].map(entityKey));

/** Nouns after a demonstrative that still belong to a name: what a body is of (`این کشور`، `این شرکت`، `این رژیم`). */
const OWNER_NOUNS: ReadonlySet<string> = new Set([...PLACE_CLASSIFIERS, ...INSTITUTION_NOUN_KEYS, entityKey('رژیم')]);

/**
 * A name ends before a demonstrative inside it, which opens the next phrase (`استقلال این اقدام را ...
 * خواند` → `استقلال`), but for the place, body or regime it points to (`وزارت خارجه این کشور`، `شورای
 * اسلامی کار این شرکت`، `ارتش این رژیم`).
 */
export function endBeforeDemonstrative(context: EntityContext, span: NameMention): NameMention {
  for (let i = span.first + 1; i < span.last; i++) {
    if (DEMONSTRATIVES.has(context.keys[i]) && !OWNER_NOUNS.has(context.keys[i + 1] ?? '')) return { ...span, last: i };
  }
  return span;
}

/** A person's name ends before the noun of a compound verb of saying: `محمود رضایی خواستار` → `محمود رضایی`. */
export function endBeforeSayingNoun(context: EntityContext, span: NameMention): NameMention {
  if (span.type !== 'PER') return span;
  for (let i = span.first + 1; i < span.last; i++) if (SAYING_VERB_NOUNS.has(context.keys[i])) return { ...span, last: i };
  return span;
}

/**
 * Whether token `i` is a word seen in the treebank, in no gazetteer of names, that is its lemma ending in ا and the ezafe ی
 * (`ادعا` + `ی` → `ادعای`): a common noun opening the phrase after a name, never its surname (`جهانگیر ادعای
 * وزارت خارجه را رد کرد`). Only a noun ending in a vowel shows its ezafe in writing, so a surname ending in ی
 * (`رضایی`، `موسوی`) is never read as one; nor one in و (`علوی`، read as `علو` + ی).
 */
export function isEzafeNoun(context: EntityContext, i: number): boolean {
  const { norm, lemma } = context.tokens[i];
  if (lemma === undefined || norm !== `${lemma}ی` || !lemma.endsWith('ا')) return false;
  return context.words[i].frequency >= SEEN_WORD_FREQUENCY && !longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, NAME_KINDS);
}

/** The frequency bucket of a word PerDT train has seen a few times (4 or more): the ezafe of a common noun, no rare surname. */
const SEEN_WORD_FREQUENCY = 3;

/**
 * The corpus frequency bucket (`WordInfo.frequency`, 1 + ⌊log₂ count⌋) from which a word alone,
 * not a proper noun and in no gazetteer, is taken for a common noun rather than a name
 * (`زمین`, `جهان`): 2^7 = 128 occurrences in PerDT train or more.
 */
export const COMMON_WORD_FREQUENCY = 8;

/**
 * An office head in the plural (`وزیران`, `سفیران`, `فرماندهان`): several holders,
 * never one person's name, whatever the tagger reads.
 */
export function isPluralOffice(gazetteer: Gazetteer, key: string): boolean {
  for (const suffix of ['ان', 'ها']) {
    if (!key.endsWith(suffix) || key.length < suffix.length + 3) continue;
    const entries = gazetteer.root.get(key.slice(0, -suffix.length))?.entries;
    if (entries && entryOfKind(entries, ROLE_KINDS) && !entries.some((e) => e.kind === 'person' || e.kind === 'given-name')) return true;
  }
  return false;
}

/** Whether a count stands right before token `i` (`۴ هزار` before `متقاضی`): what follows is counted, no one's name. */
export function afterCount(context: EntityContext, i: number): boolean {
  const before = context.tokens[i - 1];
  return before !== undefined && (before.kind === 'number' || before.pos === 'NUM');
}

/**
 * A person's name has a word that is a name: a first name, a proper noun, or a rare word — never an
 * office in the plural, and never words right after a count (`۴ هزار متقاضی خرید خودرو`).
 */
export function looksPersonal(context: EntityContext, span: NameMention): boolean {
  if (span.last - span.first === 1 && isPluralOffice(context.resources.gazetteer, context.keys[span.first])) return false;
  if (afterCount(context, span.first)) return false;
  for (let i = span.first; i < span.last; i++) {
    const pos = context.tokens[i].pos;
    if (pos === undefined || pos === 'PROPN' || context.words[i].frequency <= 3) return true;
    if (longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, PERSONAL_KINDS)) return true;
  }
  return false;
}

/**
 * The names without each lone first name that is an everyday word too (`امید`, `صبا`, `جان`: given names the
 * gazetteers mark ambiguous) and is part of no longer person's name in the report (`نوری` after `غلامرضا نوری
 * قزلجه` stays): news names people by their surname or in full, so alone it is the word.
 */
export function withoutLoneEverydayNames(context: EntityContext, names: readonly NameMention[]): NameMention[] {
  const inLongerNames = new Set<string>();
  for (const n of names) if (n.type === 'PER' && n.last - n.first > 1) for (let i = n.first; i < n.last; i++) inLongerNames.add(context.keys[i]);
  return names.filter((n) => {
    if (n.type !== 'PER' || n.last - n.first !== 1 || inLongerNames.has(context.keys[n.first])) return true;
    const entries = lookupPhrase(context.resources.gazetteer, context.keys[n.first]);
    return !(entries.length > 0 && entries.every((e) => GIVEN_KINDS.has(e.kind) && e.ambiguous));
  });
}

/** Parts of speech an organization or a place never opens with: a verb, an adverb, a subordinating conjunction. */
const NOT_OPENING_POS = new Set(['VERB', 'AUX', 'ADV', 'SCONJ']);

/**
 * A tagger span never starts or ends with a function word (`نیز`, `و`, `در`), and an organization or
 * place never ends with a verb it ran into (`شورای امنیت سازمان ملل خواست` → `شورای امنیت سازمان ملل`)
 * nor opens with a verb, an adverb or a subordinating conjunction (`بنابراین`, `می‌کند گروه ...`).
 */
export function trimStopWords(context: EntityContext, span: NameMention): NameMention {
  let { first, last } = span;
  const verb = (i: number): boolean => span.type !== 'PER' && (context.tokens[i].pos === 'VERB' || context.tokens[i].pos === 'AUX');
  const opensNot = (i: number): boolean => span.type !== 'PER' && NOT_OPENING_POS.has(context.tokens[i].pos ?? '');
  while (first < last && (STOP_WORDS.has(context.keys[first]) || opensNot(first))) first++;
  while (last > first && (STOP_WORDS.has(context.keys[last - 1]) || verb(last - 1))) last--;
  return { ...span, first, last };
}

const openers = new WeakMap<Gazetteer, Set<string>>();

/** The words that open an organization's name in the gazetteer (`وزارت`, `سازمان`, `دانشگاه`, `مهر` — ambiguous ones too), computed once per gazetteer. */
export function organizationOpeners(gazetteer: Gazetteer): ReadonlySet<string> {
  let set = openers.get(gazetteer);
  if (set) return set;
  set = new Set();
  const holdsOrganization = (node: GazetteerNode): boolean => node.entries.some((e) => e.kind === 'organization') || [...node.next.values()].some(holdsOrganization);
  for (const [word, node] of gazetteer.root) if (holdsOrganization(node)) set.add(word);
  openers.set(gazetteer, set);
  return set;
}

/**
 * An office is not part of a name: `سخنگوی وزارت خارجه` → `وزارت خارجه`, `محمد عبدالسلام سخنگوی`
 * → `محمد عبدالسلام`. What follows an office is its portfolio unless it opens an organization's
 * name: `وزیر امور خارجه ترکیه` as an organization → nothing (the country is found on its own).
 */
export function trimOffice(context: EntityContext, span: NameMention): NameMention {
  const officeAt = (i: number, evenAmbiguous: boolean): number | undefined => {
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i, context.keys.length, ROLE_KINDS);
    const entry = match && entryOfKind(match.entries, ROLE_KINDS);
    return entry && (evenAmbiguous || !entry.ambiguous) ? match.last : undefined;
  };
  const first = Math.min(officeAt(span.first, false) ?? span.first, span.last);
  const afterOffice = first > span.first || longestMatchAt(context.resources.gazetteer, context.keys, span.first - 1, span.first, ROLE_KINDS) !== undefined;
  if (afterOffice && span.type === 'ORG' && !organizationOpeners(context.resources.gazetteer).has(context.keys[first])) return { ...span, first, last: first };
  for (let i = first + 1; i < span.last; i++) if (officeAt(i, span.type === 'PER') !== undefined) return { ...span, first, last: i };
  return { ...span, first };
}

/** A name never holds an unbalanced bracket: `وزارت دفاع آمریکا ( پنتاگون` → `وزارت دفاع آمریکا`, `خاتم‌الانبیا (` → `خاتم‌الانبیا`. */
export function balanceBrackets(context: EntityContext, span: NameMention): NameMention {
  let { first, last } = span;
  let open = -1;
  for (let i = first; i < last; i++) {
    const key = context.keys[i];
    if (key === '(') open = open < 0 ? i : open;
    else if (key === ')') {
      if (open >= 0) open = -1;
      else first = i + 1;
    }
  }
  if (open >= 0) last = open;
  return { ...span, first, last: Math.max(first, last) };
}

/**
 * A name ends before `به` and a news agency or outlet (`باشگاه پرسپولیس به فارس گفت` → `باشگاه پرسپولیس`): the one
 * told, not a word of the name.
 */
export function endBeforeToldOutlet(context: EntityContext, span: NameMention): NameMention {
  for (let i = span.first + 1; i + 1 < span.last; i++) {
    if (context.keys[i] !== 'به') continue;
    const match = longestMatchAt(context.resources.gazetteer, context.keys, i + 1, context.keys.length, ORGANIZATION_KINDS);
    if (match?.entries.some((e) => e.kind === 'organization' && REPORTER_KINDS.has(e.subtype ?? ''))) return { ...span, last: i };
  }
  return span;
}

/** A relation noun (`همتای`, `همسر`) ends a person's name: `هاکان فیدان همتای` → `هاکان فیدان`. */
export function endAtRelation(context: EntityContext, span: NameMention): NameMention {
  if (span.type !== 'PER') return span;
  for (let i = span.first + 1; i < span.last; i++) if (RELATION_WORDS.has(context.keys[i])) return { ...span, last: i };
  return RELATION_WORDS.has(context.keys[span.first]) ? { ...span, last: span.first } : span;
}

/**
 * Adjectives of place that follow a name and take `در` (`مستقر در`, `حاضر در`, `مقیم`, `واقع در`):
 * `نیروی دریایی آمریکا مستقر در بحرین`, `ارتش حاضر در رزمایش` — they describe the name, never end it.
 */
const PLACED = new Set(['مستقر', 'حاضر', 'مقیم', 'واقع', 'ساکن', 'مستقردر'].map(entityKey));

/**
 * Where `حاضر در این نشست`، `مستقر در صنعا` starting at `j` ends — an adjective of place, `در`, then a name, or
 * `این` and a noun, or one noun — or undefined: the words that place an unnamed person (`دیپلمات اروپایی حاضر در
 * این نشست`) belong to the description.
 */
export function placedEnd(context: EntityContext, j: number, to: number, nameAt: (i: number) => NameMention | undefined): number | undefined {
  if (!PLACED.has(context.keys[j] ?? '') || context.keys[j + 1] !== 'در' || j + 2 >= to) return undefined;
  const at = j + 2;
  const name = nameAt(at);
  if (name && (name.type === 'ORG' || name.type === 'LOC')) return name.last;
  if (context.keys[at] === 'این' && at + 1 < to && context.tokens[at + 1].pos === 'NOUN') return at + 2;
  return context.tokens[at].pos === 'NOUN' ? at + 1 : undefined;
}

/** A span ends before an adjective of place (`نیروی دریایی آمریکا مستقر` → `نیروی دریایی آمریکا`). */
export function endBeforePlaced(context: EntityContext, span: NameMention): NameMention {
  for (let i = span.first + 1; i < span.last; i++) if (PLACED.has(context.keys[i])) return { ...span, last: i };
  return span;
}

/** A plural or its possessive written with a half-space: `‌ها`, `‌های`, `‌هایی`, `‌هایشان`... */
const PLURAL_ENDING = /\u200cها(?:ی|یی|یم|یت|یش|یمان|یتان|یشان)?$/;

/**
 * A one-word span of a very frequent word that is no proper noun and no name in the gazetteers
 * (`امور`, `زمین`, `جهان`) is a common noun, not a name; so is a plural written with a half-space
 * (`برگ‌هایی`, `اندوخته‌هایشان`) that no gazetteer lists, whatever its POS or frequency.
 */
export function isCommonWord(context: EntityContext, span: NameMention): boolean {
  if (span.last - span.first !== 1) return false;
  const i = span.first;
  if (PLURAL_ENDING.test(context.tokens[i].norm)) return !longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, NAME_KINDS);
  if (context.tokens[i].pos === 'PROPN' || context.words[i].frequency < COMMON_WORD_FREQUENCY) return false;
  return !longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, NAME_KINDS);
}
