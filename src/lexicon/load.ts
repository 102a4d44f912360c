import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../doc/errors.js';
import { createLexicons, type LexiconFiles, type Lexicons } from './lexicons.js';

/** Where the data files live: `KHABAR_DATA_DIR`, else the package's own `data/`. */
export function dataDir(): string {
  if (process.env.KHABAR_DATA_DIR) return process.env.KHABAR_DATA_DIR;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'data', 'README.md')) && existsSync(join(dir, 'package.json'))) return join(dir, 'data');
    const parent = dirname(dir);
    if (parent === dir) throw new KhabarError('E007', 'no data/ folder above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

const FILES: Record<keyof LexiconFiles, string> = {
  halfSpaceWords: 'half-space/words.tsv',
  curatedHalfSpaced: 'curated/zwnj-words.txt',
  curatedSolid: 'curated/solid-words.txt',
  verbs: 'curated/verbs.tsv',
  boundaryModel: 'half-space/boundary-model.tsv',
  gapModel: 'half-space/gap-model.tsv',
};

/** Reads the data files from disk. @throws KhabarError E007 when one is missing. */
export function readLexiconFiles(dir = dataDir()): LexiconFiles {
  const files = {} as LexiconFiles;
  for (const [name, path] of Object.entries(FILES) as [keyof LexiconFiles, string][]) {
    try {
      files[name] = readFileSync(join(dir, path), 'utf8');
    } catch (error) {
      throw new KhabarError('E007', `${join(dir, path)}: ${(error as Error).message}`);
    }
  }
  return files;
}

let loaded: Lexicons | undefined;

/** The lexicons from the package's data files, loaded once per process. */
export function loadLexicons(): Lexicons {
  loaded ??= createLexicons(readLexiconFiles());
  return loaded;
}
