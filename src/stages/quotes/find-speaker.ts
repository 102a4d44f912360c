import type { EntityType, Mention } from '../entities/entity-layers.js';
import { clauseStart, CONTRASTS, findSubject, PREPOSITIONS } from '../clauses/find-subject.js';
import { matchKey } from '../clauses/match-key.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import { INSTITUTION_NOUNS } from '../entities/institution-nouns.js';

/** Who may speak: people and institutions. */
export const SPEAKERS: ReadonlySet<EntityType> = new Set(['PER', 'ORG']);

/** {@link INSTITUTION_NOUNS} under match keys. */
const INSTITUTION_KEYS = new Map([...INSTITUTION_NOUNS].map(([noun, heads]) => [matchKey(noun), heads.map(matchKey)]));

/** The first word key of a mention's text. */
function firstWord(view: SentenceView, m: number): string {
  return view.keys[view.mentionTokens[m][0]];
}

/**
 * The institution `این X` at token `d` takes up: the latest ORG mention before it whose name opens
 * with a word `X` stands for (any ORG for `این نهاد`). `... کمیسیون امنیت ملی ... این کمیسیون
 * خواست` → the commission's mention.
 */
function antecedent(view: SentenceView, d: number): Mention | undefined {
  const heads = INSTITUTION_KEYS.get(view.keys[d + 1]);
  if (!heads) return undefined;
  const kinds = KIND_NOUNS.get(view.keys[d + 1]);
  for (let m = view.mentions.length - 1; m >= 0; m--) {
    const mention = view.mentions[m];
    if (mention.type !== 'ORG' || view.mentionTokens[m][1] >= d) continue;
    if (heads.length === 0 || heads.includes(firstWord(view, m))) return mention;
    const subtype = view.entities.get(mention.entity)?.attributes.subtype;
    if (kinds && subtype && kinds.has(subtype)) return mention;
  }
  return undefined;
}

/**
 * Nouns that also take up an organization of a kind whose name does not open with them: `این گروه`
 * an armed group, a party or a force (`نیروهای واکنش سریع ... این گروه اما ... رد کرد`).
 */
const KIND_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([[matchKey('گروه'), new Set(['armed-group', 'party', 'military'])]]);

/**
 * Words that may stand between a preposition and the mention it governs: `از یک مقام`، `با برخی
 * نمایندگان` (not `این`/`آن`, which may stand alone: `در آن سارا کریمی گفت`).
 */
const DETERMINERS: ReadonlySet<string> = new Set(['یک', 'برخی', 'بعضی', 'چند'].map(matchKey));

/** Words after which a mention heads its clause: `، X را`، `و X را`، `اما X ...` (any of {@link CONTRASTS}). */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['،', 'و', ...CONTRASTS]);

/** Subjects a clause may open with: a place too. */
const SUBJECTS: ReadonlySet<EntityType> = new Set(['PER', 'ORG', 'LOC']);

/**
 * A country or capital speaking for its government (`قاهره نیز در بیانیه‌ای ... خواستار ... شد`،
 * `در همین حال، ترکیه ... را رد کرد`): the clause's subject when it is a place at the head of its
 * clause (after the sentence start, a comma or و) with no other clause opening before the verb; else
 * undefined.
 */
function placeSpeaking(view: SentenceView, first: number, before: number): Mention | undefined {
  const subject = findSubject(view, first, before, SUBJECTS);
  if (subject?.type !== 'LOC') return undefined;
  const [start, end] = view.mentionTokens[view.mentions.indexOf(subject)];
  const previous = start > first ? view.keys[start - 1] : '';
  // a relative clause right after it, closed by a comma, says something of it (`مجارستان که ... معطل کرده بود، خواستار ... شد`)
  const relativeEnd = view.keys[end + 1] === 'که' ? view.keys.indexOf('،', end + 2) : -1;
  // a clause opening between it and the verb has a subject of its own: `تهران میزبان نشستی بود که در آن وزیر ... گفت`
  for (let t = relativeEnd >= 0 && relativeEnd < before ? relativeEnd + 1 : start + 1; t < before; t++) if (view.keys[t] === 'که' || view.keys[t] === ':') return undefined;
  return start === clauseStart(view, first, before) || previous === '،' || previous === 'و' ? subject : undefined;
}

/**
 * The speaker of a reporting verb at `before`: a place at the head of the clause (see
 * `placeSpeaking`), else the clause's subject (see `findSubject`), unless a
 * demonstrative institution (`این وزارتخانه`، `این کمیسیون`) comes first — then the institution it
 * takes up. `این کمیسیون تصمیم پارلمان اروپا را ... خواند` → the commission, not the parliament.
 * A `؛` opens a clause of its own, and a mention right before `را` inside a phrase is the object.
 */
export function findSpeaker(view: SentenceView, sentenceFirst: number, before: number): Mention | undefined {
  // a semicolon opens a clause of its own: `X ... را تحریم کرد؛ اقدامی که بقائی آن را «...» دانست` → بقائی
  const first = Math.max(sentenceFirst, view.keys.lastIndexOf('؛', before - 1) + 1);
  // so does و or a comma after a verb, when a subject is written after it: `... اختصاص داده است و عربستان نیز
  // وعده داده است` → عربستان; with none there (`X آمد و گفت`) the subject is shared
  const joined = joinedClause(view, first, before);
  const own = joined > first ? clauseSpeaker(view, joined, before) : undefined;
  // ... heading that clause: in `... خواند و از آمریکا و فرانسه خواست` the places are whom it asks; one before
  // را is the joined clause's object, its subject the shared one (`... رد کردند و ارتش را مسئول دانستند`)
  const [ownStart, ownEnd] = own ? view.mentionTokens[view.mentions.indexOf(own)] : [-1, -1];
  if (own && ownStart === joined && view.keys[ownEnd + 1] !== 'را') return bracketedName(view, own, before);
  const subject = clauseSpeaker(view, first, before);
  return subject && bracketedName(view, subject, before);
}

/**
 * The name in brackets that closes the subject's phrase (at most three words after its mention, no
 * punctuation or verb between), which names the whole phrase: `نیروهای حافظ صلح سازمان ملل در لبنان
 * (یونیفل) ... اعلام کردند` → یونیفل, not the UN the phrase holds; else the subject. A body's name in
 * brackets after a person or an office names their body, not the person: `سخنگوی فرماندهی مرکزی آمریکا
 * (سنتکام) مدعی شد` → the spokesman; a person's name there is the office-holder's (`رهبر انصارالله (عبدالملک الحوثی) گفت`).
 */
function bracketedName(view: SentenceView, subject: Mention, before: number): Mention {
  let open = view.mentionTokens[view.mentions.indexOf(subject)][1] + 1;
  for (let words = 0; open < before && view.keys[open] !== '(' && words < 3; open++, words++) {
    if (view.tokens[open].kind === 'punct' || view.tokens[open].pos === 'VERB' || view.tokens[open].pos === 'AUX') return subject;
  }
  const m = view.mentionAt[open + 1];
  if (open + 2 >= before || view.keys[open] !== '(' || m < 0 || !SPEAKERS.has(view.mentions[m].type)) return subject;
  const [start, end] = view.mentionTokens[m];
  // (a person's name in brackets after an office is the office-holder's: `رهبر انصارالله (عبدالملک الحوثی)`)
  if (subject.type === 'PER' && view.mentions[m].type !== 'PER') return subject;
  return start === open + 1 && view.keys[end + 1] === ')' ? view.mentions[m] : subject;
}

/**
 * Where the last clause before `before` joined by و, اما or a comma to a clause ending in a verb starts
 * (after the comma's اما too: `...، اما وزیر ...`), or `first`.
 */
export function joinedClause(view: SentenceView, first: number, before: number): number {
  for (let t = before - 1; t > first; t--) {
    const pos = view.tokens[t - 1].pos;
    if (CLAUSE_JOINS.has(view.keys[t]) && (pos === 'VERB' || pos === 'AUX')) return t + 1 < before && CONTRASTS.has(view.keys[t + 1]) ? t + 2 : t + 1;
  }
  return first;
}

/** The speaker within the clause `[first, before)` (see {@link findSpeaker}). */
function clauseSpeaker(view: SentenceView, first: number, before: number): Mention | undefined {
  const place = placeSpeaking(view, first, before);
  if (place) return place;
  // a mention right before `را` inside a phrase is the object (`استیضاح او را ... دانستند`), never the subject; at
  // the head of its clause it is kept: the entity stage may have run a subject into its object (`وزارت خارجه سودان امارات را`)
  const head = clauseStart(view, first, before);
  const object = (t: number): boolean => view.mentionAt[t] >= 0 && t > head && !CLAUSE_JOINS.has(view.keys[t - 1]) && view.keys[view.mentionTokens[view.mentionAt[t]][1] + 1] === 'را';
  // a determiner between a preposition and its mention hides neither: `به نقل از یک پژوهشگر آلمانی ... افزود`
  const governed = (t: number): boolean => t - 2 >= first && DETERMINERS.has(view.keys[t - 1]) && PREPOSITIONS.has(view.keys[t - 2]);
  const subject = findSubject(view, first, before, SPEAKERS, (t) => object(t) || governed(t));
  const subjectStart = subject ? view.mentionTokens[view.mentions.indexOf(subject)][0] : before;
  for (let d = head; d + 1 < subjectStart; d++) {
    if (view.keys[d] !== 'این' || view.mentionAt[d + 1] >= 0 || (d > first && PREPOSITIONS.has(view.keys[d - 1]))) continue;
    const found = antecedent(view, d);
    if (found) return found;
  }
  return subject;
}
