import type { ComponentChildren } from 'preact';
import { EVENT_LABELS, label, MODALITY_LABELS } from '../lib/labels.js';
import { InferredMark } from './inferred-mark.js';

/** One event as a line: actor → what → recipient, its modality, and the evidence. */
export interface EventLine {
  key: string | number;
  actor: ComponentChildren;
  type: string;
  recipient: ComponentChildren;
  modality?: string | null;
  /** Read by the learned paragraph model rather than a trigger pattern: marked so. */
  inferred?: boolean;
  evidence?: ComponentChildren;
  when?: ComponentChildren;
}

/** Events listed as «actor → type → recipient», with modality and evidence. */
export function EventList({ events, title = 'رویدادها' }: { events: EventLine[]; title?: string }) {
  if (events.length === 0) return null;
  return (
    <section class="panel event-list" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {events.map((event) => (
          <li key={event.key} data-event-type={event.type}>
            <div class="event-line">
              <span class="actor">{event.actor || '—'}</span>
              <span class="arrow" aria-hidden="true">←</span>
              <span class={`event-type event-${event.type}`} title={event.type}>{label(EVENT_LABELS, event.type)}</span>
              <span class="arrow" aria-hidden="true">←</span>
              <span class="recipient">{event.recipient || '—'}</span>
              {event.modality && event.modality !== 'asserted' && <span class="modality">({label(MODALITY_LABELS, event.modality)})</span>}
              <InferredMark inferred={event.inferred} />
            </div>
            {event.when && <div class="when">{event.when}</div>}
            {event.evidence && <blockquote class="evidence">{event.evidence}</blockquote>}
          </li>
        ))}
      </ul>
    </section>
  );
}
