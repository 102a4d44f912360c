import type { Doc } from '../../doc/doc.js';
import type { Lexicons } from '../../lexicon/lexicons.js';
import type { Stage } from '../../pipeline/stage.js';
import { createNormalizer } from './normalizer.js';
import type { NormalizeOptions } from './options.js';

/**
 * The normalization stage: sets `doc.norm` (the normalized view and its alignment). Options as in
 * {@link NormalizeOptions}; without lexicons half-spaces are only repaired, not restored.
 */
export function createNormalizeStage(options: NormalizeOptions = {}, lexicons?: Lexicons): Stage {
  const normalize = createNormalizer(options, lexicons);
  return {
    name: 'normalize',
    version: '1',
    requires: [],
    assigns: ['norm'],
    run(doc: Doc): Doc {
      doc.norm = normalize(doc.text);
      return doc;
    },
  };
}
