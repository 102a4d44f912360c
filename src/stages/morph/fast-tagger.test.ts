import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { FastTagger } from './fast-tagger.js';
import { createMorphology } from './morphology.js';
import { createScratch, START_TAG, wordFeatures } from './tagger.js';

const lexicons = loadLexicons();
const model = lexicons.morph?.tagger;
const morphology = createMorphology(lexicons);

describe('FastTagger', () => {
  it.runIf(model)('tags exactly as scoring every feature of tagger.ts one by one', () => {
    if (!model) return;
    const fast = new FastTagger(model);
    const scratch = createScratch();
    const sentences = [
      'رئیس سازمان انرژی اتمی روز یکشنبه به خبرنگاران گفت که مذاکرات فنی در وین ادامه خواهد یافت .',
      'این کتاب‌ها را دانشجویان دانشگاه تهران نوشته بودند و هیچ‌کس آن را نخوانده است',
      'او',
    ].map((s) => s.split(' '));
    for (const words of sentences) {
      const infos = words.map((w) => morphology.describe(w));
      const out = new Uint8Array(words.length);
      fast.tag(infos, infos.map((info) => fast.vector(info)), infos.map((info) => fast.rows(info)), out);
      let prev: number = START_TAG;
      let prev2: number = START_TAG;
      infos.forEach((_, i) => {
        const count = wordFeatures(infos, i, prev, prev2, scratch.features);
        const tag = model.predict(scratch.features, count, scratch.scores);
        expect(out[i], words[i]).toBe(tag);
        prev2 = prev;
        prev = tag;
      });
    }
  });
});
