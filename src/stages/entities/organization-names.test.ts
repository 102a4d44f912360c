import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { entityTable } from './entity-layers.js';

const pipeline = createAnalyzer(loadLexicons(), { report: false });
const orgs = (text: string) => {
  const doc = analyze(pipeline, text);
  return entityTable(doc).filter((e) => e.type === 'ORG').map((e) => [e.canonical, e.attributes.country, e.mentions.map((m) => doc.text.slice(m.start, m.end))]);
};

describe('organizations named with their country', () => {
  it('an organization followed by کشورمان is the home country\'s', () => {
    expect(orgs('وزارت امور خارجه کشورمان در بیانیه‌ای این اقدام را محکوم کرد.')).toContainEqual(['وزارت امور خارجه ایران', 'IRN', ['وزارت امور خارجه کشورمان']]);
  });

  it('an organization followed by a country is that country\'s', () => {
    expect(orgs('وزارت خارجه چین در بیانیه‌ای این اقدام را محکوم کرد.')).toContainEqual(['وزارت خارجه چین', 'CHN', ['وزارت خارجه چین']]);
  });

  it('the names agencies use for Israel\'s government are one organization of Israel, as the treebank tags them', () => {
    const doc = analyze(pipeline, 'رژیم صهیونیستی بار دیگر جنوب لبنان را هدف قرار داد و رژیم اشغالگر مسئولیت آن را پذیرفت.');
    const regime = entityTable(doc).find((e) => e.canonical === 'رژیم صهیونیستی');
    expect([regime?.type, regime?.attributes.country]).toEqual(['ORG', 'ISR']);
    expect(regime?.mentions.map((m) => doc.text.slice(m.start, m.end))).toEqual(['رژیم صهیونیستی', 'رژیم اشغالگر']);
  });

  it('a known name inside a longer tagger span sheds the words before it that open no organization', () => {
    const names = orgs('نمایندگان در جلسه علنی مجلس شورای اسلامی و مقابل ساختمان مجلس شورای اسلامی حاضر شدند.');
    expect(names).toEqual([['مجلس شورای اسلامی', 'IRN', ['مجلس شورای اسلامی', 'مجلس شورای اسلامی']]]);
  });
});
