import type { DocJson } from '../../../src/api/schemas/doc.js';
import { layoutDoc, type Piece, type TextUnit } from '../lib/annotate.js';
import type { ViewEntity, ViewLayers } from '../lib/doc-layers.js';
import { ENTITY_TYPE_LABELS, label, MENTION_KIND_LABELS } from '../lib/labels.js';
import { Link } from './link.js';
import { entityHref } from '../lib/router.js';

/** Entity types with a corpus page. */
const LINKED_TYPES = new Set(['person', 'organization', 'place', 'misc']);

function Unit({ unit }: { unit: TextUnit }) {
  if (unit.restored && unit.text !== unit.original) {
    return <mark class="halfspace" data-restored="" title={`نیم‌فاصله بازگردانده شد؛ در متن اصلی: ${unit.original}`}>{unit.text}</mark>;
  }
  return <>{unit.text}</>;
}

function PieceView({ piece }: { piece: Piece }) {
  const content = piece.units.map((unit) => <Unit key={unit.start} unit={unit} />);
  if (!piece.mention) return <>{content}</>;
  const { entity, kind } = piece.mention;
  const title = `${label(ENTITY_TYPE_LABELS, entity.type)}: ${entity.canonical} (${label(MENTION_KIND_LABELS, kind)})`;
  const props = { class: `mention type-${entity.type} kind-${kind}`, 'data-entity-type': entity.type, 'data-entity': entity.id, title };
  return LINKED_TYPES.has(entity.type) ? <Link href={entityHref(entity.canonical)} {...props}>{content}</Link> : <span {...props}>{content}</span>;
}

/**
 * A report drawn as text — never as markup, so whatever it contains stays inert: paragraphs, entity
 * mentions coloured by type (linked to their corpus page), quotes marked with their speaker, and in
 * the normalized view the words whose half-spaces were restored.
 */
export function AnnotatedText({ doc, layers, view }: { doc: DocJson; layers: ViewLayers; view: 'original' | 'normalized' }) {
  const byId = new Map<string, ViewEntity>(layers.entities.map((entity) => [entity.id, entity]));
  return (
    <div class={`annotated view-${view}`} data-view={view}>
      {layoutDoc(doc, layers, view).map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.runs.map((run, i) => {
            const pieces = run.pieces.map((piece, j) => <PieceView key={j} piece={piece} />);
            if (!run.quote) return <span key={i}>{pieces}</span>;
            const speaker = run.quote.speaker ? byId.get(run.quote.speaker) : undefined;
            return (
              <span key={i} class="quote-run">
                <span class="quote" data-quote="" title={speaker ? `سخن ${speaker.canonical}` : 'نقل قول'}>{pieces}</span>
                {speaker && <span class="quote-speaker" data-speaker={speaker.canonical}>{` ‹${speaker.canonical}›`}</span>}
              </span>
            );
          })}
        </p>
      ))}
    </div>
  );
}
