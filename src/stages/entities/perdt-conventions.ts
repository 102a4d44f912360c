/**
 * PerDT's NER conventions where they differ from the news analysis's (examples/README.md): IOB tag
 * rewrites `khabar tag --pretokenized` applies after the entity stage, so that the treebank
 * evaluation compares like with like. Each takes the words and IOB tags of one sentence and returns
 * new tags.
 */
import { entityKey } from './entity-key.js';
import { LANDFORM_HEADS, STOP_WORDS } from './function-words.js';
import { GOVERNMENTS, MISSIONS } from './find-names.js';
import { type Gazetteer, type GazetteerEntry, lookupPhrase } from './gazetteer.js';
import { INSTITUTION_NOUN_KEYS } from './institution-nouns.js';

/**
 * Titles that the PerDT convention keeps inside a person's name — lineage and epithets (`سید`,
 * `حضرت`, `امام`, `شاه`, `خواجه`...) — while courtesy, academic and clerical-rank titles (`آقای`,
 * `دکتر`, `آیت‌الله`) and ranks stay outside. Khabar's person mentions leave all titles out.
 */
export const NAME_PART_TITLES: ReadonlySet<string> = new Set('سید سیده حضرت امام ملا حاج حاجی خواجه شاه میرزا'.split(' ').map(entityKey));

/**
 * IOB tags in the PerDT convention: a person's span takes the name-part titles just before it
 * (see {@link NAME_PART_TITLES}). `['سید', 'باقر', 'موسوی']` with `['O', 'B-PER', 'I-PER']` →
 * `['B-PER', 'I-PER', 'I-PER']`.
 */
export function withNamePartTitles(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  for (let i = 1; i < out.length; i++) {
    if (out[i] !== 'B-PER') continue;
    let first = i;
    while (first > 0 && out[first - 1] === 'O' && NAME_PART_TITLES.has(entityKey(words[first - 1]))) first--;
    if (first === i) continue;
    out[first] = 'B-PER';
    for (let j = first + 1; j <= i; j++) out[j] = 'I-PER';
  }
  return out;
}

/** The one-word blessings PerDT writes in brackets after a holy or revered name: `( ع )`, `( ره )`... (`،` is how its NER file kept `ع`). */
const BRACKETED_BLESSINGS: ReadonlySet<string> = new Set(['ع', 'ص', 'س', 'ره', 'عج', '،']);

/**
 * IOB tags in PerDT's convention for a blessing in brackets after a person: the opening bracket of
 * a one-word blessing (`امام حسین ( ع )`) closes the name, and `( قدس سره )` and `« عج »` belong to it
 * whole; a name-part title alone before a one-word blessing (`امام ( ره )`) is that person. `['امام', 'رضا', '(', 'ع', ')']` with `['B-PER', 'I-PER', 'O', 'O', 'O']` →
 * `['B-PER', 'I-PER', 'I-PER', 'O', 'O']`.
 */
export function withBracketedBlessings(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  const key = (i: number): string => (i < words.length ? entityKey(words[i]) : '');
  for (let i = 1; i < out.length; i++) {
    // a name-part title alone before a one-word blessing is the revered person it stands for (`راه امام ( ره )`)
    if (out[i] === 'O' && out[i - 1] === 'O' && NAME_PART_TITLES.has(key(i - 1)) && key(i) === '(' && BRACKETED_BLESSINGS.has(key(i + 1)) && key(i + 2) === ')') out[i - 1] = 'B-PER';
    if (out[i] !== 'O' || out[i - 1].slice(2) !== 'PER' || (out[i + 1] !== undefined && out[i + 1].startsWith('I-'))) continue;
    let last = -1;
    if (key(i) === '(' && BRACKETED_BLESSINGS.has(key(i + 1)) && key(i + 2) === ')') last = i;
    else if (key(i) === '(' && key(i + 1) === 'قدس' && key(i + 2) === 'سره' && key(i + 3) === ')') last = i + 3;
    else if (key(i) === '«' && key(i + 1) === 'عج' && key(i + 2) === '»') last = i + 2;
    for (let j = i; j <= last; j++) out[j] = 'I-PER';
  }
  return out;
}

/**
 * IOB tags in PerDT's convention for a state's government (see `GOVERNMENTS` in `find-names.ts`): with
 * a name after it, an organization (`دولت روسیه`, `رژیم صهیونیستی`, as LOC or as a place after `دولت`
 * → ORG; a proper noun after it too when `pos` says so: `دولت عثمانی`); alone, no name (`دولت` as
 * LOC → O). So is a mission with its country (`سفارت کشور ژاپن`, the place read with its classifier).
 * The news analysis reads a government by the guide's convention, as the country's mention.
 * `['دولت', 'عراق']` with `['O', 'B-LOC']` → `['B-ORG', 'I-ORG']`; `['دولت', 'گفت']` with
 * `['B-LOC', 'O']` → `['O', 'O']`.
 */
export function withGovernmentsAsBodies(words: readonly string[], tags: readonly string[], pos?: readonly string[]): string[] {
  const out = [...tags];
  for (let i = 0; i < out.length; i++) {
    const key = entityKey(words[i]);
    const government = GOVERNMENTS.has(key);
    if (!(government || MISSIONS.has(key)) || !['O', 'B-LOC', 'B-ORG'].includes(out[i])) continue;
    let last = i + 1;
    const placeAfter = out[i] === 'O' && out[i + 1] === 'B-LOC';
    if (placeAfter) last++;
    // a government named by a proper noun no name of the stage holds (`دولت عثمانی`)
    else if (government && out[i] === 'O' && out[i + 1] === 'O' && pos?.[i + 1] === 'PROPN') {
      out[i] = 'B-ORG';
      out[i + 1] = 'I-ORG';
      continue;
    }
    while (last < out.length && out[last].startsWith('I-') && (placeAfter || out[i] !== 'O')) last++;
    if (last === i + 1) {
      out[i] = 'O';
      continue;
    }
    if (out[i] === 'B-ORG') continue;
    for (let j = i; j < last; j++) out[j] = j === i ? 'B-ORG' : 'I-ORG';
  }
  return out;
}

/** Kinds of state body whose one-word names are everyday nouns too (`پلیس`, `مجلس`, `ارتش`). */
const STATE_BODY_KINDS: ReadonlySet<string> = new Set(['government', 'legislature', 'military', 'police', 'judiciary', 'security']);

/**
 * IOB tags in PerDT's convention for an institution named by its kind alone: one word that is a
 * noun for a kind of institution ({@link INSTITUTION_NOUN_KEYS}: `دادگاه`, `دانشگاه`, `شورا`) or that the
 * gazetteer lists as a state body and as an everyday word too (`پلیس`, `مجلس`) — or that the POS
 * tagger reads as a common noun when `pos` is given (`اورژانس`; `پنتاگون`, a proper noun, stays) — is
 * no name there, where the news analysis reads it as the home country's body. `['پلیس', 'آمد']` with
 * `['B-ORG', 'O']` → `['O', 'O']`; `['مهر']` (a news agency) stays.
 */
export function withoutLoneInstitutionNouns(words: readonly string[], tags: readonly string[], gazetteer: Gazetteer | undefined, pos?: readonly string[]): string[] {
  const out = [...tags];
  for (let i = 0; i < out.length; i++) {
    if (out[i] !== 'B-ORG' || out[i + 1] === 'I-ORG') continue;
    const key = entityKey(words[i]);
    const entries = gazetteer ? lookupPhrase(gazetteer, key).filter((e) => e.kind === 'organization') : [];
    const everyday = (e: GazetteerEntry): boolean => e.ambiguous === true || pos?.[i] === 'NOUN';
    if (INSTITUTION_NOUN_KEYS.has(key) || (entries.length > 0 && entries.every((e) => everyday(e) && STATE_BODY_KINDS.has(e.subtype ?? '')))) out[i] = 'O';
  }
  return out;
}

const MINISTER = entityKey('وزیر');
/** Parts of speech a word of a minister's portfolio has (`بهداشت`, `امور خارجه`; PerDT tags `کشور` there PROPN). */
const PORTFOLIO_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * IOB tags in PerDT's convention for a minister's portfolio: the ministry it stands for is an
 * organization (`وزیر بهداشت` → `بهداشت`, `وزیر امور خارجه ایران` → `امور خارجه ایران`, `وزیر کشور روسیه`
 * read as a place → the organization), where the news analysis reads the whole as the minister's
 * role. The portfolio is one word and at most one adjective after it (`امور خارجه`), with the country
 * after it when one follows; a portfolio opening with an adjective (`خارجهٔ`) only with a country
 * after it (`وزیر مزبور` is no portfolio), never a function word (`وزیر سابق`). Needs the words' UPOS
 * (`pos`); without them the tags stay. `['وزیر', 'بهداشت', 'گفت']` with `['O', 'O', 'O']` and UPOS
 * `['NOUN', 'NOUN', 'VERB']` → `['O', 'B-ORG', 'O']`.
 */
export function withMinistriesOfPortfolios(words: readonly string[], tags: readonly string[], pos: readonly string[] | undefined): string[] {
  const out = [...tags];
  if (!pos) return out;
  const portfolioWord = (k: number): boolean => k < out.length && out[k] === 'O' && PORTFOLIO_POS.has(pos[k]) && !STOP_WORDS.has(entityKey(words[k]));
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i] !== 'O' || entityKey(words[i]) !== MINISTER) continue;
    const first = i + 1;
    let last = first;
    if (portfolioWord(last)) last++;
    if (last > first && portfolioWord(last) && pos[last] === 'ADJ') last++;
    const countryAfter = out[last] === 'B-LOC';
    // a place of two words or more right after the minister: a portfolio the stage read with its country (`کشور روسیه`)
    const placeOfPortfolio = last === first && countryAfter && out[first + 1] === 'I-LOC';
    if (countryAfter && (last > first || placeOfPortfolio)) for (last++; out[last] === 'I-LOC'; last++);
    if (last === first || (pos[first] === 'ADJ' && !countryAfter)) continue;
    for (let k = first; k < last; k++) out[k] = k === first ? 'B-ORG' : 'I-ORG';
  }
  return out;
}

/** Bodies named after the place they serve or broadcast from (`دانشگاه`, `بیمارستان`, `رادیو`, `تلویزیون`, `شورای`). */
const PLACE_NAMED_BODIES: ReadonlySet<string> = new Set(['دانشگاه', 'بیمارستان', 'رادیو', 'تلویزیون', 'شورای'].map(entityKey));

/**
 * IOB tags in PerDT's convention for a body named after its place: the head and the place are one
 * organization (`دانشگاه خلیج فارس`, `رادیو عراق`, `شورای شهر مشهد`), where the news analysis may
 * keep the place alone (`بیمارستان چابهار`: the town). `['رادیو', 'عراق']` with `['O', 'B-LOC']` →
 * `['B-ORG', 'I-ORG']`.
 */
export function withBodiesOfPlaces(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i] !== 'O' || out[i + 1] !== 'B-LOC' || !PLACE_NAMED_BODIES.has(entityKey(words[i]))) continue;
    let last = i + 2;
    while (out[last] === 'I-LOC') last++;
    for (let k = i; k < last; k++) out[k] = k === i ? 'B-ORG' : 'I-ORG';
  }
  return out;
}

/** Heads of named places beyond the landforms ({@link LANDFORM_HEADS}): streets, squares, gardens, churches, mosques. */
const PLACE_HEADS: ReadonlySet<string> = new Set([...LANDFORM_HEADS, ...['کلیسا', 'کلیسای', 'باغ', 'خیابان', 'میدان', 'بزرگراه', 'بزرگراه‌های', 'مسجد'].map(entityKey)]);
/** The corpus frequency bucket (`WordInfo.frequency`) up to which a word after a place's head is read as its name (7 occurrences or fewer in PerDT train). */
const RARE_WORD_FREQUENCY = 3;

/**
 * IOB tags in PerDT's convention for a place named with its kind: the head of a place (`محلهٔ`,
 * `کلیسای`, `باغ`, `خیابان`, `سرزمین`...) and the proper noun or rare word after it, which no name
 * of the stage holds, are one place (`محلهٔ نوغان`, `باغ قلهک`); a common word after it stays
 * (`میدان مین`, `سرزمین خود`), and so do a word in ezafe and a common noun before a verb. Needs UPOS (`pos`) and the words' corpus frequency buckets
 * (`frequency`); without POS the tags stay. `['باغ', 'قلهک', 'را']` with `['O', 'O', 'O']`, UPOS
 * `['NOUN', 'PROPN', 'ADP']` → `['B-LOC', 'I-LOC', 'O']`.
 */
export function withPlacesOfKind(words: readonly string[], tags: readonly string[], pos: readonly string[] | undefined, frequency: (word: string) => number): string[] {
  const out = [...tags];
  if (!pos) return out;
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i] !== 'O' || out[i + 1] !== 'O' || !PLACE_HEADS.has(entityKey(words[i]))) continue;
    const name = entityKey(words[i + 1]);
    if (STOP_WORDS.has(name) || !/^\p{L}/u.test(name) || !(pos[i + 1] === 'PROPN' || (pos[i + 1] === 'NOUN' && frequency(words[i + 1]) <= RARE_WORD_FREQUENCY))) continue;
    // a word in ezafe goes on to what it governs (`میدان پرهزینهٔ ...`); a common noun before a verb is its object or a light verb's (`مسجد فاش کند`)
    if (words[i + 1].endsWith('\u0654') || (pos[i + 1] !== 'PROPN' && (pos[i + 2] === 'VERB' || pos[i + 2] === 'AUX'))) continue;
    out[i] = 'B-LOC';
    out[i + 1] = 'I-LOC';
  }
  return out;
}

/** What {@link withPerdtConventions} reads besides the words and tags. */
export interface ConventionInputs {
  /** UPOS per word; the conventions that need it leave the tags alone without it. */
  pos?: readonly string[];
  gazetteer?: Gazetteer;
  /** The corpus frequency bucket of a word (`WordInfo.frequency`). */
  frequency: (word: string) => number;
}

/**
 * The entity stage's IOB tags of one sentence rewritten to every PerDT convention of this module,
 * persons first, then governments, institutions, ministries, bodies and places.
 * `withPerdtConventions(['دولت', 'عراق'], ['B-LOC', 'I-LOC'], { frequency: () => 0 })` → `['B-ORG', 'I-ORG']`.
 */
export function withPerdtConventions(words: readonly string[], tags: readonly string[], { pos, gazetteer, frequency }: ConventionInputs): string[] {
  const people = withBracketedBlessings(words, withNamePartTitles(words, tags));
  const bodies = withoutLoneInstitutionNouns(words, withGovernmentsAsBodies(words, people, pos), gazetteer, pos);
  return withPlacesOfKind(words, withBodiesOfPlaces(words, withMinistriesOfPortfolios(words, bodies, pos)), pos, frequency);
}
