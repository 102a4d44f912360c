import type { SentenceView } from '../clauses/sentence-view.js';
import { matchKey } from '../clauses/match-key.js';
import { type EventContext, type FoundEvent, partyCountry } from './event-context.js';
import { groupOf, type Party } from './event-parties.js';

/**
 * The events of one sentence after they are read: a list of three or more sides as one group, and a claim
 * about the claimant's own act dropped.
 * @module
 */

/** Number words that count the members of a bloc (`سه کشور اروپایی`). */
const BLOC_COUNTS: ReadonlySet<string> = new Set(['دو', 'سه', 'چهار', 'پنج']);

/** Adjectives of a region that make countries counted a bloc (`سه کشور اروپایی`، `کشورهای عربی`), by match key. */
const BLOC_REGIONS: ReadonlySet<string> = new Set(['اروپایی', 'غربی', 'عربی', 'آسیایی', 'آفریقایی'].map(matchKey));

/** Whether a report names a bloc of countries as one (see {@link namesBloc}), found once per report. */
const blocs = new WeakMap<SentenceView, boolean>();

/**
 * Whether the report names a bloc of countries as one side: `تروئیکای اروپایی`, or a count of countries
 * of a region (`سه کشور اروپایی`); a bare count (`بالگردهایی از سه کشور`) is no bloc. Linear in the report.
 */
export function namesBloc(view: SentenceView): boolean {
  let found = blocs.get(view);
  if (found === undefined) {
    const { keys } = view;
    found = keys.some((key, t) => key.startsWith('تروییکا') || (key === 'کشور' && BLOC_COUNTS.has(keys[t - 1]) && BLOC_REGIONS.has(keys[t + 1])));
    blocs.set(view, found);
  }
  return found;
}

/**
 * Events aimed at a member of a list of three or more parties of other countries than the actor's
 * (`فرانسه، آلمان و انگلیس`) aimed at the list as one side with no country, once per type and actor,
 * when the report names such a bloc as one (`سه کشور اروپایی`, {@link namesBloc}); otherwise each member
 * is a side of its own (`همکاری‌های نظامی تهران، مسکو و پکن` → three events).
 * A list with the actor's own side in it (`نیروی دریایی سپاه و ناوگان‌های روسیه و چین`) stays members.
 */
export function asGroups(context: EventContext, events: FoundEvent[], limit: number): FoundEvent[] {
  if (!namesBloc(context.view)) return events;
  const seen = new Set<string>();
  const kept: FoundEvent[] = [];
  for (const event of events) {
    const actorCountry = event.actor && partyCountry(context, event.actor);
    const group = event.recipient && groupOf(context.parties, context.view.keys, event.recipient, limit, (party) => {
      const country = partyCountry(context, party);
      return country === actorCountry ? undefined : country;
    });
    if (!group) {
      kept.push(event);
      continue;
    }
    const key = `${event.type}|${event.actor?.first}|${group.first}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ ...event, recipient: group });
  }
  return kept;
}

/**
 * A claim about the claimant's own act is no accusation (`ارتش ... مدعی شد که انبارهای حزب‌الله را
 * هدف قرار داده است`): claims whose actor's country acts again later in the sentence are dropped.
 */
export function dropOwnClaims(events: FoundEvent[], countryOf: (party: Party | undefined) => string | undefined): FoundEvent[] {
  return events.filter((event) => {
    if (!event.claim) return true;
    const country = countryOf(event.actor);
    return !events.some((other) => !other.speech && other.trigger[0] > event.trigger[1] && country && countryOf(other.actor) === country);
  });
}
