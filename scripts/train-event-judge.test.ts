import { describe, expect, it } from 'vitest';
import { judgeProbability } from '../src/stages/events/event-judge.js';
import { type JudgeRow, trainJudge } from './train-event-judge.js';

const row = (right: boolean, features: string[]): JudgeRow => ({ features, right, event: { type: 'CONSULT', actor: 'IRN', recipient: 'TUR' } });

describe('the judge\'s training', () => {
  it('does not lean on the order of its rows: half right then half wrong weighs as an even mix', () => {
    const rows = [...Array.from({ length: 60 }, () => row(true, ['bias', 'ty:CONSULT'])), ...Array.from({ length: 60 }, () => row(false, ['bias', 'ty:CONSULT']))];
    const p = judgeProbability(trainJudge(rows), ['bias', 'ty:CONSULT']);
    expect(p).toBeGreaterThan(0.4);
    expect(p).toBeLessThan(0.6);
  });

  it('is deterministic and keeps a lemma seen once out', () => {
    const rows = [row(true, ['bias', 'lem:دیدار|CONSULT']), row(false, ['bias', 'lem:تهدید|THREATEN']), row(false, ['bias', 'lem:تهدید|THREATEN'])];
    const judge = trainJudge(rows);
    expect(trainJudge(rows)).toEqual(judge);
    expect(judge.weights.has('lem:دیدار|CONSULT')).toBe(false);
    expect(judge.weights.get('lem:تهدید|THREATEN')).toBeLessThan(0);
  });
});
