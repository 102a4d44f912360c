import { foldWord } from '../text/fold.js';

/** One verb of the table: infinitive (مصدر), past stem (بن ماضی), present stem (بن مضارع). */
export interface VerbEntry {
  infinitive: string;
  past: string;
  present: string;
  transitivity: 't' | 'i' | 'b' | '';
  notes: string;
}

/** The verb table, with lookups from each stem to its verbs. */
export interface VerbTable {
  entries: VerbEntry[];
  present: Set<string>;
  past: Set<string>;
  byPresent: Map<string, VerbEntry[]>;
  byPast: Map<string, VerbEntry[]>;
}

/**
 * Parses `data/curated/verbs.tsv` (`infinitive<TAB>past_stem<TAB>present_stem<TAB>transitivity<TAB>notes`,
 * a header line first): `گفتن	گفت	گو	t	` → `{infinitive: 'گفتن', past: 'گفت', present: 'گو'}`.
 */
export function parseVerbTable(tsv: string): VerbTable {
  const table: VerbTable = { entries: [], present: new Set(), past: new Set(), byPresent: new Map(), byPast: new Map() };
  for (const line of tsv.split('\n')) {
    const cols = line.replace(/\r$/, '').split('\t');
    if (cols.length < 3 || line.startsWith('#') || cols[0] === 'infinitive') continue;
    const entry: VerbEntry = {
      infinitive: foldWord(cols[0].trim()), past: foldWord(cols[1].trim()), present: foldWord(cols[2].trim()),
      transitivity: (cols[3]?.trim() ?? '') as VerbEntry['transitivity'], notes: cols[4]?.trim() ?? '',
    };
    if (!entry.past || !entry.present) continue;
    table.entries.push(entry);
    table.present.add(entry.present);
    table.past.add(entry.past);
    const add = (map: Map<string, VerbEntry[]>, key: string): void => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    add(table.byPresent, entry.present);
    add(table.byPast, entry.past);
  }
  return table;
}
