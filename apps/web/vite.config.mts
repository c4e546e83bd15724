import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Preact through Vite's own JSX transform (no Babel plugin): the automatic runtime from preact.
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    alias: [
      {
        find: '@ncasc/shared/generated',
        replacement: resolve(import.meta.dirname, '../../libs/shared/src/generated/graphql.ts'),
      },
      { find: '@ncasc/shared', replacement: resolve(import.meta.dirname, '../../libs/shared/src/index.ts') },
      { find: 'react/jsx-runtime', replacement: 'preact/jsx-runtime' },
      { find: 'react', replacement: 'preact/compat' },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2020' },
  server: { proxy: { '/graphql': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
