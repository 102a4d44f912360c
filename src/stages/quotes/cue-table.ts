import { parseTriggerTable, type Trigger } from '../clauses/trigger-table.js';
import { matchKey } from '../clauses/match-key.js';

/** How a reporting verb may report: only with a colon or « » (`direct`), only reported (`indirect`), or `both`. */
export type CueKind = 'direct' | 'indirect' | 'both';

export interface CueData {
  kind: CueKind;
  /** Cues that report only with `را` before them: `... را ضروری دانست`، `... را نقض آشکار خواند`. */
  needsRa: boolean;
  /** Cues that report only after a colon, in « » or in a که clause: `نوشت که ...`، `گزارش داد که ...`. */
  needsClause: boolean;
  /** Cues that report only what a document says, after `در` + the document: `در این بیانیه آمده است که ...`. */
  needsDocument: boolean;
  /** Cues that report only with `از` before them: `از کشف ... خبر داد`، `از دولت خواست ...`. */
  needsAz: boolean;
  /** Cues that report only directly, whatever the table says: ادامه داد، پرسید، پاسخ داد. */
  colonOnly: boolean;
  /** Cues that report only words in « » before them: `X را به «کشتار عامدانه» متهم کرد`. */
  needsGuillemets: boolean;
}

const NEEDS_RA = new Set(['دانست', 'خواند', 'توصیف کرد', 'محکوم کرد', 'رد کرد', 'تکذیب کرد']);
/** Cues that report only with از before them: `از ... خبر داد`، `از X خواست`. */
const NEEDS_AZ = new Set(['خبر داد', 'خواست', 'درخواست کرد', 'انتقاد کرد']);
/** Cues that report only words written in « » before them (an accusation is otherwise an act, not a quote). */
const NEEDS_GUILLEMETS = new Set(['متهم کرد']);
const COLON_ONLY = new Set(['ادامه داد', 'پرسید', 'پاسخ داد']);
/** Cues that report only after a colon, in « » or in a که clause, never a clause before them (`... را گزارش داد` reports an act). */
const NEEDS_CLAUSE = new Set(['نوشت', 'گزارش داد']);

/** The reporting-verb table (`data/curated/reporting-verbs.tsv`) keyed by verb lemma. */
export function parseCueTable(tsv: string): Map<string, Trigger<CueData>[]> {
  return parseTriggerTable(tsv, (columns) => ({ kind: (columns[0] || 'both') as CueKind, needsRa: false, needsAz: false, colonOnly: false, needsClause: false, needsDocument: false, needsGuillemets: false }));
}

/** Marks the cues whose use is restricted, by their written phrase. */
export function cueRestrictions(table: Map<string, Trigger<CueData>[]>): Map<string, Trigger<CueData>[]> {
  for (const triggers of table.values()) {
    for (const trigger of triggers) {
      const phrase = [...trigger.words, trigger.verb].join(' ');
      trigger.data.needsRa = NEEDS_RA.has(phrase);
      trigger.data.needsAz = NEEDS_AZ.has(phrase);
      trigger.data.colonOnly = COLON_ONLY.has(phrase);
      trigger.data.needsClause = NEEDS_CLAUSE.has(phrase);
      trigger.data.needsDocument = phrase === matchKey('آمد');
      trigger.data.needsGuillemets = NEEDS_GUILLEMETS.has(phrase);
    }
  }
  return table;
}
