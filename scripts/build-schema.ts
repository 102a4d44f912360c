/** Writes docs/analysis.schema.json from the zod schema in src/pipeline/analysis-schema.ts. `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisJsonSchema } from '../src/pipeline/analysis-schema.js';
import { projectRoot } from './lib/treebank.js';

export function schemaText(): string {
  return JSON.stringify({ $id: 'https://khabar.local/analysis.schema.json', title: 'Khabar analysis', ...analysisJsonSchema() }, null, 2) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(projectRoot(), 'docs', 'analysis.schema.json'), schemaText());
  console.log('wrote docs/analysis.schema.json');
}
