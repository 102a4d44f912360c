import type { Span } from '../../doc/doc.js';

/** PLOVER event categories. */
export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT', 'SANCTION'] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** Whether the report says the event happened, did not, is planned, or only might. */
export type Modality = 'asserted' | 'negated' | 'planned' | 'hypothetical';

/** Sectors of actors: government, military, parliament, judiciary, business, media, civil society, rebels, international bodies. */
export type Sector = 'GOV' | 'MIL' | 'LEG' | 'JUD' | 'BUS' | 'MED' | 'CVL' | 'REB' | 'IGO';

/** An actor or recipient: the entity (when one was named), its country (ISO 3166-1 alpha-3) and sector. */
export interface EventParty {
  entity?: string;
  country?: string;
  sector?: Sector;
}

/**
 * `layers.events[i]`: who did what to whom. The span is the evidence (the trigger phrase's clause
 * within its sentence); `trigger` is the pattern that matched (`دیدار کرد`); `quote` the id of the
 * quote it sits in when a speaker claims it.
 */
export interface KhabarEvent extends Span {
  id: string;
  type: PloverType;
  trigger: Span & { lemma: string };
  actor?: EventParty;
  recipient?: EventParty;
  modality: Modality;
  quote?: string;
  /**
   * True when the learned paragraph model read the event where no trigger pattern of its type matched
   * (`learned-events.ts`); its `trigger` is then the word that speaks most for the type.
   */
  inferred?: boolean;
}
