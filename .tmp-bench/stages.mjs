import { createAnalyzer, analyze } from '/work/main/dist/src/pipeline/analyze.js';
import { loadLexicons } from '/work/main/dist/src/lexicon/load.js';
import { createRng, generateStory, exampleParagraphs } from '/work/main/dist/bench/corpus/generate-reports.js';
const lex = loadLexicons();
const rng = createRng(1);
const extra = exampleParagraphs('/work/main');
const texts = Array.from({ length: 200 }, (_, i) => generateStory(rng, i, extra).paragraphs.join('\n'));
for (const [name, opts] of [['norm+tok+morph', { entities: false, report: false }], ['+entities', { report: false }], ['full', {}]]) {
  const p = createAnalyzer(lex, opts);
  for (const t of texts.slice(0, 20)) analyze(p, t);
  const t0 = performance.now();
  for (const t of texts) analyze(p, t);
  console.log(name, ((performance.now() - t0) / texts.length).toFixed(1), 'ms/report');
}
