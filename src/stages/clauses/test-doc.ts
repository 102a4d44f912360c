import type { Doc } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import type { EntityRecord, EntityType, Mention, MentionKind } from '../entities/entity-layers.js';
import type { Quote } from '../quotes/quote-layer.js';

/** A hand-made entity for tests: its id, type, attributes, and the surface strings that mention it. */
export interface TestEntity {
  id: string;
  type: EntityType;
  canonical: string;
  mentions: { text: string; kind?: MentionKind; nth?: number }[];
  attributes?: EntityRecord['attributes'];
}

/**
 * A Doc for testing the clause-level stages without the entity tagger: the text is normalized,
 * tokenized and (when the data is there) lemmatized for real; `mentions` and `entities` are laid
 * down by hand from the given strings (`nth` picks a later occurrence).
 */
export function docWithEntities(lexicons: Lexicons, text: string, entities: TestEntity[]): Doc {
  const doc = analyze(createAnalyzer(lexicons, { entities: false, report: false }), text);
  const mentions: Mention[] = [];
  const records: EntityRecord[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      let at = -1;
      for (let k = 0; k <= (mention.nth ?? 0); k++) at = text.indexOf(mention.text, at + 1);
      if (at < 0) throw new Error(`test mention not found: ${mention.text}`);
      mentions.push({ start: at, end: at + mention.text.length, entity: entity.id, type: entity.type, kind: mention.kind ?? 'name' });
    }
    const first = mentions.filter((m) => m.entity === entity.id).sort((a, b) => a.start - b.start)[0];
    records.push({ id: entity.id, type: entity.type, canonical: entity.canonical, attributes: entity.attributes ?? {}, start: first.start, end: first.end });
  }
  doc.layers.mentions = mentions.sort((a, b) => a.start - b.start);
  doc.layers.entities = records.sort((a, b) => a.start - b.start);
  return doc;
}

/**
 * Direct quotes laid down by hand over `text`: each `[said, speaker]` spans the first occurrence of `said`, said by
 * entity `speaker`, with an empty cue of lemma `cue`.
 */
export function quotesOver(text: string, quotes: readonly (readonly [string, string])[], cue: string): Quote[] {
  return quotes.map(([said, speaker], i) => {
    const start = text.indexOf(said);
    return { id: `q${i + 1}`, start, end: start + said.length, speaker, cue: { start, end: start, lemma: cue }, kind: 'direct' };
  });
}
