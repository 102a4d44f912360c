import { type EntityContext, isPunctuation, type NameMention, overlapsAny, sortByFirst } from './entity-context.js';
import { entityKey } from './entity-key.js';
import { isNameLike } from './find-names.js';
import { afterCount, placedEnd } from './name-filters.js';
import { PERSON_PRONOUNS, PLACE_CLASSIFIERS, PREPOSITIONS } from './function-words.js';
import { GIVEN_KINDS, TITLE_KINDS } from './gazetteer.js';
import { entryOfKind, longestMatchAt } from './match-gazetteer.js';
import { CLIENTS, DEFENDANT, descriptionAt, groupModifiersEnd, isAgentPlural, isCount, isPluralPersonNoun, opensGathering, type PersonDescription, rankOf, singularPersonNoun, SOURCE_PLURALS, SOURCES } from './person-descriptions.js';
import { type PronounPosition, pronounPosition } from './pronoun-position.js';
import { type PersonName, readPersonName, titleEndingAt } from './person-names.js';
import { demonymAt, INSTITUTIONS, type RolePhrase, rolePhraseAt, type RoleSurroundings } from './role-phrases.js';
import { wordTest } from './word-tests.js';

/** A mention of a person in one sentence, before it is linked: a name (with its offices), an office, a pronoun. */
export type PersonMention = {
  sentence: number;
  first: number;
  last: number;
  /** The sentence's grammatical subject, as far as word order tells: its first person not after a preposition. */
  subject: boolean;
} & (
  | {
      kind: 'name'; name: PersonName; roles: RolePhrase[];
      /** `متهم ردیف اول این پرونده، «م.ر»`: a description set off before the name, of this person (a defendant with their rank). */
      described?: { first: number; last: number; head: string; rank?: number };
    }
  | { kind: 'role'; role: RolePhrase }
  | {
      kind: 'description'; description: PersonDescription; text: string;
      /** A group reported as saying something (see `groupSpeaks`). */
      speaks?: boolean;
      /** A group that only signed (`با امضای ۴۲ نماینده`) or only gathered (`جمعی از کارگران ... تجمع کردند`): someone only if taken up later (by a group that speaks, for a bare plural). */
      tentative?: boolean;
    }
  | {
      kind: 'pronoun';
      /** Inside a quotation (after `گفت:` or an open `«`): the token the quotation starts at. */
      quoteFrom?: number;
      /** No subject: after a preposition or a noun, or before `را` (see `pronoun-position.ts`). */
      position?: PronounPosition;
      /** `آنان`: a group of people. */
      plural?: boolean;
      /** The group is reported as saying something (`به گفته آنان`). */
      speaks?: boolean;
      /**
       * `آنها` where nothing says people are meant (`آنها همچنین اعلام کردند`، `مطالبات آنها`): a group of people only if
       * one was spoken of in this sentence or the one before.
       */
      near?: boolean;
      /** `موکلش`: the client of the lawyer spoken of. */
      client?: boolean;
    }
);

/** The plural pronoun of people (`آنان`; `آنها` is as often things). */
const GROUP_PRONOUN = entityKey('آنان');
/** A lawyer's word for the one they defend, with its possessive (`موکلش`, `موکل‌اش`, `موکلم`): that client. */
const CLIENT_WORDS: ReadonlySet<string> = new Set(['موکلش', 'موکل‌اش', 'موکلم', 'موکلمان', 'موکلان', 'موکلانش'].map(entityKey));
/** Whether a token is a pronoun for a person or a group, or a lawyer's word for a client (remembered per word). */
const isPronoun = wordTest((key) => key === GROUP_PRONOUN || key === THEY || PERSON_PRONOUNS.has(key) || CLIENT_WORDS.has(key));
/** `آنها` (entity key): people only where people are surely meant (see {@link theyArePeople}). */
const THEY = entityKey('آنها');

/** Words a description opens with (`یک`, `یکی از`, `این`, `همین`). */
const DESCRIPTION_OPENERS = new Set(['یک', 'یکی', 'این', 'همین']);

/** Words a described person may open with by themselves: an opener, a plural of sources, people or agents, `متهم` (remembered per word). */
const opensDescriptionWord = wordTest((key) => DESCRIPTION_OPENERS.has(key) || SOURCE_PLURALS.has(key) || isAgentPlural(key) || isPluralPersonNoun(key) || key === DEFENDANT || CLIENTS.has(key));

/** The grade after a rank: `سرتیپ دوم`, `دریادار یکم`. */
const RANK_GRADES = new Set(['یکم', 'دوم', 'سوم']);

/** Tokens that may stand between a name and its office: `،`, «», `خود`. */
const GLUE = new Set(['،', '«', '»', 'خود', ',']);

function skipGlue(context: EntityContext, i: number, step: 1 | -1, limit: number): number {
  while (i !== limit && GLUE.has(context.keys[i])) i += step;
  return i;
}

/** Verbs (by lemma) and the nouns of compound verbs that report what someone said or asked for. */
const SAYING_LEMMAS: ReadonlySet<string> = new Set(['گفت', 'افزود', 'نوشت', 'خواست', 'خواند', 'دانست']);
const SAYING_NOUNS: ReadonlySet<string> = new Set(['خواستار', 'تاکید', 'تأکید', 'اعلام', 'هشدار', 'اظهار', 'تصریح', 'خاطرنشان', 'پیش‌بینی', 'انتقاد', 'اعتراض', 'تهدید', 'معتقد', 'معتقدند', 'معتقدیم'].map(entityKey));
/** Nouns that report an accusation only before `کردن` (`متهم کردند`; `متهم ردیف اول` is a defendant). */
const ACCUSING_NOUNS: ReadonlySet<string> = new Set(['متهم'].map(entityKey));
/** Words before a group that make it the author of what is reported: `به گفته`, `بیانیه`, `نامه`, `به ادعای`. */
const AUTHORED = new Set(['گفته', 'نوشته', 'بیانیه', 'نامه', 'ادعای', 'روایت'].map(entityKey));
const QUOTED_FROM = entityKey('نقل');
/** `با امضای ۴۲ نماینده`: the signers of a motion, someone only if the report takes them up later (`امضاکنندگان`). */
const SIGNED = entityKey('امضای');

/**
 * Whether the group at `[first, last)` is reported as saying something in its sentence (up to
 * `to`): after `به گفته` or a document noun (`بیانیه ۲۱۰ نماینده`), or, not after a preposition
 * or a noun, before a verb of saying (`۱۲ نماینده ... خواستار شده بودند`; a saying noun after a
 * preposition does not count: `جمعی از کارگران در اعتراض به ... تجمع کردند`); with `ownClause`, only a
 * saying word before its clause's first verb counts, and not after a verb or `«` (`انتظار داشت نمایندگان ...`).
 */
function groupSpeaks(context: EntityContext, first: number, last: number, to: number, ownClause = false): boolean {
  if (AUTHORED.has(context.keys[first - 1] ?? '')) return true;
  // `به نقل از دو دیپلمات اروپایی`: the source a report quotes
  if (context.keys[first - 1] === 'از' && context.keys[first - 2] === QUOTED_FROM) return true;
  // after a preposition or a noun it is no subject: `برای ۱۸ متهم`, `با امضای ۴۱ نماینده`
  const before = context.tokens[first - 1];
  if (before && (PREPOSITIONS.has(context.keys[first - 1]) || before.pos === 'NOUN' || before.pos === 'ADP' || (ownClause && (before.pos === 'VERB' || context.keys[first - 1] === '«')))) return false;
  for (let k = last; k < to; k++) {
    const token = context.tokens[k];
    if (token.pos === 'VERB' && token.lemma && SAYING_LEMMAS.has(token.lemma)) return true;
    // a saying noun after a preposition is a circumstance, no compound verb: `در اعتراض به ... تجمع کردند`
    if (SAYING_NOUNS.has(context.keys[k]) && !PREPOSITIONS.has(context.keys[k - 1])) return true;
    // `X را به ... متهم کردند`: an accusation voiced, by the nominal part right before its light verb
    // in the plural, as a group's verb is (`۱۴ متهم این پرونده را ... متهم کرد`: the group is accused)
    if (ACCUSING_NOUNS.has(context.keys[k]) && context.tokens[k + 1]?.lemma === 'کرد' && context.keys[k + 1].endsWith('ند')) return true;
    if (ownClause && (token.pos === 'VERB' || token.pos === 'AUX')) return false;
  }
  return false;
}

/** Most words a source named after `به گفته` may run past its description to its comma. */
const SOURCE_TAIL = 5;

/**
 * Where a source named after `به گفته` ends: at the comma after its description when one comes within
 * {@link SOURCE_TAIL} words of nouns, adjectives, names and `در`/`از`, with no verb, quote mark or person's name between;
 * else where the description ends.
 */
function authoredEnd(context: EntityContext, last: number, to: number, names: readonly NameMention[]): number {
  for (let k = last; k < to && k - last <= SOURCE_TAIL; k++) {
    if (context.keys[k] === '،') return k;
    const pos = context.tokens[k].pos;
    const key = context.keys[k];
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || pos === 'PRON' || pos === 'SCONJ' || (pos === 'ADP' && key !== 'در' && key !== 'از')) return last;
    if (names.some((n) => n.type === 'PER' && n.first === k)) return last;
  }
  return last;
}

/**
 * `X، وزیر خارجه روسیه`: an unnamed run of name-like words just before an office is a person — in « »,
 * opening with a listed first name, of two or three words set off from the office by a comma, or
 * ending on a rare word the report writes again (see {@link surnameAgain});
 * never words a count or a preposition comes before (`۴ هزار متقاضی خرید خودرو، مدیرعامل ...`,
 * `در ابتدای جلسه، نماینده دادستان`).
 */
function rescueNames(context: EntityContext, roles: RolePhrase[], names: NameMention[], from: number, taken: Uint8Array): void {
  for (const role of roles) {
    if (role.plural) continue;
    const end = skipGlue(context, role.first - 1, -1, from - 1) + 1;
    if (end <= from || names.some((n) => n.last === end || (n.first < end && n.last > end - 1))) continue;
    let first = end;
    while (first > from && end - first < 3 && !taken[first - 1] && (isNameLike(context, first - 1) || unseenAdjective(context, first - 1)) && !names.some((n) => n.last > first - 1 && n.first <= first - 1)) first--;
    if (first === end || afterCount(context, first)) continue;
    const quoted = context.keys[first - 1] === '«' && context.keys[end] === '»';
    const given = longestMatchAt(context.resources.gazetteer, context.keys, first, end);
    // two or three name-like words with an office set off by a comma after them: `مای ساتو، گزارشگر ویژه ...`
    // (after a preposition such words are a circumstance, no name: `در ابتدای جلسه، نماینده دادستان ...`)
    const apposed = context.keys[end] === '،' && end - first >= 2 && !PREPOSITIONS.has(context.keys[first - 1] ?? '');
    if (quoted || apposed || (given && entryOfKind(given.entries, GIVEN_KINDS)) || surnameAgain(context, first, end)) names.push({ first, last: end, type: 'PER' });
  }
}

/**
 * Whether the run `[first, end)` of two or three words before an office ends on a rare word the report
 * writes again elsewhere: a surname named in full once and alone later (`با حنان بلخی مدیر ... بلخی نیز`).
 */
function surnameAgain(context: EntityContext, first: number, end: number): boolean {
  const last = end - 1;
  if (end - first < 2 || !(context.tokens[last].pos === 'PROPN' || context.words[last].frequency <= 3)) return false;
  const key = context.keys[last];
  for (let k = 0; k < context.keys.length; k++) if ((k < first || k >= end) && context.keys[k] === key) return true;
  return false;
}

/**
 * Whether `آنها` at `i` (as often things as people) is a group of people: the source of what is reported
 * (`به گفته آنها`), or the one spoken to after a group its sentence described before (`در جمع کارگران به آنها
 * قول داد`).
 */
function theyArePeople(context: EntityContext, i: number, from: number, mentions: readonly PersonMention[]): boolean {
  if (context.keys[i - 1] === entityKey('گفته') && context.keys[i - 2] === 'به') return true;
  return context.keys[i - 1] === 'به' && i - 1 > from && mentions.some((m) => m.kind === 'description' && m.last <= i - 1 && (m.description.group === true || m.description.takenUp === true));
}

/** Whether a noun in the plural of things (`قیمت‌ها`, `تضمین‌های`; no person noun) stands in `[from, i)`. */
function thingsBefore(context: EntityContext, from: number, i: number): boolean {
  for (let k = from; k < i; k++) {
    const { norm, pos } = context.tokens[k];
    if (pos === 'NOUN' && /ها(?:ی|یی)?$/.test(norm) && !isPluralPersonNoun(context.keys[k]) && !isAgentPlural(context.keys[k])) return true;
  }
  return false;
}

/** Tokens after which a clause or a name opens: the sentence start is one too. */
const OPENINGS = new Set(['،', '«', ':', '.', 'و']);

/**
 * `از سوی دیگر، زیاد علی فاضل وزیر ...`: a first name that is also an everyday word (`زیاد`, listed as
 * ambiguous), right before a person who opens with a first name and right after a comma or the
 * sentence start, is the first word of that person's name. Changes the span in place.
 */
function openWithEverydayGivenName(context: EntityContext, span: NameMention, from: number, taken: Uint8Array): void {
  const k = span.first - 1;
  if (k < from || taken[k] || (k > from && !OPENINGS.has(context.keys[k - 1]))) return;
  const given = (i: number, ambiguous: boolean): boolean => {
    const entry = entryOfKind(longestMatchAt(context.resources.gazetteer, context.keys, i, i + 1, GIVEN_KINDS)?.entries ?? [], GIVEN_KINDS);
    return entry !== undefined && (entry.ambiguous === true) === ambiguous;
  };
  if (given(k, true) && given(span.first, false)) span.first = k;
}

/** A word the tagger calls an adjective but the corpus has (almost) never seen: a foreign surname (`ساتو`). */
function unseenAdjective(context: EntityContext, i: number): boolean {
  return context.tokens[i].pos === 'ADJ' && context.tokens[i].kind === 'word' && context.words[i].frequency <= 1;
}

/** Whether token `i` is inside a PER or ORG name, after its first word (a loop: this runs at every token): no office opens there (`حکومت سرپرست افغانستان`). */
function insideName(names: readonly NameMention[], i: number): boolean {
  for (const n of names) if ((n.type === 'PER' || n.type === 'ORG') && n.first < i && n.last > i) return true;
  return false;
}

/** Whether token `i` comes right after a PER name (or after the » closing it). */
function followsName(context: EntityContext, names: readonly NameMention[], i: number): boolean {
  for (const n of names) if (n.type === 'PER' && (n.last === i || (n.last === i - 1 && context.keys[i - 1] === '»'))) return true;
  return false;
}

/**
 * The organization or country right after a description, which is part of it (`یک مقام ارتش سودان`); a
 * place too after a group or after people in the plural it names them by (`جمعی از کشاورزان دشت مغان`,
 * `یکی از نمایندگان کشاورزان ورزنه`).
 */
function ownerAfter(context: EntityContext, names: readonly NameMention[], description: PersonDescription): NameMention | undefined {
  const ofPlace = description.gathered || isPluralPersonNoun(context.keys[description.last - 1] ?? '');
  for (const n of names) if (n.first === description.last && (n.type === 'ORG' || n.entry?.kind === 'country' || (ofPlace && n.type === 'LOC'))) return n;
  return undefined;
}

/**
 * Where the places after a place noun in the plural that ends a description end, joined by `و`: `۱۲ نماینده
 * استان‌های خوزستان و گلستان` runs to `گلستان`; `last` when no place follows such a noun.
 */
function placesOfGroupEnd(context: EntityContext, names: readonly NameMention[], last: number): number {
  const noun = context.keys[last - 1] ?? '';
  if (!noun.endsWith('های') || !PLACE_CLASSIFIERS.has(noun.slice(0, -3))) return last;
  const placeAt = (k: number): NameMention | undefined => names.find((n) => n.first === k && n.type === 'LOC');
  let place = placeAt(last);
  if (!place) return last;
  while (context.keys[place.last] === 'و' && placeAt(place.last + 1)) place = placeAt(place.last + 1) as NameMention;
  return place.last;
}

/**
 * `کارگران قراردادی شرکت لوله‌سازی کارون`: the organization a workforce works for, after up to two adjectives
 * of the workers (`قراردادی`، `پیمانکاری`، `معترض`), or undefined.
 */
function employerAfterAdjectives(context: EntityContext, names: readonly NameMention[], description: PersonDescription, to: number): NameMention | undefined {
  if (!WORKFORCE.has(description.head) || !(description.takenUp || description.gathered)) return undefined;
  let k = description.last;
  while (k < to && k - description.last < 2 && context.tokens[k].pos === 'ADJ') k++;
  return k > description.last ? names.find((n) => n.first === k && n.type === 'ORG') : undefined;
}

/** Singular keys of the people who work for a body, or back a club, and act as a group in the news (workers, nurses, fans): `کارگران شرکت ...`. */
const WORKFORCE: ReadonlySet<string> = new Set(['کارگر', 'پرستار', 'هوادار'].map(entityKey));
/** Whether token `i` opens its sentence (from `from`) or a clause after a comma or `و`. */
function headsClause(context: EntityContext, i: number, from: number): boolean {
  return i === from || context.keys[i - 1] === '،' || context.keys[i - 1] === 'و';
}

/** `هوادار` (entity key): a club's fans (`هواداران سپاهان`) are a group of their own only where they speak. */
const FAN = entityKey('هوادار');

/**
 * Collects the person mentions of one sentence (tokens `[from, to)`): PER names with the offices
 * beside them (`X، وزیر خارجه روسیه`, `وزیر خارجه روسیه X`, `X همتای ترکیه‌ای خود`), offices on
 * their own, people described (`یک تبعه اروپایی`, `این فرد`, `متهم ردیف اول پرونده، «م.ر»` with
 * the name), and the pronouns وی، او، ایشان (marked when inside a quotation), آنان and, where people are meant, آنها.
 * `names` are the sentence's names; the people only an office revealed are added to it.
 */
export function collectPersonMentions(
  context: EntityContext, sentence: number, from: number, to: number, names: NameMention[], around: RoleSurroundings, taken: Uint8Array,
): PersonMention[] {
  const roles: RolePhrase[] = [];
  for (let i = from; i < to; i++) {
    if (taken[i] || insideName(names, i)) continue;
    const afterName = followsName(context, names, i);
    const role = rolePhraseAt(context, i, to, around, afterName);
    if (!role) continue;
    roles.push(role);
    i = role.last - 1;
  }
  rescueNames(context, roles, names, from, taken);
  for (const span of names) if (span.type === 'PER') openWithEverydayGivenName(context, span, from, taken);
  const used = new Set<RolePhrase>();
  const roleAt = (i: number): RolePhrase | undefined => roles.find((r) => r.first === i && !used.has(r));
  const roleEndingAt = (i: number): RolePhrase | undefined => roles.find((r) => r.last === i && !used.has(r));
  const mentions: PersonMention[] = [];
  for (const span of sortByFirst(names.filter((n) => n.type === 'PER'))) {
    const name = readPersonName(context, span, from);
    if (span.entry?.kind === 'person' && !span.entry.ambiguous) Object.assign(name, { canonical: span.entry.canonical, keys: span.entry.canonical.split(' ').map(entityKey), listedCountry: span.entry.country ?? null });
    const attached: RolePhrase[] = [];
    for (let role = roleAt(skipGlue(context, span.last, 1, to)); role; role = context.keys[role.last] === 'و' ? roleAt(role.last + 1) : undefined) {
      attached.push(role);
      used.add(role);
    }
    // titles and ranks before the name, of one word or several, a rank with its grade (`دریادار دوم`),
    // also outside the « » that open the name (`دریادار «کامران نیک‌پور»`)
    let start = span.first;
    for (;;) {
      const end = start === span.first && context.keys[start - 1] === '«' ? start - 1 : start;
      const graded = RANK_GRADES.has(context.keys[end - 1] ?? '') ? titleEndingAt(context, end - 1, from) : undefined;
      const title = graded?.kind === 'rank' ? graded : titleEndingAt(context, end, from);
      if (!title) break;
      start = title.first;
    }
    const namedAs = introducedAs(context, start, from);
    const before = roleEndingAt(namedAs ?? skipGlue(context, start - 1, -1, from - 1) + 1) ?? appositiveOffice(context, span, start, from, to, roleEndingAt, names);
    if (before && !before.plural && !isAttribution(context, before)) {
      attached.unshift(before);
      used.add(before);
    }
    const described = attached[0] !== undefined && attached[0].first < span.first ? undefined : appositiveDescription(context, start, from, names) ?? (attached.length === 0 ? descriptionAfter(context, span, to, names) : undefined) ?? oneOfAfter(context, span, attached, to);
    mentions.push({ kind: 'name', sentence, first: span.first, last: span.last, subject: false, name, roles: attached, ...(described ? { described: { ...described, ...rankOf(context, described.first, described.last) } } : {}) });
  }
  for (const role of roles) if (!used.has(role) && !role.plural && !isAttribution(context, role)) mentions.push({ kind: 'role', sentence, first: role.first, last: role.last, subject: false, role });
  // `وکیل متهم ردیف دوم`: the client by rank is someone too, whom a later `برای وی` names
  for (const role of roles) {
    const client = role.client && descriptionAt(context, role.client.first, role.client.last);
    if (client) mentions.push({ kind: 'description', sentence, first: client.first, last: client.last, subject: false, description: client, text: context.tokens.slice(client.first, client.last).map((t) => t.norm).join(' ') });
  }
  const inMention = (i: number): boolean => mentions.some((m) => (firstToken(m) <= i && m.last > i) || (m.kind === 'name' && m.described && m.described.first <= i && m.described.last > i)) || names.some((n) => n.first <= i && n.last > i);
  for (let i = from; i < to; i++) {
    const key = context.keys[i];
    // a count opens a group by quantity even where it is read as a quantity (`۳۲ نفر از نمایندگان`)
    const gathering = opensGathering(context, i);
    const opens = gathering && isCount(context, i) ? true : opensDescriptionWord(context.keys, context.words, i) || gathering ? !taken[i] : isCount(context, i);
    // `این دیپلمات روس` read as an office already is no description too
    const description = opens && !inMention(i) && !(DESCRIPTION_OPENERS.has(key) && inMention(i + 1)) ? descriptionAt(context, i, to) : undefined;
    if (!description) continue;
    // the group's name leaves out the quantity (`جمعی از کارگران ...` → `کارگران ...`)
    // (`یکی از آنان` keeps its words: the pronoun alone names the group)
    const start = description.gathered ? description.headAt ?? i : context.keys[i] === 'یکی' ? (context.keys[i + 2] === GROUP_PRONOUN ? i : i + 2) : DESCRIPTION_OPENERS.has(context.keys[i]) ? i + 1 : i;
    // `یک مقام ارتش سودان`: the organization or country right after the description is part of it
    // a group's place too: `جمعی از کشاورزان دشت مغان`
    // modifiers never cut a name in two: `۳۲ نماینده مجلس شورای اسلامی` ends with the body, not at `مجلس`
    const cut = names.find((n) => n.first > description.first && n.first < description.last && n.last > description.last);
    if (cut) description.last = cut.first;
    const owner = ownerAfter(context, names, description) ?? employerAfterAdjectives(context, names, description, to);
    if (owner) description.last = owner.last;
    else description.last = placesOfGroupEnd(context, names, description.last);
    // a workforce with the body it works for (`کارگران شرکت ...`) introduces those people, whom the bare plural takes up later
    // (not members of a body: `نمایندگان مجلس`, `اعضای کمیسیون` are the body's, and its own entity)
    if (owner && owner.type === 'ORG' && (description.takenUp || description.gathered) && WORKFORCE.has(description.head)) {
      // (heading their clause: `از رفتار هواداران پرسپولیس انتقاد کرد` is someone else's complaint)
      if (description.head === FAN && (!groupSpeaks(context, description.first, description.last, to, true) || !headsClause(context, description.first, from))) continue;
      delete description.takenUp;
      description.ofBody = true;
    }
    // a bare source that speaks is a group of its own (`به گفته کارشناسان`, `تحلیلگران می‌گویند`), though never bare `منابع`
    else if (description.needsOwner && (key === SOURCES || !groupSpeaks(context, description.first, description.last, to, false))) continue;
    else if (description.gathered) description.last = definiteEnd(context, description.last, groupModifiersEnd(context, description.last, to));
    // a bare plural a report cites is a group of its own, with where it is or its adjectives (`به گفته دیپلمات‌های حاضر در
    // نشست`، `به گفته دیپلمات‌های اروپایی`)
    if (description.takenUp && AUTHORED.has(context.keys[description.first - 1] ?? '')) {
      delete description.takenUp;
      description.last = placedEnd(context, description.last, to, (k) => names.find((n) => n.first === k)) ?? definiteEnd(context, description.last, groupModifiersEnd(context, description.last, to));
    }
    // a bare plural posted somewhere is a group of its own where it speaks (`دیپلمات‌ها در نیویورک گفتند`)
    const posted = description.takenUp ? servedBody(context, description.last, to, names) : undefined;
    if (posted !== undefined && groupSpeaks(context, description.first, posted, to, false)) {
      delete description.takenUp;
      description.last = posted;
    }
    // a counted group (`۱۲ نماینده`) is someone only where it speaks; one that only acts is nobody
    // (the doers of an act, `امضاکنندگان`, take up a group described before even where they only act)
    const speaks = groupSpeaks(context, description.first, description.last, to, description.takenUp);
    const signed = description.group && context.keys[description.first - 1] === SIGNED;
    // a group that signs (`۴۲ نماینده مجلس با امضای طرحی، ... را تقدیم کردند`) acts as the signers, someone the report speaks of
    const signing = description.group && context.keys[description.last] === 'با' && context.keys[description.last + 1] === SIGNED;
    if (!DESCRIPTION_OPENERS.has(key) && !SOURCE_PLURALS.has(key) && !speaks && !signed && !signing && !description.definite && !description.gathered && !description.takenUp && !description.owned && !description.ofBody && !description.qualified) continue;
    // `یکی از آنان`, `نمایندگان بازنشستگان`: someone only where they speak (else `کارگران` in `نمایندگان کارگران` is the workers)
    if ((description.ofGroup || description.owned) && !speaks) continue;
    // `یکی از سخنگویان ارتش گفت`: one of an office's holders only where they speak in their own clause
    if (description.oneOfOffice && !groupSpeaks(context, description.first, description.last, to, true)) continue;
    else description.last = servedBody(context, description.last, to, names) ?? placedEnd(context, description.last, to, (k) => names.find((n) => n.first === k)) ?? description.last;
    // the source `به گفته` names runs to its comma (`به گفته یک دیپلمات آگاه در وزارت امور خارجه، ...`، `عضو هیئت همراه`)
    if (AUTHORED.has(context.keys[description.first - 1] ?? '')) description.last = authoredEnd(context, description.last, to, names);
    const text = context.tokens.slice(start, description.last).map((t) => t.norm).join(' ');
    mentions.push({ kind: 'description', sentence, first: description.first, last: description.last, subject: false, description, text, ...(speaks ? { speaks } : {}), ...((signed || description.gathered || description.qualified) && !speaks && !signing && !description.ofBody ? { tentative: true } : {}) });
    i = description.last - 1;
  }
  for (let i = from; i < to; i++) {
    if (!isPronoun(context.keys, context.words, i)) continue;
    // `آنان`: a group named before (`به گفته آنان`)
    if (context.keys[i] === THEY && !inMention(i)) {
      const people = theyArePeople(context, i, from, mentions);
      // (after a plural of things in its sentence, `آنها` is those things: `قیمت‌ها بالا رفته و آنها را ...`)
      if (!people && thingsBefore(context, from, i)) continue;
      mentions.push({ kind: 'pronoun', sentence, first: i, last: i + 1, subject: false, plural: true, ...(people ? {} : { near: true }), ...(AUTHORED.has(context.keys[i - 1] ?? '') ? { speaks: true } : {}) });
    }
    if (context.keys[i] === GROUP_PRONOUN && !inMention(i)) mentions.push({ kind: 'pronoun', sentence, first: i, last: i + 1, subject: false, plural: true, ...(groupSpeaks(context, i, i + 1, to, true) ? { speaks: true } : {}) });
    if (CLIENT_WORDS.has(context.keys[i]) && !inMention(i)) mentions.push({ kind: 'pronoun', sentence, first: i, last: i + 1, subject: false, client: true });
    if (!PERSON_PRONOUNS.has(context.keys[i]) || overlapsAny(names, i, i + 1)) continue;
    const quoteFrom = quotationStart(context, from, i);
    const position = pronounPosition(context, from, i);
    mentions.push({ kind: 'pronoun', sentence, first: i, last: i + 1, subject: false, ...(quoteFrom !== undefined ? { quoteFrom } : {}), ...(position ? { position } : {}) });
  }
  mentions.sort((a, b) => firstToken(a) - firstToken(b));
  // a mention just after « is inside a quotation, unless the « » only wrap the name: `«ح.ک» گفت`
  const quoted = (m: PersonMention): boolean => context.keys[firstToken(m) - 1] === '«' && context.keys[m.last] !== '»';
  const subject = mentions.find((m) => !PREPOSITIONS.has(context.keys[firstToken(m) - 1] ?? '') && !quoted(m));
  if (subject) subject.subject = true;
  return mentions;
}

/**
 * `فرمانده گروه شناورهای روسی حاضر در رزمایش، «الکساندر کوزنتسوف»، ...`: an office a few words
 * before a name set off by commas is that name's office, when no verb or other name stands between.
 */
function appositiveOffice(context: EntityContext, span: NameMention, start: number, from: number, to: number, roleEndingAt: (i: number) => RolePhrase | undefined, names: NameMention[]): RolePhrase | undefined {
  const comma = appositionComma(context, span, start, from, to);
  if (comma === undefined) return undefined;
  for (let end = comma; end > from && comma - end <= 4; end--) {
    const role = roleEndingAt(end);
    if (role && !role.plural && !role.counterpart) return role;
    const k = end - 1;
    if (context.tokens[k].pos === 'VERB' || context.tokens[k].pos === 'AUX' || context.keys[k] === '،' || names.some((n) => n.first <= k && n.last > k)) return undefined;
  }
  return undefined;
}

/**
 * `یک مقام آگاه در هیئت ایرانی`، `یک منبع در وزارت نفت`: the body a described person serves in,
 * after `در` — an organization the tagger found, or an institution word (`هیئت`, `وزارت`) with
 * up to two adjectives or demonyms — belongs to the description. Returns where it ends, or undefined.
 */
function servedBody(context: EntityContext, at: number, to: number, names: NameMention[]): number | undefined {
  if (context.keys[at] !== 'در' || at + 1 >= to) return undefined;
  const organization = names.find((n) => n.first === at + 1 && n.type === 'ORG');
  if (organization) return organization.last;
  // where the people are posted: a city (`دو دیپلمات غربی در وین`), never a country, which is where something happens
  const city = names.find((n) => n.first === at + 1 && n.type === 'LOC' && n.entry?.kind === 'city');
  if (city) return city.last;
  if (!INSTITUTIONS.has(context.keys[at + 1])) return undefined;
  let k = at + 2;
  while (k < to && k - at - 2 < 2 && !names.some((n) => n.first === k) && (context.tokens[k].pos === 'ADJ' || demonymAt(context, k, to))) k++;
  return k > at + 2 ? k : undefined;
}

/** The start of the quotation token `i` lies in (after `:` or an unclosed `«` of its sentence), or undefined. */
function quotationStart(context: EntityContext, from: number, i: number): number | undefined {
  for (let k = i - 1; k >= from; k--) {
    if (context.keys[k] === '»') return undefined;
    if (context.keys[k] === ':' || context.keys[k] === '«') return k + 1;
  }
  return undefined;
}

/** Where a name set off by commas begins its apposition: the `،` before it (past `«`), when one follows it too. */
function appositionComma(context: EntityContext, span: NameMention, start: number, from: number, to: number): number | undefined {
  const comma = context.keys[start - 1] === '«' ? start - 2 : start - 1;
  let after = span.last;
  while (after < to && context.keys[after] === '»') after++;
  return comma >= from && context.keys[comma] === '،' && context.keys[after] === '،' ? comma : undefined;
}

/** Tokens after which a clause opens: `:`, `.`, `که` (`افزود که متهم اصلی ... «ح.ک» ...`), an opening `«` (`گفت: «متهم ردیف اول ...`). */
const CLAUSE_OPENERS = new Set([':', '.', 'که', '«']);
/** `با نام اختصاری`, `با نام`: how a report introduces someone by initials or a name after a description. */
const NAMED_AS = [['با', 'نام', 'اختصاری'], ['با', 'نام']].map((words) => words.map(entityKey));

/**
 * `متهم ردیف نخست این پرونده با نام اختصاری «ع.ن»`: where `با نام (اختصاری)` begins when it stands
 * right before the name at `start` (past `«`), so that the description or office before it is the
 * name's, as one set off by a comma is; else undefined.
 */
function introducedAs(context: EntityContext, start: number, from: number): number | undefined {
  const end = context.keys[start - 1] === '«' ? start - 1 : start;
  for (const words of NAMED_AS) {
    const at = end - words.length;
    if (at >= from && words.every((w, k) => context.keys[at + k] === w)) return at;
  }
  return undefined;
}

/**
 * `متهم ردیف اول این پرونده، «م.ر» مدیرعامل سابق این شرکت، ...`: a phrase headed by a person
 * noun (`متهم`, `تبعه`, `کارشناس`), opening the sentence or a clause after `:` or `که`, followed by a
 * comma or `با نام اختصاری` and a name, describes that name's bearer. No verb or other name may stand between; at
 * most five words.
 */
function appositiveDescription(context: EntityContext, start: number, from: number, names: NameMention[]): { first: number; last: number; head: string } | undefined {
  const comma = introducedAs(context, start, from) ?? (context.keys[start - 1] === '«' ? start - 2 : start - 1);
  if (comma < from || (context.keys[comma] !== '،' && context.keys[comma] !== 'با')) return undefined;
  for (let k = comma - 1; k >= from && comma - k <= 5; k--) {
    const pos = context.tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX' || isPunctuation(context, k) || names.some((n) => n.first <= k && n.last > k)) return undefined;
    // a clause opens at the sentence's start, after an opener, or after a verb of saying whose `که` is left out (`گفت متهم ردیف اول ...`)
    const before = context.tokens[k - 1];
    const opens = k === from || CLAUSE_OPENERS.has(context.keys[k - 1]) || (before?.pos === 'VERB' && before.lemma !== undefined && SAYING_LEMMAS.has(before.lemma));
    const head = singularPersonNoun(context.keys[k]);
    if (head && opens) return { first: k, last: comma, head };
  }
  return undefined;
}

/** Where the modifiers `[from, end)` of a group end before an indefinite noun, the object of its verb (`معترضان پلاکاردهایی در دست داشتند`). */
function definiteEnd(context: EntityContext, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const { norm, lemma, pos } = context.tokens[k];
    // `...هایی` is an indefinite plural whatever the lemma; other forms by lemma + ی
    if (pos === 'NOUN' && (/‌?هایی$/.test(norm) || (lemma !== undefined && lemma !== norm && /(?:ی|‌ای)$/.test(norm) && !/(?:ی|‌ای)$/.test(lemma)))) return k;
  }
  return end;
}

/**
 * `«م.ر»، روزنامه‌نگار بازداشت‌شده در پرونده ...، با قرار وثیقه ...`: a person noun set off by a comma
 * right after a name describes that name's bearer, and so does one of a people or of an office's holders
 * (`عثمان بابکر، یکی از سخنگویان نیروهای واکنش سریع، ...`), up to the next comma (at most eight words, no
 * verb or other person between; else the noun and up to two modifiers).
 */
function descriptionAfter(context: EntityContext, span: NameMention, to: number, names: NameMention[]): { first: number; last: number; head: string } | undefined {
  let k = span.last;
  while (k < to && context.keys[k] === '»') k++;
  if (context.keys[k] !== '،' || k + 1 >= to) return undefined;
  // `عثمان بابکر، یکی از سخنگویان نیروهای واکنش سریع، ...`: one of the holders of an office or of a people
  const oneOf = context.keys[k + 1] === 'یکی' && context.keys[k + 2] === 'از' ? descriptionAt(context, k + 1, to) : undefined;
  const head = oneOf?.head ?? singularPersonNoun(context.keys[k + 1]);
  if (!head) return undefined;
  let end = oneOf ? oneOf.last : k + 2;
  const stops = (i: number): boolean => context.keys[i] === '،' || context.tokens[i].pos === 'VERB' || context.tokens[i].pos === 'AUX' || names.some((n) => n.type === 'PER' && n.first === i);
  while (end < to && end - k < 9 && !stops(end)) end++;
  if (context.keys[end] !== '،') end = oneOf ? oneOf.last : groupModifiersEnd(context, k + 2, to);
  return { first: k + 1, last: end, head };
}

/**
 * `حسن نوروزی یکی از امضاکنندگان این طرح گفت`, `رضا کریمی نماینده مردم بهبهان و یکی از امضاکنندگان این طرح`: one of a
 * group or of an office's holders right after a name, or after the name's office and `و`, describes that name's bearer
 * (`و` straight after a bare name joins someone else: `علی احمدی و یکی از دستیارانش`).
 */
function oneOfAfter(context: EntityContext, span: NameMention, attached: readonly RolePhrase[], to: number): { first: number; last: number; head: string } | undefined {
  const office = attached.filter((role) => role.first >= span.last).at(-1);
  let k = office ? office.last : span.last;
  while (k < to && context.keys[k] === '»') k++;
  if (office && context.keys[k] === 'و') k++;
  if (context.keys[k] !== 'یکی' || context.keys[k + 1] !== 'از') return undefined;
  const description = descriptionAt(context, k, to);
  return description ? { first: k, last: description.last, head: description.head } : undefined;
}

/**
 * Whether an office is the reporter of the attribution line (`به گزارش خبرنگار سیاسی ایسنا، X ...`)
 * or the agency's journalist someone speaks to (`به خبرنگار مهر گفت`, `به خبرنگار ما`): never the person named after
 * it, and no person of the report either (not a subject, not what a later وی refers to).
 */
function isAttribution(context: EntityContext, role: RolePhrase): boolean {
  const before = context.keys[role.first - 1];
  if (before === 'گزارش' && context.keys[role.first - 2] === 'به') return true;
  // the agency's journalist spoken to: `به خبرنگار مهر گفت`, `در گفت‌وگو با خبرنگار ایرنا`, `به خبرنگار ما گفت`
  return (before === 'به' || before === 'با') && role.head === 'خبرنگار';
}

/** Where a mention starts, counting an office written before the name. */
export function firstToken(mention: PersonMention): number {
  return mention.kind === 'name' && mention.roles.length > 0 ? Math.min(mention.first, mention.roles[0].first) : mention.first;
}
