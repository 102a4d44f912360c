import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../../src/pipeline/analyze.js';
import type { DocJson } from '../../src/api/schemas/doc.js';
import { layoutDoc, type ParagraphView } from '../../web/src/lib/annotate.js';
import { readViewLayers } from '../../web/src/lib/doc-layers.js';
import { faDate, faDigits, faMonth, faNumber, foldLetters, mergeRoles, safeUrl } from '../../web/src/lib/format.js';

const pipeline = createAnalyzer(loadLexicons(), { entities: false, report: false });
const textOf = (paragraphs: ParagraphView[]): string => paragraphs.map((p) => p.runs.flatMap((r) => r.pieces.flatMap((piece) => piece.units.map((u) => u.text))).join('')).join('\n');

describe('laying a report out for the UI', () => {
  const text = 'همكاريهاي منطقه اي ايران مي توانند  گسترش يابند.\nوزیر گفت: «سلام».';
  const doc = analyze(pipeline, text) as DocJson;
  const empty = { entities: [], quotes: [], events: [], source: [], keyphrases: [], summary: [] };

  it('gives back the original text exactly in the original view', () => {
    expect(textOf(layoutDoc(doc, empty, 'original'))).toBe(text);
  });

  it('gives the normalized view, with the words whose half-spaces were restored marked', () => {
    const paragraphs = layoutDoc(doc, empty, 'normalized');
    expect(textOf(paragraphs)).toBe(doc.norm?.text);
    const restored = paragraphs.flatMap((p) => p.runs.flatMap((r) => r.pieces.flatMap((piece) => piece.units))).filter((u) => u.restored).map((u) => [u.original, u.text]);
    expect(restored).toEqual([['همكاريهاي', 'همکاری‌های'], ['منطقه اي', 'منطقه‌ای'], ['مي توانند', 'می‌توانند']]);
  });

  it('puts mentions inside quotes, and the space inside a two-word name into the name', () => {
    const at = (word: string): { start: number; end: number } => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const layers = readViewLayers({ ...doc, layers: { ...doc.layers,
      entities: [{ id: 'e1', type: 'PER', canonical: 'وزیر', attributes: {}, ...at('وزیر') }, { id: 'e2', type: 'LOC', canonical: 'ایران', attributes: {}, ...at('ايران') }],
      mentions: [{ ...at('وزیر'), entity: 'e1', type: 'PER', kind: 'role' }, { ...at('همكاريهاي منطقه اي'), entity: 'e2', type: 'LOC', kind: 'name' }],
      quotes: [{ id: 'q1', ...at('«سلام»'), speaker: 'e1', cue: { ...at('گفت'), lemma: 'گفت' }, kind: 'direct' }],
    } });
    expect(layers.entities.map((e) => [e.type, e.mentions.length])).toEqual([['person', 1], ['place', 1]]);
    expect(layers.quotes[0]).toMatchObject({ speaker: 'e1', cue: 'گفت', kind: 'direct' });
    const [first, second] = layoutDoc(doc, layers, 'original');
    const place = first.runs[0].pieces[0];
    expect(place.mention?.entity.canonical).toBe('ایران');
    expect(place.units.map((u) => u.original).join('')).toBe('همكاريهاي منطقه اي');
    expect(second.runs.map((r) => [!!r.quote, r.pieces.map((p) => p.units.map((u) => u.original).join(''))])).toEqual([
      [false, ['وزیر', ' گفت: ']], [true, ['«سلام»']], [false, ['.']],
    ]);
  });

  it('reads entities written one span per mention, and events with coded countries', () => {
    const layers = readViewLayers({ ...doc, layers: { ...doc.layers,
      entities: [{ start: 0, end: 4, type: 'org', id: 'x' }, { start: 52, end: 56, type: 'org', id: 'x' }, { start: 5, end: 9, type: 'weapon' }],
      events: [{ start: 0, end: 10, type: 'consult', actor: { entity: 'x', country: 'IRN' }, recipient: { country: 'TUR' }, modality: 'planned' }, { start: 0, end: 999, type: 'AID' },
        { start: 0, end: 10, type: 'COERCE', modality: 'asserted', inferred: true }],
    } });
    expect(layers.entities).toHaveLength(1);
    expect(layers.entities[0].mentions).toHaveLength(2);
    expect(layers.events).toEqual([
      { start: 0, end: 10, type: 'CONSULT', actor: 'x', recipient: undefined, actorCountry: 'IRN', recipientCountry: 'TUR', modality: 'planned' },
      { start: 0, end: 10, type: 'COERCE', actor: undefined, recipient: undefined, actorCountry: undefined, recipientCountry: undefined, modality: 'asserted', inferred: true },
    ]);
  });
});

describe('display in Persian', () => {
  it.each([
    ['numbers in Persian digits and grouping', faNumber(12345), '۱۲٬۳۴۵'],
    ['Latin and Arabic-Indic digits as Persian', faDigits('F-35 در 2024 و ٣'), 'F-۳۵ در ۲۰۲۴ و ۳'],
    ['a date in the Solar Hijri calendar', faDate('2024-10-09'), '۱۸ مهر ۱۴۰۳'],
    ['a timestamp by its UTC day', faDate('2024-10-09T23:30:00Z'), '۱۸ مهر ۱۴۰۳'],
    ['no date', faDate(null), 'بی‌تاریخ'],
    ['a Gregorian month in Persian', faMonth('2024-10'), 'اکتبر ۲۰۲۴'],
    ['Arabic letters folded for grouping', foldLetters('وزير  خارجه تركيه'), 'وزیر خارجه ترکیه'],
    ['never a javascript: link', safeUrl('javascript:alert(1)'), undefined],
    ['http and https links kept', safeUrl('https://example.org/a?b'), 'https://example.org/a?b'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('merges roles that differ only in spelling', () => {
    expect(mergeRoles([
      { role: 'وزير خارجه', first: '2024-10-09', last: '2024-10-09', reports: 1 },
      { role: 'وزیر خارجه', first: '2024-10-10', last: '2024-11-01', reports: 2 },
    ])).toEqual([{ role: 'وزیر خارجه', first: '2024-10-09', last: '2024-11-01', reports: 3 }]);
  });
});
