/**
 * Lemmatization + POS tagging throughput on our fixed sample text, one core, and the memory the
 * morphology data takes once loaded. The peer, measured in the same run, is the lookup-only
 * tagger (most frequent tag of the lemma table, no context): what the statistical tagger costs
 * over a dictionary lookup.
 *   node --expose-gc dist/bench/morph.js      (without --expose-gc the memory figure is rougher)
 */
import { loadLexicons } from '../src/lexicon/load.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import { createMorphStage } from '../src/stages/morph/morph-stage.js';
import { createMorphology } from '../src/stages/morph/morphology.js';
import { benchmarkReports } from './corpus-text.js';
import { fmt, time } from './measure.js';

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1e6;
}

/** The benchmark's report lines. */
export function benchMorph(): string[] {
  const lexicons = loadLexicons();
  const before = heapMb();
  const loadStart = process.hrtime.bigint();
  // everything lemmatize + tag reads: word counts, morphology data and tagger, name gazetteers
  const morph = lexicons.morph;
  void lexicons.halfSpace;
  void lexicons.entities;
  const morphology = createMorphology(lexicons);
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  const loaded = heapMb() - before;
  const reports = benchmarkReports(1_000_000);
  const tokenizer = createAnalyzer(lexicons, { morph: false, entities: false, report: false });
  const docs = reports.map((report) => analyze(tokenizer, report));
  const sentences: string[][] = [];
  for (const doc of docs) {
    const tokens = doc.layers.tokens ?? [];
    let t = 0;
    for (const sentence of doc.layers.sentences ?? []) {
      const words: string[] = [];
      while (t < tokens.length && tokens[t].end <= sentence.end) words.push(tokens[t++].norm);
      sentences.push(words);
    }
  }
  const words = sentences.reduce((n, s) => n + s.length, 0);
  const afterTokenizing = heapMb();

  const coldStart = process.hrtime.bigint();
  for (const s of sentences) morphology.analyzeSentence(s);
  const coldSeconds = Number(process.hrtime.bigint() - coldStart) / 1e9;
  const warm = time(() => sentences.forEach((s) => morphology.analyzeSentence(s)));
  const withCache = loaded + heapMb() - afterTokenizing;

  const lookupOnly = createMorphology({ ...lexicons, morph: morph && { ...morph, tagger: undefined } } as typeof lexicons);
  const peer = time(() => sentences.forEach((s) => lookupOnly.analyzeSentence(s)));

  const stage = createMorphStage(lexicons, morphology);
  const staged = time(() => docs.forEach((doc) => stage.run(doc)));

  const row = (name: string, seconds: number): string => `${name.padEnd(40)} ${fmt(words / seconds).padStart(12)}`;
  return [
    `Lemmatize + tag — ${fmt(words)} words (tokens of our sample reports), one core, median of rounds (target ≥ 500,000 words/s)`,
    `${'run'.padEnd(40)} ${'words/s'.padStart(12)}`,
    row('khabar lemmatize + tag (warm cache)', warm.seconds),
    row('khabar lemmatize + tag (first pass, cold)', coldSeconds),
    row('lookup-only tagger, no context (peer)', peer.seconds),
    row('the morphology stage on tokenized Docs', staged.seconds),
    `ratio khabar / lookup-only: ${fmt(peer.seconds / warm.seconds, 2)}× the peer's speed`,
    `data read and parsed in ${fmt(loadMs)} ms (word counts, morphology, gazetteers); heap ${fmt(loaded, 1)} MB, ${fmt(withCache, 1)} MB with the word cache filled (target < 30 MB); tagger weights ${fmt((morph?.tagger?.byteLength ?? 0) / 1e6, 1)} MB`,
  ];
}

console.log(benchMorph().join('\n'));
