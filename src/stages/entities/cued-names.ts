import type { EntityContext } from './entity-context.js';
import { entityKey } from './entity-key.js';
import type { GazetteerEntry } from './gazetteer.js';

/**
 * Ambiguous names (data/gazetteers/ambiguous.txt) with the words that, right before them, show the
 * name is meant: `مجلس` is also a gathering (`مجلس ختم`), but `نمایندگان مجلس`, `رئیس مجلس`,
 * `صحن مجلس` speak of the parliament.
 */
const CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['مجلس', ['نماینده', 'نمایندگان', 'رئیس', 'نایب‌رئیس', 'رئیسه', 'هیئت‌رئیسه', 'صحن', 'علنی', 'مصوبه', 'مصوبات', 'تصویب']],
].map(([name, cues]) => [entityKey(name as string), new Set((cues as string[]).map(entityKey))]));

/** Words of an attribution lead that show the name after them is a news outlet speaking: `به نوشته الجزیره`، `به گزارش ...`. */
const ATTRIBUTIONS: ReadonlySet<string> = new Set(['نوشته', 'گزارش', 'گفته', 'ادعای'].map(entityKey));
/** Organization kinds that write and report. */
const OUTLETS: ReadonlySet<string> = new Set(['media', 'news-agency']);

/**
 * Whether the one-word ambiguous name at token `i` is meant, shown by the word before it.
 * `نمایندگان مجلس` → true at `مجلس`; `مجلس ختم` → false. A news outlet (`subtype` media or
 * news-agency) is meant after `به نوشته/گزارش/گفته`: `به نوشته الجزیره` → true.
 */
export function isCuedName(context: EntityContext, i: number, subtype?: string): boolean {
  if (subtype && OUTLETS.has(subtype) && isAttributed(context, i)) return true;
  const cues = CUES.get(context.keys[i]);
  return cues !== undefined && i > 0 && cues.has(context.keys[i - 1]);
}

/** Whether token `i` follows an attribution lead (`به نوشته`، `به گزارش`، `به گفته`). */
function isAttributed(context: EntityContext, i: number): boolean {
  return i >= 2 && context.keys[i - 2] === 'به' && ATTRIBUTIONS.has(context.keys[i - 1]);
}

/**
 * Among a name's gazetteer entries, the news outlet an attribution lead before it speaks of:
 * `به نوشته الجزیره` → the channel, not the Algerian city of the same name; else undefined.
 */
export function cuedOutlet(context: EntityContext, i: number, entries: readonly GazetteerEntry[]): GazetteerEntry | undefined {
  return isAttributed(context, i) ? entries.find((entry) => entry.subtype !== undefined && OUTLETS.has(entry.subtype)) : undefined;
}
