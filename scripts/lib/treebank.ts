import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json), found from this file in src or dist. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

/** `../shared/data` next to the project, or `KHABAR_SHARED_DATA`; undefined when absent. */
export function sharedDataDir(): string | undefined {
  const dir = process.env.KHABAR_SHARED_DATA ?? resolve(projectRoot(), '..', 'shared', 'data');
  return existsSync(dir) ? dir : undefined;
}

/** Sentences of a token stream file: one token per line, a blank line between sentences. */
export function readTokenStream(path: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const token = line.replace(/\r$/, '');
    if (token.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
    } else current.push(token);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** One CoNLL-U word line (multiword-token ranges are kept separately). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  misc: string;
}

/** A surface token: a plain word, or a multiword token (`ماتمش` = ماتم + ش) with its parts. */
export interface ConlluToken {
  form: string;
  words: ConlluWord[];
  spaceAfter: boolean;
}

export interface ConlluSentence {
  id: string;
  text: string;
  tokens: ConlluToken[];
  words: ConlluWord[];
}

/** Parses a CoNLL-U file into sentences with their `# text =` line, tokens and words. */
export function readConllu(path: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { id: '', text: '', tokens: [], words: [] };
  let range: { to: number; token: ConlluToken } | undefined;
  const flush = (): void => {
    if (current.words.length > 0) sentences.push(current);
    current = { id: '', text: '', tokens: [], words: [] };
    range = undefined;
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^# (sent_id|text) = (.*)$/.exec(line);
      if (m) {
        if (m[1] === 'text') current.text = m[2];
        else current.id = m[2];
      }
      continue;
    }
    const cols = line.split('\t');
    const spaceAfter = !/SpaceAfter=No/.test(cols[9] ?? '');
    if (/^\d+-\d+$/.test(cols[0])) {
      const token: ConlluToken = { form: cols[1], words: [], spaceAfter };
      current.tokens.push(token);
      range = { to: Number(cols[0].split('-')[1]), token };
      continue;
    }
    if (!/^\d+$/.test(cols[0])) continue; // empty nodes
    const word: ConlluWord = {
      id: Number(cols[0]), form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4], feats: cols[5],
      head: Number(cols[6]), deprel: cols[7], misc: cols[9] ?? '_',
    };
    current.words.push(word);
    if (range && word.id <= range.to) range.token.words.push(word);
    else current.tokens.push({ form: word.form, words: [word], spaceAfter });
  }
  flush();
  return sentences;
}
