import type { Doc, Span } from '../../src/doc/doc.js';
import type { Stage } from '../../src/pipeline/stage.js';

interface EntitySpec {
  id: string;
  type: string;
  canonical: string;
  attributes: Record<string, unknown>;
  /** Spellings to find, with the mention kind. */
  spellings: [RegExp, string][];
}

const ENTITIES: EntitySpec[] = [
  { id: 'e1', type: 'person', canonical: 'عباس عراقچی', attributes: { country: 'IRN', role: 'وزیر امور خارجه' }, spellings: [[/وز[يی]ر امور خارجه/g, 'role']] },
  { id: 'e2', type: 'person', canonical: 'هاکان فیدان', attributes: { country: 'TUR' }, spellings: [[/وز[يی]ر خارجه تر[كک][يی]ه/g, 'role']] },
  { id: 'e3', type: 'place', canonical: 'آنکارا', attributes: { country: 'TUR' }, spellings: [[/آن[كک]ارا/g, 'name']] },
  { id: 'e4', type: 'organization', canonical: 'قوه قضاییه', attributes: { country: 'IRN' }, spellings: [[/قوه قضاییه/g, 'name']] },
];

function find(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A stand-in for the entity, quote and event stages, written for the tests: finds a few fixed people,
 * places and organizations by spelling, the quote after `گفت:` and a CONSULT event between the two
 * ministers (marked `inferred` where its line spells دیدار with the Persian ی, as in the republished copy)
 * — in the shapes the corpus documents (see `doc-layers.ts`).
 */
export function createTestAnnotationStage(): Stage {
  return {
    name: 'test-annotations',
    version: '1',
    requires: ['tokens'],
    assigns: ['entities', 'quotes', 'events'],
    run(doc: Doc): Doc {
      const entities = ENTITIES.map((spec) => ({
        id: spec.id, type: spec.type, canonical: spec.canonical, attributes: spec.attributes,
        mentions: spec.spellings.flatMap(([pattern, kind]) => find(doc.text, pattern).map((span) => ({ ...span, kind }))),
      })).filter((entity) => entity.mentions.length > 0);
      const ids = new Set(entities.map((entity) => entity.id));
      const quotes = find(doc.text, /گفت: «[^»]*»/g).map((span) => ({ start: span.start + 6, end: span.end, speaker: ids.has('e2') ? 'e2' : undefined, cue: 'گفت', kind: 'direct' }));
      // a line that spells دیدار with the Persian ی stands in for the learned model: its event is marked inferred
      const events = ids.has('e1') && ids.has('e2')
        ? find(doc.text, /[^\n]*دیدار[^\n]*|[^\n]*ديدار[^\n]*/g).slice(0, 1).map((span) => ({
          ...span, type: 'CONSULT', actor: 'e1', recipient: 'e2', modality: 'asserted', ...(doc.text.slice(span.start, span.end).includes('دیدار') ? { inferred: true } : {}),
        }))
        : [];
      Object.assign(doc.layers, { entities, quotes, events });
      return doc;
    },
  };
}
