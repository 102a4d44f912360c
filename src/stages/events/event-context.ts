import { matchKey } from '../clauses/match-key.js';
import type { VerbTable } from '../../lexicon/verbs.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import type { Trigger } from '../clauses/trigger-table.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import { codeParty } from './code-party.js';
import type { Modality, PloverType } from './event-layer.js';
import { focusCountry, type Party, type PartyIndex } from './event-parties.js';
import { isInternationalBody, isInternationalSideOf, type OpposingMemory } from './opposing-party.js';
import { recipientCandidates, type RecipientChoice } from './recipient-features.js';

/**
 * The shapes the events stage reads with (a pattern row, an event found, the memory and context of one
 * sentence) and what every part asks of a party: its country, whether it is a country or an international body.
 * @module
 */

/**
 * One row of the event-pattern table: the PLOVER type and the words marking the recipient, tried
 * in order — a preposition before it (`با`، `به`، `از`، `علیه`، `برای`), `را` after it, `+` the name
 * right after a verb-less phrase, `^` the subject (a passive; the agent follows `توسط`), `*` the
 * name inside the phrase's gap (`مورد استقبال X قرار گرفت`, required), `>به` the name after the next
 * `به` that follows the phrase (`سفر گروسی به تهران`), `~` the opposing party (required: see
 * {@link opposingParty}), `-` none.
 */
export interface EventPattern {
  type: PloverType;
  recipient: string[];
  /** A noun phrase whose actor follows the noun (`حملات هوایی آمریکا به ...`): both parties must be named. */
  actorAfter?: boolean;
  /**
   * A speech act read from what someone says (`«... دروغی بزرگ است»`): the actor is the speaker of
   * the quote the phrase sits in (none outside a quote); the event is asserted, since it was said.
   */
  speech?: boolean;
  /** A claim (`مدعی شد که ...`): an accusation unless the claim is about the claimant's own act. */
  claim?: boolean;
  /**
   * How the sides of a noun phrase are found. `news`: an act announced (`از امضای قرارداد ... با عراق
   * خبر داد`): the phrase must follow `از` and precede `خبر` + verb; the actor is who announces it, the
   * recipients every party of another country inside the phrase. `joint`: an act done together
   * (`رزمایش مشترک`): the actor is the subject (else the first party with a country), the recipients
   * every party of another country in the sentence. `fails`: a failure told of someone (`گفت: وزارت رفاه
   * هیچ برنامه‌ای ارائه نکرده است`): only negated (or after a negated `توانست`), an accusation by the speaker
   * (else the subject of the saying clause) against the subject of the failing clause.
   */
  actor?: 'news' | 'joint' | 'fails' | 'accepts';
  /**
   * A refusal told by a negated verb of giving or granting (`به مربیان ما روادید نداد`، `توضیحات وزیر را
   * قانع‌کننده ندانستند`، `رأی اعتماد نداد`): read only when its verb is negated, and then asserted —
   * the refusal took place (conditional, it stays hypothetical).
   */
  refusal?: boolean;
  /**
   * A characterization set in « » right after its object (`این اقدام را «دزدی دریایی» خواند`): read only after
   * the object's `را`; a rejection when the object is something said or decided (a claim, charge, criticism,
   * report, ruling); `این اقدام` names the author of the last act read; never aimed at the actor's own country.
   */
  calls?: boolean;
  /** An act carried by a passive light verb (`تجمعی ... برگزار شد`): its actor is only an agent named after از سوی/توسط. */
  passive?: boolean;
  /**
   * A second event the act threatens, `hypothetical`, between the same sides (`THREATEN+COERCE?` in the table: an
   * impeachment motion tabled threatens the minister's dismissal).
   */
  threatens?: PloverType;
}

/** An event read from one sentence: its type, trigger tokens, sides and modality (`EventsStage` turns it into a KhabarEvent). */
export interface FoundEvent {
  type: PloverType;
  trigger: [number, number];
  lemma: string;
  actor?: Party;
  recipient?: Party;
  modality: Modality;
  /** Read from what someone said (a speech act or a claim), not from a verb of the act itself. */
  speech?: boolean;
  /** A claim read as an accusation (`مدعی شد`). */
  claim?: boolean;
}

/**
 * What earlier sentences of the Doc tell a later one: the last two sides that met, the last attacker and actor,
 * the parties named so far and the last claimant (for recipients named only earlier).
 */
export interface EventMemory extends OpposingMemory {
  pair?: [Party, Party];
  attacker?: Party;
  /** The side the last attack struck, if named: whom its attacker's side stands against. */
  struck?: Party;
  /** The countries of every attacker read so far: a war with a side abroad is not fought at home. */
  attackerCountries?: Set<string>;
  /** Every attacker read so far, in the order read: whose attack `این حملات` condemned names. */
  attackers?: Party[];
  /** Every author of sanctions read so far, in the order read: whose sanctions `این تحریم‌ها` condemned names. */
  sanctioners?: Party[];
  /** The actor of the last act read from its own words (not a speech act or claim): who `این اقدام` names. */
  actedLast?: Party;
  /** The acts told as done in the paragraph so far (`امارات را به ارسال سلاح ... متهم کرد`): what a side denies by `این اتهام را رد کرد`. */
  told?: { paragraph: number; acts: FoundEvent[] };
  /** The last accusation or rejection of a side of another country or an international body: who a later threat of the same paragraph and side is aimed at. */
  opposed?: { paragraph: number; actor: Party; recipient: Party };
}

/** Where the events of one sentence are looked for, and what they may fall back on. */
export interface EventContext {
  view: SentenceView;
  parties: PartyIndex;
  patterns: Map<string, Trigger<EventPattern>[]>;
  verbs?: VerbTable;
  /** The speaker of the quote covering a token, if any. */
  speakerAt: (token: number) => Party | undefined;
  memory: EventMemory;
  /** The gazetteer, for the country of well-known people. */
  gazetteer?: Gazetteer;
  /** ISO 3166-1 alpha-3 of the report's own country (`کشورمان`), IRN by default. */
  homeCountry: string;
  /** The country the report is about (see {@link focusCountry}), computed once when first asked. */
  focus: () => string;
  /** Told of every trigger read, kept or not (a diagnostic: `event-errors.js` tells a trigger never read from a candidate lost). */
  trace?: (candidate: { type: PloverType; first: number; verb: number }) => void;
  /** Told why a trigger read, or one pair of its sides, gave no event (a diagnostic, off by default: `event-errors.js --why`). */
  dropped?: (candidate: { type: PloverType; first: number; verb: number; why: string }) => void;
  /** Told of every event kept, with the sides its sentence offers (`eval/recipient-chooser.ts`; see {@link recipientCandidates}). */
  candidates?: (choice: RecipientChoice) => void;
}

/** Each party's country, coded once: parties are settled before events are read, and asked for again and again. */
const partyCountries = new WeakMap<Party, string | null>();

/** The ISO 3166-1 alpha-3 country a party stands for (`وزارت خارجه آمریکا` → USA), coded once per party; undefined when none is known. */
export function partyCountry(context: EventContext, party: Party): string | undefined {
  let country = partyCountries.get(party);
  if (country === undefined) partyCountries.set(party, (country = codeParty(party, context.view.entities, context.gazetteer)?.country ?? statedGovernment(context, party) ?? null));
  return country ?? undefined;
}

/** Words that name a state's government by themselves (match keys): `دولت`، `حکومت`. */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['دولت', 'حکومت'].map(matchKey));

/**
 * The country a government named by a bare `دولت` stands for, as the guide codes it (a state's mention, DX, DY): the country
 * the report is about (`قالیباف ... از دولت خواست ...` in a report on Iran's parliament); none for any other party.
 */
export function statedGovernment(context: EventContext, party: Party): string | undefined {
  if (party.first !== party.last || !GOVERNMENT_WORDS.has(context.view.keys[party.first])) return undefined;
  return context.focus() || undefined;
}

/** The state's own sectors: its government and armed forces. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL']);

/**
 * Whether two parties are the two sides of a war at home: one an armed group (sector REB, `نیروهای واکنش
 * سریع` and its commanders), the other the state's government or army, both named as bodies or people (the
 * country itself, `لبنان`, is no side against its own armed group). Two bodies of one country are
 * otherwise no opposing sides (a ministry and a court, a company and its workers).
 */
export function areWarringSides(context: EventContext, a: Party, b: Party): boolean {
  if (isCountryLevel(context, a) || isCountryLevel(context, b)) return false;
  const sector = (party: Party): string => codeParty(party, context.view.entities, context.gazetteer)?.sector ?? '';
  const [x, y] = [sector(a), sector(b)];
  return (x === 'REB' && STATE_SECTORS.has(y)) || (y === 'REB' && STATE_SECTORS.has(x));
}

/** Whether a party is a country itself (a country's mention), not a person or body of it. */
export function isCountryParty(context: EventContext, party: Party): boolean {
  return !!party.mention && context.view.entities.get(party.mention.entity)?.attributes?.subtype === 'country';
}

/** Whether a party stands for a whole country: a country's mention, `این کشور`, a demonym. */
export function isCountryLevel(context: EventContext, party: Party): boolean {
  return party.mention ? isCountryParty(context, party) : !party.place;
}

/** Whether a party is an international body (`سازمان ملل`، `اتحادیه اروپا`). */
export function isInternational(context: EventContext, party: Party): boolean {
  return isInternationalBody(context.view, party);
}

/** Whether a party is an international body or one of its officials (see {@link isInternationalSideOf}). */
export function isInternationalSide(context: EventContext, party: Party): boolean {
  return isInternationalSideOf(context.view, party);
}
