import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { docWithEntities } from '../clauses/test-doc.js';
import { createSourceStage, type SourcePart } from './source-stage.js';

const lexicons = loadLexicons();
const stage = createSourceStage();
const partsOf = (text: string): [string, string][] => ((stage.run(docWithEntities(lexicons, text, [])).layers.source ?? []) as SourcePart[]).map((p) => [p.role, text.slice(p.start, p.end)]);

describe('source chain', () => {
  it.each([
    ['به گزارش خبرگزاری X', 'به گزارش خبرگزاری ایرنا، وزیر گفت.', [['agency', 'ایرنا']]],
    ['به گزارش خبرنگار سیاسی X', 'به گزارش خبرنگار سیاسی ایسنا، نشست برگزار شد.', [['agency', 'ایسنا']]],
    ['به نقل از Y', 'به گزارش مهر به نقل از رویترز، حمله انجام شد.', [['agency', 'مهر'], ['via', 'رویترز']]],
    ['a dateline', 'تهران- ایرنا- نشست دو روزه آغاز شد.', [['agency', 'ایرنا']]],
    ['the reporter\'s desk before a named official', 'به گزارش خبرنگار سیاسی ایسنا، اسماعیل بقائی سخنگوی وزارت امور خارجه امروز گفت که نشست برگزار می‌شود.', [['agency', 'ایسنا']]],
    ['no source line', 'نشست دو روزه آغاز شد.', []],
    ['after a headline', 'آغاز نشست دو روزه در تهران\nبه گزارش ایسنا، نشست امروز آغاز شد.', [['agency', 'ایسنا']]],
  ])('%s', (_, text, expected) => {
    expect(partsOf(text)).toEqual(expected);
  });
});
