import type { Span } from '../../doc/doc.js';

/**
 * `layers.quotes[i]`: what was said (the span), who said it (`speaker`, an entity id, absent when
 * unresolved — then a message explains), the reporting verb (`cue`, with its lemma: `گفت`,
 * `تأکید کرد`, `با بیان اینکه`, `به گفته`), and whether it is `direct` (after a colon or in « »)
 * or `indirect` (که ...، بر ... تأکید کرد، ... را ضروری دانست).
 */
export interface Quote extends Span {
  id: string;
  speaker?: string;
  cue: Span & { lemma: string };
  kind: 'direct' | 'indirect';
}
