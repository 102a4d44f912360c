/**
 * Builds data/keyphrases/document-frequency.tsv: in how many pseudo-documents (20 consecutive
 * sentences of PerDT train, CC BY-SA 4.0) each word occurs, by match key — the background IDF for
 * keyphrases and summaries. Words in fewer than 2 documents are left out. `npm run data`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchKey } from '../src/stages/clauses/match-key.js';
import { trainSentences } from './build-half-space-table.js';
import { projectRoot } from './lib/treebank.js';

export function buildDocumentFrequency(): string {
  const sentences = trainSentences();
  const frequency = new Map<string, number>();
  let documents = 0;
  for (let i = 0; i < sentences.length; i += 20) {
    documents++;
    const seen = new Set(sentences.slice(i, i + 20).flat().map(matchKey));
    for (const key of seen) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const rows = [...frequency].filter(([key, df]) => df >= 2 && /[\u0600-\u06ff]/.test(key)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const output = join(projectRoot(), 'data', 'keyphrases', 'document-frequency.tsv');
  mkdirSync(join(output, '..'), { recursive: true });
  writeFileSync(output, `# documents ${documents}\n# key\tdf — from UD Persian PerDT train (CC BY-SA 4.0), 20-sentence pseudo-documents; scripts/build-document-frequency.ts\n${rows.map(([k, v]) => `${k}\t${v}`).join('\n')}\n`);
  return output;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log('wrote', buildDocumentFrequency());
