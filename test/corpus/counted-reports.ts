import type { PreparedReport } from '../../src/corpus/ingest/prepare-report.js';
import type { CorpusStore } from '../../src/corpus/store/store.js';

/**
 * A stand-in report for filling a corpus's term counts cheaply: `base` under a new identity
 * (`name`), with the given terms (none: an uncounted report), no shingles or LSH bands (so it joins no
 * story) and no entities, quotes or events.
 */
export function countedReport(base: PreparedReport, name: string, terms: string[] | undefined): PreparedReport {
  return {
    ...base, contentHash: `test:${name}`, bodyHash: `test:${name}`, meta: { ...base.meta, origin: name, title: name },
    shingles: 0, bands: [], entities: [], quotes: [], events: [], ...(terms ? { terms } : { terms: undefined }),
  };
}

/** A report about a flood: `سیلاب`, its repeated topic, is rare in the shipped table and leads its keyphrases there. */
export const FLOOD = [
  'سیلاب روز گذشته روستاهای شمال استان گلستان را فرا گرفت و جاده‌های ارتباطی را بست.',
  'مدیر بحران استان گفت سیلاب به صدها خانه روستایی آسیب زده و گروه‌های امداد در منطقه مستقرند.',
  'به گفته وی، هلال احمر برای خانواده‌های آسیب‌دیده چادر و غذا فرستاده است.',
  'کارشناسان هشدار داده‌اند که بارش باران تا پایان هفته ادامه دارد و خطر سیلاب دوباره وجود دارد.',
].join('\n');

/**
 * Saves counted reports `from` to `to` (exclusive) that all mention a flood (`سیلاب`) and one of seven
 * other words (`روستا0`...`روستا6`), built from `base`. Throws when one is not added.
 */
export async function addFloodReports(store: CorpusStore, base: PreparedReport, from: number, to: number): Promise<void> {
  const reports: PreparedReport[] = [];
  for (let i = from; i < to; i++) reports.push(countedReport(base, `flood-${i}`, ['سیلاب', `روستا${i % 7}`]));
  const outcomes = await store.save(reports);
  if (!outcomes.every((o) => !(o instanceof Error) && o.status === 'added')) throw new Error('flood reports not added');
}
