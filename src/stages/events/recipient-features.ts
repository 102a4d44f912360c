import { PREPOSITIONS } from '../clauses/find-subject.js';
import type { SentenceView } from '../clauses/sentence-view.js';
import type { PloverType } from './event-layer.js';
import { type Party, type PartyIndex, partyStartingAt } from './event-parties.js';

/** Sentence and clause breaks a preposition's phrase does not cross (match keys). */
const PHRASE_STOPS: ReadonlySet<string> = new Set(['،', ':', '؛', 'که', '.', 'را']);

/**
 * The preposition that opens the phrase a party at `t` stands in (within four words before it, none past a
 * comma, `که`، `را` or a verb), if any: `به شمال کرانه باختری` → `به`.
 */
export function prepositionBefore(view: SentenceView, t: number): string | undefined {
  for (let u = t - 1; u >= 0 && t - u <= 4; u--) {
    if (PREPOSITIONS.has(view.keys[u])) return view.keys[u];
    if (PHRASE_STOPS.has(view.keys[u]) || view.tokens[u].pos === 'VERB') return undefined;
  }
  return undefined;
}

/** One party an event could be aimed at (or none: `country` null and no party), with the features a chooser scores. */
export interface RecipientCandidate {
  party?: Party;
  country: string | null;
  features: string[];
}

/** What the rules chose for one event, and every other side its sentence offers. */
export interface RecipientChoice {
  type: PloverType;
  /** The token of the trigger's first word. */
  trigger: number;
  actorCountry: string | null;
  /** The recipient's country the rules chose (null: none, or a side with no country). */
  ruleCountry: string | null;
  candidates: RecipientCandidate[];
}

/** How far from the trigger a candidate stands, in four buckets. */
function distanceBucket(d: number): string {
  return d <= 3 ? 'd3' : d <= 8 ? 'd8' : d <= 15 ? 'd15' : 'dfar';
}

/**
 * The sides an event read in the sentence `[first, last)` could be aimed at, each with its features: every
 * party of the sentence other than the actor (the word before and after it, the preposition whose phrase it
 * stands in, before or after the trigger and how far, whether it shares the actor's country, is a place, a
 * capital, a country, a person, inside a quote, and whether the rules chose it), the rules' own choice when it
 * comes from outside the sentence (an earlier sentence, the home default), and none. Used by
 * `eval/recipient-chooser.ts` to measure a learned chooser against the rules; the stage itself does not rank them.
 */
export function recipientCandidates(
  view: SentenceView, parties: PartyIndex, sentence: { first: number; last: number },
  event: { type: PloverType; trigger: number; actor: Party; recipient?: Party },
  coding: { countryOf: (party: Party) => string | undefined; isCountry: (party: Party) => boolean; inQuote: (token: number) => boolean },
): RecipientChoice {
  const { keys } = view;
  const { type, trigger, actor, recipient } = event;
  const actorCountry = coding.countryOf(actor) ?? null;
  const sameEntity = (a: Party, b: Party): boolean => a === b || (!!a.mention && a.mention.entity === b.mention?.entity);
  const candidates: RecipientCandidate[] = [];
  const seen = new Set<Party>();
  let ruleSeen = false;
  for (let t = sentence.first; t < sentence.last; t++) {
    const party = partyStartingAt(parties, t);
    if (!party || seen.has(party) || sameEntity(party, actor)) continue;
    seen.add(party);
    const country = coding.countryOf(party) ?? null;
    const side = party.first < trigger ? 'before' : 'after';
    const distance = distanceBucket(Math.abs(party.first - trigger));
    const before = keys[party.first - 1] ?? 'BOS';
    const after = keys[party.last + 1] ?? 'EOS';
    const kind = party.mention ? `${party.mention.type}${coding.isCountry(party) ? '-country' : ''}` : 'demonym';
    const rule = !!recipient && sameEntity(recipient, party);
    ruleSeen ||= rule;
    candidates.push({
      party, country, features: [
        'bias', `rule:${rule}`, `t:${type}|rule:${rule}`, `t:${type}|before:${before}`, `t:${type}|after:${after}`,
        `t:${type}|prep:${prepositionBefore(view, party.first) ?? '-'}`, `t:${type}|side:${side}`, `t:${type}|dist:${distance}`,
        `t:${type}|${side}|${distance}`, `same:${country === actorCountry}`, `t:${type}|same:${country === actorCountry}`,
        `place:${party.place}|capital:${!!party.capital}`, `t:${type}|kind:${kind}`, `nocountry:${country === null}`,
        `quote:${coding.inQuote(party.first)}`, `before:${before}|after:${after}`,
      ],
    });
  }
  const ruleCountry = (recipient && coding.countryOf(recipient)) ?? null;
  if (recipient && !ruleSeen) candidates.push({ party: recipient, country: ruleCountry, features: ['bias', 'rule:true', `t:${type}|rule:true`, 'outside', `t:${type}|outside`] });
  const none = !recipient;
  candidates.push({ country: null, features: ['none', `none|rule:${none}`, `none|t:${type}`, `none|t:${type}|rule:${none}`, `none|n:${Math.min(candidates.length, 4)}`] });
  return { type, trigger, actorCountry, ruleCountry, candidates };
}
