/** `npm run bench`: every benchmark of the language core, each printed with its peer ratio. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { benchNormalize } from './normalize.js';

console.log(benchNormalize().join('\n'));
// benchmarks added by later stages run as their own modules when present
const here = dirname(fileURLToPath(import.meta.url));
for (const name of ['morph.js', 'entities.js', 'analysis.js']) {
  if (existsSync(join(here, name))) {
    console.log();
    await import(join(here, name));
  }
}
