import type { SentenceView } from '../clauses/sentence-view.js';
import { REPORTER_KINDS } from '../entities/gazetteer.js';
import { sectorOf } from './code-party.js';
import { type Party, type PartyIndex, partyStartingAt } from './event-parties.js';

/** How many parties with a country the report-level memory keeps (most recent last). */
const RECENT = 32;

/** Words opening a condition, whose subject a threat is aimed at: `اگر`، `در صورتی که`، `چنانچه`. */
/** Words that open a condition (`اگر`, `در صورتی که` ...), by match key. */
export const CONDITION_OPENERS: readonly (readonly string[])[] = [['اگر'], ['چنانچه'], ['درصورتیکه'], ['درصورتی', 'که'], ['در', 'صورتی', 'که'], ['هرگاه']];

/** The first of `sequences` whose words stand at token `t`, if any. */
export function sequenceAt(keys: readonly string[], t: number, sequences: readonly (readonly string[])[]): readonly string[] | undefined {
  return sequences.find((words) => words.every((word, k) => keys[t + k] === word));
}

/** Nouns of an attack (match keys, indefinite forms too: `به هر تجاوزی`): a sentence naming one accuses or threatens its last author (`ادامه این حملات`). */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set(['حمله', 'حملات', 'تجاوز', 'تجاوزات', 'جنایات', 'جنایت', 'بمباران', 'تهاجم', 'حملهای', 'تجاوزی', 'یورش', 'یورشها', 'یورشهای', 'یورشی']);

/** What a report has said so far about who stands against whom. */
export interface OpposingMemory {
  /** Parties with a country, in the order the report named them (the last {@link RECENT}). */
  recent: Party[];
  /** The author of the last accusation or claim (`مدعی شد`): the one a later `این ادعا را رد کرد` answers. */
  claimant?: Party;
  /** The author of the claim before the last one's, another side: answered when the last claimant rejects it (`ابوظبی این اتهام را «دروغی آشکار» خواند`). */
  earlierClaimant?: Party;
}

/** Whether two parties are one side named (the same tokens or the same entity). */
export function sameSide(a: Party, b: Party): boolean {
  return a === b || (!!a.mention && a.mention.entity === b.mention?.entity);
}

/** Remembers `party` as the author of the last accusation or claim, the one before it kept when it is another side's. */
export function rememberClaimant(memory: OpposingMemory, party: Party): void {
  if (memory.claimant && !sameSide(memory.claimant, party)) memory.earlierClaimant = memory.claimant;
  memory.claimant = party;
}

/** The author of the last claim other than `actor` (who answers it): the last claimant, else the one before. */
export function claimantAnswered(memory: OpposingMemory, actor: Party): Party | undefined {
  if (memory.claimant && !sameSide(memory.claimant, actor)) return memory.claimant;
  return memory.earlierClaimant && !sameSide(memory.earlierClaimant, actor) ? memory.earlierClaimant : undefined;
}

/** Adds the parties with a country of tokens `[first, last)` to the memory; linear in the tokens. */
export function rememberParties(memory: OpposingMemory, parties: PartyIndex, first: number, last: number, countryOf: (party: Party) => string | undefined): void {
  for (let t = first; t < last; t++) {
    const party = partyStartingAt(parties, t);
    if (!party || party.place || !countryOf(party)) continue;
    memory.recent.push(party);
    if (memory.recent.length > RECENT * 2) memory.recent.splice(0, memory.recent.length - RECENT);
  }
}

/** Words that make an unnamed party foreign: `طرف‌های اروپایی`، `کشورهای غربی`. */
const FOREIGN_WORDS: ReadonlySet<string> = new Set(['اروپایی', 'غربی', 'خارجی']);

/**
 * The subject of a condition in `[from, to)` (`در صورتی که برلین این موشک‌ها را ... قرار دهد` → برلین):
 * the first party after the opener, before the condition's comma; `unnamedForeign` when instead an
 * unnamed foreign side leads it (`اگر طرف‌های اروپایی ... فعال کنند`): the threat's recipient is not coded.
 */
export function conditionSubject(view: SentenceView, parties: PartyIndex, from: number, to: number): { party?: Party; unnamedForeign?: boolean } {
  const { keys } = view;
  for (let t = from; t < to; t++) {
    const opener = sequenceAt(keys, t, CONDITION_OPENERS);
    if (!opener) continue;
    for (let u = t + opener.length; u < to && keys[u] !== '،'; u++) {
      const party = partyStartingAt(parties, u);
      if (party) return { party };
      if (u - t - opener.length < 3 && FOREIGN_WORDS.has(keys[u])) return { unnamedForeign: true };
    }
    return {};
  }
  return {};
}


/** Whether a party is a news agency or outlet (`رویترز`، `خبرگزاری آسوشیتدپرس`): it tells of a quarrel, it is no side of it. */
export function isReporter(view: SentenceView, party: Party): boolean {
  const subtype = party.mention ? view.entities.get(party.mention.entity)?.attributes?.subtype : undefined;
  return !!subtype && REPORTER_KINDS.has(subtype);
}

/** Prepositions (match keys) of a body appealed to or spoken of, no side opposed: `به`، `با`، `در`، `برای`، `نزد`، `قبال`. */
export const ADDRESSING: ReadonlySet<string> = new Set(['به', 'با', 'در', 'برای', 'نزد', 'قبال']);

/** Whether a party is an international body (`سازمان ملل`، `اتحادیه اروپا`): it has no country, yet may be a side opposed. */
export function isInternationalBody(view: SentenceView, party: Party): boolean {
  return !!party.mention && view.entities.get(party.mention.entity)?.attributes?.subtype === 'international';
}

/**
 * Whether a party is an international body or one of its officials (`کایا کالاس مسئول سیاست خارجی اتحادیه اروپا`,
 * sector IGO): a side with no country (the guide: officials of international bodies have `country: null`) that a
 * state may still answer or oppose.
 */
export function isInternationalSideOf(view: SentenceView, party: Party): boolean {
  if (isInternationalBody(view, party)) return true;
  const entity = party.mention && view.entities.get(party.mention.entity);
  // (not a state's envoy to one, whose words name the state: `نماینده دائم سودان در سازمان ملل`)
  if (!entity || entity.type !== 'PER' || entity.attributes?.country || entity.attributes?.roles?.some((r) => r.country)) return false;
  return sectorOf(entity, view.entities) === 'IGO';
}

/**
 * The party an accusation, threat or rejection with no named recipient is aimed at: the first party in
 * `[from, to)` whose country is not the actor's (`آمریکا و انگلیس مسئولیت ... را بر عهده دارند` said by
 * a Yemeni → USA), looked for first after the verb `span.verb` (what is said follows it), and never a city or region; else, when the sentence speaks of an attack, its last author; else an international body
 * the sentence names (`اتحادیه اروپا`, no country); else the last party of
 * another country the report named before (a claim answered a paragraph later); else another named person
 * or body of the actor's own country in the sentence (a quarrel at home, a civil war). A capital counts as
 * its government (`اگر واشنگتن از زیاده‌خواهی دست بردارد`). News agencies are never
 * the side opposed. None when the actor
 * has no country: whom an international body opposes is not guessed.
 * A party of the actor's own country on the other side of a war at home (`warring`: an armed group
 * against the army) counts as of another country (`البرهان هشدار داد ...` → نیروهای واکنش سریع).
 * `skip` leaves out the actor's own tokens; `since`, when given, is the first token the memory may reach back to.
 */
export function opposingParty(
  view: SentenceView, parties: PartyIndex, memory: OpposingMemory, span: { from: number; to: number; verb?: number; since?: number; skip: (t: number) => boolean },
  actorCountry: string | undefined, countryOf: (party: Party) => string | undefined, attacker: Party | undefined,
  warring: (party: Party) => boolean = () => false,
): Party | undefined {
  if (!actorCountry) return undefined;
  // a city or region is where something happens, not the side opposed
  const other = (party: Party | undefined): boolean => {
    const country = party && (!party.place || party.capital) && !isReporter(view, party) && countryOf(party);
    return !!country && (country !== actorCountry || warring(party));
  };
  // what is said follows its verb (`مدعی شد که شناورهای سپاه ...`): that part of the sentence first
  const after = span.verb ?? span.from;
  for (const [from, to] of [[after, span.to], [span.from, after]]) {
    for (let t = from; t < to; t++) {
      const party = partyStartingAt(parties, t);
      if (party && !span.skip(t) && other(party)) return party;
    }
  }
  if (other(attacker) && view.keys.slice(span.from, span.to).some((k) => ATTACK_NOUNS.has(k))) return attacker;
  // no other country in the sentence: an international body it names (`تصمیم شورای اتحادیه اروپا ... را «غیرقانونی»
  // خواند و هشدار داد ...` → the council), before a side remembered from earlier sentences; not one appealed to or
  // spoken of (`شکایتی به شورای امنیت ارائه خواهد کرد`، `تعهدات ... در قبال فیفا`); an official of such a body counts too
  // (`درباره بیانیه سخنگوی سیاست خارجی اتحادیه اروپا ... این اظهارات را «...» توصیف کرد`: leave writers out F .6738 → .6746)
  for (const [from, to] of [[after, span.to], [span.from, after]]) {
    for (let t = from; t < to; t++) {
      const party = partyStartingAt(parties, t);
      if (party && !span.skip(t) && isInternationalSideOf(view, party) && !ADDRESSING.has(view.keys[t - 1])) return party;
    }
  }
  for (let i = memory.recent.length - 1; i >= Math.max(0, memory.recent.length - RECENT); i--) {
    if (memory.recent[i].first >= span.from) continue;
    if (span.since !== undefined && memory.recent[i].first < span.since) break;
    if (other(memory.recent[i])) return memory.recent[i];
  }
  // no other country in sight: the other side of a quarrel at home, another party of the sentence
  // (`ارتش سودان ... نیروهای واکنش سریع را ...`), named after the verb first
  for (const [from, to] of [[after, span.to], [span.from, after]]) {
    for (let t = from; t < to; t++) {
      const party = partyStartingAt(parties, t);
      if (party && !span.skip(t) && !party.place && !isReporter(view, party) && party.mention && view.entities.get(party.mention.entity)?.attributes?.subtype !== 'country' && countryOf(party) === actorCountry) return party;
    }
  }
  return undefined;
}
