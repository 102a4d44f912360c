import { openApiStore } from '/work/main/dist/src/api/store/open-api-store.js';
import { createApp } from '/work/main/dist/src/api/app.js';
import { startServer } from '/work/main/dist/src/api/server.js';
import { createAnalyzer } from '/work/main/dist/src/pipeline/analyze.js';
import { loadLexicons } from '/work/main/dist/src/lexicon/load.js';
import { pino } from 'pino';
const pipeline = createAnalyzer(loadLexicons(), {entities:false, report:false});
const { store, reads } = await openApiStore('/tmp/khabar-bench-api-B20W9y/data', pipeline);
const app = createApp({ store, reads, pipeline, webRoot: false, logger: pino({level: 'warn'}) });
const server = await startServer(app, { port: 0 });
const list = await reads.entities({ limit: 200, offset: 0 });
for (const e of list) {
  try { const r = await fetch(server.url + '/api/entities/' + e.id); await r.arrayBuffer(); if (r.status !== 200) console.log(e.id, r.status); }
  catch (err) { console.log('ERR', e.id, e.canonical, err.cause?.code); }
}
await server.close(); await store.close();
