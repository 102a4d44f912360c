import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';
import { dataDir } from '../../lexicon/load.js';
import { escapeHtml } from '../openapi/docs-page.js';

/** Where `npm run build:web` puts the UI: `dist/web` in the package. */
export function defaultWebRoot(): string {
  return join(dataDir(), '..', 'dist', 'web');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

interface Asset {
  body: Uint8Array;
  type: string;
}

/** Every file under `root`, by URL path (`/assets/index-3f2a.js`), read once. */
function readAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else assets.set('/' + relative(root, path).split(sep).join('/'), { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    }
  };
  walk(root);
  return assets;
}

const MISSING_PAGE = (root: string): string => `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head>
<body><h1>رابط وب هنوز ساخته نشده است</h1><p>The web UI is not built (nothing in <code>${escapeHtml(root)}</code>): run <code>npm run build:web</code>. The API works: <a href="/docs">/docs</a>.</p></body></html>`;

/**
 * Serves the built web UI from memory: files by path (hashed `/assets/*` cached for a year), and
 * `index.html` for every other page path (`/search`, `/entity/12`), so the UI's own routes load
 * directly. Paths under `/api/` are never answered here.
 */
export function mountWebAssets(app: Hono, root: string): void {
  const assets = existsSync(join(root, 'index.html')) ? readAssets(root) : undefined;
  app.get('*', (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') return next();
    if (!assets) return c.html(MISSING_PAGE(root), path === '/' ? 200 : 404);
    const asset = assets.get(path);
    if (asset) {
      const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type, 'Cache-Control': cache });
    }
    if (extname(path) !== '') return next();
    const index = assets.get('/index.html') as Asset;
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': index.type, 'Cache-Control': 'no-cache' });
  });
}
