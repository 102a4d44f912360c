import type { EntityContext } from './entity-context.js';
import { entityKey } from './entity-key.js';

/**
 * Ambiguous names (data/gazetteers/ambiguous.txt) with the words that, right before them, show the
 * name is meant: `مجلس` is also a gathering (`مجلس ختم`), but `نمایندگان مجلس`, `رئیس مجلس`,
 * `صحن مجلس` speak of the parliament.
 */
const CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['مجلس', ['نماینده', 'نمایندگان', 'رئیس', 'نایب‌رئیس', 'رئیسه', 'هیئت‌رئیسه', 'صحن', 'علنی', 'مصوبه', 'مصوبات', 'تصویب']],
].map(([name, cues]) => [entityKey(name as string), new Set((cues as string[]).map(entityKey))]));

/**
 * Whether the one-word ambiguous name at token `i` is meant, shown by the word before it.
 * `نمایندگان مجلس` → true at `مجلس`; `مجلس ختم` → false.
 */
export function isCuedName(context: EntityContext, i: number): boolean {
  const cues = CUES.get(context.keys[i]);
  return cues !== undefined && i > 0 && cues.has(context.keys[i - 1]);
}
