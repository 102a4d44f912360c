import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import type { EntityRecord } from '../entities/entity-layers.js';
import { createSourceStage, type SourcePart } from './source-stage.js';

const lexicons = loadLexicons();
const stage = createSourceStage(lexicons.entities?.gazetteer);
// the entity stage's mentions, as in a full analysis
const withEntities = createAnalyzer(lexicons, { report: false });
const partsOf = (text: string): [string, string][] => ((stage.run(analyze(withEntities, text)).layers.source ?? []) as SourcePart[]).map((p) => [p.role, text.slice(p.start, p.end)]);

describe('source chain', () => {
  it.each([
    ['به گزارش خبرگزاری X', 'به گزارش خبرگزاری ایرنا، وزیر گفت.', [['agency', 'ایرنا']]],
    ['به گزارش خبرنگار سیاسی X', 'به گزارش خبرنگار سیاسی ایسنا، نشست برگزار شد.', [['agency', 'ایسنا']]],
    ['به نقل از Y', 'به گزارش مهر به نقل از رویترز، حمله انجام شد.', [['agency', 'مهر'], ['via', 'رویترز']]],
    ['a dateline', 'تهران- ایرنا- نشست دو روزه آغاز شد.', [['agency', 'ایرنا']]],
    ['the reporter\'s desk before a named official', 'به گزارش خبرنگار سیاسی ایسنا، اسماعیل بقائی سخنگوی وزارت امور خارجه امروز گفت که نشست برگزار می‌شود.', [['agency', 'ایسنا']]],
    ['no source line', 'نشست دو روزه آغاز شد.', []],
    ['after a headline', 'آغاز نشست دو روزه در تهران\nبه گزارش ایسنا، نشست امروز آغاز شد.', [['agency', 'ایسنا']]],
    ['an agency named by the desk nouns themselves', 'به گزارش باشگاه خبرنگاران جوان به نقل از خبرگزاری اسپوتنیک، نشست آغاز شد.', [['agency', 'باشگاه خبرنگاران جوان'], ['via', 'اسپوتنیک']]],
    ['that agency after a reporter\'s desk', 'به گزارش خبرنگار ورزشی باشگاه خبرنگاران جوان، کمیته انضباطی رأی داد.', [['agency', 'باشگاه خبرنگاران جوان']]],
    ['an agency whose name holds `خبرگزاری`', 'به گزارش خبرگزاری دانشجو، صدها نفر تجمع کردند.', [['agency', 'خبرگزاری دانشجو']]],
  ])('%s', (_, text, expected) => {
    expect(partsOf(text)).toEqual(expected);
  });

  it('gives each part the entity of its name, `خبرگزاری` + name included', () => {
    const text = 'به گزارش خبرگزاری تسنیم به نقل از خبرگزاری رویترز، حمله انجام شد.';
    const doc = stage.run(analyze(withEntities, text));
    const entities = new Map(((doc.layers.entities ?? []) as EntityRecord[]).map((e) => [e.id, e.canonical]));
    expect(((doc.layers.source ?? []) as SourcePart[]).map((p) => entities.get(p.entity ?? '') ?? '')).toEqual([expect.stringContaining('تسنیم'), 'رویترز']);
  });
});
