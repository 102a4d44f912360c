import { type Command, InvalidArgumentError } from 'commander';
import { parsePublished } from '../../corpus/ingest/persian-date.js';
import type { Doc } from '../../doc/doc.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { encodingOption, type InputOptions, MAX_DOCUMENT_BYTES } from '../options.js';
import { readText } from '../input.js';
import { write } from '../output.js';

/** A short human-readable account of a Doc: counts, sentences with their normalized text, messages. */
export function describeDoc(doc: Doc): string {
  const { paragraphs = [], sentences = [], tokens = [] } = doc.layers;
  const lines = [`${paragraphs.length} paragraphs, ${sentences.length} sentences, ${tokens.length} tokens`];
  for (const [i, sentence] of sentences.entries()) {
    const words = tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end).map((t) => t.norm);
    lines.push(`${String(i + 1).padStart(3)}. ${words.join(' ')}`);
  }
  for (const message of doc.messages) lines.push(`${message.severity}: ${message.message} [${message.start ?? ''}-${message.end ?? ''}]`);
  return lines.join('\n') + '\n';
}

/** A `--published` value as ISO 8601 (ISO, RFC 822 or a Persian date such as `۱۴۰۴/۰۸/۱۲` or `۱۲ آبان ۱۴۰۴`). */
function publishedArgument(value: string): string {
  const iso = parsePublished(value);
  if (!iso) throw new InvalidArgumentError('expected a date: 2025-11-03, 1404/08/12, ۱۲ آبان ۱۴۰۴ or an RSS date');
  return iso;
}

/**
 * `khabar analyze [file] [--json] [--published date]`: the whole analysis of one report. With
 * `--published`, relative dates in the text (`دیروز`, `روز دوشنبه`, `سال گذشته`) resolve to ISO dates.
 */
export function registerAnalyze(program: Command): void {
  encodingOption(
    program
      .command('analyze')
      .description('analyse one report: the Doc as JSON (--json, with the original text) or a readable summary')
      .argument('[file]', 'input file (default: standard input)')
      .option('--json', 'print the Doc as JSON')
      .option('--published <date>', "the report's date (2025-11-03, 1404/08/12, ۱۲ آبان ۱۴۰۴): relative dates resolve against it", publishedArgument),
  ).action(async (file: string | undefined, flags: InputOptions & { json?: boolean; published?: string }) => {
    const text = await readText(file, flags.encoding, MAX_DOCUMENT_BYTES);
    const doc = analyze(createAnalyzer(loadLexicons()), text, flags.published ? { published: flags.published } : {});
    await write(flags.json ? JSON.stringify(doc) + '\n' : describeDoc(doc));
  });
}
