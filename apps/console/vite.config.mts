// The console (React) and the staff status page (a small page of its own, no React),
// built to dist/apps/console and served by the api at / and /status.
import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const api = process.env.CORDON_API_URL ?? 'http://127.0.0.1:3000';

/** In development, /status is the status page, as the api serves it in production. */
const statusPage: Plugin = {
  name: 'cordon-status-page',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url === '/status' || req.url?.startsWith('/status?')) req.url = '/status.html';
      next();
    });
  },
};

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), statusPage],
  resolve: {
    alias: {
      '@cordon/contracts': resolve(root, 'libs/contracts/src/index.ts'),
      '@cordon/domain': resolve(root, 'libs/domain/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(root, 'dist/apps/console'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { console: resolve(here, 'index.html'), status: resolve(here, 'status.html') },
    },
  },
  server: {
    port: Number(process.env.CONSOLE_DEV_PORT ?? 4200),
    proxy: {
      '/api': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
