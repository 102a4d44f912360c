import { type RawReport, rawReport } from './raw-report.js';

/** Longest first line taken as a headline. */
const MAX_HEADLINE = 160;

/**
 * Reads a plain-text report. The whole text is the report; a short first line that does not end a
 * sentence (no `.`, `!`, `؟`, `:`) is taken as its title. (The agency comes from the analysis' source
 * layer, see `prepareReport`.) `'افزایش ظرفیت پالایشگاه\nتهران - ایسنا - ...'` → `{title: 'افزایش ظرفیت پالایشگاه', ...}`.
 */
export function readTextReport(text: string, origin: string): RawReport {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  const headline = lines.length > 1 && first.length <= MAX_HEADLINE && !/[.!?؟:…]$/.test(first) ? first : undefined;
  return rawReport({ text, origin, title: headline });
}
