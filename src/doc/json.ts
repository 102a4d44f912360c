import type { Doc } from './doc.js';
import { KhabarError } from './errors.js';

/** Serializes a Doc; the output parses back with {@link docFromJSON} to an equal Doc. */
export function docToJSON(doc: Doc, indent?: number): string {
  return JSON.stringify(doc, null, indent);
}

/**
 * Parses a Doc from JSON and checks its shape.
 * @throws KhabarError E008 when the value is not a Doc.
 */
export function docFromJSON(json: string): Doc {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new KhabarError('E008', (error as Error).message);
  }
  const doc = value as Partial<Doc> | null;
  if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string' || typeof doc.layers !== 'object' || !Array.isArray(doc.messages)) {
    throw new KhabarError('E008');
  }
  return { text: doc.text, layers: doc.layers ?? {}, messages: doc.messages, meta: doc.meta ?? {}, ...(doc.norm ? { norm: doc.norm } : {}) };
}
