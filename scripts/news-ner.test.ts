import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import type { GoldReport } from '../eval/report-eval.js';
import { nameStrings, newsNerSentences, projectNames, UNSURE } from './news-ner.js';

const lexicons = loadLexicons();
const gazetteer = lexicons.entities?.gazetteer;
if (!gazetteer) throw new Error('gazetteers missing');
const pipeline = createAnalyzer(lexicons);

type Entity = GoldReport['entities'][number];
const entity = (id: string, type: string, canonical: string, mentions: string[]): Entity => ({ id, type, canonical, mentions } as Entity);

function report(text: string, entities: Entity[], split: 'tune' | 'test' = 'tune'): { gold: GoldReport; text: string } {
  return { text, gold: { report: 'x.txt', split, source: { agency: '', via: [] }, entities, quotes: [], events: [] } };
}

describe('issue 4: name-tagger training sentences from our own annotated reports', () => {
  it('takes a person\'s names but not the roles, titled mentions or pronouns listed under them', () => {
    const person = entity('e1', 'PER', 'بهرام نیک‌زاد', ['بهرام نیک‌زاد', 'نیک‌زاد', 'سخنگوی شورای شهر', 'وی', 'دکتر نیک‌زاد']);
    expect(nameStrings(person, gazetteer)).toEqual(['بهرام نیک‌زاد', 'نیک‌زاد']);
  });

  it('gives no name for a person described rather than named, or one that opens with an office', () => {
    expect(nameStrings(entity('e2', 'PER', 'مقام آگاه وزارت نفت', ['مقام آگاه وزارت نفت']), gazetteer)).toEqual([]);
    expect(nameStrings(entity('e3', 'PER', 'سخنگوی پلیس راهور', ['سخنگوی پلیس راهور']), gazetteer)).toEqual([]);
    // a count or group of people, or a description holding a function word
    expect(nameStrings(entity('e5', 'PER', 'یکی از رانندگان معترض', ['یکی از رانندگان معترض']), gazetteer)).toEqual([]);
    expect(nameStrings(entity('e6', 'PER', 'رانندگان معترض', ['رانندگان معترض', 'رانندگان']), gazetteer)).toEqual([]);
    expect(nameStrings(entity('e7', 'PER', 'ناظر ارشد در هیئت داوران', ['ناظر ارشد در هیئت داوران']), gazetteer)).toEqual([]);
  });

  it('keeps organization and place mentions but not pronouns, demonstratives or `طرف X`', () => {
    const place = entity('e4', 'LOC', 'ایران', ['ایران', 'کشورمان', 'این کشور', 'طرف ایرانی']);
    expect(nameStrings(place, gazetteer)).toEqual(['ایران']);
  });

  it('projects the names onto token boundaries, longest first, and marks a bare institution noun as unsure', () => {
    const text = 'بهرام نیک‌زاد روز یکشنبه در تبریز گفت دولت باید پاسخ دهد. نیک‌زاد افزود که شورای شهر تبریز جلسه دارد.';
    const gold = report(text, [
      entity('e1', 'PER', 'بهرام نیک‌زاد', ['بهرام نیک‌زاد', 'نیک‌زاد']),
      entity('e2', 'LOC', 'تبریز', ['تبریز']),
      entity('e3', 'ORG', 'شورای شهر تبریز', ['شورای شهر تبریز']),
      entity('e4', 'ORG', 'دولت ایران', ['دولت']),
    ]).gold;
    const tokens = analyze(pipeline, text).layers.tokens ?? [];
    const tags = projectNames(text, tokens, gold, gazetteer);
    const tagged = tokens.map((t, i) => `${text.slice(t.start, t.end)}/${tags[i]}`);
    expect(tagged.slice(0, 5)).toEqual(['بهرام/B-PER', 'نیک‌زاد/I-PER', 'روز/O', 'یکشنبه/O', 'در/O']);
    expect(tagged).toContain('تبریز/B-LOC');
    expect(tagged).toContain(`دولت/${UNSURE}`);
    const council = tagged.indexOf('شورای/B-ORG');
    expect(tagged.slice(council, council + 3)).toEqual(['شورای/B-ORG', 'شهر/I-ORG', 'تبریز/I-ORG']);
  });

  it('trains on tune reports only, and leaves out a sentence with an unsure token', () => {
    const text = 'بهرام نیک‌زاد در تبریز سخن گفت.\nدولت در این باره پاسخی نداد.';
    const entities = [entity('e1', 'PER', 'بهرام نیک‌زاد', ['بهرام نیک‌زاد']), entity('e2', 'ORG', 'دولت ایران', ['دولت'])];
    const sentences = newsNerSentences(pipeline, [report(text, entities), report(text, entities, 'test')], gazetteer);
    expect(sentences).toHaveLength(1);
    expect(sentences[0].tags.slice(0, 2)).toEqual(['B-PER', 'I-PER']);
    expect(sentences[0].pos).toHaveLength(sentences[0].tokens.length);
  });
});
