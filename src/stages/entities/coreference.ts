import { GENERIC_PERSON_NOUNS, isAgentPlural, isPluralPersonNoun } from './person-descriptions.js';
import { firstToken, type PersonMention } from './person-mentions.js';
import { nameMatches, type Person, roleCountry, roleMatches } from './person-matching.js';
import type { PersonName } from './person-names.js';
import type { PronounPosition } from './pronoun-position.js';
import { INSTITUTIONS, LAWYERS, type RolePhrase } from './role-phrases.js';
import { entityKey } from './entity-key.js';

/** Offices that name one person even with nothing after them: `رئیس‌جمهور`, `نخست‌وزیر`. */
/** `معترض` (entity key): `معترضان` takes up the group that protested, whatever noun described it. */
const PROTESTER = entityKey('معترض');
const SINGULAR_OFFICES = new Set(['رئیس‌جمهور', 'نخست‌وزیر', 'صدراعظم', 'رهبر معظم انقلاب', 'رهبر انقلاب', 'رهبر انقلاب اسلامی', 'مقام معظم رهبری']);

/** What coreference needs besides the mentions. */
export interface CoreferenceInput {
  /** Mentions of each sentence, in order. */
  sentences: PersonMention[][];
  /** Per sentence: a verb that continues the previous speaker's turn (`افزود`, `ادامه داد`). */
  continues: boolean[];
  /** Per sentence: a word of saying (`گفت`, `اعلام`, `خبر`): someone's words are reported in it. */
  says?: boolean[];
  homeCountry: string;
  /** The canonical name of an office never tied to a name (`رئیس‌جمهور ایران`). */
  officeName(role: RolePhrase): string;
}

/** An office held by a body, not one person: its head opens with a body's word (`هیئت‌رئیسه`). */
function isBody(head: string): boolean {
  const key = entityKey(head);
  for (const word of INSTITUTIONS) if (key.startsWith(word)) return true;
  return false;
}

function mostRecent(people: readonly Person[]): Person | undefined {
  return people.reduce<Person | undefined>((best, p) => (!best || p.latest > best.latest ? p : best), undefined);
}

/** Whether someone is named by initials only (`«م.ن»`): how courts name defendants. */
const byInitials = (p: Person): boolean => p.keys.length === 2 && p.keys[0].endsWith('.');

/** The latest of some groups not tentative (heard of already), else the latest tentative one: `کارگران` after `۴۰ نفر از کارگران فصلی`. */
function heardFirst(groups: readonly Person[]): Person | undefined {
  return mostRecent(groups.filter((p) => !p.tentative)) ?? mostRecent(groups);
}

function isSpecific(role: RolePhrase): boolean {
  if (role.plural || !role.sector) return false;
  return role.complement.length > 0 || !!role.organization || !!role.country || !!role.place || SINGULAR_OFFICES.has(role.head);
}

/** Adds a title or rank unless a fuller one is there (`سرلشکر` beside `سرلشکر پاسدار`); a fuller one replaces a shorter. */
function addMostSpecific(list: string[], item: string): void {
  if (list.some((x) => x.includes(item))) return;
  const shorter = list.findIndex((x) => item.includes(x));
  if (shorter >= 0) list[shorter] = item;
  else list.push(item);
}

function addRole(person: Person, role: RolePhrase): void {
  if (!person.roles.some((r) => r.role === role.role && r.country === role.country && r.organization?.first === role.organization?.first)) person.roles.push(role);
  person.country ??= roleCountry(role);
}

/**
 * The person a pronoun that is no subject refers to within its sentence: of the people named
 * before it there (not in the object phrase it follows, `پیام اردوغان را به او`), the latest one
 * other than the sentence's subject and no group; undefined when there is none.
 */
function sentenceAntecedent(people: readonly Person[], position: PronounPosition, at: number, subject: Person | undefined): Person | undefined {
  const [objectFirst, objectLast] = position.object ?? [at, at];
  const lastBefore = (p: Person): number => {
    let last = -1;
    for (const m of p.mentions) if (m.first >= position.sentenceFrom && m.last <= at && !(m.first >= objectFirst && m.last <= objectLast)) last = Math.max(last, m.last);
    return last;
  };
  let best: Person | undefined;
  for (const p of people) if (p !== subject && !p.group && lastBefore(p) >= 0 && (!best || lastBefore(p) > lastBefore(best))) best = p;
  return best;
}

/**
 * Whether a name no one bears yet, the subject of its sentence with no office beside it, names the
 * person the sentence before was about when that one is known only by one office (`وزیر بهداشت ... خبر
 * داد. محمدرضا ظفرقندی ... گفت`): no group or described person, and no public figure the people list
 * gives another country than the office's. The caller asks it only of a sentence that reports words (a
 * new name that only acts, `... . حسن روحانی فردا به مسکو سفر می‌کند`, is someone else).
 */
function introducedByOffice(previous: Person, name: PersonName): boolean {
  if (previous.keys.length > 0 || previous.group || previous.described || previous.roles.length !== 1) return false;
  const role = previous.roles[0];
  if (role.counterpart || role.plural) return false;
  return name.listedCountry === undefined || name.listedCountry === (roleCountry(role) ?? null);
}

/**
 * Links every person mention of a report to a person, in reading order:
 * - a name → the person with that name, a shorter or fuller form, or a spelling variant (most
 *   recent first); else the unnamed office-holder it is introduced as (`رئیس قوه قضاییه ... محسنی
 *   اژه‌ای افزود`), or, as its sentence's subject with no office, the one the sentence before was about
 *   when known only by an office (see {@link introducedByOffice}); else a new person;
 * - an office → the person holding a matching office (an unqualified one prefers the home
 *   country); with no holder, after `این` (`این دیپلمات روس`) the latest named person of its
 *   country (or, by its head alone, someone described by that noun: `یکی از سخنگویان ...` … `این سخنگو`); else, if it names one office-holder, a new person known by that office; a bare office
 *   no one held yet (`وزیر را احضار می‌کنند` before `علی مدنی‌زاده وزیر ...`) → the first person
 *   named later with an office of that head, else nobody;
 * - `همتای ترکیه‌ای` → the holder of the subject's office in that country; before the name of
 *   someone of another country (`همتای چینی عراقچی`), the holder of that person's office there;
 * - a description → someone new (`یک تبعه اروپایی`), or with `این` the latest person described
 *   with that noun (`این کارگر`; `این فرد` takes up anyone described); the doers of an act
 *   (`امضاکنندگان`) → the latest group (`۳۲ نماینده`), never someone new; a group of a noun
 *   (`نمایندگان امضاکننده`) → the group of that noun named before; a part of a group counted
 *   (`پنج نفر از امضاکنندگان`) → that group; a bare plural takes up a group already heard before one
 *   only counted or gathered; a defendant by rank (`متهم ردیف
 *   اول`) → the defendant described so, else the one named by initials (`«م.ن»`); signers never
 *   taken up (`با امضای ۲۸ نماینده`) are left out;
 * - a pronoun → inside a quotation, the person the quotation last named before it; one that is no
 *   subject (`به او`, `آزادی وی`) → the latest other person its sentence named before it, not its
 *   subject, not in the object it follows (see {@link sentenceAntecedent}); else the subject of this
 *   sentence or of the nearest sentence before it that has one.
 * Returns the people with their mentions (token spans) and attributes.
 */
export function resolvePeople(input: CoreferenceInput): Person[] {
  const people: Person[] = [];
  const subjects: (Person | undefined)[] = [];
  const create = (canonical: string, keys: string[]): Person => {
    const person: Person = { canonical, keys, titles: [], ranks: [], roles: [], mentions: [], latest: -1 };
    people.push(person);
    return person;
  };
  const salient = (sentence: number): Person | undefined => {
    for (let s = sentence; s >= 0 && s >= sentence - 3; s--) if (subjects[s]) return subjects[s];
    return mostRecent(people);
  };
  const counterpartOf = (role: RolePhrase, sentence: number): RolePhrase | undefined => {
    const anchorRole = salient(sentence)?.roles.find((r) => !r.counterpart);
    return anchorRole && { ...anchorRole, first: role.first, last: role.last, country: role.country, organization: undefined, place: undefined };
  };
  const holderOf = (role: RolePhrase, except?: Person): Person | undefined => {
    const holders = people.filter((p) => p !== except && p.roles.some((held) => roleMatches(role, held, p.country)));
    const country = roleCountry(role);
    if (holders.length > 1 && !country) {
      const home = holders.filter((p) => (p.country ?? input.homeCountry) === input.homeCountry);
      if (home.length > 0) return mostRecent(home);
    }
    // an office of a country named (`وزیر نفت عراق`) is first the one whose holder is told of that country, not one of no
    // country told yet that merely does not clash (`محسن پاک‌نژاد وزیر نفت ... با حیان عبدالغنی وزیر نفت عراق`)
    if (holders.length > 1 && country) {
      const told = holders.filter((p) => p.country === country || p.roles.some((held) => roleCountry(held) === country));
      if (told.length > 0) return mostRecent(told);
    }
    return mostRecent(holders);
  };
  // bare offices no one held yet (`وزیر را احضار خواهند کرد` before `علی مدنی‌زاده وزیر ...`)
  const pending: { first: number; last: number; head: string; role: RolePhrase }[] = [];
  input.sentences.forEach((mentions, s) => {
    for (const mention of mentions) {
      let person: Person | undefined;
      if (mention.kind === 'name') {
        // `همتای چینی عراقچی`: a counterpart before the name of someone of another country is that person's counterpart
        const named = mostRecent(people.filter((p) => nameMatches(p.keys, mention.name.keys)));
        const genitive = mention.roles.filter((r) => r.counterpart && r.last <= mention.first && r.country && named?.country && named.country !== r.country);
        const roles = mention.roles.filter((r) => !genitive.includes(r)).map((r) => (r.counterpart ? counterpartOf(r, s) : r)).filter((r): r is RolePhrase => r !== undefined);
        const agrees = (p: Person): boolean => !roles.some((r) => p.country && roleCountry(r) && roleCountry(r) !== p.country);
        person = mostRecent(people.filter((p) => nameMatches(p.keys, mention.name.keys) && agrees(p)));
        const bare = mention.name.withoutTitle;
        let text = mention.name.name;
        if (!person && bare) {
          person = mostRecent(people.filter((p) => nameMatches(p.keys, bare.keys) && agrees(p)));
          const list = person && (bare.kind === 'rank' ? person.ranks : person.titles);
          if (list) addMostSpecific(list, bare.title);
          if (person) text = bare.name;
        }
        person ??= mostRecent(people.filter((p) => p.keys.length === 0 && roles.some((r) => p.roles.some((held) => roleMatches(r, held, p.country)))));
        const previous = subjects[s - 1] ?? subjects[s - 2];
        if (!person && mention.subject && input.continues[s] && roles.length === 0 && previous && previous.keys.length === 0) person = previous;
        if (!person && mention.subject && roles.length === 0 && previous && input.says?.[s] && introducedByOffice(previous, mention.name)) person = previous;
        const kind = person && person.keys.length > 0 ? 'alias' : 'name';
        const full = mention.name.canonical ?? mention.name.name;
        person ??= create(full, mention.name.keys);
        if (person.keys.length < mention.name.keys.length) [person.canonical, person.keys] = [full, mention.name.keys];
        for (const t of mention.name.titles) addMostSpecific(person.titles, t);
        for (const r of mention.name.ranks) addMostSpecific(person.ranks, r);
        person.mentions.push({ first: mention.first, last: mention.last, kind, text });
        if (mention.described) {
          person.described ??= mention.described.head;
          person.rank ??= mention.described.rank;
          person.mentions.push({ first: mention.described.first, last: mention.described.last, kind: 'role' });
        }
        for (const role of roles) {
          addRole(person, role);
          person.mentions.push({ first: role.first, last: role.last, kind: 'role' });
        }
        let subjectHolder: Person | undefined;
        for (const role of genitive) {
          const office = person.roles.find((r) => !r.counterpart);
          const holder = office && holderOf({ ...office, first: role.first, last: role.last, country: role.country, organization: undefined, place: undefined });
          if (!holder) continue;
          holder.mentions.push({ first: role.first, last: role.last, kind: 'role' });
          holder.latest = role.last;
          if (mention.subject) subjectHolder = holder;
        }
        if (subjectHolder) {
          // the sentence is about the counterpart, not the person named after it
          person.latest = mention.last;
          subjects[s] = subjectHolder;
          continue;
        }
      } else if (mention.kind === 'role') {
        const role = mention.role.counterpart ? counterpartOf(mention.role, s) : mention.role;
        if (!role) continue;
        // a counterpart is never the one whose counterpart it is (`X وزیر صنعت ... با همتای ترکیه‌ای خود`: X's office has no country)
        person = holderOf(role, mention.role.counterpart ? salient(s) : undefined);
        // `به گفته این دیپلمات روس`: someone already named, the latest of the office's country
        // `این وکیل`: the latest holder of an office of that head (`وکیل مدافع ...`), named or not, before anyone else named
        // (or someone described by that noun: `یکی از سخنگویان این جنبش ... این سخنگو`)
        if (!person && mention.role.anaphoric) person = mostRecent(people.filter((p) => p.roles.some((held) => held.head === role.head || held.head.startsWith(`${role.head} `)) || p.described === entityKey(role.head)));
        if (!person && mention.role.anaphoric) person = mostRecent(people.filter((p) => p.keys.length > 0 && (!roleCountry(role) || p.country === roleCountry(role))));
        if (!person && isSpecific(role)) {
          person = create(input.officeName(role), []);
          addRole(person, role);
        }
        if (!person && !mention.role.counterpart) person = mostRecent(people.filter((p) => p.roles.some((held) => held.head === role.head)));
        if (!person && !mention.role.counterpart && !mention.role.plural) pending.push({ first: mention.first, last: mention.last, head: role.head, role });
        person?.mentions.push({ first: mention.first, last: mention.last, kind: 'role' });
      } else if (mention.kind === 'description') {
        const { head, definite, group, rank } = mention.description;
        // `متهم ردیف دوم` is not the defendant of another rank
        const sameRank = (p: Person): boolean => rank === undefined || p.rank === undefined || p.rank === rank;
        if (group && definite) {
          // `امضاکنندگان این طرح`: the group counted or described before, never someone new (`تولیدکنندگان` of oil are nobody)
          // (a group already heard before a part of it only counted: `پنج نفر از امضاکنندگان`)
          person = heardFirst(people.filter((p) => p.group));
          if (!person) continue;
        } else if (mention.description.takenUp) {
          // a bare plural (`کارگران`): the group of that noun described before, never someone new
          // (`معترضان`: whichever group protested, whatever its noun)
          person = heardFirst(people.filter((p) => p.group && (p.described === head || head === PROTESTER)));
          if (!person) continue;
        } else if (mention.description.owned) {
          // `نمایندگان آنان` after `نمایندگان بازنشستگان`: the same people of the group
          person = mostRecent(people.filter((p) => p.group && p.described === head && p.owned));
        } else if (mention.description.gathered && people.some((p) => p.group && (p.described === head || isAgentPlural(head) || head === PROTESTER))) {
          // `پنج نفر از امضاکنندگان`, `۴۰ نفر از کارگران فصلی`: a part of the group named before is written as that group
          // (`دو نفر از معترضان`: of whichever group protested)
          person = heardFirst(people.filter((p) => p.group && (p.described === head || isAgentPlural(head) || head === PROTESTER)));
        } else if (group && !mention.description.counted && !mention.description.gathered) {
          // `نمایندگان امضاکننده` after `با امضای ۴۲ نماینده`: the group of that noun named before
          person = mostRecent(people.filter((p) => p.group && p.described === head));
        } else if (definite) person = mostRecent(people.filter((p) => !p.group && p.described && (p.described === head || GENERIC_PERSON_NOUNS.has(head)) && sameRank(p)));
        // `موکلش`: the lawyer's client is the latest defendant named by initials or described alone (`متهم ردیف دوم`),
        // never defendants described in the plural (`متهمان فراری`)
        if (mention.description.client) person = mostRecent(people.filter((p) => byInitials(p) || (p.described === head && !p.group && !isPluralPersonNoun(entityKey(p.canonical.split(' ')[0])))));
        // (one person described, never a group: `متهم ردیف اول` after `دو تن از متهمان`)
        // `متهم ردیف اول` with no defendant described: the person the court named by initials (`«م.ن»`)
        if (!person && mention.description.ranked) person = mostRecent(people.filter((p) => byInitials(p) && sameRank(p)));
        if (!person) {
          person = create(mention.text, []);
          person.described = head;
          if (group) person.group = true;
          if (mention.tentative) person.tentative = mention.description.gathered ? 'heard' : true;
          if (mention.description.owned) person.owned = true;
        } else if (mention.speaks || (person.tentative !== 'heard' && !mention.description.takenUp)) delete person.tentative;
        if (rank !== undefined) person.rank ??= rank;
        person.mentions.push({ first: mention.first, last: mention.last, kind: 'role' });
      } else {
        if (mention.client) {
          // `موکلش`: the client the latest lawyer's office names (`وکیل مدافع ح.ص` → ح.ص)
          const lawyer = mostRecent(people.filter((p) => p.roles.some((r) => LAWYERS.has(r.head))));
          const office = lawyer && entityKey(lawyer.roles.find((r) => LAWYERS.has(r.head))?.role ?? '');
          person = office ? mostRecent(people.filter((p) => p !== lawyer && p.keys.length > 0 && office.includes(entityKey(p.canonical)))) : undefined;
          // `وکیل متهم ردیف اول`: the client the office describes, someone with a mention inside the lawyer's latest
          const written = lawyer?.mentions.filter((m) => m.kind === 'role').at(-1);
          if (!person && written) person = mostRecent(people.filter((p) => p !== lawyer && p.mentions.some((m) => m.first >= written.first && m.last <= written.last)));
          if (!person) continue;
          person.mentions.push({ first: mention.first, last: mention.last, kind: 'pronoun' });
          continue;
        }
        if (mention.plural) {
          // `آنان`: the latest group
          // (a group already heard before one only gathered; `آنها` where nothing says people are meant: only a group spoken
          // of in this sentence or the one before)
          const since = mention.near ? Math.min(mention.first, ...(input.sentences[s - 1] ?? []).map(firstToken)) : 0;
          person = heardFirst(people.filter((p) => p.group && p.mentions.some((m) => m.first >= since)));
          if (!person) continue;
          if (mention.speaks) delete person.tentative;
          person.mentions.push({ first: mention.first, last: mention.last, kind: 'pronoun' });
          person.latest = mention.last;
          continue;
        }
        // inside a quotation, someone the quotation has named before the pronoun (`گفت: این فرد ... درباره او`)
        if (mention.quoteFrom !== undefined) {
          const from = mention.quoteFrom;
          const lastInQuote = (p: Person): number => Math.max(-1, ...p.mentions.filter((m) => m.first >= from && m.last <= mention.first).map((m) => m.last));
          person = people.filter((p) => lastInQuote(p) >= 0).sort((a, b) => lastInQuote(b) - lastInQuote(a))[0];
        }
        // no subject (`به او`, `آزادی وی`): someone else its sentence named before it, outside its clause's object
        if (!person && mention.position) person = sentenceAntecedent(people, mention.position, mention.first, subjects[s]);
        person ??= (mention.subject ? undefined : subjects[s]) ?? salient(mention.subject ? s - 1 : s);
        person?.mentions.push({ first: mention.first, last: mention.last, kind: 'pronoun' });
      }
      if (!person) continue;
      person.latest = mention.last;
      if (mention.subject) subjects[s] = person;
    }
  });
  // a bare office before anyone held it is the first person named later with an office of that head,
  // else the first one known by such an office later (`داور ... داور درست تصمیم گرفت`), else someone
  // known by the office alone: the match's referee, the factory's employer
  const byOffice = new Map<string, Person>();
  for (const office of pending) {
    const later = (p: Person): number => Math.min(Infinity, ...p.roles.filter((r) => r.head === office.head && r.first > office.first).map((r) => r.first));
    const first = (list: Person[]): Person | undefined => list.filter((p) => later(p) < Infinity).sort((a, b) => later(a) - later(b))[0];
    let holder = first(people.filter((p) => p.keys.length > 0)) ?? first(people) ?? byOffice.get(office.head);
    if (!holder && isBody(office.head)) continue;
    if (!holder) {
      holder = { canonical: office.role.role, keys: [], titles: [], ranks: [], roles: [office.role], mentions: [], latest: office.last };
      people.push(holder);
    }
    byOffice.set(office.head, holder);
    holder.mentions.push({ first: office.first, last: office.last, kind: 'role' });
  }
  // signers never taken up are nobody the report speaks of
  return people.filter((p) => !p.tentative);
}
