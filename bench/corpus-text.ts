import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../scripts/lib/treebank.js';

/**
 * The fixed benchmark text: our own sample reports (examples/reports/*.txt, sorted) repeated
 * until the text reaches `minChars`. Reports stay whole; the same input on every run.
 */
export function benchmarkReports(minChars = 4_000_000): string[] {
  const dir = join(projectRoot(), 'examples', 'reports');
  const reports = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
  const out: string[] = [];
  let chars = 0;
  while (chars < minChars) {
    for (const report of reports) {
      out.push(report);
      chars += report.length;
    }
  }
  return out;
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(texts: string[]): number {
  let words = 0;
  for (const text of texts) words += text.split(/\s+/).filter(Boolean).length;
  return words;
}
