import { entityKey, skeletonKey } from './entity-key.js';
import type { RolePhrase } from './role-phrases.js';

/** A person as coreference knows them so far. */
export interface Person {
  /** The name to report (`سرگئی لاوروف`), or the office for someone never named. */
  canonical: string;
  /** `entityKey`s of the name's words; empty while the person is known only by an office. */
  keys: string[];
  titles: string[];
  ranks: string[];
  roles: RolePhrase[];
  country?: string;
  /** Token spans; `text` is the bare name of a name or alias mention. */
  mentions: { first: number; last: number; kind: 'name' | 'alias' | 'role' | 'pronoun'; text?: string }[];
  /** Token index of the latest mention: recency for pronouns and offices. */
  latest: number;
  /** The noun a described person was introduced with (`کارگر` for `یکی از کارگران معترض`). */
  described?: string;
  /** A group of people of another group (`نمایندگان بازنشستگان`). */
  owned?: boolean;
  /** A defendant's rank (`متهم ردیف دوم` → 2): another rank is someone else. */
  rank?: number;
  /** Several people known together (`۳۲ نماینده امضاکننده`, `کارگران معترض`), whom `امضاکنندگان` takes up. */
  group?: boolean;
  /**
   * Known only as the signers of something (`با امضای ۴۲ نماینده`): dropped unless taken up later;
   * `'heard'` for a group that only gathered (`جمعی از کارگران ... تجمع کردند`): dropped unless a
   * later mention of it speaks (`کارگران خواستار ... شدند`, `به گفته آنان`).
   */
  tentative?: boolean | 'heard';
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Two spellings of one name word: equal keys, equal skeletons (لاوروف/لاورف; a two-letter skeleton
 * only between words of one length: شان/شون, not رضا/رضایی), long skeletons one letter apart (گوترش/گوترس),
 * or words of one length from four letters up, same first letter, one letter apart (توکایف/توقایف).
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  return sameSkeletons(a, skeletonKey(a), b, skeletonKey(b));
}

/** {@link sameNameWord} for two different words `a` and `b` whose skeletons `sa` and `sb` the caller has. */
export function sameSkeletons(a: string, sa: string, b: string, sb: string): boolean {
  if (sa === sb) return sa.length >= 3 || (sa.length === 2 && a.length === b.length);
  if (sa.length >= 4 && sb.length >= 4 && editDistanceAtMostOne(sa, sb)) return true;
  // a foreign name's consonant written two ways, the rest letter for letter: توکایف/توقایف، کاتز/کاتص
  return sa.length === 3 && a.length >= 4 && a.length === b.length && a[0] === b[0] && editDistanceAtMostOne(a, b);
}

/**
 * Whether a name (word keys) names this person: the same name, a shorter form (the surname or the
 * last words: `باقری` for `محمد باقری`), a fuller form, the surname split where a half-space was
 * (`علی آبادی` for `عباس علی‌آبادی`), an Arabic surname with its article joined to the word before it
 * (`الساعدی` for `عادل کریم‌الساعدی`), or a spelling variant of any of these —
 * unless both carry first names that differ.
 */
export function nameMatches(person: readonly string[], name: readonly string[]): boolean {
  if (person.length === 0 || name.length === 0) return false;
  const [shorter, longer] = person.length <= name.length ? [person, name] : [name, person];
  const offset = longer.length - shorter.length;
  if (shorter.every((word, i) => sameNameWord(word, longer[offset + i]))) return true;
  if (splitSurname(person, name) || splitSurname(name, person)) return true;
  // `الساعدی` for `عادل کریم‌الساعدی`: an Arabic surname with its article, joined to the word before it
  if (shorter.length === 1 && shorter[0].startsWith('ال') && shorter[0].length >= 5 && longer[longer.length - 1].endsWith(shorter[0]) && longer[longer.length - 1] !== shorter[0]) return true;
  return shorter.length === longer.length - 1 && shorter.length >= 2 && shorter.every((word, i) => sameNameWord(word, longer[i]));
}

/** `علی آبادی` (two words) for the surname `علی‌آبادی` of `عباس علی‌آبادی`: the words joined are its last word. */
function splitSurname(person: readonly string[], name: readonly string[]): boolean {
  if (name.length !== 2) return false;
  const joined = name[0] + name[1];
  return joined.length >= 6 && sameNameWord(joined, person[person.length - 1]);
}

const key = (text: string): string => entityKey(text).replace(/\s+/g, ' ');

/** The organization of an office as a comparable key (its canonical name, else its words), or undefined. */
function organizationKey(role: RolePhrase): string | undefined {
  const organization = role.organization;
  if (!organization) return undefined;
  return key(organization.entry?.canonical ?? organization.text ?? '') || undefined;
}

/** The country an office belongs to: stated, or its organization's. */
export function roleCountry(role: RolePhrase): string | undefined {
  return role.country ?? role.organization?.entry?.country;
}

/**
 * An office's word without the relational ی of an adjective made from a noun, so that a portfolio
 * named by its noun is the one named by its adjective: `اقتصادی` → `اقتصاد` (`وزیر اقتصاد` is `وزیر
 * امور اقتصادی و دارایی`). Words of four letters or fewer are left whole (`ملی`، `عالی`).
 */
function withoutRelationalSuffix(word: string): string {
  return word.length > 4 && word.endsWith('ی') ? word.slice(0, -1) : word;
}

/**
 * Whether an office mention (`وزیر خارجه روسیه`) can be an office the person holds (`وزیر امور
 * خارجه`, country RUS): same head, one completion containing the other (a portfolio's adjective
 * read as its noun: `وزیر اقتصاد` in `وزیر امور اقتصادی و دارایی`), no clash of
 * organization, place or country (`personCountry` stands in for an office without one). An office
 * held by its head alone never matches a mention with an organization.
 */
export function roleMatches(mention: RolePhrase, held: RolePhrase, personCountry?: string): boolean {
  if (key(mention.head) !== key(held.head)) return false;
  const a = new Set(mention.complement.map(withoutRelationalSuffix));
  const b = new Set(held.complement.map(withoutRelationalSuffix));
  if (![...a].every((w) => b.has(w)) && ![...b].every((w) => a.has(w))) return false;
  const orgA = organizationKey(mention);
  const orgB = organizationKey(held);
  // a bare head held (`سخنگوی این رزمایش` read as `سخنگو`) says nothing of whose office: not `سخنگوی ناوگان پنجم نیروی دریایی آمریکا`
  // (nor an office completed by words of no organization: `سخنگوی رزمایش` is not `سخنگوی ناوگان پنجم ...` either)
  if (orgA && !orgB && (b.size === 0 || a.size === 0) && !held.place && !roleCountry(held)) return false;
  // an office of something named by `این` that is no organization is not an organization's: `سخنگوی این رزمایش` is not `سخنگوی صندوق بین‌المللی پول`
  if ((orgB && !orgA && mention.demonstrative) || (orgA && !orgB && held.demonstrative)) return false;
  if (orgA && orgB && orgA !== orgB && !orgA.startsWith(orgB) && !orgB.startsWith(orgA)) return false;
  if (mention.place && held.place && key(mention.place) !== key(held.place)) return false;
  const countryA = roleCountry(mention);
  const countryB = roleCountry(held) ?? personCountry;
  return !(countryA && countryB && countryA !== countryB);
}
