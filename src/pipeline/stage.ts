import type { Doc } from '../doc/doc.js';

/**
 * A pipeline stage: a pure function over a Doc with a declared contract, in the manner of
 * spaCy's components. `requires` names the layers (or `norm`) it reads; `assigns` those it
 * writes. Stages are built by `createXStage(options)` factories that validate their options
 * and capture their data once.
 */
export interface Stage {
  /** Short name, e.g. `normalize`. */
  name: string;
  /** Changes when the output for the same input may change; recorded in `doc.meta.stages`. */
  version: string;
  requires: readonly string[];
  assigns: readonly string[];
  /** Annotates the Doc in place (never touching `doc.text`) and returns it. */
  run(doc: Doc): Doc;
}
