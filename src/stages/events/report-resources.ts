import { parseTriggerTable, type Trigger } from '../clauses/trigger-table.js';
import { type CueData, parseCueTable } from '../quotes/cue-table.js';
import { parseWordWeights, type WordWeights } from '../summary/word-weights.js';
import type { EventPattern } from './event-context.js';
import { type EventModel, parseEventModel } from './event-model.js';
import { type EventJudge, parseEventJudge } from './event-judge.js';
import type { PloverType } from './event-layer.js';
import { withVerbForms } from './pattern-forms.js';

/** The data files of the report-level stages (quotes, events, keyphrases, summary). */
export interface ReportFiles {
  reportingVerbs: string;
  eventPatterns: string;
  stopwords: string;
  documentFrequency: string;
  /** The learned paragraph model of events (`events/event-model.txt`); optional. */
  eventModel?: string;
  /** The learned judgement of each event (`events/event-judge.txt`); optional, read only with the model. */
  eventJudge?: string;
}

/** Parsed report-level resources: reporting verbs, event patterns, background word weights. */
export interface ReportResources {
  cues: Map<string, Trigger<CueData>[]>;
  eventPatterns: Map<string, Trigger<EventPattern>[]>;
  weights: WordWeights;
  /** Present when its file was given. */
  eventModel?: EventModel;
  /** Present when its file was given. */
  eventJudge?: EventJudge;
}

/** Parses {@link ReportFiles}; pure. */
export function parseReportResources(files: ReportFiles): ReportResources {
  return {
    cues: parseCueTable(files.reportingVerbs),
    eventPatterns: withVerbForms(parseTriggerTable<EventPattern>(files.eventPatterns, (columns) => ({
      type: columns[0].split('+')[0] as PloverType,
      // `THREATEN+COERCE?`: the act and what it threatens, hypothetical
      ...(/^[A-Z]+\+[A-Z]+\?$/.test(columns[0]) ? { threatens: columns[0].slice(columns[0].indexOf('+') + 1, -1) as PloverType } : {}),
      recipient: (columns[1] || '-').split('|'),
      ...(columns[2] === 'of' ? { actorAfter: true } : columns[2] === 'says' ? { speech: true } : columns[2] === 'claim' ? { claim: true } : columns[2] === 'news' || columns[2] === 'joint' || columns[2] === 'fails' || columns[2] === 'accepts' ? { actor: columns[2] as 'news' | 'joint' | 'fails' | 'accepts' } : columns[2] === 'refuses' ? { refusal: true } : columns[2] === 'calls' ? { calls: true } : {}),
    }))),
    weights: parseWordWeights(files.documentFrequency, files.stopwords),
    ...(files.eventModel ? { eventModel: parseEventModel(files.eventModel) } : {}),
    ...(files.eventJudge ? { eventJudge: parseEventJudge(files.eventJudge) } : {}),
  };
}
