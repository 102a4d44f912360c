import type { Lexicons } from '../src/lexicon/lexicons.js';
import { analyze, createAnalyzer } from '../src/pipeline/analyze.js';
import type { ConlluSentence } from '../scripts/lib/treebank.js';

export interface SegmentationResult {
  tokens: { precision: number; recall: number; f1: number; gold: number };
  sentences: { precision: number; recall: number; f1: number; gold: number };
}

function prf(tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number; gold: number } {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold };
}

/** Offsets of the gold tokens in the sentence text, found left to right. */
function goldTokenSpans(sentence: ConlluSentence): string[] {
  const spans: string[] = [];
  let cursor = 0;
  for (const token of sentence.tokens) {
    const at = sentence.text.indexOf(token.form, cursor);
    if (at < 0) continue;
    spans.push(`${at}:${at + token.form.length}`);
    cursor = at + token.form.length;
  }
  return spans;
}

/**
 * Token agreement (exact original spans against the treebank's surface tokens) on each
 * sentence, and sentence-boundary agreement on paragraphs made of 20 consecutive gold sentences.
 */
export function evaluateSegmentation(sentences: ConlluSentence[], lexicons: Lexicons): SegmentationResult {
  const pipeline = createAnalyzer(lexicons);
  let tokenTp = 0;
  let tokenPredicted = 0;
  let tokenGold = 0;
  for (const sentence of sentences) {
    const gold = new Set(goldTokenSpans(sentence));
    const doc = analyze(pipeline, sentence.text);
    const predicted = (doc.layers.tokens ?? []).map((t) => `${t.start}:${t.end}`);
    tokenGold += gold.size;
    tokenPredicted += predicted.length;
    tokenTp += predicted.filter((p) => gold.has(p)).length;
  }
  let sentenceTp = 0;
  let sentencePredicted = 0;
  let sentenceGold = 0;
  for (let i = 0; i < sentences.length; i += 20) {
    const group = sentences.slice(i, i + 20);
    const ends = new Set<number>();
    let text = '';
    for (const sentence of group) {
      text += (text ? ' ' : '') + sentence.text;
      ends.add(text.length);
    }
    const predicted = (analyze(pipeline, text).layers.sentences ?? []).map((s) => s.end);
    sentenceGold += ends.size;
    sentencePredicted += predicted.length;
    sentenceTp += predicted.filter((end) => ends.has(end)).length;
  }
  return { tokens: prf(tokenTp, tokenPredicted, tokenGold), sentences: prf(sentenceTp, sentencePredicted, sentenceGold) };
}

export function formatSegmentation(result: SegmentationResult): string {
  const row = (name: string, r: SegmentationResult['tokens']): string => `${name.padEnd(10)} ${r.precision.toFixed(4)} ${r.recall.toFixed(4)} ${r.f1.toFixed(4)} ${String(r.gold).padStart(7)}`;
  return ['Segmentation — PerDT dev (tokens: surface tokens; sentences: 20-sentence paragraphs)', 'unit       P      R      F1       gold', row('tokens', result.tokens), row('sentences', result.sentences)].join('\n');
}
