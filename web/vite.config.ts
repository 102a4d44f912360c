import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web UI's build: `web/` → `dist/web/` (served by `khabar serve`). `npx vite --config web/vite.config.ts`
 * serves it for development with `/api` passed to a `khabar serve` on port 8080.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // no inline assets: the Content-Security-Policy allows files from the same origin only
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080', '/docs': 'http://127.0.0.1:8080' } },
});
