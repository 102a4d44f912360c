import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import type { KhabarEvent } from '../src/stages/events/event-layer.js';
import type { EventExample } from '../scripts/train-events.js';
import type { JudgeRow } from '../scripts/train-event-judge.js';
import { withLearnedEvents } from './event-errors.js';
import { judgeWithout } from './event-model-transfer.js';

const lexicons = loadLexicons();

describe('withLearnedEvents', () => {
  it('analyses with the judge it is given, leaving the shipped lexicons as they were', () => {
    const text = 'وزیر خارجه ایران روز دوشنبه در تهران با وزیر خارجه ترکیه دیدار کرد.';
    const shipped = lexicons.report!;
    const events = (l: typeof lexicons): KhabarEvent[] => (analyze(createAnalyzer(l), text).layers.events ?? []) as KhabarEvent[];
    expect(events(lexicons).some((e) => e.type === 'CONSULT')).toBe(true);
    const strict = withLearnedEvents(lexicons, shipped.eventModel!, { threshold: 1.01, weights: new Map() });
    expect(events(strict)).toEqual([]);
    expect(lexicons.report!.eventJudge).toBe(shipped.eventJudge);
  });
});

describe('judgeWithout', () => {
  const example = (report: string): EventExample => ({ report, facts: {} as EventExample['facts'], gold: [], patterns: [], events: [] });
  const row = (feature: string, right: boolean): JudgeRow => ({ features: [feature], right, event: { type: 'CONSULT', actor: 'IRN', recipient: 'TUR' } });

  it('learns from the other parts\' events only', () => {
    // conflict-217.txt is of part newEE, conflict-219.txt of newEF
    const examples = [example('conflict-217.txt'), example('conflict-219.txt')];
    const rows = [[row('held', true)], [row('seen', false)]];
    const judge = judgeWithout(examples, rows, 'newEE');
    expect(judge.weights.has('held')).toBe(false);
    expect(judge.weights.get('seen')).toBeLessThan(0);
  });
});
