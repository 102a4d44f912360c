import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../scripts/lib/treebank.js';
import { checkGold, checkGoldFiles } from './check-gold.js';

const text = 'به گزارش ایرنا، وزیر خارجه گفت: «ما آماده‌ایم.»\nوی از آلمان خواست تحریم‌ها را لغو کند.\n';
const gold = () => ({
  report: 'diplomacy-1.txt', split: 'tune', source: { agency: 'ایرنا', via: [] as string[] }, published: null,
  entities: [
    { id: 'e1', type: 'ORG', canonical: 'ایرنا', mentions: ['ایرنا'], country: 'IRN' },
    { id: 'e2', type: 'PER', canonical: 'وزیر خارجه ایران', mentions: ['وزیر خارجه', 'وی'], country: 'IRN' },
    { id: 'e3', type: 'LOC', canonical: 'آلمان', mentions: ['آلمان'], subtype: 'country', country: 'DEU' },
  ],
  quotes: [{ paragraph: 0, speaker: 'e2', kind: 'direct', cue: 'گفت', text: 'ما آماده‌ایم' }],
  events: [{ paragraph: 1, type: 'REQUEST', actor: { entity: 'e2', country: 'IRN', sector: 'GOV' }, recipient: { entity: 'e3', country: 'DEU', sector: 'GOV' }, modality: 'asserted' }],
});

describe('checkGold', () => {
  it('passes a well-formed gold file', () => {
    expect(checkGold(gold(), text)).toEqual([]);
  });

  it('names each broken reference: a paragraph the report lacks, a mention not in it, an unknown id, a source that is no ORG', () => {
    const broken = gold();
    broken.quotes[0].paragraph = 5;
    broken.entities[1].mentions.push('او');
    broken.events[0].recipient.entity = 'e9';
    broken.source.via = ['رویترز'];
    expect(checkGold(broken, text)).toEqual([
      'entity e2: mention "او" is not in the report',
      'quote 1: no paragraph 5 (the report has 2)',
      'event 1 recipient: no entity e9',
      'source: "رویترز" is no ORG entity\'s canonical',
    ]);
  });

  it('reads a quote cue and text in their own paragraph only', () => {
    const moved = gold();
    moved.quotes[0].paragraph = 1;
    expect(checkGold(moved, text)).toEqual(['quote 1: text "ما آماده‌ایم" is not in paragraph 1', 'quote 1: cue "گفت" is not in paragraph 1']);
  });

  it('rejects values outside the guide with the field named', () => {
    const wrong = { ...gold(), events: [{ ...gold().events[0], type: 'INVADE', actor: { entity: 'e2', country: 'Iran', sector: 'GOV' } }] };
    const problems = checkGold(wrong, text);
    expect(problems.some((p) => p.startsWith('events.0.type'))).toBe(true);
    expect(problems.some((p) => p.startsWith('events.0.actor.country'))).toBe(true);
    expect(checkGold('not an object', text)).toHaveLength(1);
  });
});

describe('the sample reports gold', () => {
  it('every file in examples/gold passes', () => {
    expect(checkGoldFiles(join(projectRoot(), 'examples', 'gold'), join(projectRoot(), 'examples', 'reports'))).toEqual([]);
  });
});
