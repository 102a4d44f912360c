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
  /** Cues that report only after a colon or که: ادامه داد، پرسید، پاسخ داد (`به کار خود ادامه داد` reports nothing). */
  colonOnly: boolean;
  /** Cues that report only words in « » before them: `X را به «کشتار عامدانه» متهم کرد`. */
  needsGuillemets: boolean;
  /**
   * Passive cues (`اعلام شد`، `تأکید گردید`): they report only with an agent (`از سوی X`) or after
   * `در` + a document, whose author speaks. A participle with شد (`گفته شد`) is read so without a row.
   */
  passive: boolean;
}

/** The third column of the table: what a cue needs around it to report (see {@link CueData}). */
const NEEDS: Record<string, keyof Omit<CueData, 'kind'>> = {
  'را': 'needsRa',
  'از': 'needsAz',
  '«»': 'needsGuillemets',
  'clause': 'needsClause',
  'colon': 'colonOnly',
  'document': 'needsDocument',
  'passive': 'passive',
};

/** Light verbs a `کرد` cue may be written with in formal news: `تأکید نمود`، `خاطرنشان ساخت`، `متهم ساخت`، the honorific `تأکید فرمودند`. */
const LIGHT_VERB_VARIANTS = ['نمود', 'ساخت', 'فرمود'].map(matchKey);

/**
 * The reporting-verb table (`data/curated/reporting-verbs.tsv`: cue, kind, what it needs) keyed by
 * verb lemma. Every `... کرد` cue also matches with `نمود`, `ساخت` and `فرمود` unless the table lists that form.
 */
export function parseCueTable(tsv: string): Map<string, Trigger<CueData>[]> {
  const table = parseTriggerTable(tsv, (columns) => {
    const data: CueData = { kind: (columns[0] || 'both') as CueKind, needsRa: false, needsAz: false, colonOnly: false, needsClause: false, needsDocument: false, needsGuillemets: false, passive: false };
    const needs = columns[1] ? NEEDS[columns[1]] : undefined;
    if (columns[1] && !needs) throw new Error(`reporting-verbs.tsv: unknown condition ${columns[1]}`);
    if (needs) data[needs] = true;
    return data;
  });
  for (const variant of LIGHT_VERB_VARIANTS) {
    const list = table.get(variant) ?? [];
    const written = new Set(list.map((trigger) => trigger.words.join(' ')));
    for (const trigger of table.get(matchKey('کرد')) ?? []) {
      if (!written.has(trigger.words.join(' '))) list.push({ ...trigger, verb: variant });
    }
    list.sort((a, b) => b.words.length - a.words.length);
    if (list.length > 0) table.set(variant, list);
  }
  return table;
}
