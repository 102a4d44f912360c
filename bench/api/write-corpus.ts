import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRng, exampleParagraphs, type GeneratedReport, generateStory, republish } from '../corpus/generate-reports.js';

/**
 * Writes a generated corpus as JSON Lines (`{text, title, source, published}` per line), streaming,
 * so its size does not matter: `count` reports, a share `copies` of them republications of earlier
 * stories. Uses the corpus benchmark's generator, so both benchmarks measure the same kind of text.
 */
export async function writeCorpus(path: string, count: number, copies: number, root: string, seed = 1403): Promise<void> {
  const rng = createRng(seed);
  const extra = exampleParagraphs(root);
  const out = createWriteStream(path, { encoding: 'utf8' });
  const recent: GeneratedReport[] = [];
  for (let i = 0; i < count; i++) {
    const copy = recent.length > 0 && rng() < copies;
    const report = copy ? republish(recent[Math.floor(rng() * recent.length)], rng) : generateStory(rng, i, extra);
    if (!copy) {
      recent.push(report);
      if (recent.length > 500) recent.shift();
    }
    const line = JSON.stringify({ text: report.paragraphs.join('\n'), title: report.title, source: report.source, published: report.published }) + '\n';
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
