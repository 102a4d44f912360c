import type { Doc } from '../doc/doc.js';
import { KhabarError } from '../doc/errors.js';
import type { Stage } from './stage.js';

/**
 * What to do when a stage throws on one document:
 * - `'throw'` (default, for tests and single documents): rethrow;
 * - `'record'` (batch ingestion): add an `error` message to the Doc naming the stage, skip the
 *   stages that depend on it, and continue.
 */
export type ErrorPolicy = 'throw' | 'record';

export interface Pipeline {
  stages: readonly Stage[];
  run(doc: Doc): Doc;
}

/**
 * Builds a pipeline and checks its contract before anything runs: every layer a stage
 * requires is assigned by an earlier stage, and no two stages assign the same layer.
 * @throws KhabarError E003 (missing requirement) or E004 (layer assigned twice).
 */
export function createPipeline(stages: readonly Stage[], options: { errors?: ErrorPolicy } = {}): Pipeline {
  const assigned = new Map<string, string>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!assigned.has(layer)) throw new KhabarError('E003', `stage "${stage.name}" requires "${layer}"`);
    }
    for (const layer of stage.assigns) {
      const other = assigned.get(layer);
      if (other) throw new KhabarError('E004', `"${layer}" is assigned by "${other}" and "${stage.name}"`);
      assigned.set(layer, stage.name);
    }
  }
  const policy = options.errors ?? 'throw';
  return {
    stages,
    run(doc: Doc): Doc {
      const failed = new Set<string>();
      const ran = (doc.meta.stages ??= []);
      for (const stage of stages) {
        if (stage.requires.some((layer) => failed.has(layer))) {
          stage.assigns.forEach((layer) => failed.add(layer));
          continue;
        }
        try {
          stage.run(doc);
          ran.push(`${stage.name}@${stage.version}`);
        } catch (error) {
          if (policy === 'throw') throw error;
          stage.assigns.forEach((layer) => failed.add(layer));
          doc.messages.push({ code: 'stage-failed', severity: 'error', source: stage.name, message: `stage ${stage.name} failed: ${(error as Error).message}` });
        }
      }
      return doc;
    },
  };
}
