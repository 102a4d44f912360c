import { describe, expect, it } from 'vitest';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';

const pipeline = createAnalyzer(loadLexicons());

describe('the morphology stage in the default pipeline', () => {
  it.each([
    'رئیس‌جمهور روز سه‌شنبه در دیدار با همتای ترکیه‌ای خود گفت: همکاری‌های دو کشور گسترش خواهد یافت.',
    'سخنگوي وزارت امور خارجه ميگويد كه مذاكرات ادامه دارد',
    'نمایندگان مجلس طرح را بررسی نکرده بودند و آن را به کمیسیون فرستادند.\nخبرگزاری‌ها گزارش دادند که ۱۲ نفر زخمی شده‌اند.',
    'F-35 و https://example.com و ۳٫۵ درصد',
  ])('gives every token a lemma and a POS tag and keeps the Doc sound: %s', (text) => {
    const doc = analyze(pipeline, text);
    expect(checkDoc(doc)).toEqual([]);
    const tokens = doc.layers.tokens ?? [];
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) {
      expect(token.lemma, token.norm).toBeTruthy();
      expect(token.pos, token.norm).toMatch(/^[A-Z]+$/);
    }
    expect(doc.meta.stages).toContain('morph@1');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('lemmatizes the verbs of a report we wrote', () => {
    const doc = analyze(pipeline, 'وزیر خارجه گفته است که هیئت‌ها فردا به تهران می‌آیند و درباره تحریم‌ها گفت‌وگو خواهند کرد.');
    const byNorm = new Map((doc.layers.tokens ?? []).map((t) => [t.norm, t]));
    expect(byNorm.get('گفته')?.lemma).toBe('گفت');
    expect(byNorm.get('می‌آیند')).toMatchObject({ lemma: 'آمد', pos: 'VERB' });
    expect(byNorm.get('تحریم‌ها')?.lemma).toBe('تحریم');
    expect(byNorm.get('هیئت‌ها')?.lemma).toBe('هیئت');
    expect(byNorm.get('خواهند')).toMatchObject({ lemma: 'خواست', pos: 'AUX' });
    expect(byNorm.get('است')?.pos).toBe('AUX');
  });

  it('reads a preverb glued to the future auxiliary as that auxiliary, not as درخواستن', () => {
    const doc = analyze(pipeline, 'شورا این پرونده را به جریان درخواهد آورد و هیئت اعزامی فردا برنخواهد گشت.');
    const byNorm = new Map((doc.layers.tokens ?? []).map((t) => [t.norm, t]));
    expect(byNorm.get('درخواهد')).toMatchObject({ lemma: 'خواست', pos: 'AUX', feats: 'Number=Sing|Person=3|Tense=Fut|VerbForm=Fin' });
    expect(byNorm.get('برنخواهد')).toMatchObject({ lemma: 'خواست', pos: 'AUX', feats: 'Number=Sing|Person=3|Polarity=Neg|Tense=Fut|VerbForm=Fin' });
    // no past verb after it: the word is left to the tagger
    expect(analyze(pipeline, 'شاید دولت کمک بیشتری درخواهد.').layers.tokens?.find((t) => t.norm === 'درخواهد')?.feats).not.toContain('Tense=Fut');
  });

  it('can be left out of the pipeline', () => {
    const doc = analyze(createAnalyzer(loadLexicons(), { morph: false }), 'او آمد');
    expect(doc.layers.tokens?.[1].lemma).toBeUndefined();
  });
});
