import type { EntityContext, NameMention } from './entity-context.js';
import { entityKey } from './entity-key.js';
import type { EntityAttributes, EntityRecord, EntityType, Mention, MentionKind, PersonRole } from './entity-layers.js';
import { type Person, roleCountry } from './person-matching.js';
import type { RolePhrase } from './role-phrases.js';
import { countryInWords } from './country-in-words.js';
import { jointOfCountry } from './joint-bodies.js';
import { knownPerson, lookupPhrase, ORGANIZATION_KINDS, REPORTER_KINDS } from './gazetteer.js';
import { matchGazetteer } from './match-gazetteer.js';

/** A value found in the text: a date, number, amount of money or percentage. */
export interface ValueMention {
  first: number;
  last: number;
  type: 'DATE' | 'NUM' | 'MONEY' | 'PERCENT';
  attributes: EntityAttributes;
}

interface Draft {
  type: EntityType;
  canonical: string;
  attributes: EntityAttributes;
  mentions: { first: number; last: number; kind: MentionKind; text?: string }[];
  id?: string;
}

const surfaceOf = (context: EntityContext, first: number, last: number): string => context.tokens.slice(first, last).map((t) => t.norm).join(' ');

function nameDraftKey(name: NameMention, surface: string): string {
  const entry = name.entry;
  if (name.type === 'LOC' && entry?.kind === 'country' && entry.country) return `LOC:${entry.country}`;
  return `${name.type}:${entityKey(entry?.canonical ?? surface)}`;
}

/** `روابط عمومی` (entity keys): a body's public relations office. */
const PUBLIC_RELATIONS = ['روابط', 'عمومی'].map(entityKey);

/**
 * The body a public relations office speaks for (`روابط عمومی دانشگاه علوم پزشکی کرمانشاه` → the university, as
 * examples/README has it): an organization's name that opens with `روابط عمومی` and goes on, as the name the
 * lists give the rest (`روابط عمومی نیروی دریایی سپاه` → its listed name) or its words; undefined for any other name.
 */
function bodySpokenFor(context: EntityContext, name: NameMention): NameMention | undefined {
  const { first, last } = name;
  if (name.type !== 'ORG' || last - first < 3 || context.keys[first] !== PUBLIC_RELATIONS[0] || context.keys[first + 1] !== PUBLIC_RELATIONS[1]) return undefined;
  const rest = surfaceOf(context, first + 2, last);
  const listed = lookupPhrase(context.resources.gazetteer, rest).find((e) => ORGANIZATION_KINDS.has(e.kind));
  return { first: first + 2, last, type: 'ORG', entry: listed ?? { ...name.entry, kind: 'organization', canonical: rest, derived: true } };
}

function nameAttributes(name: NameMention): EntityAttributes {
  const entry = name.entry;
  if (!entry) return {};
  const subtype = name.type === 'LOC' ? entry.kind : entry.subtype;
  return { ...(subtype ? { subtype } : {}), ...(entry.country ? { country: entry.country } : {}) };
}

/** A country named by words that are not its name, tokens `[first, last)`. */
export interface CountryMention {
  first: number;
  last: number;
  country: string;
  kind: 'pronoun' | 'alias';
}

/** `کشور` (entity key): `این کشور` is the country named last. */
const COUNTRY_WORD = entityKey('کشور');

/** Words that make an unnamed source of the place: `منابع محلی`، `شاهدان عینی`. */
const LOCAL_WORDS: ReadonlySet<string> = new Set(['محلی', 'عینی'].map(entityKey));

/** A place with a country named in the text, tokens `[first, last)`; `state` when it is a country itself. */
interface NamedPlace { first: number; last: number; country: string; state: boolean }

/** The places with a country the text names (names and country mentions), in order. */
function namedPlaces(found: FoundEntities): NamedPlace[] {
  const places: NamedPlace[] = [];
  for (const n of found.names) if (n.type === 'LOC' && n.entry?.country) places.push({ first: n.first, last: n.last, country: n.entry.country, state: n.entry.kind === 'country' });
  for (const c of found.countryMentions) places.push({ first: c.first, last: c.last, country: c.country, state: true });
  return places.sort((a, b) => a.first - b.first);
}

/**
 * The country a report is most about: the one its entities' mentions place most often (news agencies and media
 * left out) when named more than twice as often as the home country, else the home country when it is named at all;
 * undefined for a report that names no country.
 */
function reportFocus(context: EntityContext, drafts: readonly Draft[]): string | undefined {
  const home = context.homeCountry;
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    const { subtype, country } = draft.attributes;
    if (!country || REPORTER_KINDS.has(subtype ?? '')) continue;
    counts.set(country, (counts.get(country) ?? 0) + draft.mentions.length);
  }
  let best = home;
  for (const [country, n] of counts) if (n > (counts.get(best) ?? 0)) best = country;
  return (counts.get(best) ?? 0) > 2 * (counts.get(home) ?? 0) ? best : counts.has(home) ? home : undefined;
}

/** First words of people who speak for no side: experts, unnamed sources, match officials (`کارشناسان بازار انرژی`، `منابع آگاه`، `داور مسابقه`). */
const NO_SIDE_HEADS: ReadonlySet<string> = new Set(['کارشناس', 'کارشناسان', 'تحلیلگر', 'تحلیلگران', 'منبع', 'منابع', 'داور', 'ناظر'].map(entityKey));
/** Offices of a match official (`ناظر بازی`، `داور دیدار`): their holder is of no side, so no country unless told one (`داور ژاپنی`). */
const MATCH_OFFICIALS: ReadonlySet<string> = new Set(['داور', 'ناظر'].map(entityKey));

/** Words of a body of many countries: `کمیته انضباطی کنفدراسیون فوتبال آسیا`، `اتحادیه جهانی کشتی`، `کمیسیون مشترک`. */
const MANY_COUNTRIES: ReadonlySet<string> = new Set(['آسیا', 'جهانی', 'بین‌الملل', 'بین‌المللی', 'اروپا', 'اروپایی', 'اقیانوسیه', 'ملل', 'مشترک', 'کشورهای', 'منطقه‌ای'].map(entityKey));

/** Whether the words of tokens `[first, last)` name a body of many countries, or one the lists know as international. */
function namesBodyAbroad(context: EntityContext, first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (MANY_COUNTRIES.has(context.keys[i])) return true;
  return matchGazetteer(context.resources.gazetteer, context.keys, first, last, ORGANIZATION_KINDS).some((m) => m.entries.some((e) => e.kind === 'organization' && !e.country));
}

/**
 * The body of many countries a bare organization's name is the short form of: `کمیته انضباطی` after `کمیته انضباطی
 * کنفدراسیون فوتبال آسیا` is that committee again, not one of the home country. The name (two words or more, of no
 * listed body and naming no country) must open the earlier name word for word; the latest such name before it is taken.
 */
function shortFormOf(context: EntityContext, names: readonly NameMention[], name: NameMention): NameMention | undefined {
  const size = name.last - name.first;
  if (name.type !== 'ORG' || size < 2 || (name.entry && !name.entry.derived) || name.entry?.country) return undefined;
  let best: NameMention | undefined;
  for (const full of names) {
    if (full.type !== 'ORG' || full.last > name.first || full.last - full.first <= size || (best && best.first > full.first)) continue;
    let opens = true;
    for (let i = 0; i < size && opens; i++) opens = context.keys[full.first + i] === context.keys[name.first + i];
    if (opens && namesBodyAbroad(context, full.first + size, full.last)) best = full;
  }
  return best;
}

/** A sports body's committee named bare (`کمیته انضباطی`، `کمیته استیناف`): whose it is, the text must tell. */
const SPORTS_COMMITTEE = entityKey('کمیته');
const SPORTS_COMMITTEE_WORDS: ReadonlySet<string> = new Set(['انضباطی', 'استیناف', 'مسابقات', 'داوران', 'اخلاق', 'وضعیت'].map(entityKey));
/** Words of a country's own governing body of a sport (`فدراسیون فوتبال`، `سازمان لیگ`). */
const NATIONAL_SPORTS_BODY: ReadonlySet<string> = new Set(['فدراسیون', 'لیگ'].map(entityKey));

/**
 * Whether a bare committee of a sports body (`کمیته انضباطی` with no body after it) belongs to a body of many
 * countries: the governing body named last before it is one (`کنفدراسیون فوتبال آسیا (AFC) ... به رأی کمیته انضباطی
 * اعتراض داریم`), not a country's federation or league. Clubs between them own no committee and are passed over.
 */
function committeeOfBodyAbroad(context: EntityContext, names: readonly NameMention[], first: number, last: number): boolean {
  if (last - first !== 2 || context.keys[first] !== SPORTS_COMMITTEE || !SPORTS_COMMITTEE_WORDS.has(context.keys[first + 1])) return false;
  for (let k = names.length - 1; k >= 0; k--) {
    const body = names[k];
    if (body.type !== 'ORG' || body.last > first) continue;
    if (context.keys.slice(body.first, body.last).some((key) => NATIONAL_SPORTS_BODY.has(key))) return false;
    if (namesBodyAbroad(context, body.first, body.last)) return true;
  }
  return false;
}

/** What the stage found, to be turned into the two layers. */
export interface FoundEntities {
  people: readonly Person[];
  /** ORG, LOC and MISC names (PER names are the people's mentions). */
  names: readonly NameMention[];
  values: readonly ValueMention[];
  /** Countries named by words that are not their names: `کشورمان` (the home country, as a pronoun), `طرف عراقی` (an alias). */
  countryMentions: readonly CountryMention[];
  countryNames: ReadonlyMap<string, string>;
  /** Token ranges `[first, last)` of the sentences. */
  sentences: readonly (readonly [number, number])[];
}

/**
 * Turns people, names and values into `layers.entities` (one record per entity, spanning its first
 * mention, ids `e1`, `e2`... in order of first mention) and `layers.mentions` (every mention, sorted).
 * Places, organizations and other names with the same canonical name (or country code) are one entity.
 */
export function entityLayers(context: EntityContext, found: FoundEntities): { entities: EntityRecord[]; mentions: Mention[] } {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const byName = new Map<NameMention, Draft>();
  const draftFor = (key: string, make: () => Draft): Draft => {
    let draft = byKey.get(key);
    if (!draft) {
      draft = make();
      byKey.set(key, draft);
      drafts.push(draft);
    }
    return draft;
  };
  for (const name of found.names) {
    // a public relations office is a mention of the body it speaks for
    const named = bodySpokenFor(context, name) ?? shortFormOf(context, found.names, name) ?? name;
    const surface = surfaceOf(context, named.first, named.last);
    const draft = draftFor(nameDraftKey(named, surface), () => ({ type: name.type, canonical: named.entry?.canonical ?? surface, attributes: nameAttributes(named), mentions: [] }));
    draft.mentions.push({ first: name.first, last: name.last, kind: draft.mentions.length === 0 ? 'name' : 'alias' });
    byName.set(name, draft);
  }
  const home = context.homeCountry;
  for (const { first, last, country, kind } of found.countryMentions) {
    const draft = draftFor(`LOC:${country}`, () => ({ type: 'LOC', canonical: found.countryNames.get(country) ?? country, attributes: { subtype: 'country', country }, mentions: [] }));
    draft.mentions.push({ first, last, kind });
  }
  for (const value of found.values) drafts.push({ type: value.type, canonical: surfaceOf(context, value.first, value.last), attributes: value.attributes, mentions: [{ first: value.first, last: value.last, kind: 'name' }] });
  const personDrafts = found.people.filter((p) => p.mentions.length > 0).map((person) => {
    const draft: Draft = { type: 'PER', canonical: person.canonical, attributes: {}, mentions: person.mentions };
    drafts.push(draft);
    return [person, draft] as const;
  });
  const starts = new Map<Draft, number>();
  for (const d of drafts) starts.set(d, d.mentions.reduce((min, m) => Math.min(min, m.first), Infinity));
  drafts.sort((a, b) => (starts.get(a) as number) - (starts.get(b) as number));
  drafts.forEach((d, i) => (d.id = `e${i + 1}`));
  const roleStarts = new Map<number, RolePhrase>();
  for (const person of found.people) for (const r of person.roles) if (!roleStarts.has(r.first)) roleStarts.set(r.first, r);
  // a body of `این کشور` (`وزارت امور خارجه این کشور`) is of the country named last before it, whatever the lists say of its head
  const places = namedPlaces(found);
  for (const draft of drafts) {
    if (draft.type !== 'ORG') continue;
    const mention = draft.mentions.find((m) => m.last - m.first > 2 && context.keys[m.last - 2] === 'این' && context.keys[m.last - 1] === COUNTRY_WORD);
    const before = mention && places.filter((p) => p.state && p.last <= mention.first).sort((a, b) => a.last - b.last).pop();
    if (before) draft.attributes.country = before.country;
  }
  // an organization or place the lists do not know takes the country its words name (`بانک مرکزی عراق`), before the offices in it take it
  for (const draft of drafts) {
    // (an international body the lists know stays without one: `نیروهای موقت سازمان ملل در لبنان`)
    // (nor a joint body of two countries: `کمیسیون مشترک اقتصادی ایران و ترکیه`)
    if ((draft.type !== 'ORG' && draft.type !== 'LOC') || draft.attributes.country || draft.attributes.subtype === 'international') continue;
    if (draft.type === 'ORG' && draft.mentions.some((m) => jointOfCountry(context, m))) continue;
    const country = draft.mentions.map((m) => countryInWords(context, m.first, m.last, draft.type === 'ORG')).find(Boolean);
    if (country) draft.attributes.country = country;
  }
  for (const [person, draft] of personDrafts) {
    const known = knownPerson(context.resources.gazetteer, person.canonical);
    draft.attributes = personAttributes(person, byName, home, roleStarts, known);
    // a well-known person named with no office here has the nationality the people list gives (`ولادیمیر پوتین` → RUS);
    // an office says whom one acts for (`دبیرکل` of the UN: no country)
    if (known?.country && !draft.attributes.country && !draft.attributes.roles?.length) draft.attributes.country = known.country;
    // someone known by a description takes the country its words name (`منابع دیپلماتیک عراقی` → IRQ)
    const described = person.described && !draft.attributes.country ? person.mentions[0] : undefined;
    const country = described && countryInWords(context, described.first, described.last);
    if (country) draft.attributes.country = country;
    // local sources and eyewitnesses are of the place the story is told in: the one their sentence names, else the last named before
    // (`منابع محلی در جنوب لبنان`، `شاهدان عینی` after `الفاشر`)
    else if (described && context.keys.slice(described.first, described.last).some((k) => LOCAL_WORDS.has(k))) {
      const [from, to] = found.sentences.find(([first, last]) => first <= described.first && described.first < last) ?? [described.first, described.last];
      const placed = places.filter((p) => p.first >= from && p.first < to);
      const place = placed.find((p) => p.first >= described.last) ?? places.filter((p) => p.first < described.first).pop();
      if (place) draft.attributes.country = place.country;
    }
  }
  // in a report about the home country, whoever it names with no country is of it (`کارگران معترض`، `ع.ک`، `کمیسیون عمران`):
  // not an international body, a person with an office of a body or a country placed otherwise, or one the people list knows
  // (a report about another country leaves them open: its people may be of either side)
  // (bodies first: an office of a body so placed is of its country, `مدیرعامل شرکت ...`)
  if (reportFocus(context, drafts) === home) {
    const placed = new Set<string>();
    for (const draft of drafts) {
      if (draft.type !== 'ORG' || draft.attributes.country || draft.attributes.subtype === 'international') continue;
      if (draft.mentions.some((m) => namesBodyAbroad(context, m.first, m.last) || committeeOfBodyAbroad(context, found.names, m.first, m.last))) continue;
      draft.attributes.country = home;
      placed.add(draft.id as string);
    }
    for (const draft of drafts) {
      if (draft.type !== 'PER' || draft.attributes.country || knownPerson(context.resources.gazetteer, draft.canonical)) continue;
      // nor experts and unnamed sources, anyone described with a word of abroad, or a match official: they speak for no country
      if (draft.mentions.some((m) => m.kind !== 'pronoun' && context.keys.slice(m.first, m.last).some((k, i) => ABROAD.has(k) || (i === 0 && NO_SIDE_HEADS.has(k))))) continue;
      const roles = draft.attributes.roles ?? [];
      if (roles.some((r) => r.country || (r.organization && !placed.has(r.organization)))) continue;
      draft.attributes.country = home;
      for (const role of roles) if (role.organization) role.country = home;
    }
  }
  for (const draft of drafts) {
    if (draft.type === 'DATE' || draft.type === 'NUM' || draft.type === 'MONEY' || draft.type === 'PERCENT') continue;
    const aliases = new Set<string>();
    for (const m of draft.mentions) if (m.kind === 'alias' || m.kind === 'name') aliases.add(m.text ?? surfaceOf(context, m.first, m.last));
    aliases.delete(draft.canonical);
    if (aliases.size > 0) draft.attributes.aliases = [...aliases];
  }
  const tokens = context.tokens;
  const entities: EntityRecord[] = [];
  const mentions: Mention[] = [];
  for (const d of drafts) {
    const first = d.mentions.reduce((a, b) => (b.first < a.first ? b : a));
    const unnamed = d.type === 'PER' && !d.mentions.some((m) => m.kind === 'name' || m.kind === 'alias');
    const opened = unnamed ? indefiniteOpener(context, first.first) : first.first;
    const canonical = unnamed && opened !== first.first ? surfaceOf(context, first.first, first.last) : d.canonical;
    entities.push({ start: tokens[opened].start, end: tokens[first.last - 1].end, id: d.id as string, type: d.type, canonical, attributes: d.attributes });
    for (const m of d.mentions) mentions.push({ start: tokens[m === first ? opened : m.first].start, end: tokens[m.last - 1].end, entity: d.id as string, type: d.type, kind: m.kind });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}

/** `یک`, `یکی`, `از` (entity keys). */
const [ONE, ONE_OF, OF] = ['یک', 'یکی', 'از'].map(entityKey);

/**
 * Where the first mention of someone described, never named, starts when an indefinite opener stands
 * before it: the opener introduces the person and is part of the mention as written (`یک دیپلمات عراقی`,
 * `یکی از کشاورزان منطقه`). The canonical name is then the words after the opener as written
 * (`دیپلمات عراقی`, not the office's `دیپلمات عراق`); the office, its body and country stay in the
 * person's `roles`.
 */
function indefiniteOpener(context: EntityContext, first: number): number {
  if (context.keys[first - 1] === ONE) return first - 1;
  return context.keys[first - 1] === OF && context.keys[first - 2] === ONE_OF ? first - 2 : first;
}

/**
 * First words of a non-state organization's name (entity keys): an office completed by one
 * (`سخنگوی نیروهای واکنش سریع`، `دبیرکل جنبش ...`) belongs to that organization, whose country the
 * office does not tell, not to the home country.
 */
const GROUP_HEADS: ReadonlySet<string> = new Set(['نیروهای', 'شبهنظامیان', 'جنبش', 'گروه', 'گروهک', 'حزب', 'جبهه'].map(entityKey));
/** Words after `نیروهای` that name a branch of a state's forces (`نیروهای مسلح`، `نیروهای زمینی`), not a group. */
const SERVICE_WORDS: ReadonlySet<string> = new Set(['مسلح', 'زمینی', 'هوایی', 'دریایی', 'انتظامی', 'ویژه', 'نظامی', 'امنیتی', 'مرزبانی', 'پدافند', 'هوافضا', 'بسیج', 'قدس', 'مقاومت', 'دولتی', 'ارتش', 'سپاه'].map(entityKey));

/** Whether an office is completed by the name of a non-state group (`سخنگوی نیروهای واکنش سریع`). */
function ofGroup(role: RolePhrase): boolean {
  const [head, next] = role.complement;
  return head !== undefined && GROUP_HEADS.has(head) && next !== undefined && !SERVICE_WORDS.has(next);
}

/**
 * The office an office is the deputy or a part of, when another follows it right away (`معاون
 * دبیرکل سازمان ملل`): its organization or country qualifies the first.
 */
function qualifyingRole(role: RolePhrase, roleStarts: ReadonlyMap<number, RolePhrase>): RolePhrase | undefined {
  const next = roleStarts.get(role.last);
  return next && next !== role && (next.organization || roleCountry(next)) ? next : undefined;
}

/** Words of a region or of abroad in an office (`دیپلمات اروپایی`، `مقام غربی`): its holder is of no known country, never the home one. */
const ABROAD: ReadonlySet<string> = new Set(['اروپایی', 'غربی', 'عرب', 'عربی', 'آفریقایی', 'آسیایی', 'خارجی', 'بین‌المللی', 'منطقه‌ای'].map(entityKey));

/**
 * A person's attributes. Only an office qualified by nothing (no country, organization, group,
 * following office or word of abroad) gives the home country: `تام فلچر معاون دبیرکل سازمان ملل` takes none, and
 * `معاون` there takes the country of the office that follows, if it has one.
 */
function personAttributes(person: Person, byName: ReadonlyMap<NameMention, Draft>, home: string, roleStarts: ReadonlyMap<number, RolePhrase> = new Map(), known?: { country?: string }): EntityAttributes {
  const unqualified = person.roles.some((r) => r.sector && !roleCountry(r) && !r.organization && !ofGroup(r) && !qualifyingRole(r, roleStarts) && !r.complement.some((w) => ABROAD.has(w)) && !MATCH_OFFICIALS.has(entityKey(r.head.split(' ', 1)[0])));
  // an office of an organization whose country is known belongs to that country (`رئیس کمیسیون ... مجلس شورای اسلامی` → IRN)
  const organizationCountry = (r: RolePhrase): string | undefined => (r.organization ? byName.get(r.organization)?.attributes.country : undefined);
  // (an office of no country named is the home country's, unless the people list knows the person: `نعیم قاسم، دبیرکل این حزب`
  // is Lebanon's, `آنتونیو گوترش، دبیرکل` no country's)
  const country = person.country ?? (unqualified ? (known ? known.country : home) : person.roles.map(organizationCountry).find(Boolean));
  const roles: PersonRole[] = person.roles.map((r) => {
    const organization = r.organization ? byName.get(r.organization) : undefined;
    const qualifier = qualifyingRole(r, roleStarts);
    const roleCountryCode = roleCountry(r) ?? organizationCountry(r) ?? (qualifier ? roleCountry(qualifier) : !r.organization && !ofGroup(r) ? country : undefined);
    return {
      role: r.role,
      ...(organization?.id ? { organization: organization.id, organizationName: organization.canonical } : {}),
      ...(roleCountryCode ? { country: roleCountryCode } : {}),
      ...(r.place ? { place: r.place } : {}),
    };
  });
  return {
    ...(person.titles.length > 0 ? { titles: person.titles } : {}),
    ...(person.ranks.length > 0 ? { ranks: person.ranks } : {}),
    ...(roles.length > 0 ? { roles } : {}),
    ...(country ? { country } : {}),
  };
}
