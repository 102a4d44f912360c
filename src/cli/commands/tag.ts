import type { Command } from 'commander';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { entityTagsForTokens } from '../../stages/entities/entity-layers.js';
import { createWordEntityTagger } from '../../stages/entities/tag-words.js';
import { createMorphology, type Morphology } from '../../stages/morph/morphology.js';
import { encodingOption, type InputOptions } from '../options.js';
import { readLineBatches } from '../input.js';
import { write } from '../output.js';

/** Longest run of pretokenized words tagged at once; longer "sentences" are tagged in pieces. */
const MAX_SENTENCE = 1000;

function clean(token: string): string {
  return token.replace(/[\t\r]/g, ' ');
}

/** The entity column (IOB) of pretokenized words and their POS, or undefined without entity data. */
type WordEntityTagger = ((words: readonly string[], pos?: readonly string[]) => string[]) | undefined;

function rows(words: readonly string[], morphology: Morphology, entities: WordEntityTagger): string {
  let out = '';
  for (let start = 0; start < words.length; start += MAX_SENTENCE) {
    const piece = words.slice(start, start + MAX_SENTENCE);
    const analysed = morphology.analyzeSentence(piece);
    const tags = entities?.(piece, analysed.map((word) => word.upos)) ?? [];
    analysed.forEach((word, i) => {
      out += `${clean(piece[i])}\t${clean(word.lemma)}\t${word.upos}\t${tags[i] ?? 'O'}\n`;
    });
  }
  return out;
}

async function tagPretokenized(file: string | undefined, flags: InputOptions): Promise<void> {
  const lexicons = loadLexicons();
  const morphology = createMorphology(lexicons);
  const entities = lexicons.entities ? createWordEntityTagger(lexicons) : undefined;
  let sentence: string[] = [];
  for await (const lines of readLineBatches(file, flags.encoding)) {
    let out = '';
    for (const raw of lines) {
      const token = raw.replace(/\r$/, '');
      if (token.trim() === '') {
        out += rows(sentence, morphology, entities) + '\n';
        sentence = [];
      } else {
        sentence.push(token);
        if (sentence.length >= MAX_SENTENCE) {
          out += rows(sentence, morphology, entities);
          sentence = [];
        }
      }
    }
    await write(out);
  }
  await write(rows(sentence, morphology, entities));
}

async function tagText(file: string | undefined, flags: InputOptions): Promise<void> {
  // lemma, POS and entities are printed; quotes, events and summaries are not, so they do not run
  const pipeline = createAnalyzer(loadLexicons(), { report: false });
  for await (const lines of readLineBatches(file, flags.encoding)) {
    let out = '';
    for (const line of lines) {
      const doc = analyze(pipeline, line);
      const tokens = doc.layers.tokens ?? [];
      const entities = entityTagsForTokens(doc);
      let t = 0;
      for (const sentence of doc.layers.sentences ?? []) {
        const first = t;
        while (t < tokens.length && tokens[t].end <= sentence.end) t++;
        const inSentence = tokens.slice(first, t);
        out += inSentence.map((token, i) => `${token.norm}\t${token.lemma ?? token.norm}\t${token.pos ?? 'X'}\t${entities[first + i]}\n`).join('') + '\n';
      }
    }
    await write(out);
  }
}

/**
 * `khabar tag [file] [--pretokenized]`: one token per line, `token<TAB>lemma<TAB>UPOS<TAB>entity`,
 * a blank line between sentences. Text input is normalized and tokenized line by line (a sentence
 * never crosses a line break) and streamed. With `--pretokenized` the input is one token per line
 * with blank lines between sentences, and the output has exactly one line per input line, in the
 * same order, blank lines kept; each token is looked up as given (a clitic such as `ش` standing
 * alone is tagged PRON with lemma `او`).
 * `echo 'او می‌گوید' | khabar tag` → `او\tاو\tPRON\tO` and `می‌گوید\tگفت\tVERB\tO`.
 */
export function registerTag(program: Command): void {
  encodingOption(
    program
      .command('tag')
      .description('lemma, POS and entity tag of every token: token<TAB>lemma<TAB>UPOS<TAB>entity, a blank line between sentences')
      .argument('[file]', 'input file (default: standard input)')
      .option('--pretokenized', 'input is one token per line with a blank line between sentences; one output line per input line'),
  ).action(async (file: string | undefined, flags: InputOptions & { pretokenized?: boolean }) => {
    await (flags.pretokenized ? tagPretokenized(file, flags) : tagText(file, flags));
  });
}
