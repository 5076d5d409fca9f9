import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

const uiRoot = fileURLToPath(new URL('.', import.meta.url));

// Runs from the repository root (`vite build --config ui/vite.config.ts`); every path is
// anchored on this folder so the output lands in ui/dist, where tauri.conf.json looks.
export default defineConfig({
  root: uiRoot,
  base: './',
  // Keep caches in the root node_modules (git-ignored), not in ui/.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite', import.meta.url)),
  // svelteTesting only acts under vitest (browser build of Svelte, DOM cleanup between tests).
  plugins: [svelte(), svelteTesting()],
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'safari16',
    // Keep every asset a file: the CSP allows no data: scripts and no inline styles.
    assetsInlineLimit: 0,
  },
  clearScreen: false,
  server: { strictPort: true, port: 1420 },
  test: {
    root: uiRoot,
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
