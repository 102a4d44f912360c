import { describe, expect, it } from 'vitest';
import type { Doc } from '../../doc/doc.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { entityTable } from './entity-layers.js';

const lexicons = loadLexicons();
const pipeline = createAnalyzer(lexicons, { report: false });
const run = (text: string): Doc => analyze(pipeline, text);

/** The type and country of the entity mentioned as `surface`. */
function placeOf(doc: Doc, surface: string): { type: string; country?: string } | undefined {
  for (const entity of entityTable(doc)) {
    if (entity.mentions.some((m) => doc.text.slice(m.start, m.end) === surface)) return { type: entity.type, country: entity.attributes?.country };
  }
  return undefined;
}

// data/curated/world-places.tsv, merged into world.tsv: the places of conflict news get their country
describe('cities and regions the curated world list adds', () => {
  it.each([
    ['پهپادهای روسی شامگاه دیروز تأسیسات برق خارکیف را هدف قرار دادند.', 'خارکیف', 'UKR'],
    ['جنگنده‌ها حومه نبطیه را بمباران کردند و دو غیرنظامی زخمی شدند.', 'نبطیه', 'LBN'],
    ['نیروهای ارتش سودان کنترل محله‌هایی از ام‌درمان را پس گرفتند.', 'ام‌درمان', 'SDN'],
    ['سیل در قندوز دست‌کم ۲۰ خانه را ویران کرد.', 'قندوز', 'AFG'],
    ['زمین‌لرزه‌ای به بزرگی ۴ ریشتر شهرستان‌های راور و کوهبنان را لرزاند.', 'کوهبنان', 'IRN'],
    ['امدادگران هلال‌احمر صبح امروز به سرپل ذهاب اعزام شدند.', 'سرپل ذهاب', 'IRN'],
  ])('%s → %s is a LOC of %s', (text, surface, country) => {
    expect(placeOf(run(text), surface)).toEqual({ type: 'LOC', country });
  });
});
