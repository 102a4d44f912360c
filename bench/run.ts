/** `npm run bench`: every benchmark of the language core, each printed with its peer ratio. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchAnalysis } from './analysis.js';
import { benchNormalize } from './normalize.js';

console.log(benchNormalize().join('\n'));
console.log();
console.log(benchAnalysis().join('\n'));
// stage benchmarks that print when run as a script: run each in its own process so one's memory does not colour another's
const here = dirname(fileURLToPath(import.meta.url));
const { spawnSync } = await import('node:child_process');
for (const name of ['morph.js', 'entities.js']) {
  if (!existsSync(join(here, name))) continue;
  console.log();
  const result = spawnSync(process.execPath, [fileURLToPath(pathToFileURL(join(here, name)))], { encoding: 'utf8' });
  process.stdout.write(result.stdout + result.stderr);
}
