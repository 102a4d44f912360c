import { describe, expect, it } from 'vitest';
import { HashedPerceptron } from '../../model/hashed-perceptron.js';
import { encodeRow } from '../../model/sparse-rows.js';
import { entityKey } from './entity-key.js';
import { gazetteerWordRoles, learnSentence, NER_CLASSES, prepareSentence, tagSentence } from './entity-tagger.js';
import { addGazetteerPhrase, createGazetteer, type Gazetteer } from './gazetteer.js';
import { MAX_FEATURES, tokenFeatures, tokenRows } from './tagger-features.js';
import { createWordInfoCache } from './word-info.js';

const describeWord = createWordInfoCache({ count: () => 0 });
const classOf = (tag: string): number => NER_CLASSES.indexOf(tag as (typeof NER_CLASSES)[number]);
const tagsOf = (model: HashedPerceptron, tags: Uint8Array): string[] => [...tags].map((c) => model.classes[c]);

function sentenceOf(words: string[], gazetteer: Gazetteer = createGazetteer()) {
  const tokens = words.map((norm) => ({ norm, kind: /^[\p{P}]+$/u.test(norm) ? 'punct' : 'word' }));
  const infos = words.map(describeWord);
  return prepareSentence({ tokens, words: infos, keys: infos.map((w) => w.key) }, 0, words.length, gazetteer);
}

/** The hash of token `i`'s own word feature (the second observation feature). */
function wordFeature(words: string[], i: number): number {
  const out = new Int32Array(MAX_FEATURES);
  tokenFeatures(sentenceOf(words), i, out);
  return out[1];
}

describe('the entity tagger decoder', () => {
  it('takes the best whole path, not the best first step (Viterbi, issue #4)', () => {
    // خاوران alone leans to B-PER, but B-LOC followed by the strong I-LOC of شرقی scores more
    const words = ['خاوران', 'شرقی'];
    const model = new HashedPerceptron(NER_CLASSES, 16);
    model.adjust([wordFeature(words, 0)], 1, classOf('B-PER'), 1);
    model.adjust([wordFeature(words, 0)], 1, classOf('B-LOC'), 0.8);
    model.adjust([wordFeature(words, 1)], 1, classOf('I-LOC'), 3);
    expect(tagsOf(model, tagSentence(model, sentenceOf(words)))).toEqual(['B-LOC', 'I-LOC']);
  });

  it('never puts I- after O and never opens a name on a function word or punctuation', () => {
    const words = ['او', 'در', 'تهران', '،', 'گفت'];
    const model = new HashedPerceptron(NER_CLASSES, 16);
    model.adjust([wordFeature(words, 0)], 1, classOf('I-PER'), 5);
    model.adjust([wordFeature(words, 1)], 1, classOf('B-ORG'), 5);
    model.adjust([wordFeature(words, 2)], 1, classOf('B-LOC'), 1);
    model.adjust([wordFeature(words, 3)], 1, classOf('B-PER'), 5);
    expect(tagsOf(model, tagSentence(model, sentenceOf(words)))).toEqual(['O', 'O', 'B-LOC', 'O', 'O']);
  });

  it('learns a name sequence with structured-perceptron steps', () => {
    const gold = [
      { words: ['نادر', 'کاویانی', 'به', 'شیراز', 'رفت'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
      { words: ['مریم', 'کاویانی', 'در', 'شیراز', 'ماند'], tags: ['B-PER', 'I-PER', 'O', 'B-LOC', 'O'] },
    ];
    const model = new HashedPerceptron(NER_CLASSES, 16);
    for (let pass = 0; pass < 5; pass++) for (const s of gold) learnSentence(model, sentenceOf(s.words), s.tags.map(classOf));
    model.average();
    for (const s of gold) expect(tagsOf(model, tagSentence(model, sentenceOf(s.words)))).toEqual(s.tags);
    expect(learnSentence(model, sentenceOf(gold[0].words), gold[0].tags.map(classOf))).toBe(0);
  });
});

describe('gazetteer word roles', () => {
  it('marks the words that open and continue listed phrases, ambiguous entries aside', () => {
    const gazetteer = createGazetteer();
    addGazetteerPhrase(gazetteer, 'دانشگاه تهران', { kind: 'organization', canonical: 'دانشگاه تهران' });
    addGazetteerPhrase(gazetteer, 'دانشگاه صنعتی شریف', { kind: 'organization', canonical: 'دانشگاه صنعتی شریف' });
    addGazetteerPhrase(gazetteer, 'تهران', { kind: 'city', canonical: 'تهران' });
    addGazetteerPhrase(gazetteer, 'مهر', { kind: 'organization', canonical: 'خبرگزاری مهر', ambiguous: true });
    const roles = gazetteerWordRoles(gazetteer);
    const role = (word: string): number | undefined => roles.get(entityKey(word));
    expect(role('دانشگاه')).toBeDefined();
    expect(role('شریف')).toBe(role('صنعتی'));
    expect(role('دانشگاه')).not.toBe(role('شریف'));
    expect(role('تهران')).not.toBe(role('شریف'));
    expect(role('مهر')).toBeUndefined();
    expect(role('کتاب')).toBeUndefined();
    expect(sentenceOf(['دانشگاه', 'کردستان'], gazetteer).roles).toEqual([(role('دانشگاه') as number) | 0, 0]);
  });
});

describe('tagger features as rows', () => {
  it('gives every token the rows of its hashed features, in the same order, sentence after sentence', () => {
    const trained = new HashedPerceptron(NER_CLASSES, 12);
    const sentences = [['وزیر', 'خارجه', 'روسیه', 'گفت'], ['او', 'به', 'مسکو', 'رفت', '.'], ['روسیه']];
    for (const words of sentences) words.forEach((_, i) => learnSentence(trained, sentenceOf(words), words.map((__, j) => (j === i ? classOf('B-LOC') : classOf('O')))));
    trained.average();
    // read back: the weights as a parsed model keeps them (only non-zero rows)
    const model = HashedPerceptron.parse(trained.serialize());
    const hashes = new Int32Array(MAX_FEATURES);
    const rows = new Int32Array(MAX_FEATURES);
    let found = 0;
    for (const words of [...sentences, ...sentences]) {
      const sentence = sentenceOf(words);
      for (let i = 0; i < words.length; i++) {
        const count = tokenFeatures(sentence, i, hashes);
        expect(tokenRows(sentence, i, rows, model)).toBe(count);
        const expected = [...hashes.subarray(0, count)].map((h) => encodeRow(model.rowOf(h)));
        const got = [...rows.subarray(0, count)].map((v) => (v < 0 ? v : encodeRow(model.rowOf(v))));
        expect(got).toEqual(expected);
        found += expected.filter((row) => row !== -1).length;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
