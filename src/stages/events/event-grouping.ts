import { type EventContext, type FoundEvent, partyCountry } from './event-context.js';
import { groupOf, type Party } from './event-parties.js';

/**
 * The events of one sentence after they are read: a list of three or more sides as one group, and a claim
 * about the claimant's own act dropped.
 * @module
 */

/**
 * Events aimed at a member of a list of three or more parties of other countries than the actor's
 * (`فرانسه، آلمان و انگلیس`) aimed at the list as one side with no country, once per type and actor.
 * A list with the actor's own side in it (`نیروی دریایی سپاه و ناوگان‌های روسیه و چین`) stays members.
 */
export function asGroups(context: EventContext, events: FoundEvent[], limit: number): FoundEvent[] {
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
